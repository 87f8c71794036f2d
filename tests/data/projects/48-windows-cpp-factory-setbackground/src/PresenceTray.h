#pragma once

#include "TrayIcon.h"
#include "StatusBar.h"

class CPresenceTray
{
public:
    void OnMinimizeToTray(agora::rtc::IRtcEngine* engine);
    void OnRestoreFromTray(agora::rtc::IRtcEngine* engine);

private:
    CTrayIcon m_trayIcon;
    CStatusBar* m_statusBar = nullptr;
    std::string m_appId;
};
