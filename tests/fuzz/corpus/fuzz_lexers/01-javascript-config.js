window.APP_CONFIG = {
  appId: '4f1c2d7a9e0b4c3d8e6f5a1b2c3d4e5f',
  channel: 'general'
};
