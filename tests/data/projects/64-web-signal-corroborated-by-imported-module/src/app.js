import { startSession } from './session';
const client = Signal(APP_ID);
startSession(client, user, token);
