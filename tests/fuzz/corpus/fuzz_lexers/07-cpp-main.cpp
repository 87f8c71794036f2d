#include<chrono>
#include "IAgoraRtmService.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

    using namespace agora::rtm;

class ServiceHandler : public IRtmServiceEventHandler
{
public:
    void onLoginSuccess() override { std::puts("rtm: logged in"); }
    void onLoginFailure(int errorCode) override { std::printf("rtm: login failed %d\n", errorCode); }
};

class ChannelHandler : public IChannelEventHandler
{
public:
    void onJoinSuccess() override { std::puts("rtm: joined #ops"); }
};

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: ops_notifier <appId> <userId>" << std::endl;
        return 1;
    }
    ServiceHandler serviceHandler;
    ChannelHandler channelHandler;

    // Was: getAgoraSDKInstanceCPP() + login() + channelJoin() with the old Signaling SDK.
    IRtmService* rtm = createRtmService();
    rtm->initialize(argv[1], &serviceHandler);
    rtm->login(nullptr, argv[2]);
    std::this_thread::sleep_for(std::chrono::seconds(2));

    IChannel* ops = rtm->createChannel("ops", &channelHandler);
    ops->join();

    std::string line;
    while (std::getline(std::cin, line)) {
        IMessage* message = rtm->createMessage();
        message->setText(line.c_str());
        ops->sendMessage(message);
        message->release();
    }
    ops->leave();
    ops->release();
    rtm->logout();
    rtm->release();
    return 0;
}
