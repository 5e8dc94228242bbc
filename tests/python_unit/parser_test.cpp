// placeholder
#include "python/parser.h"
