var signal = Signal(window.TOWNHALL_APP_ID);
var session = signal.login(window.MODERATOR, window.MODERATOR_TOKEN);

session.onLoginSuccess = function () {
  var admin = new RoomAdmin(session, 'town-hall');
  admin.keepAlive(3600);
  admin.setCountRefresh(30);
  document.getElementById('quiet').onchange = function (e) { admin.quietMode(e.target.checked); };
  document.getElementById('set-topic').onclick = function () {
    admin.setTopic(document.getElementById('topic').value);
  };
};
