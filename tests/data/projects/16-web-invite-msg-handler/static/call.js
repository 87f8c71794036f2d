var signal = Signal(window.APP_ID);
var session = signal.login(window.ACCOUNT, window.TOKEN);
var current = null;

function setStatus(text) { document.getElementById('status').textContent = text; }

function bindCall(call) {
  current = call;
  call.onInviteAcceptedByPeer = function () { setStatus('connected'); };
  call.onInviteRefusedByPeer = function () { setStatus('refused'); current = null; };
  call.onInviteEndByPeer = function () { setStatus('ended'); current = null; };
  call.onInviteMsg = function (extra) { console.log('invite message', extra); };
}

session.onInviteReceived = function (call) {
  bindCall(call);
  call.channelInviteAccept(JSON.stringify({ accepted: true }));
};

document.getElementById('call').onclick = function () {
  var peer = document.getElementById('peer').value;
  var room = 'call-' + window.ACCOUNT + '-' + peer;
  bindCall(session.channelInviteUser2(room, peer, JSON.stringify({ _require_peer_online: 1 })));
  session.channelJoin(room);
};

document.getElementById('end').onclick = function () {
  if (current) current.channelInviteEnd();
};
