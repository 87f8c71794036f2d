#pragma once

#include "SignalCallback.h"

class CRoomMonitorDlg : public CDialogEx
{
public:
    CRoomMonitorDlg(CWnd* pParent = NULL);

protected:
    virtual BOOL OnInitDialog();
    afx_msg void OnBnClickedLogin();
    afx_msg void OnBnClickedQuiet();
    afx_msg void OnDestroy();
    afx_msg LRESULT OnLoginSuccess(WPARAM wParam, LPARAM lParam);
    DECLARE_MESSAGE_MAP()

private:
    IAgoraAPI* m_AgoraAPI;
    CSignalCallback m_callback;
    std::string m_AppId;
    std::string m_account;
    std::string m_channel;
};
