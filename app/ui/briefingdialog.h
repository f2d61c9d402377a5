#pragma once

#include "briefingoptions.h"

#include <QDialog>
#include <bulletin.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Chooses what a printed briefing holds (which sections, and whether with charts, tables and full text) and how it is
// printed: masthead, body face, black-and-white printing.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(const Bulletin::Document &document, const BriefingOptions &options, QWidget *parent = nullptr);

    BriefingOptions options() const;
    QListWidget *sectionList() const { return m_sections; }
    QLineEdit *issuingUnitEdit() const { return m_issuingUnit; }
    QLineEdit *issueEdit() const { return m_issue; }
    QComboBox *bodyFaceBox() const { return m_bodyFace; }
    QCheckBox *grayscaleBox() const { return m_grayscale; }
    // Says that the serif face is missing and the sans stands in; hidden when the face is installed.
    QLabel *serifNotice() const { return m_serifNotice; }

private:
    void setAllChecked(bool checked);

    QListWidget *m_sections = nullptr;
    QCheckBox *m_charts = nullptr;
    QCheckBox *m_tables = nullptr;
    QCheckBox *m_fullText = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_issuingUnit = nullptr;
    QLineEdit *m_issue = nullptr;
    QComboBox *m_bodyFace = nullptr;
    QCheckBox *m_grayscale = nullptr;
    QLabel *m_serifNotice = nullptr;
    BriefingOptions m_initial;
};
