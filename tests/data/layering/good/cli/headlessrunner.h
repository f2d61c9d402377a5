#pragma once

#include "chartexporter.h"

class HeadlessRunner
{
};
