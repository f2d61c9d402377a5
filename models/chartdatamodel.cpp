#include "chartdatamodel.h"

#include "indicatorroles.h"

#include <QHash>
#include <algorithm>

namespace Bulletin {

ChartDataModel::ChartDataModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

const ChartSpec *ChartDataModel::findDeclared(const Document &document, const QString &chartId)
{
    // Where it was last: a window has a model for each of a thousand charts, and every edit asks each.
    if (m_specPlace.first >= 0 && m_specPlace.first < document.sections.size()) {
        const QList<ChartSpec> &charts = document.sections.at(m_specPlace.first).charts;
        if (m_specPlace.second < charts.size() && charts.at(m_specPlace.second).id == chartId)
            return &charts.at(m_specPlace.second);
    }
    for (int s = 0; s < document.sections.size(); ++s) {
        const QList<ChartSpec> &charts = document.sections.at(s).charts;
        for (int c = 0; c < charts.size(); ++c) {
            if (charts.at(c).id == chartId) {
                m_specPlace = { s, c };
                return &charts.at(c);
            }
        }
    }
    return nullptr;
}

void ChartDataModel::setChart(std::shared_ptr<const Document> document, const QString &chartId)
{
    const ChartSpec *spec = document ? findDeclared(*document, chartId) : nullptr;
    std::optional<ChartSpec> found = spec ? std::optional<ChartSpec>(*spec) : std::nullopt;
    m_chartId = chartId;
    m_declared = true;
    reset(std::move(document), std::move(found));
}

void ChartDataModel::setChart(std::shared_ptr<const Document> document, const ChartSpec &spec)
{
    m_chartId = spec.id;
    m_declared = false;
    reset(std::move(document), spec);
}

void ChartDataModel::reset(std::shared_ptr<const Document> document, std::optional<ChartSpec> spec)
{
    beginResetModel();
    m_document = std::move(document);
    m_spec = std::move(spec);
    m_omitted = 0;
    m_rows = m_document && m_spec ? rowsOf(m_document, *m_spec, &m_omitted) : QList<Position>();
    endResetModel();
}

QList<ChartDataModel::Position> ChartDataModel::rowsOf(
    const std::shared_ptr<const Document> &document, const ChartSpec &spec, int *omitted)
{
    // After an edit every chart model of a window looks up the same new document: its indicators are indexed once
    // (per thread, as exports may draw charts away from the window's).
    struct Index
    {
        std::weak_ptr<const Document> document;
        QHash<QString, Position> positions;
    };
    thread_local Index index;
    if (index.document.owner_before(document) || document.owner_before(index.document)) {
        index.positions.clear();
        index.positions.reserve(document->indicatorCount());
        for (int s = 0; s < document->sections.size(); ++s) {
            const QList<Indicator> &indicators = document->sections.at(s).indicators;
            for (int i = 0; i < indicators.size(); ++i)
                index.positions.insert(indicators.at(i).id, { s, i });
        }
        index.document = document;
    }
    const QHash<QString, Position> &positions = index.positions;
    QList<Position> rows;
    *omitted = 0;
    for (const QString &id : spec.indicatorIds) {
        const auto found = positions.constFind(id);
        if (found == positions.constEnd())
            continue;
        if (rows.size() < MaxRows)
            rows.append(*found);
        else
            ++*omitted;
    }
    return rows;
}

QStringList ChartDataModel::shownIds(const Document &document, const QList<Position> &rows) const
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const Position &position : rows)
        ids.append(document.sections.at(position.section).indicators.at(position.indicator).id);
    return ids;
}

void ChartDataModel::emitRowsChanged(const QList<int> &rows)
{
    for (int row : rows) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit headerDataChanged(Qt::Vertical, row, row);
    }
}

bool ChartDataModel::rowsFit(const Document &document) const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [&](const Position &position) {
        return position.section < document.sections.size()
            && position.indicator < document.sections.at(position.section).indicators.size();
    });
}

