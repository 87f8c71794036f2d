#pragma once

#include <afxwin.h>
#include <afxext.h>
#include <afxdialogex.h>
#include <string>

#include "agora_sig.h"
#pragma comment(lib,"agora_sig_sdk.lib")

using namespace agora_sdk_win;
