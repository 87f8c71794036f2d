var APP_ID = 'b0a9c8d7e6f54321a0b9c8d7e6f54321';
var READY_FLAG = true;
var signal = Signal(APP_ID);
var session = null;
var lobby = null;

function onLogin() {
  lobby = session.channelJoin('lobby');
  lobby.onChannelJoined = function () {
    lobby.messageChannelSend(1);
  };
}

function setReady(peer) {
  session.messageInstantSend(peer, READY_FLAG);
}

function quit(peer) {
  session.messageInstantSend(peer, false);
}

function sendScore(score) {
  var update = new Object();
  update.score = score;
  lobby.messageChannelSend(update);
}

function sendMove(x, y) {
  var move = { x: x, y: y };
  move = JSON.stringify(move);
  lobby.messageChannelSend(move);
}

function resetBoard() {
  lobby.messageChannelSend(new Object());
}

session = signal.login(localStorage.getItem('player'), '_no_need_token');
session.onLoginSuccess = onLogin;
document.getElementById('ready').onclick = function () { setReady('host'); };
document.getElementById('quit').onclick = function () { quit('host'); resetBoard(); };
document.getElementById('board').onclick = function (e) { sendMove(e.offsetX, e.offsetY); sendScore(10); };
