#include "indicatortablemodel.h"

#include "indicatorformat.h"
#include "indicatorroles.h"

namespace Bulletin {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IndicatorTableModel::setDocument(std::shared_ptr<const Document> document)
{
    beginResetModel();
    m_document = std::move(document);
    buildRows();
    endResetModel();
}

void IndicatorTableModel::buildRows()
{
    m_rows.clear();
    m_firstRow.clear();
    if (!m_document)
        return;
    m_rows.reserve(m_document->indicatorCount());
    m_firstRow.reserve(m_document->sections.size());
    for (int s = 0; s < m_document->sections.size(); ++s) {
        m_firstRow.append(int(m_rows.size()));
        for (int i = 0; i < m_document->sections.at(s).indicators.size(); ++i)
            m_rows.append({ s, i });
    }
}

void IndicatorTableModel::setEditor(DocumentEditor *editor)
{
    if (editor == m_editor)
        return;
    m_editor = editor;
    // Flags are read again by views on dataChanged only.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString IndicatorTableModel::fieldOfColumn(int column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case ValueColumn:
        return QStringLiteral("value");
    case UnitColumn:
        return QStringLiteral("unit");
    case ProvinceColumn:
        return QStringLiteral("province_value");
    case RankColumn:
        return QStringLiteral("rank");
    case PeriodColumn:
        return QStringLiteral("period");
    case SourceColumn:
        return QStringLiteral("source");
    default:
        return {};
    }
}

