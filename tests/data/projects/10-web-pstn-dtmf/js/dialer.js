// Web softphone: reaches the SIP gateway through Signaling call invitations
var Dialer = function (appId, account) {
  this.signal = Signal(appId);
  this.session = this.signal.login(account, '_no_need_token');
  this.call = null;
};

Dialer.prototype.dial = function (gatewayChannel, number) {
  var self = this;
  this.call = this.session.channelInviteUser2(gatewayChannel, number, JSON.stringify({ _timeout: 30 }));
  this.call.onInviteAcceptedByPeer = function () { self.onConnected && self.onConnected(); };
  this.call.onInviteEndByPeer = function () { self.call = null; };
  this.call.onInviteMsg = function (extra) {
    var info = JSON.parse(extra);
    if (info.msgtype === 'dtmf' && self.onTone) self.onTone(info.msgdata);
  };
};

Dialer.prototype.pressKey = function (key) {
  if (this.call) this.call.channelInviteDTMF(String(key));
};

Dialer.prototype.hangUp = function () {
  if (this.call) this.call.channelInviteEnd();
  this.call = null;
};
