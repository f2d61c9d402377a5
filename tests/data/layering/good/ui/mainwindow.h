#pragma once

#include "chartexporter.h"

#include <QMainWindow>

// Widgets belong in ui/.
class MainWindow : public QMainWindow
{
};
