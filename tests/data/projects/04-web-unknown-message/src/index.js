import { Messenger } from './messenger.js';

const messenger = new Messenger(process.env.AGORA_APP_ID);
messenger.start(window.agent.id, window.agent.token);

document.querySelector('#broadcast').addEventListener('click', () => {
  messenger.broadcast(document.querySelector('#notice').value);
});
