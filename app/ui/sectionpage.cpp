#include "sectionpage.h"

#include "applanguage.h"
#include "bulletinchartview.h"
#include "chartexportactions.h"
#include "chartgrid.h"
#include "figuretiles.h"
#include "sectiontextview.h"
#include "wrappinglabel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <cmath>
#include <documenteditor.h>
#include <indicatorfilterproxymodel.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

SectionPage::SectionPage(std::shared_ptr<const Bulletin::Document> document, int sectionIndex,
    Bulletin::IndicatorTableModel *model, const ChartStyle &style, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_sectionIndex(sectionIndex)
    , m_proxy(new Bulletin::IndicatorFilterProxyModel(this))
{
    const Bulletin::Section &section = m_document->sections.at(sectionIndex);
    setObjectName(QStringLiteral("section-") + section.id);
    m_proxy->setSourceModel(model);
    m_proxy->setSectionId(section.id);

    // One page that scrolls as a whole: the text and the table at the height of their content, side by side where
    // the width holds the table's columns and a readable text beside them, else one above the other.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    auto *title = new WrappingLabel(section.displayTitle(AppLanguage::bulletinLanguage()), content);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(section.displayTitle(AppLanguage::bulletinLanguage()));
    m_title = title;

    m_text = new SectionTextView(content);
    m_text->setSectionText(section.text);
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_provenance = new WrappingLabel(QString(), content);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenance->setText(tr("Select an indicator to see the sentence it comes from."));

    auto *textPanel = new QWidget(content);
    auto *textLayout = new QVBoxLayout(textPanel);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text);
    textLayout->addWidget(m_provenance);
    textLayout->addStretch();

    m_table = new QTableView(content);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    // Long names wrap onto more lines of a taller row rather than end in "…".
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Indicators of %1").arg(section.displayTitle(AppLanguage::bulletinLanguage())));
    for (int column : { Bulletin::IndicatorTableModel::SectionColumn, Bulletin::IndicatorTableModel::PeriodColumn,
             Bulletin::IndicatorTableModel::SourceColumn })
        m_table->hideColumn(column);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Bulletin::IndicatorTableModel::NameColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &SectionPage::updateColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SectionPage::updateColumns);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SectionPage::updateColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SectionPage::updateColumns);

    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->addWidget(textPanel, 1);
    m_top->addWidget(m_table, 0, Qt::AlignTop);
    contentLayout->addWidget(title);
    contentLayout->addLayout(m_top);

    // Figures a chart would not say better are tiles: those of one- or two-bar charts and, in a section without
    // charts, the section's own.
    QList<Bulletin::Indicator> tileFigures;
    QList<Bulletin::ChartSpec> drawn;
    for (const Bulletin::ChartSpec &spec : section.charts) {
        if (!FigureTiles::replacesChart(spec)) {
            drawn.append(spec);
            continue;
        }
        for (const QString &id : spec.indicatorIds) {
            if (const Bulletin::Indicator *indicator = m_document->findIndicator(id))
                tileFigures.append(*indicator);
        }
    }
    if (section.charts.isEmpty()) {
        for (const Bulletin::Indicator &indicator : section.indicators) {
            if (indicator.value || !indicator.valueText.isEmpty())
                tileFigures.append(indicator);
        }
    }
    if (!drawn.isEmpty() || !tileFigures.isEmpty()) {
        auto *lower = new QWidget(content);
        auto *lowerLayout = new QVBoxLayout(lower);
        lowerLayout->setContentsMargins(0, 0, 0, 0);
        if (!tileFigures.isEmpty()) {
            m_tiles = new FigureTiles(tileFigures, AppLanguage::bulletinLanguage(), lower);
            lowerLayout->addWidget(m_tiles);
        }
        m_chartGrid = new ChartGrid(lower);
        for (const Bulletin::ChartSpec &spec : std::as_const(drawn)) {
            auto *chart = new BulletinChartView(m_document, spec.id, style, m_chartGrid);
            m_chartGrid->addChart(chart);
            m_charts.append(chart);
            ChartExportActions::attach(chart);
            connect(chart, &BulletinChartView::indicatorActivated, this, &SectionPage::selectIndicator);
        }
        lowerLayout->addWidget(m_chartGrid);
        contentLayout->addWidget(lower);
    }
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    m_text->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_scroll->viewport()->installEventFilter(this);
    updateColumns();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SectionPage::showProvenance);
}

void SectionPage::updateColumns()
{
    // Comparison columns many sections leave empty throughout: a column of dashes only pushes the names aside.
    for (int column : { Bulletin::IndicatorTableModel::UnitColumn, Bulletin::IndicatorTableModel::ProvinceColumn,
             Bulletin::IndicatorTableModel::GapColumn, Bulletin::IndicatorTableModel::RankColumn }) {
        bool empty = true;
        for (int row = 0; row < m_proxy->rowCount() && empty; ++row)
            empty = m_proxy->index(row, column).data().toString().isEmpty();
        m_table->setColumnHidden(column, empty);
    }
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    arrange();
}

int SectionPage::figureColumnsWidth() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    int width = 0;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (column != Bulletin::IndicatorTableModel::NameColumn && !m_table->isColumnHidden(column))
            width += header->sectionSize(column);
    }
    return width;
}

int SectionPage::nameColumnWidth() const
{
    // The widest name on one line.
    const QFontMetrics metrics(m_table->font());
    const int margins = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 2;
    int widest = m_table->horizontalHeader()->sectionSizeHint(Bulletin::IndicatorTableModel::NameColumn);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, Bulletin::IndicatorTableModel::NameColumn).data().toString();
        widest = std::max(widest, metrics.horizontalAdvance(name) + margins);
    }
    return widest;
}

