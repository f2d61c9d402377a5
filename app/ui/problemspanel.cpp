#include "problemspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_list->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_problems.size())
            emit problemActivated(m_problems.at(index).ref);
    });
    connect(&m_watcher, &QFutureWatcher<QList<Bulletin::EditProblem>>::finished, this, [this] {
        // problems() may have taken the result already.
        if (!m_checking)
            return;
        m_checking = false;
        show(m_watcher.result());
        startPending();
    });
    retranslate();
}

ProblemsPanel::~ProblemsPanel()
{
    m_watcher.waitForFinished();
}

void ProblemsPanel::retranslate()
{
    m_list->setHeaderLabels({ tr("Place"), tr("Problem") });
    m_list->setAccessibleName(tr("Problems of the bulletin"));
    show(m_problems);
}

void ProblemsPanel::check(std::shared_ptr<const Bulletin::Document> document)
{
    if (!document)
        return;
    m_pending = std::move(document);
    if (!m_checking)
        startPending();
}

void ProblemsPanel::startPending()
{
    if (!m_pending)
        return;
    auto document = std::move(m_pending);
    m_pending.reset();
    m_checking = true;
    // The document is immutable and shared: the check reads it safely on another thread.
    m_watcher.setFuture(QtConcurrent::run([document] { return Bulletin::DocumentEditor::problems(*document); }));
}

QList<Bulletin::EditProblem> ProblemsPanel::problems()
{
    while (m_checking) {
        m_watcher.waitForFinished();
        m_checking = false;
        show(m_watcher.result());
        startPending();
    }
    return m_problems;
}

void ProblemsPanel::show(const QList<Bulletin::EditProblem> &problems)
{
    const bool changed = problems.size() != m_problems.size();
    m_problems = problems;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(problems.size());
    for (const Bulletin::EditProblem &problem : problems)
        items.append(new QTreeWidgetItem({ problem.place, problem.message }));
    m_list->addTopLevelItems(items);
    m_summary->setText(problems.isEmpty()
            ? tr("No problems: the bulletin can be saved as it is.")
            : tr("%n problem(s): the bulletin can be saved as a draft.", nullptr, int(problems.size())));
    if (changed || problems.isEmpty())
        emit problemsChanged(int(problems.size()));
}
