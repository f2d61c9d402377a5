#include "articlereviewpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <documenteditor.h>
#include <indicatorformat.h>

namespace {

// Accepting a figure is a step of the editor's history like any edit, so that Ctrl+Z takes it back.
class AcceptCommand : public QUndoCommand
{
public:
    AcceptCommand(ArticleReviewPanel *panel, const QString &indicatorId)
        : QUndoCommand(ArticleReviewPanel::tr("Accept %1").arg(indicatorId))
        , m_panel(panel)
        , m_indicatorId(indicatorId)
    { }
    void redo() override { m_panel->setAccepted(m_indicatorId, true); }
    void undo() override { m_panel->setAccepted(m_indicatorId, false); }

private:
    ArticleReviewPanel *m_panel;
    QString m_indicatorId;
};

} // namespace

ArticleReviewPanel::ArticleReviewPanel(Bulletin::DocumentEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_article(new QTextBrowser(this))
    , m_figures(new QTreeWidget(this))
{
    m_article->setObjectName(QStringLiteral("article"));
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setColumnCount(4);
    m_figures->setRootIsDecorated(false);
    m_figures->setUniformRowHeights(true);
    m_figures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *accept = new QPushButton(this);
    accept->setObjectName(QStringLiteral("acceptButton"));
    auto *reject = new QPushButton(this);
    reject->setObjectName(QStringLiteral("rejectButton"));
    auto *acceptAll = new QPushButton(this);
    acceptAll->setObjectName(QStringLiteral("acceptAllButton"));
    connect(accept, &QPushButton::clicked, this, [this] { this->accept(currentIndicator()); });
    connect(reject, &QPushButton::clicked, this, [this] { this->reject(currentIndicator()); });
    connect(acceptAll, &QPushButton::clicked, this, [this] {
        m_editor->undoStack()->beginMacro(tr("Accept every figure"));
        for (const Bulletin::FoundFigure &figure : std::as_const(m_result.figures)) {
            if (status(figure.indicatorId) == Status::Pending)
                this->accept(figure.indicatorId);
        }
        m_editor->undoStack()->endMacro();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(accept);
    buttons->addWidget(reject);
    buttons->addWidget(acceptAll);
    buttons->addStretch();
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_figures, 1);
    listLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_article);
    splitter->addWidget(listSide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_figures, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int index = m_figures->indexOfTopLevelItem(item);
        if (index < 0 || index >= m_result.figures.size())
            return;
        const Bulletin::FoundFigure &figure = m_result.figures.at(index);
        QTextCursor cursor(m_article->document());
        cursor.setPosition(int(figure.range.start));
        cursor.setPosition(int(figure.range.end()), QTextCursor::KeepAnchor);
        m_article->setTextCursor(cursor);
        m_article->ensureCursorVisible();
        if (status(figure.indicatorId) != Status::Rejected)
            emit indicatorChosen(figure.sectionId, figure.indicatorId);
    });
    connect(m_editor, &Bulletin::DocumentEditor::documentChanged, this, &ArticleReviewPanel::refreshList);
    retranslate();
}

void ArticleReviewPanel::retranslate()
{
    m_figures->setHeaderLabels({ tr("Status"), tr("Kind"), tr("Figure"), tr("Indicator") });
    m_figures->setAccessibleName(tr("Figures found in the article"));
    m_article->setAccessibleName(tr("The article"));
    if (auto *button = findChild<QPushButton *>(QStringLiteral("acceptButton")))
        button->setText(tr("&Accept"));
    if (auto *button = findChild<QPushButton *>(QStringLiteral("rejectButton")))
        button->setText(tr("&Reject"));
    if (auto *button = findChild<QPushButton *>(QStringLiteral("acceptAllButton")))
        button->setText(tr("Accept all"));
    refreshList();
}

QColor ArticleReviewPanel::kindColor(Bulletin::FigureKind kind)
{
    // Light backgrounds that keep black text readable, told apart by hue.
    switch (kind) {
    case Bulletin::FigureKind::Amount:
    case Bulletin::FigureKind::Count:
        return QColor(0xcd, 0xe8, 0xff);
    case Bulletin::FigureKind::Rate:
    case Bulletin::FigureKind::Share:
    case Bulletin::FigureKind::Completion:
        return QColor(0xd8, 0xf5, 0xd0);
    case Bulletin::FigureKind::Growth:
    case Bulletin::FigureKind::PointChange:
        return QColor(0xff, 0xec, 0xc2);
    case Bulletin::FigureKind::Rank:
        return QColor(0xf3, 0xd9, 0xf7);
    case Bulletin::FigureKind::Comparison:
        return QColor(0xff, 0xd6, 0xd0);
    case Bulletin::FigureKind::Outcome:
        return QColor(0xe3, 0xe3, 0xe3);
    }
    return Qt::white;
}

