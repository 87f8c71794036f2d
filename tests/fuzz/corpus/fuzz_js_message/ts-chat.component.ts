import { Component } from '@angular/core';
import { SignalingService } from './signaling.service';

@Component({
  selector: 'app-chat',
  template: `<input #box (keyup.enter)="post(box.value); box.value = ''">`,
})
export class ChatComponent {
  constructor(private readonly signaling: SignalingService) {}

  post(text: string): void {
    this.signaling.send('desk', text);
  }
}
