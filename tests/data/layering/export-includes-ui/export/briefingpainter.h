#pragma once

#include "bulletinchart.h"

class BriefingPainter
{
};
