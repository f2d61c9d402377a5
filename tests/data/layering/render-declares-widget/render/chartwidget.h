#pragma once

#include "bulletinchart.h"

#include <QWidget>

// A widget where charts must draw without one.
class ChartWidget : public QWidget
{
};
