const AgoraRTM = require('./lib/rtm.miniapp.js')
const config = require('./config.js')

App({
  onLaunch() {
    this.rtm = AgoraRTM.createInstance(config.appId)
  }
})
