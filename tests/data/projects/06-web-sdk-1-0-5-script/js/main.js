$(function () {
  var signal = Signal($('#app-id').val());
  var session = null;
  var channel = null;

  $('#login').on('click', function () {
    session = signal.login($('#account').val(), '_no_need_token');
    session.onLoginSuccess = function (uid) {
      $('#status').text('online as ' + uid);
      channel = session.channelJoin($('#room').val());
      channel.onMessageChannelReceive = function (account, uid, msg) {
        $('#log').append($('<p>').text(account + ': ' + msg));
      };
    };
  });

  $('#send').on('click', function () {
    var text = $('#text').val();
    channel.messageChannelSend('' + text);
    $('#text').val('');
  });
});
