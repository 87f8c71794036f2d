/* Classroom page: roster, chat board and raised hands */
(function (w) {
  var Signal = w.Signal;
  var cfg = w.ROOM_CONFIG;
  var client = Signal(cfg.appId);
  var session = client.login(cfg.account, cfg.token);
  var room = null;

  session.onLoginSuccess = function () {
    room = session.channelJoin(cfg.room);
    room.onChannelUserJoined = function (account) { w.roster.add(account); };
    room.onChannelUserLeaved = function (account) { w.roster.remove(account); };
    room.onMessageChannelReceive = function (account, uid, msg) { w.board.append(account, msg); };
    session.invoke('io.agora.signal.channel_query_num', { name: cfg.room }, function (err, val) {
      if (!err) w.roster.setCount(val.num);
    });
  };

  w.sendChat = function (text) {
    room.messageChannelSend(JSON.stringify({ t: 'chat', text: text }));
  };
  w.raiseHand = function () {
    session.messageInstantSend(cfg.teacher, 'hand-up');
  };
})(window);
