#ifndef _AGORA_SDK_CPP_H
#define _AGORA_SDK_CPP_H

#include <stdint.h>
#include <stddef.h>

namespace agora_sdk_cpp {

enum AGORA_E_CODE {
    SUCCESS = 0,
    LOGOUT_E_OTHER = 100,
    LOGIN_E_OTHER = 200,
    LOGIN_E_NET = 201,
    LOGIN_E_INVALID_USER = 209,
    GENERAL_E_LARGE_PARAM = 1005,
};

class ICallBack {
public:
    virtual ~ICallBack() {}
    virtual void onLoginSuccess(uint32_t uid, int fd) {}
    virtual void onLoginFailed(int ecode) {}
    virtual void onChannelJoined(char const * channelID, size_t channelID_size) {}
    virtual void onMessageChannelReceive(char const * channelID, size_t channelID_size, char const * account, size_t account_size, uint32_t uid, char const * msg, size_t msg_size) {}
    virtual void onInviteMsg(char const * channelID, size_t channelID_size, char const * account, size_t account_size, uint32_t uid, char const * msgType, size_t msgType_size, char const * msgData, size_t msgData_size, char const * extra, size_t extra_size) {}
    virtual void onInvokeRet(char const * callID, size_t callID_size, char const * err, size_t err_size, char const * resp, size_t resp_size) {}
};

class IAgoraAPI {
public:
    virtual void callbackSet(ICallBack* handler) = 0;
    virtual void login(char const * vendorID, size_t vendorID_size, char const * account, size_t account_size, char const * token, size_t token_size, uint32_t uid, char const * deviceID, size_t deviceID_size) = 0;
    virtual void logout() = 0;
    virtual void channelJoin(char const * channelID, size_t channelID_size) = 0;
    virtual void channelLeave(char const * channelID, size_t channelID_size) = 0;
    virtual void channelSetAttr(char const * channelID, size_t channelID_size, char const * name, size_t name_size, char const * value, size_t value_size) = 0;
    virtual void channelInviteUser(char const * channelID, size_t channelID_size, char const * account, size_t account_size, uint32_t uid = 0) = 0;
    virtual void channelInvitePhone(char const * channelID, size_t channelID_size, char const * phoneNum, size_t phoneNum_size, uint32_t uid = 0) = 0;
    virtual void channelInviteDTMF(char const * channelID, size_t channelID_size, char const * phoneNum, size_t phoneNum_size, char const * dtmf, size_t dtmf_size) = 0;
    virtual void messageDTMFSend(uint32_t uid, char const * msg, size_t msg_size, char const * msgID, size_t msgID_size) = 0;
    virtual void messageInstantSend(char const * account, size_t account_size, uint32_t uid, char const * msg, size_t msg_size, char const * msgID, size_t msgID_size) = 0;
    virtual void messageChannelSend(char const * channelID, size_t channelID_size, char const * msg, size_t msg_size, char const * msgID, size_t msgID_size) = 0;
    virtual void setBackground(uint32_t bOut) = 0;
    virtual void setNetworkStatus(uint32_t bOut) = 0;
    virtual void invoke(char const * name, size_t name_size, char const * req, size_t req_size, char const * callID, size_t callID_size) = 0;
    virtual int getSdkVersion() = 0;
    virtual void destroy() = 0;
};

}

extern "C" agora_sdk_cpp::IAgoraAPI* getAgoraSDKInstanceCPP();
extern "C" agora_sdk_cpp::IAgoraAPI* createAgoraSDKInstanceCPP();

#endif
