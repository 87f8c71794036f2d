package io.agora.demo.call;

import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.util.Log;
import android.widget.EditText;
import android.widget.TextView;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public class CallActivity extends AppCompatActivity {
    private static final String TAG = "CallActivity";

    private AgoraAPIOnlySignal m_agoraAPI;
    private String channelName;
    private TextView status;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_call);
        status = findViewById(R.id.status);
        channelName = getIntent().getStringExtra("channel");

        m_agoraAPI = AgoraAPIOnlySignal.getInstance(this, getString(R.string.agora_app_id));
        m_agoraAPI.callbackSet(new AgoraAPI.CallBack() {
            @Override
            public void onInviteAcceptedByPeer(String channelID, String account, int uid, String extra) {
                runOnUiThread(() -> status.setText("connected"));
            }

            @Override
            public void onInviteMsg(String channelID, String account, int uid, String msgType, String msgData, String extra) {
                Log.i(TAG, "invite msg " + msgType + " " + msgData);
            }
        });

        findViewById(R.id.call_user).setOnClickListener(v -> callUser());
        findViewById(R.id.call_phone).setOnClickListener(v -> callPhone());
    }

    private void callUser() {
        String peerName = ((EditText) findViewById(R.id.peer)).getText().toString();
        m_agoraAPI.channelInviteUser(channelName, peerName, 0);
    }

    private void callPhone() {
        String peer = ((EditText) findViewById(R.id.phone)).getText().toString();
        String src = getString(R.string.caller_number);
        m_agoraAPI.channelInvitePhone3(channelName, peer, src, "{\"sip_header:myheader\":\"gogo\"}");
    }

    @Override
    protected void onPause() {
        super.onPause();
        // m_agoraAPI.setBackground(99);
        // m_agoraAPI.messageDTMFSend();
    }
}
