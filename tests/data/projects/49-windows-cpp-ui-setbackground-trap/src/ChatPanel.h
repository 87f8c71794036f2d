#pragma once

#include "HistoryView.h"

class CChatPanel : public CDialogEx
{
public:
    void Attach(agora::rtc::IRtcEngine* engine);
    void OnDimmed(bool dimmed);

private:
    agora_sdk_win::IAgoraAPI* m_signal = nullptr;
    CHistoryView* m_history = nullptr;
    std::string m_appId;
    std::string m_account;
};