void ChartDataModel::applyChange(std::shared_ptr<const Document> document, const DocumentChange &change)
{
    if (document == m_document)
        return;
    if (!m_document || !document || change.kind == DocumentChange::Kind::Reset) {
        if (m_declared)
            setChart(std::move(document), m_chartId);
        else if (m_spec)
            setChart(std::move(document), *m_spec);
        else
            reset(std::move(document), std::nullopt);
        return;
    }
    const bool idChange = change.field == QLatin1String("id");
    // A field edit leaves the spec and every row where they were, unless it renames what the chart goes by.
    const bool fieldOnly = change.kind != DocumentChange::Kind::Structure
        && !(change.kind == DocumentChange::Kind::Indicator && idChange)
        && !(change.kind == DocumentChange::Kind::Chart && (idChange || change.id == m_chartId))
        && document->sections.size() == m_document->sections.size() && rowsFit(*document);
    if (fieldOnly) {
        const std::shared_ptr<const Document> previous = std::exchange(m_document, std::move(document));
        emitFieldChange(*previous, change);
        return;
    }

    // The old id and the new of an indicator this change renames, looked for among the rows first.
    QString renamedFrom;
    QString renamedTo;
    if (change.kind == DocumentChange::Kind::Indicator && idChange) {
        if (rowsFit(*document)) {
            for (const Position &position : std::as_const(m_rows)) {
                const QString &before = m_document->sections.at(position.section).indicators.at(position.indicator).id;
                const QString &after = document->sections.at(position.section).indicators.at(position.indicator).id;
                if (before != after && (before == change.id || after == change.id)) {
                    renamedFrom = before;
                    renamedTo = after;
                    break;
                }
            }
        }
        if (renamedFrom.isEmpty() && m_spec && m_spec->indicatorIds.contains(change.id)) {
            const auto [s, i] = EditedItems::indicator(*m_document, *document, change.id);
            if (s >= 0) {
                renamedFrom = m_document->sections.at(s).indicators.at(i).id;
                renamedTo = document->sections.at(s).indicators.at(i).id;
            }
        }
    }
    const auto followRename = [&](QStringList ids) {
        if (!renamedFrom.isEmpty()) {
            for (QString &id : ids) {
                if (id == renamedFrom)
                    id = renamedTo;
            }
        }
        return ids;
    };

    std::optional<ChartSpec> spec;
    QString chartId = m_chartId;
    if (m_declared) {
        if (change.kind == DocumentChange::Kind::Chart && idChange) {
            const auto [s, c] = EditedItems::chart(*m_document, *document, change.id);
            if (s >= 0 && m_document->sections.at(s).charts.at(c).id == m_chartId)
                chartId = document->sections.at(s).charts.at(c).id;
        }
        if (const ChartSpec *found = findDeclared(*document, chartId))
            spec = *found;
    } else if (m_spec) {
        spec = m_spec;
        spec->indicatorIds = followRename(spec->indicatorIds);
    }
    m_chartId = chartId;

    // The chart's own kind, titles or indicators changed (an indicator renamed aside), or it came or went, or it
    // finds other indicators than it did: a reset.
    const QStringList expectedIds = m_spec ? followRename(m_spec->indicatorIds) : QStringList();
    const bool specChanged = spec.has_value() != m_spec.has_value()
        || (spec
            && (spec->kind != m_spec->kind || spec->title != m_spec->title || spec->titleEn != m_spec->titleEn
                || spec->indicatorIds != expectedIds));
    int omitted = 0;
    const QList<Position> rows = spec ? rowsOf(document, *spec, &omitted) : QList<Position>();
    if (specChanged || omitted != m_omitted
        || shownIds(*document, rows) != followRename(shownIds(*m_document, m_rows))) {
        reset(std::move(document), std::move(spec));
        return;
    }

    const std::shared_ptr<const Document> previous = std::exchange(m_document, std::move(document));
    m_spec = std::move(spec);
    if (rows != m_rows) {
        // Places in the bulletin are in roles (SectionIndexRole, SectionTitleRole, …).
        m_rows = rows;
        QList<int> all;
        for (int row = 0; row < m_rows.size(); ++row)
            all.append(row);
        emitRowsChanged(all);
        return;
    }
    emitFieldChange(*previous, change);
}

