package com.example.deskduo;

import android.content.Context;

import io.agora.AgoraAPIOnlySignal;

/** One Signaling instance per agent seat (multi-instance factory of SDK 1.4). */
final class AgentSessions {
    private AgentSessions() {}

    static AgoraAPIOnlySignal open(Context context, String appId) {
        return AgoraAPIOnlySignal.createAgoraSDKInstance(context, appId);
    }

    static void parkSecondSeat(Context context, String appId) {
        AgoraAPIOnlySignal.createAgoraSDKInstance(context, appId).setBackground(1);
    }
}
