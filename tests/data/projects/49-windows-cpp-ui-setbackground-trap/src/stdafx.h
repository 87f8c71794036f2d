#pragma once

#include <afxwin.h>
#include <afxext.h>
#include <string>

#include "IAgoraRtcEngine.h"
#include "agora_api_win.h"
#pragma comment(lib, "agorasdk.lib")
