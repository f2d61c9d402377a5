#pragma once

#include "briefingoptions.h"

#include <QObject>
#include <bulletin.h>
#include <memory>

class QAction;
class QPrinter;
class QWidget;

// The briefing's File-menu actions: contents, print preview, print and save as PDF, all painted by
// BriefingPainter. The printer is kept, so that paper and orientation chosen once stay chosen.
class BriefingActions : public QObject
{
    Q_OBJECT
public:
    explicit BriefingActions(QWidget *window);
    ~BriefingActions() override;

    void setDocument(std::shared_ptr<const Bulletin::Document> document);
    QList<QAction *> actions() const;
    QAction *contentsAction() const { return m_contents; }
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }

    // The remembered choices for the current bulletin.
    BriefingOptions options() const;
    void setOptions(const BriefingOptions &options);
    // Writes the briefing without asking anything; returns an empty string or the problem.
    QString saveBriefing(const QString &filePath) const;

    void chooseContents();
    void preview();
    void print();
    void savePdf();

signals:
    void saved(const QString &filePath);
    void failed(const QString &title, const QString &message);

private:
    QPrinter *printer();
    void paintOn(QPrinter *printer);

    QWidget *m_window = nullptr;
    std::shared_ptr<const Bulletin::Document> m_document;
    std::unique_ptr<QPrinter> m_printer;
    QAction *m_contents = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_savePdf = nullptr;
};
