import AgoraRTM from 'agora-rtm-sdk';

export async function createSignaling(appId, uid, token) {
  const client = AgoraRTM.createInstance(appId);
  await client.login({ uid, token });

  return {
    client,
    async join(channelId, onMessage) {
      const channel = client.createChannel(channelId);
      channel.on('ChannelMessage', ({ text }, memberId) => onMessage(memberId, text));
      await channel.join();
      return {
        send: (text) => channel.sendMessage({ text }),
        leave: () => channel.leave(),
      };
    },
    sendToPeer: (peerId, text) => client.sendMessageToPeer({ text }, peerId),
    logout: () => client.logout(),
  };
}
