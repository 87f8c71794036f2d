#include <cstdio>
#include <memory>

#include "IAgoraRtcEngine.h"
#include "IAgoraSignalingEngine.h"
#include "canvas.h"

class Events : public agora::rtc::IRtcEngineEventHandler, public agora::signaling::ISignalingEventHandler {
public:
    void onJoinChannelSuccess(const char* channel, unsigned int uid, int elapsed) override {
        std::printf("joined %s as %u\n", channel, uid);
    }
    void onMessageReceived(const char* userId, const char* message) override {
        std::printf("%s: %s\n", userId, message);
    }
};

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: classroom_recorder <appId> <channel>\n");
        return 1;
    }
    Events events;
    auto canvas = std::make_unique<Canvas>();
    canvas->setBackground(0x202020);

    agora::rtc::IRtcEngine* rtc = createAgoraRtcEngine();
    agora::rtc::RtcEngineContext ctx;
    ctx.appId = argv[1];
    ctx.eventHandler = &events;
    rtc->initialize(ctx);
    rtc->joinChannel(nullptr, argv[2], "", 0);

    agora::signaling::ISignalingEngine* signaling = createAgoraSignalingEngine();
    signaling->initialize(argv[1], &events);
    signaling->login(nullptr, "recorder");
    signaling->sendMessage("teacher", "recording started");

    std::getchar();
    signaling->logout();
    signaling->release();
    rtc->leaveChannel();
    rtc->release(true);
    return 0;
}
