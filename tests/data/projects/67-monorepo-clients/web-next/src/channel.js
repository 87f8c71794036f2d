import AgoraRTM from 'agora-rtm-sdk';
import { RtmChannel } from 'agora-rtm-sdk';

export function join(client, name) {
  const channel = client.createChannel(name);
  channel.sendMessage({ text: 'hello' });
  return channel.join();
}
