App({
  globalData: {
    appId: 'e1d2c3b4a5f60718293a4b5c6d7e8f90',
    account: null
  },
  onLaunch() {
    this.globalData.account = 'wx_' + Math.floor(Math.random() * 100000);
  }
})
