var signal = Signal(APP_ID);
var session = signal.login(account, token);

/**
 * Sends a chat line. Older versions passed an object to session.messageInstantSend(peer, msg).
 */
function send(peer, text) {
  session.messageInstantSend(peer, String(text));
}
