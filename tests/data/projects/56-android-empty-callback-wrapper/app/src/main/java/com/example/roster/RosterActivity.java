package com.example.roster;

import io.agora.AgoraAPIOnlySignal;

public class RosterActivity {
    private AgoraAPIOnlySignal signal;

    void start(android.content.Context context, String appId, String account) {
        signal = AgoraAPIOnlySignal.getInstance(context, appId);
        signal.callbackSet(new SignalCallbacks() {
            @Override
            public void onInviteMsg(String channelID, String account, int uid, String msgType, String msgData, String extra) {
                super.onInviteMsg(channelID, account, uid, msgType, msgData, extra);
                Log.d("Roster", "ignored " + msgType);
            }
        });
        signal.login(appId, account, "_no_need_token", 0, "");
    }
}
