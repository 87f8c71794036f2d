/* Legacy Chat: web client */
(function () {
  'use strict';

  var APP_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  var signal = Signal(APP_ID);
  var session = null;
  var room = null;
  var presence = null;
  var online = {};

  function $(id) { return document.getElementById(id); }

  function addLine(from, text) {
    var li = document.createElement('li');
    li.textContent = from + ': ' + text;
    $('log').appendChild(li);
  }

  function renderOnline() {
    $('online').innerHTML = Object.keys(online).map(function (a) { return '<li>' + a + '</li>'; }).join('');
  }

  function enterRoom(name) {
    room = session.channelJoin(name);
    room.onChannelJoined = function () { addLine('system', 'joined #' + name); };
    room.onMessageChannelReceive = function (account, uid, msg) {
      var data = typeof msg === 'string' ? JSON.parse(msg) : msg;
      addLine(account, data.text);
    };
  }

  function watchPresence() {
    presence = session.channelJoin('__agora_user_online');
    presence.onMessageChannelReceive = function (account, uid, msg) {
      var event = JSON.parse(msg);
      if (event.online) online[event.account] = true;
      else delete online[event.account];
      renderOnline();
    };
  }

  function send(text) {
    room.messageChannelSend({ type: 'chat', text: text });
  }

  $('login').onclick = function () {
    session = signal.login($('account').value, '_no_need_token');
    session.onLoginSuccess = function () {
      enterRoom($('room').value);
      watchPresence();
    };
    session.onLoginFailed = function (ecode) { addLine('system', 'login failed (' + ecode + ')'); };
  };

  $('send').onclick = function () {
    send($('text').value);
    $('text').value = '';
  };
})();
