#pragma once

#include "briefingoptions.h"

#include <QDialog>
#include <bulletin.h>

class QCheckBox;
class QComboBox;
class QListWidget;

// Chooses what a printed briefing holds: which sections, and whether with charts, tables and full text.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(const Bulletin::Document &document, const BriefingOptions &options, QWidget *parent = nullptr);

    BriefingOptions options() const;
    QListWidget *sectionList() const { return m_sections; }

private:
    void setAllChecked(bool checked);

    QListWidget *m_sections = nullptr;
    QCheckBox *m_charts = nullptr;
    QCheckBox *m_tables = nullptr;
    QCheckBox *m_fullText = nullptr;
    QComboBox *m_language = nullptr;
    BriefingOptions m_initial;
};
