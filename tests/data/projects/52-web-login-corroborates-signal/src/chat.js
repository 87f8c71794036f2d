// Direct messages for the support desk.
var sig = Signal(appId);
var s = sig.login(account, token);

function ping(peer) {
  s.messageInstantSend(peer, {n: 1});
}
