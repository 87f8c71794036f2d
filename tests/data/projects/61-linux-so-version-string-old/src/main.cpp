#include <iostream>
#include "agora_sig.h"

int main()
{
    agora_sdk_cpp::IAgoraAPI* agora = getAgoraSDKInstanceCPP();
    agora->login("vendor", 6, "alice", 5, "token", 5, 0, "", 0);
    std::cout << "logged in" << std::endl;
    return 0;
}
