// ChatPanel.cpp : the chat side panel of the video call window.
//

#include "stdafx.h"
#include "ChatPanel.h"

void CChatPanel::Attach(agora::rtc::IRtcEngine* engine)
{
    m_signal = getAgoraSDKInstanceWinWithMedia(engine, m_appId.data(), m_appId.size());
    m_signal->login2(m_appId.data(), m_appId.size(), m_account.data(), m_account.size(), "_no_need_token", 14, 0, "", 0, 30, 3);
}

void CChatPanel::OnDimmed(bool dimmed)
{
    // The panel's own look: nothing to do with the SDK.
    m_history->setBackground(dimmed);
    GetDlgItem(IDC_INPUT)->setBackground(dimmed);
}
