import Signal from '../lib/AgoraSig-1.4.0.js';
import { formatOutgoing } from './format.js';

export class Messenger {
  constructor(appId) {
    this.signal = Signal(appId);
    this.drafts = {};
  }

  start(account, token) {
    this.session = this.signal.login(account, token);
    this.session.onLoginSuccess = () => {
      this.channel = this.session.channelJoin('helpdesk');
    };
  }

  broadcast(msg) {
    this.channel.messageChannelSend(msg);
  }

  replyTo(peer, ticket) {
    this.session.messageInstantSend(peer, formatOutgoing(ticket), (err) => {
      if (err) console.error('reply failed', err);
    });
  }

  saveDraft(peer, text) {
    this.drafts[peer] = text;
  }

  flushDraft(peer) {
    this.session.messageInstantSend(peer, this.drafts[peer]);
    delete this.drafts[peer];
  }
}
