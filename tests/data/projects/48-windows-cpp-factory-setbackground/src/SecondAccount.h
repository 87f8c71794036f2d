#pragma once

#include <string>

class CSecondAccount
{
public:
    void Park(const std::string& appId);
};
