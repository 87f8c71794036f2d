/* Agora Signaling SDK for Web (vendored copy) */
(function (root) {
  function Signal(appId) { this.appId = appId; }
  Signal.prototype.login = function (account, token) { return new Session(this, account, token); };
  function Session(sig, account, token) { this.sig = sig; this.account = account; this.token = token; }
  root.Signal = function (appId) { return new Signal(appId); };
})(window);
