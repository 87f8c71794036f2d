// NOTE: we used to join '__agora_user_online' for presence; removed, see docs/history.md
/* Old code, kept for reference:
 *   session.channelJoin('__agora_channel_event');
 *   channel.messageChannelSend({ type: 'chat', text: text });
 *   call.channelInviteDTMF('#');
 */
var signal = Signal(window.HELPDESK_APP_ID);
var session = signal.login(window.AGENT, window.AGENT_TOKEN);
var channel = null;

session.onLoginSuccess = function () {
  channel = session.channelJoin('helpdesk');
  // agora.setBackground(1) was a native-only setting; the Web SDK never had it
  channel.onMessageChannelReceive = function (account, uid, msg) {
    var p = document.createElement('p');
    p.textContent = account + ': ' + msg;
    document.getElementById('chat').appendChild(p);
  };
};

window.postToHelpdesk = function (text) {
  channel.messageChannelSend(JSON.stringify({ type: 'chat', text: text }));
};
