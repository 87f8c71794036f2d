 // Stand-in excerpt of the RTM 1.x C++ interface used by this project.
#pragma once

    namespace agora
{
    namespace rtm {

    class IMessage
    {
    public:
        virtual void setText(const char* str) = 0;
        virtual const char* getText() const = 0;
        virtual void release() = 0;
    };

    class IChannelEventHandler
    {
    public:
        virtual ~IChannelEventHandler() {}
        virtual void onJoinSuccess() {}
        virtual void onMessageReceived(const char* userId, const IMessage* message) {}
    };

    class IChannel
    {
    public:
        virtual int join() = 0;
        virtual int leave() = 0;
        virtual int sendMessage(const IMessage* message) = 0;
        virtual void release() = 0;
    };

    class IRtmServiceEventHandler
    {
    public:
        virtual ~IRtmServiceEventHandler() {}
        virtual void onLoginSuccess() {}
        virtual void onLoginFailure(int errorCode) {}
    };

    class IRtmService
    {
    public:
        virtual int initialize(const char* appId, IRtmServiceEventHandler* eventHandler) = 0;
        virtual int login(const char* token, const char* userId) = 0;
        virtual IMessage* createMessage() = 0;
        virtual IChannel* createChannel(const char* channelId, IChannelEventHandler* eventHandler) = 0;
        virtual int logout() = 0;
        virtual void release(bool sync = false) = 0;
    };

    } // namespace rtm
} // namespace agora

agora::rtm::IRtmService* createRtmService();