void IndicatorTableModel::emitRowsChanged(int first, int last)
{
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void IndicatorTableModel::applyChange(std::shared_ptr<const Document> document, const DocumentChange &change)
{
    if (document == m_document)
        return;
    if (!m_document || !document || change.kind == DocumentChange::Kind::Reset) {
        setDocument(std::move(document));
        return;
    }
    if (change.kind == DocumentChange::Kind::Structure) {
        applyStructure(std::move(document), change);
        return;
    }
    // A field change leaves every section and indicator where it was; a table built for another document is reset.
    if (document->sections.size() != m_document->sections.size() || document->indicatorCount() != m_rows.size()) {
        setDocument(std::move(document));
        return;
    }
    const std::shared_ptr<const Document> previous = std::exchange(m_document, std::move(document));
    switch (change.kind) {
    case DocumentChange::Kind::Document:
        // Rows without a period of their own show the bulletin's (PeriodColumn, PeriodRole).
        if (!m_rows.isEmpty()
            && (change.field == QLatin1String("period") || change.field == QLatin1String("period_en")))
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        break;
    case DocumentChange::Kind::Section: {
        const int s = EditedItems::section(*previous, *m_document, change.id);
        if (s >= 0)
            emitRowsChanged(m_firstRow.at(s), m_firstRow.at(s) + int(m_document->sections.at(s).indicators.size()) - 1);
        break;
    }
    case DocumentChange::Kind::Indicator: {
        const auto [s, i] = EditedItems::indicator(*previous, *m_document, change.id);
        if (s >= 0)
            emitRowsChanged(m_firstRow.at(s) + i, m_firstRow.at(s) + i);
        break;
    }
    default:
        // Charts and key figures are not in the table.
        break;
    }
}

void IndicatorTableModel::applyStructure(std::shared_ptr<const Document> document, const DocumentChange &change)
{
    const ListEdit edit
        = ListEdit::between(EditedItems::indicatorIds(*m_document), EditedItems::indicatorIds(*document));
    switch (edit.kind) {
    case ListEdit::Kind::None:
        m_document = std::move(document);
        buildRows();
        break;
    case ListEdit::Kind::Insert:
        beginInsertRows({}, edit.first, edit.last);
        m_document = std::move(document);
        buildRows();
        endInsertRows();
        break;
    case ListEdit::Kind::Remove:
        beginRemoveRows({}, edit.first, edit.last);
        m_document = std::move(document);
        buildRows();
        endRemoveRows();
        break;
    case ListEdit::Kind::Move:
        if (beginMoveRows({}, edit.first, edit.last, {}, edit.destination)) {
            m_document = std::move(document);
            buildRows();
            endMoveRows();
            break;
        }
        setDocument(std::move(document));
        return;
    case ListEdit::Kind::Other:
        setDocument(std::move(document));
        return;
    }
    // An indicator moved into another section can keep its row, but not what its section column shows.
    const auto [s, i] = EditedItems::indicator(*m_document, *m_document, change.id);
    if (s >= 0)
        emitRowsChanged(m_firstRow.at(s) + i, m_firstRow.at(s) + i);
}

void IndicatorTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex IndicatorTableModel::indexOfIndicator(const QString &indicatorId, int column) const
{
    if (!m_document)
        return {};
    int sectionIndex = -1;
    int indicatorIndex = -1;
    if (!m_document->findIndicator(indicatorId, &sectionIndex, &indicatorIndex))
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).section == sectionIndex && m_rows.at(row).indicator == indicatorIndex)
            return index(row, column);
    }
    return {};
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Position position = m_rows.at(index.row());
    const Section &section = m_document->sections.at(position.section);
    const Indicator &indicator = section.indicators.at(position.indicator);

    if (role == Qt::EditRole) {
        const QString field = fieldOfColumn(index.column());
        if (!field.isEmpty())
            return DocumentEditor::indicatorField(indicator, field);
        if (index.column() == SectionColumn)
            return section.title;
        return indicator.gap() ? QVariant(*indicator.gap()) : QVariant();
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SectionColumn:
            return section.displayTitle(m_language);
        case NameColumn:
            return indicator.displayName(m_language);
        case ValueColumn:
            return indicator.valueText.isEmpty() && indicator.value
                ? IndicatorFormat::number(*indicator.value, m_language)
                : IndicatorFormat::value(indicator, m_language);
        case UnitColumn:
            return indicator.displayUnit(m_language);
        case ProvinceColumn:
            return indicator.provinceValue ? IndicatorFormat::number(*indicator.provinceValue, m_language)
                    + (indicator.provinceDerived ? QStringLiteral("*") : QString())
                                           : QString();
        case GapColumn:
            return IndicatorFormat::gap(indicator, m_language);
        case RankColumn:
            return IndicatorFormat::rankWithScope(indicator, m_language);
        case PeriodColumn:
            return indicator.period.isEmpty() ? m_document->displayPeriod(m_language)
                                              : indicator.displayPeriod(m_language);
        case SourceColumn:
            return indicator.source;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ProvinceColumn && indicator.provinceDerived)
            return tr("Derived from the stated gap: %1").arg(indicator.source);
        return indicator.source;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case ValueColumn:
        case ProvinceColumn:
        case GapColumn:
        case RankColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case ValueColumn:
            return indicator.value ? QVariant(*indicator.value) : QVariant();
        case ProvinceColumn:
            return indicator.provinceValue ? QVariant(*indicator.provinceValue) : QVariant();
        case GapColumn:
            return indicator.gap() ? QVariant(*indicator.gap()) : QVariant();
        case RankColumn:
            return indicator.rank ? QVariant(*indicator.rank) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == FormattedValueRole)
        return IndicatorFormat::value(indicator, m_language);
    return IndicatorRoles::data(*m_document, position.section, position.indicator, role);
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case NameColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case ProvinceColumn:
        return tr("Province");
    case GapColumn:
        return tr("Gap");
    case RankColumn:
        return tr("Rank");
    case PeriodColumn:
        return tr("Period");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editor && index.isValid() && !fieldOfColumn(index.column()).isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The editor finds indicators by id: it must hold the document shown, and the id must name this row's indicator
    // (not an earlier one of the same id, while duplicates are being put right).
    const QString field = fieldOfColumn(index.column());
    if (field.isEmpty() || m_editor->document() != m_document)
        return false;
    const Position position = m_rows.at(index.row());
    const Indicator &indicator = m_document->sections.at(position.section).indicators.at(position.indicator);
    int s = -1;
    int i = -1;
    if (!m_document->findIndicator(indicator.id, &s, &i) || s != position.section || i != position.indicator)
        return false;
    const std::optional<QVariant> input = DocumentEditor::indicatorInput(indicator, field, value);
    return input && m_editor->setIndicatorField(indicator.id, field, *input);
}

QHash<int, QByteArray> IndicatorTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IndicatorRoles::roleNames());
    return names;
}

} // namespace Bulletin
