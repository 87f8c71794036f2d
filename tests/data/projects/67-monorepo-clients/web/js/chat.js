(function () {
  'use strict';

  var cfg = window.APP_CONFIG;
  var signal = Signal(cfg.appId);
  var session = null;
  var channel = null;
  var sent = 0;

  function render(account, text) {
    var li = document.createElement('li');
    li.textContent = account + ': ' + text;
    document.getElementById('messages').appendChild(li);
  }

  function joinRoom() {
    channel = session.channelJoin(cfg.channel);
    channel.onChannelJoined = function () {
      channel.messageChannelSend('joined');
    };
    channel.onMessageChannelReceive = function (account, uid, msg) {
      render(account, msg);
    };
  }

  function sendToRoom(text) {
    channel.messageChannelSend(String(text), function (err) {
      if (!err) sent += 1;
    });
  }

  function sendReceipt(peer, messageId) {
    var receipt = { type: 'read', id: messageId, at: Date.now() };
    session.messageInstantSend(peer, JSON.stringify(receipt));
  }

  function sendTyping(peer, nick) {
    session.messageInstantSend(peer, `${nick} is typing`);
  }

  function sendCount() {
    channel.messageChannelSend(sent.toString());
  }

  function sendPing(peer, seq) {
    session.messageInstantSend(peer, '' + seq, function (err) {
      if (err) console.warn('ping failed', err);
    });
  }

  function sendBye(nick) {
    channel.messageChannelSend(nick + ' left');
  }

  document.getElementById('login-btn').addEventListener('click', function () {
    var account = document.getElementById('account').value;
    session = signal.login(account, '_no_need_token');
    session.onLoginSuccess = function () { joinRoom(); };
    session.onLoginFailed = function (ecode) { alert('Login failed: ' + ecode); };
    session.onMessageInstantReceive = function (account, uid, msg) {
      if (msg === 'ping') sendPing(account, Date.now());
      else render(account, msg);
    };
  });

  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    var draft = document.getElementById('draft');
    sendToRoom(draft.value);
    draft.value = '';
  });

  window.addEventListener('beforeunload', function () {
    if (channel) sendBye(session.account);
  });
  window.chat = { sendReceipt: sendReceipt, sendTyping: sendTyping, sendCount: sendCount };
})();
