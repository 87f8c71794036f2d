package com.teamhub.chat;

import android.content.Context;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public final class SignalHub {
    private final AgoraAPIOnlySignal mApi;
    private final String mAppId;

    public SignalHub(Context context, String appId, AgoraAPI.CallBack callBack) {
        mAppId = appId;
        mApi = AgoraAPIOnlySignal.getInstance(context, appId);
        mApi.callbackSet(callBack);
    }

    public void start(String account, String token, String... teams) {
        mApi.login2(mAppId, account, token, 0, "", 30, 3);
        for (String team : teams) {
            mApi.channelJoin("team-" + team);
        }
    }

    public void post(String team, String json) {
        mApi.messageChannelSend("team-" + team, json, "");
    }
}
