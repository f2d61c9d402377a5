#include "bulletinchart.h"
#include "applanguage.h"
