function SignalingClient(appId) {
  this.signal = Signal(appId);
  this.session = null;
  this.channel = null;
}

SignalingClient.prototype.login = function (account, onMessage) {
  var self = this;
  this.session = this.signal.login(account, '_no_need_token');
  this.session.onLoginSuccess = function () {
    self.channel = self.session.channelJoin('demo');
    self.channel.onMessageChannelReceive = function (acc, uid, msg) { onMessage(acc, msg); };
  };
  this.session.onMessageInstantReceive = function (acc, uid, msg) { onMessage(acc, msg); };
};

// if you want to send an object, use JSON.stringify
SignalingClient.prototype.sendPeer = function (peer, text) {
  this.session.messageInstantSend(peer, `${text}`);
};

SignalingClient.prototype.sendChannel = function (text) {
  this.channel.messageChannelSend(String(text));
};
