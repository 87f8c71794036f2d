const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');
const { login, logout } = require('./auth');

function createWindow() {
  const win = new BrowserWindow({
    width: 1000,
    height: 700,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  win.setBackgroundColor('#1e1e1e');
  win.loadFile('renderer/index.html');
}

ipcMain.handle('login', (event, creds) => login(creds.user, creds.password));
ipcMain.handle('logout', () => logout());
app.whenReady().then(createWindow);
