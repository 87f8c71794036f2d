package io.agora;

import android.content.Context;

import java.util.Collections;
import java.util.Map;

import io.agora.rtm.ErrorInfo;
import io.agora.rtm.ResultCallback;
import io.agora.rtm.RtmClient;
import io.agora.rtm.RtmClientListener;
import io.agora.rtm.RtmMessage;

/** Signaling-shaped facade over RTM: old call sites keep working, the wire is RTM. */
public class AgoraAPIOnlySignal implements IAgoraAPI {
    private static AgoraAPIOnlySignal sInstance;

    private final RtmClient mClient;
    private ICallBack mHandler;

    public static synchronized AgoraAPIOnlySignal getInstance(Context context, String appId) {
        if (sInstance == null) {
            sInstance = new AgoraAPIOnlySignal(context, appId);
        }
        return sInstance;
    }

    /** Another client of its own, like the SDK's multi-instance factory. */
    public static AgoraAPIOnlySignal createAgoraSDKInstance(Context context, String appId) {
        return new AgoraAPIOnlySignal(context, appId);
    }

    /** RTM keeps no background mode: nothing to switch. */
    public void setBackground(int background) {
    }

    private AgoraAPIOnlySignal(Context context, String appId) {
        try {
            mClient = RtmClient.createInstance(context, appId, new Listener());
        } catch (Exception e) {
            throw new IllegalStateException("RTM init failed", e);
        }
    }

    @Override
    public void callbackSet(ICallBack handler) {
        mHandler = handler;
    }

    @Override
    public void login2(String appId, String account, String token, int uid, String deviceID, int retryTime, int retryCount) {
        mClient.login(token, account, new ResultCallback<Void>() {
            @Override public void onSuccess(Void v) { mHandler.onLoginSuccess(0, 0); }
            @Override public void onFailure(ErrorInfo e) { mHandler.onLoginFailed(e.getErrorCode()); }
        });
    }

    @Override
    public void messageInstantSend(String account, int uid, String msg, String msgID) {
        RtmMessage message = mClient.createMessage();
        message.setText(msg);
        mClient.sendMessageToPeer(account, message, null);
    }

    @Override
    public void queryUserStatus(final String account) {
        mClient.queryPeersOnlineStatus(Collections.singleton(account), new ResultCallback<Map<String, Boolean>>() {
            @Override public void onSuccess(Map<String, Boolean> r) {
                mHandler.onQueryUserStatusResult(account, Boolean.TRUE.equals(r.get(account)) ? "1" : "0");
            }
            @Override public void onFailure(ErrorInfo e) {
                sendControl(account, "SIG_QUERY_USER_STATUS");
            }
        });
    }

    public void channelInviteUser2(String channelID, String account, String extra) {
        sendControl(account, "SIG_CHANNEL_INVITE_USER2:" + channelID + ":" + extra);
    }

    private void sendControl(String account, String command) {
        RtmMessage message = mClient.createMessage();
        message.setText(command);
        mClient.sendMessageToPeer(account, message, null);
    }

    @Override
    public void logout() {
        mClient.logout(null);
    }

    private final class Listener implements RtmClientListener {
        @Override public void onConnectionStateChanged(int state, int reason) {}
        @Override public void onMessageReceived(RtmMessage message, String peerId) {
            mHandler.onMessageInstantReceive(peerId, 0, message.getText());
        }
        @Override public void onTokenExpired() {}
        @Override public void onPeersOnlineStatusChanged(Map<String, Integer> status) {}
    }
}
