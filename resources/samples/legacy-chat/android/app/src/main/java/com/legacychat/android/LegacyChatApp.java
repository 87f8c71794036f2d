package com.legacychat.android;

import android.app.Application;

import io.agora.AgoraAPIOnlySignal;

public class LegacyChatApp extends Application {
    private AgoraAPIOnlySignal m_agoraAPI;

    @Override
    public void onCreate() {
        super.onCreate();
        m_agoraAPI = AgoraAPIOnlySignal.getInstance(this, getString(R.string.agora_app_id));
    }

    public AgoraAPIOnlySignal getmAgoraAPI() {
        return m_agoraAPI;
    }
}
