import { login } from './auth';
import { track } from './metrics.js';
const ready = Signal(false);
login(user, password).then(() => ready.set(true));
track('login');
