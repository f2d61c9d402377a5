#pragma once

#include <QWidget>
#include <bulletin.h>
#include <documenteditor.h>
#include <memory>

class FieldForm;
class QListWidget;
class QTabWidget;

// Every field of the bulletin being edited, in forms: the bulletin's own, the current section's, the current
// indicator's, the section's charts (kind, title, which indicators in which order) and the key figures; with
// buttons that add, duplicate, remove and move them. Edits go to the DocumentEditor, and so into its history.
class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    PropertiesPanel(Bulletin::DocumentEditor *editor, QWidget *parent = nullptr);

    // What the other forms are about: the section on screen and the indicator chosen in it.
    void setCurrentSection(const QString &sectionId);
    void setCurrentIndicator(const QString &indicatorId);
    QString currentSection() const { return m_sectionId; }
    QString currentIndicator() const { return m_indicatorId; }
    // Shows the form and the field a problem is in, and gives it the focus.
    void showField(const Bulletin::FieldRef &ref);
    // Text chosen in the section's text, for "Use the selected text as source".
    void setSelectedText(const QString &text) { m_selectedText = text; }

    QTabWidget *tabs() const { return m_tabs; }
    FieldForm *documentForm() const { return m_documentForm; }
    FieldForm *sectionForm() const { return m_sectionForm; }
    FieldForm *indicatorForm() const { return m_indicatorForm; }
    FieldForm *chartForm() const { return m_chartForm; }
    FieldForm *keyFigureForm() const { return m_keyFigureForm; }
    QListWidget *chartIndicators() const { return m_chartIndicators; }
    void retranslate();

signals:
    // A new item (section, indicator) was made here and should be shown.
    void sectionCreated(const QString &sectionId);
    void indicatorCreated(const QString &sectionId, const QString &indicatorId);

private:
    void refresh();
    void refreshCharts();
    void applyChartIndicators();
    QWidget *buttons(const QList<QPair<QString, std::function<void()>>> &actions);

    Bulletin::DocumentEditor *m_editor;
    QString m_sectionId;
    QString m_indicatorId;
    QString m_chartId;
    int m_keyFigure = -1;
    QString m_selectedText;
    QTabWidget *m_tabs;
    FieldForm *m_documentForm;
    FieldForm *m_sectionForm;
    FieldForm *m_indicatorForm;
    FieldForm *m_chartForm;
    FieldForm *m_keyFigureForm;
    QListWidget *m_charts;
    QListWidget *m_chartIndicators;
    QListWidget *m_keyFigures;
    bool m_refreshing = false;
};
