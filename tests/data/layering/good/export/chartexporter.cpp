#include "chartexporter.h"

#include "applanguage.h"
#include "bulletinchart.h"
#include <QPdfWriter>
