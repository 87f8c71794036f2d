var CallCenter = {
  init: function (appId, account, token) {
    this.signal = Signal(appId);
    this.session = this.signal.login(account, token);
    this.session.onLoginSuccess = function () {
      CallCenter.queue = CallCenter.session.channelJoin('agents');
    };
    this.session.onInviteReceived = function (call) { CallCenter.ring(call); };
  },

  // agent to agent: an ordinary in-app call
  callAgent: function (channel, agent) {
    return this.session.channelInviteUser2(channel, agent, JSON.stringify({ _require_peer_online: 1 }));
  },

  // agent to a customer's phone through the SIP trunk
  callCustomer: function (channel, phone, agentUid) {
    return this.session.channelInviteUser2(channel, phone, JSON.stringify({ srcNum: '+14155550100', destMediaUid: agentUid }));
  },

  ring: function (call) {
    if (window.confirm('Incoming call from ' + call.peer)) call.channelInviteAccept();
    else call.channelInviteRefuse(JSON.stringify({ status: 'busy' }));
  }
};
