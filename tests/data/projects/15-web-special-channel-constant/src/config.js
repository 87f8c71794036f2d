export default {
  appId: 'c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7',
  channels: {
    lobby: 'lobby',
    presence: '__agora_user_online',
  },
};
