#include "briefingpainter.h"

#include "bulletinchart.h"
#include "mainwindow.h"
