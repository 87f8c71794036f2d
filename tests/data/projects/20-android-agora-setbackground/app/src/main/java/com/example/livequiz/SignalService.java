package com.example.livequiz;

import android.app.Application;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public class SignalService {
    private final AgoraAPIOnlySignal m_agoraAPI;
    private final String mAppId;

    public SignalService(Application app, String appId) {
        mAppId = appId;
        m_agoraAPI = AgoraAPIOnlySignal.getInstance(app, appId);
    }

    public AgoraAPIOnlySignal getAgoraAPI() {
        return m_agoraAPI;
    }

    public void login(String account, String token, AgoraAPI.CallBack callBack) {
        m_agoraAPI.callbackSet(callBack);
        m_agoraAPI.login2(mAppId, account, token, 0, "", 30, 3);
    }

    /** Called by QuizApplication when the last activity stops. */
    public void onAppBackground() {
        m_agoraAPI.setBackground(1);
    }

    public void onAppForeground() {
        getAgoraAPI().setBackground(0);
    }
}
