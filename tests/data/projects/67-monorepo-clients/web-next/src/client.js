import AgoraRTM from 'agora-rtm-sdk';
import { RtmMessage } from 'agora-rtm-sdk';
import type { RtmChannel } from 'agora-rtm-sdk';

export const client = AgoraRTM.createInstance(APP_ID);
