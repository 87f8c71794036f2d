package com.example.chat;

import android.content.Context;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public final class ChatClient {
    private final AgoraAPIOnlySignal agoraAPI;

    public ChatClient(Context context, String appId) {
        agoraAPI = AgoraAPIOnlySignal.getInstance(context, appId);
        agoraAPI.callbackSet(new AgoraAPI.CallBack() {
            @Override
            public void onMessageInstantReceive(String account, int uid, String msg) {
                show(account, msg);
            }
        });
    }

    public void login(String appId, String account) {
        agoraAPI.login2(appId, account, "_no_need_token", 0, "", 5, 1);
    }

    public void join(String channel) {
        agoraAPI.channelJoin(channel);
    }

    public void send(String channel, String text) {
        agoraAPI.messageChannelSend(channel, text, "");
    }

    private void show(String account, String msg) {
        System.out.println(account + ": " + msg);
    }
}
