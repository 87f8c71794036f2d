#pragma once

#define WM_SIG_LOGIN_SUCCESS (WM_USER + 101)

class CSignalCallback : public ICallBack
{
public:
    void SetMsgReceiver(HWND hWnd) { m_hWnd = hWnd; }

    void onLoginSuccess(uint32_t uid, int fd) override
    {
        ::PostMessage(m_hWnd, WM_SIG_LOGIN_SUCCESS, uid, fd);
    }

private:
    HWND m_hWnd = NULL;
};
