// Stand-in excerpt of the RTC 2.x native signaling-engine interface used by this project.
#ifndef AGORA_SIGNALING_ENGINE_H
#define AGORA_SIGNALING_ENGINE_H

#include <stddef.h>

namespace agora {
namespace signaling {

class ISignalingEventHandler {
public:
    virtual ~ISignalingEventHandler() {}
    virtual void onLoginSuccess() {}
    virtual void onMessageReceived(const char* userId, const char* message) {}
};

class ISignalingEngine {
public:
    virtual int initialize(const char* appId, ISignalingEventHandler* handler) = 0;
    virtual int login(const char* token, const char* userId) = 0;
    virtual int sendMessage(const char* userId, const char* message) = 0;
    virtual int logout() = 0;
    virtual void release() = 0;
};

}  // namespace signaling
}  // namespace agora

extern "C" agora::signaling::ISignalingEngine* createAgoraSignalingEngine();

#endif
