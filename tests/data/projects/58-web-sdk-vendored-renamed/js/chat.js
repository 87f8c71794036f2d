// Support chat on the legacy SDK, loaded from vendor/im-core.min.js (a renamed copy).
var sig = Signal(APP_ID);
var session = sig.login(account, token);
session.onLoginSuccess = function (uid) {
  var channel = session.channelJoin('support');
  channel.messageChannelSend(JSON.stringify({ text: 'hello', uid: uid }));
};
