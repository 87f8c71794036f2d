/*! @preserve
 * AgoraRTM MiniApp SDK 1.0.1 (build 2011051200)
 */
!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():e.AgoraRTM=t()}(this,function(){"use strict";var H=["https://miniapp.agoraio.cn","wss://miniapp.agoraio.cn"];function C(a){this.appId=a;this.listeners={}}C.prototype.on=function(n,f){(this.listeners[n]=this.listeners[n]||[]).push(f)};C.prototype.login=function(o){return Promise.resolve(o)};C.prototype.sendMessageToPeer=function(m,p){return Promise.resolve({hasPeerReceived:!0})};C.prototype.createChannel=function(id){return{id:id,join:function(){return Promise.resolve()},sendMessage:function(){return Promise.resolve()},on:function(){}}};return{VERSION:"1.0.1",hosts:H,createInstance:function(a){return new C(a)}}});
