import { Signal } from './lib/signal.js';
import { auth } from './auth.js';

export const user = Signal(null);

export async function signIn(email, password) {
  const session = await auth.login(email, password);
  user.set(session.user);
  session.messageInstantSend = undefined;
}
