package com.example.bubbles;

import android.graphics.drawable.ColorDrawable;
import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.support.v7.widget.LinearLayoutManager;
import android.support.v7.widget.RecyclerView;
import android.view.View;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

public class ChatActivity extends AppCompatActivity {
    private AgoraAPIOnlySignal mAgoraAPI;
    private MessageAdapter mAdapter;
    private View mRoot;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_chat);
        mRoot = findViewById(R.id.root);
        mRoot.setBackground(new ColorDrawable(getResources().getColor(R.color.chat_background)));
        getWindow().getDecorView().setBackground(null);

        RecyclerView list = findViewById(R.id.messages);
        list.setLayoutManager(new LinearLayoutManager(this));
        mAdapter = new MessageAdapter(getString(R.string.me));
        list.setAdapter(mAdapter);

        mAgoraAPI = AgoraAPIOnlySignal.getInstance(this, getString(R.string.agora_app_id));
        mAgoraAPI.callbackSet(new AgoraAPI.CallBack() {
            @Override
            public void onMessageChannelReceive(String channelID, final String account, int uid, final String msg) {
                runOnUiThread(() -> mAdapter.add(account, msg));
            }
        });
        mAgoraAPI.channelJoin("general");
    }
}
