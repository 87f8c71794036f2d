#pragma once

#include <cstdint>

class Canvas {
public:
    void setBackground(uint32_t rgb) { m_background = rgb; }
    uint32_t background() const { return m_background; }

private:
    uint32_t m_background = 0xffffff;
};
