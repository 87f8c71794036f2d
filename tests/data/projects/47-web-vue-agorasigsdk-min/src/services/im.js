import Vue from 'vue';

const Signal = require('../../static/AgoraSigSDK.min.js');

export function installIm(appId, account, token) {
  const signal = Signal(appId);
  const session = signal.login(account, token);
  return new Promise((resolve, reject) => {
    session.onLoginSuccess = () => {
      Vue.prototype.$session = session;
      Vue.prototype.$channel = session.channelJoin('clinic-' + account.split('@')[1]);
      resolve(session);
    };
    session.onLoginFailed = reject;
  });
}
