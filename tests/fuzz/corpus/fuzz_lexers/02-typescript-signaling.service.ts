import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';

declare const Signal: (appId: string) => any;

export interface ChatMessage {
  from: string;
  text: string;
  sentAt: number;
}

@Injectable({ providedIn: 'root' })
export class SignalingService {
  private session: any;
  private channel: any;
  readonly incoming = new Subject<ChatMessage>();

  connect(appId: string, account: string): void {
    const client = Signal(appId);
    this.session = client.login(account, '_no_need_token');
    this.session.onLoginSuccess = () => this.enter('frontdesk');
  }

  private enter(room: string): void {
    this.channel = this.session.channelJoin(room);
    this.channel.onMessageChannelReceive = (account: string, uid: number, msg: string) => {
      this.incoming.next(JSON.parse(msg) as ChatMessage);
    };
  }

  send(from: string, text: string): void {
    const message: ChatMessage = { from, text, sentAt: Date.now() };
    this.channel.messageChannelSend(message);
  }

  sendTyping(peer: string): void {
    this.session.messageInstantSend(peer, { typing: true });
  }

  sendText(peer: string, text: string): void {
    this.session.messageInstantSend(peer, JSON.stringify({ from: peer, text }));
  }
}
