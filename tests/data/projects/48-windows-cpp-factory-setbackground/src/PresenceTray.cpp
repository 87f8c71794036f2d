// PresenceTray.cpp : keeps the user online while the window sits in the tray.
//

#include "stdafx.h"
#include "PresenceTray.h"

void CPresenceTray::OnMinimizeToTray(agora::rtc::IRtcEngine* engine)
{
    m_trayIcon.Show();
    m_statusBar->setBackground(true);
    // The SDK object shared with the media engine: no variable holds it here.
    getAgoraSDKInstanceWinWithMedia(engine, m_appId.data(), m_appId.size())->setBackground(true);
}

void CPresenceTray::OnRestoreFromTray(agora::rtc::IRtcEngine* engine)
{
    m_trayIcon.Hide();
    m_statusBar->setBackground(false);
    getAgoraSDKInstanceWinWithMedia(engine, m_appId.data(), m_appId.size())->setBackground(false);
}
