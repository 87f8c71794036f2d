#include "agora_sig.h"

int run()
{
    auto* agora = createAgoraSDKInstanceCPP();
    agora->channelJoin("ops", 3);
    return 0;
}
