auto s = R"delim(a)" )delim";
#include <x.h>
// comment\
continued
/* open