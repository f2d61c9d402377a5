#pragma once

#include <QFutureWatcher>
#include <QWidget>
#include <bulletin.h>
#include <documenteditor.h>
#include <memory>

class QLabel;
class QTreeWidget;

// The document's problems, like an IDE's: each with its place (section › indicator › field) and what is wrong,
// checked again after every change, off the window's thread so that typing never waits for it. Double-clicking a
// problem asks to go to its field.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    // Checks this document; the list follows when the check is done.
    void check(std::shared_ptr<const Bulletin::Document> document);
    // The problems of the last document checked; waits for a check under way.
    QList<Bulletin::EditProblem> problems();
    int problemCount() const { return int(m_problems.size()); }
    QTreeWidget *list() const { return m_list; }
    void retranslate();

signals:
    void problemsChanged(int count);
    void problemActivated(const Bulletin::FieldRef &ref);

private:
    void show(const QList<Bulletin::EditProblem> &problems);
    void startPending();

    QTreeWidget *m_list;
    QLabel *m_summary;
    QFutureWatcher<QList<Bulletin::EditProblem>> m_watcher;
    // A document that arrived while a check ran: checked next, the ones between are skipped.
    std::shared_ptr<const Bulletin::Document> m_pending;
    QList<Bulletin::EditProblem> m_problems;
    // A check was started and its result not yet shown.
    bool m_checking = false;
};
