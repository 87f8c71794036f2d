package io.agora;

import io.agora.rtm.RtmStatusCode;

/** The subset of the old Signaling interface our screens still call, kept so they did not need rewriting. */
public interface IAgoraAPI {
    int ECODE_LOGIN_E_NET = RtmStatusCode.LoginError.LOGIN_ERR_TIMEOUT;
    int ECODE_LOGOUT_E_NET = RtmStatusCode.ConnectionChangeReason.CONNECTION_CHANGE_REASON_INTERRUPTED;

    interface ICallBack {
        void onLoginSuccess(int uid, int fd);
        void onLoginFailed(int ecode);
        void onMessageInstantReceive(String account, int uid, String msg);
        void onQueryUserStatusResult(String name, String status);
    }

    void callbackSet(ICallBack handler);
    void login2(String appId, String account, String token, int uid, String deviceID, int retryTime, int retryCount);
    void messageInstantSend(String account, int uid, String msg, String msgID);
    void queryUserStatus(String account);
    void logout();
}
