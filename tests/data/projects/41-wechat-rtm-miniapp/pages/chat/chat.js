const app = getApp()

Page({
  data: { lines: [], draft: '', peer: 'support' },

  async onLoad() {
    const client = app.rtm
    client.on('MessageFromPeer', ({ text }, peerId) => {
      this.setData({ lines: this.data.lines.concat(peerId + ': ' + text) })
    })
    await client.login({ uid: 'wx-' + Date.now(), token: null })
  },

  onDraft(e) {
    this.setData({ draft: e.detail.value })
  },

  async send() {
    await app.rtm.sendMessageToPeer({ text: this.data.draft }, this.data.peer)
    this.setData({ lines: this.data.lines.concat('me: ' + this.data.draft), draft: '' })
  }
})
