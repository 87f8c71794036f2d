// Stand-in excerpt of the RTC 2.x engine interface used by this project.
#ifndef AGORA_RTC_ENGINE_H
#define AGORA_RTC_ENGINE_H

namespace agora {
namespace rtc {

class IRtcEngineEventHandler {
public:
    virtual ~IRtcEngineEventHandler() {}
    virtual void onJoinChannelSuccess(const char* channel, unsigned int uid, int elapsed) {}
};

struct RtcEngineContext {
    IRtcEngineEventHandler* eventHandler = nullptr;
    const char* appId = nullptr;
};

class IRtcEngine {
public:
    virtual int initialize(const RtcEngineContext& context) = 0;
    virtual int joinChannel(const char* token, const char* channelId, const char* info, unsigned int uid) = 0;
    virtual int leaveChannel() = 0;
    virtual void release(bool sync = false) = 0;
};

}  // namespace rtc
}  // namespace agora

extern "C" agora::rtc::IRtcEngine* createAgoraRtcEngine();

#endif
