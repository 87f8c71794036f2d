#include <windows.h>
#include <iostream>

#include "SignalClient.h"

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::cerr << "usage: notifier <appId> <account> <peer>" << std::endl;
        return 1;
    }
    SignalClient client(argv[1]);
    client.Login(argv[2]);
    Sleep(3000);
    std::string line;
    while (std::getline(std::cin, line)) {
        client.Notify(argv[3], line);
    }
    return 0;
}
