const https = require('https');
const domains = require('./wechat-domains.js');

const token = process.env.WECHAT_ACCESS_TOKEN;
const body = JSON.stringify(Object.assign({ action: 'set' }, domains));

const req = https.request({
  host: 'api.weixin.qq.com',
  path: '/wxa/modify_domain?access_token=' + token,
  method: 'POST',
  headers: { 'Content-Type': 'application/json' }
}, (res) => {
  res.pipe(process.stdout);
});
req.end(body);
