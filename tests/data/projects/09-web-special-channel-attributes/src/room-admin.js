// Moderator tools for very large rooms
function RoomAdmin(session, channelName) {
  this.session = session;
  this.name = channelName;
  this.channel = session.channelJoin(channelName);
}

RoomAdmin.prototype.quietMode = function (on) {
  // big rooms: stop the per-user join/leave events
  this.channel.channelSetAttr("_userNotification", on ? "0" : "1", function (err) {
    if (err) console.error('channelSetAttr failed', err);
  });
};

RoomAdmin.prototype.setCountRefresh = function (seconds) {
  this.session.invoke('io.agora.signal.channel_set_attr', { channel: this.name, name: '_auto_update_total_num', value: String(seconds) }, function () {});
};

RoomAdmin.prototype.resetCountRefresh = function () {
  this.channel.channelDelAttr('_auto_update_total_num');
};

RoomAdmin.prototype.keepAlive = function (seconds) {
  this.channel.channelSetAttr('_channel_ttl', String(seconds));
};

RoomAdmin.prototype.setTopic = function (topic) {
  this.channel.channelSetAttr('topic', String(topic));
};
