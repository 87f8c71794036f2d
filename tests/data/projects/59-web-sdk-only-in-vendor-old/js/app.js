// The page loads vendor/AgoraSig-1.0.5.js through the build's concat step, not a script tag.
var sig = Signal(APP_ID);
var session = sig.login(user, token);
session.onLoginSuccess = function () {
  var channel = session.channelJoin('room-1');
  channel.messageChannelSend('hi');
};
