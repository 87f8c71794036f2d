const Signal = require('../../utils/AgoraSig-1.4.0.js')
const app = getApp()

Page({
  data: { lines: [], draft: '' },

  onLoad() {
    const account = 'wx' + Date.now()
    this.signal = Signal(app.globalData.appId)
    this.session = this.signal.login(account, '_no_need_token')
    this.session.onLoginSuccess = () => {
      this.room = this.session.channelJoin(app.globalData.room)
      this.room.onMessageChannelReceive = (from, uid, msg) => {
        const data = JSON.parse(msg)
        this.setData({ lines: this.data.lines.concat(from + ': ' + data.text) })
      }
    }
  },

  onDraft(e) {
    this.setData({ draft: e.detail.value })
  },

  send() {
    this.room.messageChannelSend(JSON.stringify({ type: 'chat', text: this.data.draft }))
    this.setData({ draft: '' })
  }
})