void ChartDataModel::emitFieldChange(const Document &previous, const DocumentChange &change)
{
    QList<int> changedRows;
    switch (change.kind) {
    case DocumentChange::Kind::Document:
        if (change.field.startsWith(QLatin1String("region"))
            || change.field.startsWith(QLatin1String("comparison_region")))
            emit headerDataChanged(Qt::Horizontal, CityColumn, ProvinceColumn);
        else if (change.field == QLatin1String("period") && !m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    case DocumentChange::Kind::Section:
        // Rows carry their section's id and title in roles.
        for (int row = 0; row < m_rows.size(); ++row) {
            const int s = m_rows.at(row).section;
            if (previous.sections.at(s).id == change.id || m_document->sections.at(s).id == change.id)
                changedRows.append(row);
        }
        break;
    case DocumentChange::Kind::Indicator:
        for (int row = 0; row < m_rows.size(); ++row) {
            const Position position = m_rows.at(row);
            if (previous.sections.at(position.section).indicators.at(position.indicator).id == change.id
                || m_document->sections.at(position.section).indicators.at(position.indicator).id == change.id)
                changedRows.append(row);
        }
        break;
    default:
        // Other charts, key figures: nothing shown here.
        return;
    }
    emitRowsChanged(changedRows);
}

const ChartSpec *ChartDataModel::chartSpec() const
{
    return m_spec ? &*m_spec : nullptr;
}

QString ChartDataModel::unit() const
{
    QString shared;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString rowUnit = indicator(row)->unit;
        if (row == 0)
            shared = rowUnit;
        else if (rowUnit != shared)
            return {};
    }
    // Rows that share the unit may still word it differently in English; the first row's words stand for all.
    return m_rows.isEmpty() ? shared : indicator(0)->displayUnit(m_language);
}

void ChartDataModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    beginResetModel();
    m_language = language;
    endResetModel();
}

int ChartDataModel::rowOf(const QString &indicatorId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (indicator(row)->id == indicatorId)
            return row;
    }
    return -1;
}

QString ChartDataModel::indicatorId(int row) const
{
    const Indicator *rowIndicator = indicator(row);
    return rowIndicator ? rowIndicator->id : QString();
}

const Indicator *ChartDataModel::indicator(int row) const
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return nullptr;
    const Position position = m_rows.at(row);
    return &m_document->sections.at(position.section).indicators.at(position.indicator);
}

int ChartDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Position position = m_rows.at(index.row());
    const Indicator &rowIndicator = m_document->sections.at(position.section).indicators.at(position.indicator);

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case CityColumn:
            return rowIndicator.value ? QVariant(*rowIndicator.value) : QVariant();
        case ProvinceColumn:
            return rowIndicator.provinceValue ? QVariant(*rowIndicator.provinceValue) : QVariant();
        case RankColumn:
            return rowIndicator.hasRank() ? QVariant(double(*rowIndicator.rank)) : QVariant();
        case PositionColumn:
            return double(index.row());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return rowIndicator.source;
    if (role == RankScopeRole)
        return rowIndicator.displayRankScope(m_language);
    return IndicatorRoles::data(*m_document, position.section, position.indicator, role);
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_document)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const Indicator *rowIndicator = indicator(section);
        return rowIndicator ? QVariant(rowIndicator->displayName(m_language)) : QVariant();
    }
    switch (section) {
    case CityColumn:
        return m_document->displayRegion(m_language);
    case ProvinceColumn:
        return m_document->displayComparisonRegion(m_language);
    case RankColumn:
        return tr("Rank");
    case PositionColumn:
        return tr("Position");
    default:
        return {};
    }
}

QHash<int, QByteArray> ChartDataModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IndicatorRoles::roleNames());
    names.insert(RankScopeRole, "rankScope");
    return names;
}

} // namespace Bulletin
