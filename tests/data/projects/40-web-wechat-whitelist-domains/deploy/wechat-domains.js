// Legal domains of the WeChat mini-program client (request / socket whitelists)
module.exports = {
  requestdomain: [
    'https://api.livechat.example.com',
    'https://lbs-wx.agora.io'
  ],
  socketdomain: [
    'wss://ap1-wx.agoraio.cn',
    'wss://ap1-wx.agora.io'
  ]
};