void ArticleReviewPanel::setResult(const Bulletin::ImportResult &result)
{
    m_result = result;
    m_accepted.clear();
    m_article->setPlainText(m_result.articleText);
    markText();
    refreshList();
}

void ArticleReviewPanel::markText()
{
    QTextCursor cursor(m_article->document());
    const auto mark = [&cursor](const Bulletin::TextRange &range, const QTextCharFormat &format) {
        cursor.setPosition(int(range.start));
        cursor.setPosition(int(range.end()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    };
    for (const Bulletin::MissedNumber &missed : std::as_const(m_result.missed)) {
        QTextCharFormat format;
        if (missed.reason == Bulletin::MissReason::Unrecognised) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(QColor(0xc0, 0x00, 0x00));
            format.setForeground(QColor(0xa0, 0x00, 0x00));
            format.setToolTip(tr("No figure was made of this number: check it"));
        } else {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(QColor(0x80, 0x80, 0x80));
            format.setToolTip(tr("Not a figure: %1").arg(Bulletin::missReasonName(missed.reason)));
        }
        mark(missed.range, format);
    }
    for (const Bulletin::FoundFigure &figure : std::as_const(m_result.figures)) {
        QTextCharFormat format;
        format.setBackground(kindColor(figure.kind));
        format.setForeground(Qt::black);
        format.setFontWeight(QFont::DemiBold);
        format.setToolTip(Bulletin::figureKindName(figure.kind));
        mark(figure.range, format);
    }
}

ArticleReviewPanel::Status ArticleReviewPanel::status(const QString &indicatorId) const
{
    const auto document = m_editor->document();
    if (!document || !document->findIndicator(indicatorId))
        return Status::Rejected;
    return m_accepted.contains(indicatorId) ? Status::Accepted : Status::Pending;
}

void ArticleReviewPanel::accept(const QString &indicatorId)
{
    if (status(indicatorId) == Status::Pending)
        m_editor->undoStack()->push(new AcceptCommand(this, indicatorId));
}

void ArticleReviewPanel::reject(const QString &indicatorId)
{
    m_accepted.remove(indicatorId);
    m_editor->removeIndicator(indicatorId);
}

void ArticleReviewPanel::setAccepted(const QString &indicatorId, bool accepted)
{
    if (accepted)
        m_accepted.insert(indicatorId);
    else
        m_accepted.remove(indicatorId);
    refreshList();
}

QString ArticleReviewPanel::currentIndicator() const
{
    const int index = m_figures->indexOfTopLevelItem(m_figures->currentItem());
    return index >= 0 && index < m_result.figures.size() ? m_result.figures.at(index).indicatorId : QString();
}

void ArticleReviewPanel::refreshList()
{
    const auto document = m_editor->document();
    const int current = m_figures->indexOfTopLevelItem(m_figures->currentItem());
    const QSignalBlocker blocker(m_figures);
    m_figures->clear();
    for (const Bulletin::FoundFigure &figure : std::as_const(m_result.figures)) {
        const Status state = status(figure.indicatorId);
        const Bulletin::Indicator *indicator = document ? document->findIndicator(figure.indicatorId) : nullptr;
        const QString statusText = state == Status::Accepted ? tr("accepted")
            : state == Status::Rejected                      ? tr("rejected")
                                                             : tr("to review");
        auto *item = new QTreeWidgetItem({ statusText, Bulletin::figureKindName(figure.kind),
            indicator ? Bulletin::IndicatorFormat::value(*indicator, Bulletin::Language::Chinese) : figure.text,
            indicator ? indicator->name : figure.indicatorId });
        item->setBackground(1, kindColor(figure.kind));
        item->setForeground(1, Qt::black);
        item->setToolTip(3, figure.sentence);
        if (state == Status::Rejected) {
            QFont font = item->font(2);
            font.setStrikeOut(true);
            item->setFont(2, font);
            item->setFont(3, font);
        }
        m_figures->addTopLevelItem(item);
    }
    if (current >= 0 && current < m_figures->topLevelItemCount())
        m_figures->setCurrentItem(m_figures->topLevelItem(current));
}
