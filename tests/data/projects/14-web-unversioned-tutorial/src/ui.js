var client = new SignalingClient(AGORA_APP_ID);
var log = document.getElementById('log');

document.getElementById('login').onclick = function () {
  client.login(document.getElementById('account').value, function (from, msg) {
    log.textContent += from + ': ' + msg + '\n';
  });
};

document.getElementById('send').onclick = function () {
  var peer = document.getElementById('peer').value;
  var text = document.getElementById('message').value;
  if (peer) client.sendPeer(peer, text);
  else client.sendChannel(text);
};
