#include "headlessrunner.h"

#include "chartexporter.h"
#include <bulletinchart.h>
