#pragma once

#include "bulletinchart.h"

class ChartExporter
{
};
