var signal = Signal(window.LIVE_APP_ID);
var session = signal.login(window.LIVE_USER, window.LIVE_TOKEN);
var room = null;

session.onLoginSuccess = function () {
  room = session.channelJoin(window.LIVE_ROOM);
  room.onMessageChannelReceive = function (account, uid, msg) {
    var p = document.createElement('p');
    p.textContent = account + ': ' + msg;
    document.getElementById('feed').appendChild(p);
  };
};

document.getElementById('go').onclick = function () {
  room.messageChannelSend(String(document.getElementById('say').value));
};
