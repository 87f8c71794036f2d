#include "stdafx.h"
#include "../sdk/include/agora_sig.h"
#pragma comment(lib, "agora_sig_sdk.lib")

void SignalClient::Start(const std::string& appId)
{
    m_api = getAgoraSDKInstanceWin(appId.c_str(), appId.size());
}
