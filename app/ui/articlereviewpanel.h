#pragma once

#include <QSet>
#include <QWidget>
#include <importresult.h>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Bulletin {
class DocumentEditor;
} // namespace Bulletin

// An imported article beside its draft, for review: every figure found is marked in the text, coloured by kind, and
// so is every number that became no figure (the unexplained ones in red), so that a person sees what was missed.
// Each figure is accepted, rejected (its indicator removed) or corrected in the properties; all of it undoable.
class ArticleReviewPanel : public QWidget
{
    Q_OBJECT
public:
    ArticleReviewPanel(Bulletin::DocumentEditor *editor, QWidget *parent = nullptr);

    void setResult(const Bulletin::ImportResult &result);
    const Bulletin::ImportResult &result() const { return m_result; }

    enum class Status { Pending, Accepted, Rejected };
    Status status(const QString &indicatorId) const;
    // Accepting and rejecting go through the editor's history.
    void accept(const QString &indicatorId);
    void reject(const QString &indicatorId);
    void setAccepted(const QString &indicatorId, bool accepted);

    QTextBrowser *articleView() const { return m_article; }
    QTreeWidget *figureList() const { return m_figures; }
    // The background a figure of that kind is marked with.
    static QColor kindColor(Bulletin::FigureKind kind);
    void retranslate();

signals:
    // A figure was chosen: show its indicator, for correcting it.
    void indicatorChosen(const QString &sectionId, const QString &indicatorId);

private:
    void markText();
    void refreshList();
    QString currentIndicator() const;

    Bulletin::DocumentEditor *m_editor;
    Bulletin::ImportResult m_result;
    QSet<QString> m_accepted;
    QTextBrowser *m_article;
    QTreeWidget *m_figures;
};
