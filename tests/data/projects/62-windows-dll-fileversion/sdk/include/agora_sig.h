#pragma once
namespace agora_sdk_win {
class IAgoraAPI;
}
extern "C" agora_sdk_win::IAgoraAPI* getAgoraSDKInstanceWin(char const* vendorID, size_t vendorID_size);
