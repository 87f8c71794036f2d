import { IrcClient } from './irc-client.js';
import { theme } from './theme.js';

const irc = new IrcClient();

export async function start(user, password) {
  const session = await window.api.invoke('login', { user, password });
  theme.setBackground(session.prefs.dark ? '#1e1e1e' : '#ffffff');
  await irc.connect('irc.example.net', session.nick);
  irc.channelJoin('#general');
  irc.on('message', (from, text) => theme.flash(from, text));
}

export function stop() {
  irc.quit('bye');
  return window.api.invoke('logout');
}
