package com.xiaoyu.live;

import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.widget.TextView;
import android.widget.Toast;

import io.agora.AgoraAPI;
import io.agora.AgoraAPIOnlySignal;

/**
 * 直播间页面：显示在线人数，收发弹幕。
 * 作者：小鱼直播客户端组
 */
public class LiveRoomActivity extends AppCompatActivity {
    private AgoraAPIOnlySignal mAgoraAPI;
    private TextView mOnlineCount;
    private int mOnline;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_live_room);
        mOnlineCount = findViewById(R.id.online_count);

        // 获取信令实例
        mAgoraAPI = AgoraAPIOnlySignal.getInstance(this, getString(R.string.agora_app_id));
        mAgoraAPI.callbackSet(new AgoraAPI.CallBack() {
            @Override
            public void onChannelUserJoined(String account, int uid) {
                // 有用户进入频道，在线人数加一
                runOnUiThread(() -> mOnlineCount.setText("在线 " + (++mOnline) + " 人"));
            }

            @Override
            public void onChannelJoinFailed(String channelID, int ecode) {
                runOnUiThread(() -> Toast.makeText(LiveRoomActivity.this, "进入频道失败：" + ecode, Toast.LENGTH_SHORT).show());
            }
        });

        // 订阅全局频道事件，用于统计所有直播间的人数
        mAgoraAPI.channelJoin("__agora_channel_event");
        mAgoraAPI.channelJoin(getIntent().getStringExtra("room"));
    }
}
