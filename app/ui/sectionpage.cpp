#include "sectionpage.h"

#include "applanguage.h"
#include "bulletinchartview.h"
#include "chartexportactions.h"
#include "chartgrid.h"
#include "figuretiles.h"
#include "sectiontextview.h"
#include "wrappinglabel.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
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

    auto *title = new WrappingLabel(section.displayTitle(AppLanguage::bulletinLanguage()), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(section.displayTitle(AppLanguage::bulletinLanguage()));
    m_title = title;

    m_text = new SectionTextView(this);
    m_text->setSectionText(section.text);
    m_provenance = new WrappingLabel(QString(), this);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenance->setText(tr("Select an indicator to see the sentence it comes from."));

    auto *textPanel = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPanel);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_provenance);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    // Long names wrap onto more lines of a taller row rather than end in "…".
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Indicators of %1").arg(section.displayTitle(AppLanguage::bulletinLanguage())));
    for (int column : { Bulletin::IndicatorTableModel::SectionColumn, Bulletin::IndicatorTableModel::PeriodColumn,
             Bulletin::IndicatorTableModel::SourceColumn })
        m_table->hideColumn(column);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Bulletin::IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    updateColumns();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &SectionPage::updateColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SectionPage::updateColumns);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SectionPage::updateColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SectionPage::updateColumns);

    m_inner = new QSplitter(Qt::Horizontal, this);
    m_inner->addWidget(textPanel);
    m_inner->addWidget(m_table);
    m_inner->setStretchFactor(0, 2);
    m_inner->setStretchFactor(1, 3);
    m_inner->setChildrenCollapsible(false);

    m_outer = new QSplitter(Qt::Vertical, this);
    m_outer->addWidget(m_inner);
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
        auto *lower = new QWidget;
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
        lowerLayout->addStretch();
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(lower);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setFrameShape(QFrame::NoFrame);
        m_outer->addWidget(scroll);
        m_outer->setStretchFactor(0, 2);
        m_outer->setStretchFactor(1, 3);
    }
    m_outer->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_outer, 1);

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
    // Room for every figure column and a name column of a dozen wide characters, which wraps what is longer.
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSections(QHeaderView::ResizeToContents);
    int width = 2 * m_table->frameWidth() + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (column == Bulletin::IndicatorTableModel::NameColumn)
            width += 12 * m_table->fontMetrics().horizontalAdvance(QChar(0x6C49));
        else if (!m_table->isColumnHidden(column))
            width += header->sectionSize(column);
    }
    m_table->setMinimumWidth(width);
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

QByteArray SectionPage::saveSplitterState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_outer->saveState() << m_inner->saveState();
    return state;
}

void SectionPage::restoreSplitterState(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray outer;
    QByteArray inner;
    stream >> outer >> inner;
    if (stream.status() != QDataStream::Ok)
        return;
    m_outer->restoreState(outer);
    m_inner->restoreState(inner);
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
