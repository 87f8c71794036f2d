import { Signal } from './lib/signal.js';

export const account = Signal(null);
export const unread = Signal(0);
export const messages = Signal([]);
