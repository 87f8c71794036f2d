#include "agora_sig.h"

#include <iostream>
#include <string>

// Logs everything, handles nothing: a test double for the wrapper below.
class QuietCallbacks : public agora_sdk_cpp::ICallBack
{
public:
    void onInviteMsg(char const* channelID, size_t channelID_size, char const* account, size_t account_size,
                     uint32_t uid, char const* msgType, size_t msgType_size, char const* msgData,
                     size_t msgData_size, char const* extra, size_t extra_size) override
    {
        std::cout << "invite msg " << msgType << std::endl;
    }
};

// The desk's real handler: DTMF messages from the SIP gateway drive the call screen.
class GatewayCallbacks : public agora_sdk_cpp::ICallBack
{
public:
    void onInviteMsg(char const* channelID, size_t channelID_size, char const* account, size_t account_size,
                     uint32_t uid, char const* msgType, size_t msgType_size, char const* msgData,
                     size_t msgData_size, char const* extra, size_t extra_size) override
    {
        if (std::string(msgType, msgType_size) == "dtmf") {
            m_digits.append(msgData, msgData_size);
        }
    }

private:
    std::string m_digits;
};

int main()
{
    GatewayCallbacks callbacks;
    agora_sdk_cpp::IAgoraAPI* api = agora_sdk_cpp::getAgoraSDKInstanceCPP();
    api->callbackSet(&callbacks);
    return 0;
}
