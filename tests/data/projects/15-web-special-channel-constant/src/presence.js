import config from './config.js';

export function watchPresence(session, onChange) {
  const ch = session.channelJoin(config.channels.presence);
  ch.onMessageChannelReceive = (account, uid, msg) => onChange(JSON.parse(msg));
  return ch;
}
