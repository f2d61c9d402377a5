#pragma once

#include "applanguage.h"

#include <QChart>

class BulletinChart : public QChart
{
};
