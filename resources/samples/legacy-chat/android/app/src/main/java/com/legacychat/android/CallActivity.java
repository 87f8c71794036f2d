package com.legacychat.android;

import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.widget.EditText;
import android.widget.TextView;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

/** Calls a customer's landline into the room through the SIP gateway. */
public class CallActivity extends AppCompatActivity {
    private AgoraAPIOnlySignal m_agoraAPI;
    private String channelName;
    private TextView status;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_call);
        status = findViewById(R.id.status);
        channelName = getIntent().getStringExtra("room");
        m_agoraAPI = ((LegacyChatApp) getApplication()).getmAgoraAPI();
        m_agoraAPI.callbackSet(new AgoraAPI.CallBack() {
            @Override
            public void onInviteAcceptedByPeer(String channelID, String account, int uid, String extra) {
                runOnUiThread(() -> status.setText("Connected to " + account));
            }
        });

        findViewById(R.id.dial).setOnClickListener(v -> {
            String phone = ((EditText) findViewById(R.id.phone)).getText().toString();
            m_agoraAPI.channelInvitePhone3(channelName, phone, getString(R.string.caller_id), "{\"record\":\"0\"}");
            status.setText("Calling " + phone);
        });
    }
}
