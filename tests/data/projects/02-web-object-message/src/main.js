import ChatRoom from './chat-room.js';

const room = new ChatRoom(import.meta.env.VITE_AGORA_APP_ID, localStorage.getItem('nick') || 'guest');
const log = document.createElement('pre');
document.getElementById('app').appendChild(log);

room.connect('_no_need_token', () => {
  room.join('support', (account, msg) => {
    log.textContent += `${account}: ${msg}\n`;
  });
});

window.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target.value) {
    room.say(e.target.value);
    e.target.value = '';
  }
});
