// SecondAccount.cpp : a second signaling account for the support desk.
//

#include "stdafx.h"
#include "SecondAccount.h"

void CSecondAccount::Park(const std::string& appId)
{
    createAgoraSDKInstanceWin(appId.data(), appId.size())->setBackground(1);
}
