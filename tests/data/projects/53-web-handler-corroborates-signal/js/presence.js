const signal = Signal(APP_ID);
const session = signal.login(user.account, '_no_need_token');

// Events arrive as handlers on the session.
session.onLoginSuccess = function (uid) {
  console.log('online as', uid);
};
session.onMessageInstantReceive = function (account, uid, msg) {
  render(account, msg);
};

export function say(peer, text) {
  session.messageInstantSend(peer, String(text));
}
