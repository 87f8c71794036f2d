package com.example.sigchat;

import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.widget.EditText;
import android.widget.TextView;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public class ChatActivity extends AppCompatActivity {
    private AgoraAPIOnlySignal agoraAPI;
    private String channelName;
    private boolean isChannel;
    private TextView history;
    private EditText input;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_chat);
        history = findViewById(R.id.history);
        input = findViewById(R.id.input);
        channelName = getIntent().getStringExtra("name");
        isChannel = getIntent().getBooleanExtra("isChannel", false);

        agoraAPI = AgoraSignalManager.get(this).getmAgoraAPI();
        AgoraSignalManager.get(this).setCallback(new AgoraAPI.CallBack() {
            @Override
            public void onMessageInstantReceive(final String account, int uid, final String msg) {
                runOnUiThread(() -> history.append(account + ": " + msg + "\n"));
            }

            @Override
            public void onMessageChannelReceive(String channelID, final String account, int uid, final String msg) {
                runOnUiThread(() -> history.append(account + ": " + msg + "\n"));
            }
        });

        if (isChannel) {
            agoraAPI.channelJoin(channelName);
        } else {
            agoraAPI.queryUserStatus(channelName);
        }
        findViewById(R.id.send).setOnClickListener(v -> send());
    }

    private void send() {
        String msg = input.getText().toString();
        if (isChannel) {
            agoraAPI.messageChannelSend(channelName, msg, "");
        } else {
            agoraAPI.messageInstantSend(channelName, 0, msg, "");
        }
        input.setText("");
    }

    @Override
    protected void onDestroy() {
        if (isChannel) {
            agoraAPI.channelLeave(channelName);
        }
        super.onDestroy();
    }
}
