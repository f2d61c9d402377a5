#pragma once

#include "applanguage.h"

#include <QChart>

// A chart is a graphics item, not a widget: allowed in render/.
class BulletinChart : public QChart
{
};
