#pragma once

#include "bulletinchart.h"

#include <QChartView>

class ChartView : public QChartView
{
};
