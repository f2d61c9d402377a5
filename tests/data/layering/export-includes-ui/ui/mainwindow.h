#pragma once

#include "briefingpainter.h"

#include <QMainWindow>

class MainWindow : public QMainWindow
{
};
