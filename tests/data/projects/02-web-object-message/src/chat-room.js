export default class ChatRoom {
  constructor(appId, account) {
    this.signal = window.Signal(appId);
    this.account = account;
    this.session = null;
    this.channel = null;
  }

  connect(token, onReady) {
    this.session = this.signal.login(this.account, token);
    this.session.onLoginSuccess = () => onReady();
    this.session.onLoginFailed = (code) => console.error('login failed', code);
  }

  join(room, onMessage) {
    this.channel = this.session.channelJoin(room);
    this.channel.onMessageChannelReceive = (account, uid, msg) => onMessage(account, msg);
  }

  say(text) {
    this.channel.messageChannelSend({ type: 'chat', from: this.account, text }, (err) => {
      if (err) console.warn('send failed', err);
    });
  }

  nudge(peer) {
    this.session.messageInstantSend(peer, ['nudge', Date.now()]);
  }
}
