import config from './config.js';
import { watchPresence } from './presence.js';

const signal = window.Signal(config.appId);
const session = signal.login(window.USER_ID, window.USER_TOKEN);

session.onLoginSuccess = () => {
  const lobby = session.channelJoin(config.channels.lobby);
  lobby.messageChannelSend(`${window.USER_ID} arrived`);
  watchPresence(session, (event) => {
    const li = document.createElement('li');
    li.textContent = `${event.account} ${event.online ? 'online' : 'offline'}`;
    document.getElementById('online').appendChild(li);
  });
};
