(function () {
  var dialer = new Dialer(window.SOFTPHONE_APP_ID, window.SOFTPHONE_ACCOUNT);
  var pad = document.getElementById('keypad');
  '123456789*0#'.split('').forEach(function (key) {
    var b = document.createElement('button');
    b.textContent = key;
    b.onclick = function () { dialer.pressKey(key); };
    pad.appendChild(b);
  });
  document.getElementById('dial').onclick = function () {
    dialer.dial('sip-gateway', document.getElementById('number').value);
  };
  document.getElementById('hangup').onclick = function () { dialer.hangUp(); };
})();
