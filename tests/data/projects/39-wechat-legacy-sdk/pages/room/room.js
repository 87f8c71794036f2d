const Signal = require('../../utils/AgoraSig-1.4.0.js')
const app = getApp()

Page({
  data: { messages: [], draft: '' },

  onLoad(query) {
    this.signal = Signal(app.globalData.appId)
    this.session = this.signal.login(app.globalData.account, '_no_need_token')
    this.session.onLoginSuccess = () => {
      this.channel = this.session.channelJoin(query.room)
      this.channel.onMessageChannelReceive = (account, uid, msg) => {
        const item = JSON.parse(msg)
        this.setData({ messages: this.data.messages.concat([{ from: account, text: item.text }]) })
      }
    }
  },

  onDraft(e) {
    this.setData({ draft: e.detail.value })
  },

  send() {
    this.channel.messageChannelSend(JSON.stringify({ text: this.data.draft }))
    this.setData({ draft: '' })
  },

  onUnload() {
    if (this.channel) this.channel.channelLeave()
    if (this.session) this.session.logout()
  }
})
