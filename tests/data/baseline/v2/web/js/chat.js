// Team chat, web client.
// Sends and shows the messages of the general channel.

(function () {
  'use strict';

  var signal = Signal('4f1c2d7a9e0b4c3d8e6f5a1b2c3d4e5f');
  var session = null;
  var channel = null;

  function render(account, text) {
    var li = document.createElement('li');
    li.textContent = account + ': ' + text;
    document.getElementById('messages').appendChild(li);
  }

  function start(account) {
    session = signal.login(account, '_no_need_token');
    session.onLoginSuccess = function () {
      channel = session.channelJoin('general');
    };
    session.onMessageInstantReceive = function (peer, uid, msg) {
      render(peer, msg);
    };
  }

  function send(text) {
    channel.messageChannelSend(text);
  }

  function sendReceipt(id) {
    channel.messageChannelSend(JSON.stringify({ type: 'read', id: id }));
  }

  function sendTo(peer, text) {
    session.messageInstantSend(peer, text);
  }

  function stop() {
    channel.channelLeave();
    session.logout();
  }

  window.chat = { start: start, send: send, sendReceipt: sendReceipt, sendTo: sendTo, stop: stop };
})();
