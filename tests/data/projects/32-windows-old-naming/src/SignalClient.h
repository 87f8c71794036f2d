#pragma once

#include <string>
#include "agora_api_win.h"

class SignalClient : public agora_sdk_win::ICallBack
{
public:
    explicit SignalClient(const std::string& appId);
    ~SignalClient();

    void Login(const std::string& account);
    void Notify(const std::string& account, const std::string& text);

    void onLoginSuccess(uint32_t uid, int fd) override;
    void onLoginFailed(int ecode) override;

private:
    agora_sdk_win::IAgoraAPI* m_api;
    std::string m_appId;
    bool m_online;
};
