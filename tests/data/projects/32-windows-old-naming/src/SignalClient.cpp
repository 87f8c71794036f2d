#include "SignalClient.h"

#include <cstdio>

#pragma comment(lib,"agorasdk.lib")

SignalClient::SignalClient(const std::string& appId)
    : m_api(getAgoraSDKInstanceWin(appId.data(), appId.size()))
    , m_appId(appId)
    , m_online(false)
{
    m_api->callbackSet(this);
}

SignalClient::~SignalClient()
{
    m_api->logout();
    m_api->destory();
}

void SignalClient::Login(const std::string& account)
{
    m_api->login(m_appId.data(), m_appId.size(), account.data(), account.size(), "_no_need_token", 14, 0, "", 0);
}

void SignalClient::Notify(const std::string& account, const std::string& text)
{
    std::string msgId = std::to_string(GetTickCount());
    m_api->messageInstantSend(account.data(), account.size(), 0, text.data(), text.size(), msgId.data(), msgId.size());
}

void SignalClient::onLoginSuccess(uint32_t uid, int fd)
{
    m_online = true;
    std::printf("online as %u\n", uid);
}

void SignalClient::onLoginFailed(int ecode)
{
    std::printf("login failed: %d\n", ecode);
}