void SectionPage::arrange()
{
    if (m_arranging)
        return;
    m_arranging = true;
    // What the page's scroll area shows, whether or not its scroll bar is there, so that the scroll bar coming and
    // going does not switch the arrangement back and forth.
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int scrollBar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int available = m_scroll->width() - 2 * m_scroll->frameWidth() - scrollBar - margins.left() - margins.right();
    const int frame = 2 * m_table->frameWidth();
    const int figures = figureColumnsWidth();
    const int widest = nameColumnWidth();
    // Beside the text, names wrap beyond about twenty Chinese characters when the width is short; the text keeps at
    // least about thirty, or it goes above the table.
    const int em = m_table->fontMetrics().horizontalAdvance(QChar(0x6C49));
    const int textWidth = 30 * m_text->fontMetrics().horizontalAdvance(QChar(0x6C49));
    const int nameRoom = available - figures - frame - m_top->spacing() - textWidth;
    const int name = std::min(widest, std::max(nameRoom, 20 * em));
    const bool beside = nameRoom >= name;
    m_top->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (beside) {
        m_table->setFixedWidth(figures + name + frame);
        m_table->setColumnWidth(Bulletin::IndicatorTableModel::NameColumn, name);
    } else {
        // The whole width: names on one line where they fit.
        m_table->setMinimumWidth(0);
        m_table->setMaximumWidth(QWIDGETSIZE_MAX);
        m_table->setColumnWidth(
            Bulletin::IndicatorTableModel::NameColumn, std::max(name, std::max(0, available) - figures - frame));
    }
    m_arranging = false;
    fitHeights();
}

void SectionPage::fitHeights()
{
    // The table as tall as its rows, the text as tall as its paragraphs: the page scrolls, not they.
    m_table->resizeRowsToContents();
    int height = 2 * m_table->frameWidth() + m_table->horizontalHeader()->height();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->height() != height)
        m_table->setFixedHeight(height);

    // The width the text view is about to lay its text out at: this runs before its own resize handling.
    QTextDocument *document = m_text->document();
    document->setTextWidth(m_text->contentsRect().width());
    const int textHeight = int(std::ceil(document->size().height())) + 2 * m_text->frameWidth();
    if (m_text->height() != textHeight)
        m_text->setFixedHeight(textHeight);
}

bool SectionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_scroll->viewport())
            arrange();
        else if (watched == m_text || watched == m_table->viewport())
            fitHeights();
    }
    return QWidget::eventFilter(watched, event);
}

void SectionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_table)
        updateColumns();
}

QString SectionPage::sectionId() const
{
    return m_document->sections.at(m_sectionIndex).id;
}

bool SectionPage::selectIndicator(const QString &indicatorId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, Bulletin::IndicatorTableModel::NameColumn);
        if (index.data(Bulletin::IndicatorIdRole).toString() == indicatorId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString SectionPage::selectedIndicatorId() const
{
    return m_table->currentIndex().data(Bulletin::IndicatorIdRole).toString();
}

QString SectionPage::provenanceText() const
{
    return m_provenance->text();
}

void SectionPage::setChartStyle(const ChartStyle &style)
{
    for (BulletinChartView *chart : std::as_const(m_charts))
        chart->setChartStyle(style);
}

void SectionPage::showProvenance()
{
    const QModelIndex index = m_table->currentIndex();
    // The indicator selected here is marked in every chart of the section that shows it.
    const QString indicatorId = index.data(Bulletin::IndicatorIdRole).toString();
    for (BulletinChartView *chart : std::as_const(m_charts))
        chart->setHighlightedIndicator(indicatorId);
    const QString source = index.data(Bulletin::SourceRole).toString();
    if (!index.isValid() || source.isEmpty()) {
        m_text->highlightSource(QString());
        return;
    }
    QString note;
    if (index.data(Bulletin::ProvinceDerivedRole).toBool())
        note = tr(" The provincial value is derived from the gap the text states.");
    m_provenance->setText(tr("Source: “%1”").arg(source) + note);
    m_text->highlightSource(source);
    emit indicatorSelected(index.data(Bulletin::IndicatorIdRole).toString());
}

void SectionPage::applyChange(
    const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change)
{
    using Kind = Bulletin::DocumentChange::Kind;
    if (!document || m_sectionIndex >= document->sections.size())
        return;
    m_document = document;
    const Bulletin::Section &section = m_document->sections.at(m_sectionIndex);
    if (change.kind == Kind::Section) {
        const QString title = section.displayTitle(AppLanguage::bulletinLanguage());
        m_title->setText(title);
        m_title->setAccessibleName(title);
        m_text->setSectionText(section.text);
        fitHeights();
    }
    if (change.kind == Kind::Indicator) {
        // The provenance line and the text's mark follow an edited source sentence.
        showProvenance();
        if (m_tiles) {
            QList<Bulletin::Indicator> figures;
            for (const QString &id : m_tiles->indicatorIds()) {
                if (const Bulletin::Indicator *indicator = m_document->findIndicator(id))
                    figures.append(*indicator);
            }
            auto *tiles = new FigureTiles(figures, AppLanguage::bulletinLanguage(), m_tiles->parentWidget());
            m_tiles->parentWidget()->layout()->replaceWidget(m_tiles, tiles);
            delete m_tiles;
            m_tiles = tiles;
        }
    }
}
