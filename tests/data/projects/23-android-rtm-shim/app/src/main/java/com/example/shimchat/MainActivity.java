package com.example.shimchat;

import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.widget.EditText;
import android.widget.TextView;

import io.agora.AgoraAPIOnlySignal;
import io.agora.IAgoraAPI;

public class MainActivity extends AppCompatActivity implements IAgoraAPI.ICallBack {
    private AgoraAPIOnlySignal m_agoraAPI;
    private TextView log;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_main);
        log = findViewById(R.id.log);
        m_agoraAPI = AgoraAPIOnlySignal.getInstance(this, getString(R.string.agora_app_id));
        m_agoraAPI.callbackSet(this);
        m_agoraAPI.login2(getString(R.string.agora_app_id), "alice", null, 0, "", 30, 3);
        findViewById(R.id.send).setOnClickListener(v -> {
            String peer = ((EditText) findViewById(R.id.peer)).getText().toString();
            String text = ((EditText) findViewById(R.id.text)).getText().toString();
            m_agoraAPI.messageInstantSend(peer, 0, text, "");
        });
    }

    @Override public void onLoginSuccess(int uid, int fd) { runOnUiThread(() -> log.append("online\n")); }
    @Override public void onLoginFailed(int ecode) { runOnUiThread(() -> log.append("login failed " + ecode + "\n")); }
    @Override public void onMessageInstantReceive(String account, int uid, String msg) {
        runOnUiThread(() -> log.append(account + ": " + msg + "\n"));
    }
    @Override public void onQueryUserStatusResult(String name, String status) {}
}
