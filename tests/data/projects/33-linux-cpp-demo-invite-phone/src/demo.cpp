#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "agora_sig.h"

using namespace agora_sdk_cpp;

static std::string g_vendor;
static std::string g_username;
static std::string g_token = "_no_need_token";
static std::string g_channel;
static uint32_t g_uid = 0;

struct Callee {
    std::string name;
    uint32_t uid;
};

class CallBack : public ICallBack {
public:
    void onLoginSuccess(uint32_t uid, int fd) override {
        std::cout << "login ok, uid " << uid << std::endl;
    }

    void onLoginFailed(int ecode) override {
        std::cout << "login failed " << ecode << std::endl;
        std::exit(1);
    }

    void onInviteMsg(char const * channelID, size_t channelID_size, char const * account, size_t account_size, uint32_t uid, char const * msgType, size_t msgType_size, char const * msgData, size_t msgData_size, char const * extra, size_t extra_size) override {
        std::cout << "invite msg " << std::string(msgType, msgType_size) << ": " << std::string(msgData, msgData_size) << std::endl;
    }
};

static std::vector<Callee> parseCallees(int argc, char** argv) {
    std::vector<Callee> out;
    for (int i = 4; i < argc; ++i) {
        std::string arg = argv[i];
        size_t colon = arg.find(':');
        if (colon == std::string::npos) {
            out.push_back({arg, 0});
        } else {
            out.push_back({arg.substr(0, colon), static_cast<uint32_t>(std::stoul(arg.substr(colon + 1)))});
        }
    }
    return out;
}

int main(int argc, char** argv) {
    if (argc < 5) {
        std::cerr << "usage: sigcall <appid> <account> <channel> <callee>[:uid] ..." << std::endl;
        return 1;
    }
    g_vendor = argv[1];
    g_username = argv[2];
    g_channel = argv[3];
    std::vector<Callee> callees = parseCallees(argc, argv);

    IAgoraAPI* agora = getAgoraSDKInstanceCPP();
    agora->callbackSet(new CallBack());
    agora->login(g_vendor.data(), g_vendor.size(), g_username.data(), g_username.size(), g_token.data(), g_token.size(), g_uid, "", 0);
    std::this_thread::sleep_for(std::chrono::seconds(2));

    agora->channelJoin(g_channel.data(), g_channel.size());
    for (const Callee& u : callees) {
        if (u.uid == 1)
            agora->channelInvitePhone(g_channel.data(), g_channel.size(), u.name.data(), u.name.size());
        else
            agora->channelInviteUser(g_channel.data(), g_channel.size(), u.name.data(), u.name.size(), u.uid);
    }

    std::this_thread::sleep_for(std::chrono::minutes(5));
    agora->logout();
    return 0;
}
