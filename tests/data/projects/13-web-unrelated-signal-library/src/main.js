import { api } from './api.js';
import { account, messages, unread } from './store.js';

document.querySelector('#login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const session = await api.login(form.get('email'), form.get('password'));
  account.set(session.user);
  const inbox = await api.inbox();
  messages.set(inbox.items);
  unread.set(inbox.items.filter((m) => !m.read).length);
});

unread.subscribe((n) => { document.title = n ? `(${n}) Inbox` : 'Inbox'; });
