module.exports = {
  appId: 'f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5',
  // request and socket legal domains configured in the WeChat console
  domains: [
    'https://miniapp.agoraio.cn',
    'https://webcollector-rtm.agora.io',
    'https://logservice-rtm.agora.io',
    'wss://miniapp.agoraio.cn'
  ]
}
