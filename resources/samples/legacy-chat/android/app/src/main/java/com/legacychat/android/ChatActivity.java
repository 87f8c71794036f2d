package com.legacychat.android;

import android.content.Intent;
import android.os.Bundle;
import android.support.v4.content.ContextCompat;
import android.support.v7.app.AppCompatActivity;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public class ChatActivity extends AppCompatActivity {
    private AgoraAPIOnlySignal m_agoraAPI;
    private TextView log;
    private View bubble;
    private String room = "general";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_chat);
        log = findViewById(R.id.log);
        bubble = findViewById(R.id.compose_bubble);
        bubble.setBackground(ContextCompat.getDrawable(this, R.drawable.bubble_idle));

        m_agoraAPI = ((LegacyChatApp) getApplication()).getmAgoraAPI();
        m_agoraAPI.callbackSet(new AgoraAPI.CallBack() {
            @Override
            public void onLoginSuccess(int uid, int fd) {
                m_agoraAPI.channelJoin(room);
            }

            @Override
            public void onMessageChannelReceive(String channelID, final String account, int uid, final String msg) {
                runOnUiThread(() -> log.append(account + ": " + msg + "\n"));
            }
        });
        m_agoraAPI.login2(getString(R.string.agora_app_id), getIntent().getStringExtra("account"), "_no_need_token", 0, "", 30, 3);

        findViewById(R.id.send).setOnClickListener(v -> {
            EditText input = findViewById(R.id.input);
            m_agoraAPI.messageChannelSend(room, "{\"type\":\"chat\",\"text\":\"" + input.getText() + "\"}", "");
            input.setText("");
        });
        findViewById(R.id.call).setOnClickListener(v ->
                startActivity(new Intent(this, CallActivity.class).putExtra("room", room)));
    }
}
