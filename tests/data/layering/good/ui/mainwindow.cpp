#include "mainwindow.h"

#include "applanguage.h"
#include "bulletinchart.h"
#include "chartexporter.h"
#include "headlessrunner.h"
