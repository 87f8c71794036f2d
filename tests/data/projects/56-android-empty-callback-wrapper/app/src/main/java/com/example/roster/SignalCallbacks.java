package com.example.roster;

import android.util.Log;

import io.agora.AgoraAPI;
import io.agora.IAgoraAPI;

/** Implements the whole callback interface so that screens override only what they need. */
public class SignalCallbacks extends AgoraAPI.CallBack {
    private static final String TAG = "SignalCallbacks";

    @Override
    public void onLoginSuccess(int uid, int fd) {
        Log.i(TAG, "login " + uid);
    }

    @Override
    public void onInviteMsg(String channelID, String account, int uid, String msgType, String msgData, String extra) {
    }

    @Override
    public void onInviteFailed(String channelID, String account, int uid, int ecode, String extra) {
        super.onInviteFailed(channelID, account, uid, ecode, extra);
        return;
    }
}
