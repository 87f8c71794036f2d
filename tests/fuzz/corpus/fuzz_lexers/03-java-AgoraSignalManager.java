package com.example.sigchat;

import android.content.Context;
import android.util.Log;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;
import io.agora.IAgoraAPI;

public final class AgoraSignalManager {
    private static final String TAG = "AgoraSignalManager";
    private static AgoraSignalManager sInstance;

    private final AgoraAPIOnlySignal m_agoraAPI;
    private final String mAppId;

    private AgoraSignalManager(Context context) {
        mAppId = context.getString(R.string.agora_app_id);
        m_agoraAPI = AgoraAPIOnlySignal.getInstance(context.getApplicationContext(), mAppId);
    }

    public static synchronized AgoraSignalManager get(Context context) {
        if (sInstance == null) {
            sInstance = new AgoraSignalManager(context);
        }
        return sInstance;
    }

    public AgoraAPIOnlySignal getmAgoraAPI() {
        return m_agoraAPI;
    }

    public void setCallback(AgoraAPI.CallBack callBack) {
        m_agoraAPI.callbackSet(callBack);
    }

    public void login(String account) {
        m_agoraAPI.login2(mAppId, account, "_no_need_token", 0, "", 5, 1);
    }

    public String versionName() {
        String version = "" + m_agoraAPI.getSdkVersion();
        if (version.length() < 8) {
            return "unknown";
        }
        return "version " + version.charAt(2) + "." + version.charAt(4) + "." + version.charAt(6);
    }

    public static boolean isNetworkError(int ecode) {
        Log.d(TAG, "logout ecode " + ecode);
        return ecode == IAgoraAPI.ECODE_LOGOUT_E_NET;
    }
}
