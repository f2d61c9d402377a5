#include "sectiontreemodel.h"

#include "indicatorformat.h"
#include "indicatorroles.h"

namespace Bulletin {

namespace {

// The same indicators in the same order; lists an edit did not touch still share their data.
bool sameIndicators(const Section &before, const Section &after)
{
    return before.indicators.isSharedWith(after.indicators)
        || EditedItems::indicatorIds(before) == EditedItems::indicatorIds(after);
}

} // namespace

SectionTreeModel::SectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SectionTreeModel::setDocument(std::shared_ptr<const Document> document)
{
    beginResetModel();
    m_document = std::move(document);
    newKeys();
    endResetModel();
}

void SectionTreeModel::newKeys()
{
    m_keys.clear();
    if (m_document) {
        m_keys.reserve(m_document->sections.size());
        for (qsizetype s = 0; s < m_document->sections.size(); ++s)
            m_keys.append(m_nextKey++);
    }
    indexKeys();
}

void SectionTreeModel::indexKeys()
{
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_keys.size());
    for (int s = 0; s < m_keys.size(); ++s)
        m_rowOfKey.insert(m_keys.at(s), s);
}

int SectionTreeModel::sectionOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == SectionRowId)
        return -1;
    return m_rowOfKey.value(index.internalId(), -1);
}

void SectionTreeModel::setEditor(DocumentEditor *editor)
{
    if (editor == m_editor)
        return;
    m_editor = editor;
    // Flags are read again by views on dataChanged only.
    if (m_document) {
        for (int s = 0; s < m_document->sections.size(); ++s)
            emitSectionChanged(s, true);
    }
}

QString SectionTreeModel::fieldOfColumn(int column, bool sectionRow)
{
    if (sectionRow)
        return column == NameColumn ? QStringLiteral("title") : QString();
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case ValueColumn:
        return QStringLiteral("value");
    case ProvinceColumn:
        return QStringLiteral("province_value");
    case RankColumn:
        return QStringLiteral("rank");
    default:
        return {};
    }
}

void SectionTreeModel::emitSectionChanged(int section, bool withIndicators)
{
    const QModelIndex parent = index(section, 0);
    emit dataChanged(parent, index(section, ColumnCount - 1));
    const int indicators = int(m_document->sections.at(section).indicators.size());
    if (withIndicators && indicators > 0)
        emit dataChanged(index(0, 0, parent), index(indicators - 1, ColumnCount - 1, parent));
}

void SectionTreeModel::applyChange(std::shared_ptr<const Document> document, const DocumentChange &change)
{
    if (document == m_document)
        return;
    if (!m_document || !document || change.kind == DocumentChange::Kind::Reset) {
        setDocument(std::move(document));
        return;
    }
    if (change.kind == DocumentChange::Kind::Structure) {
        applyStructure(std::move(document));
        return;
    }
    // A field change leaves every section and indicator where it was; a tree built for another document is reset.
    if (document->sections.size() != m_document->sections.size()
        || document->indicatorCount() != m_document->indicatorCount()) {
        setDocument(std::move(document));
        return;
    }
    const std::shared_ptr<const Document> previous = std::exchange(m_document, std::move(document));
    switch (change.kind) {
    case DocumentChange::Kind::Document:
        // Indicators without a period of their own have the bulletin's (PeriodRole).
        if (change.field == QLatin1String("period")) {
            for (int s = 0; s < m_document->sections.size(); ++s) {
                const int indicators = int(m_document->sections.at(s).indicators.size());
                if (indicators > 0)
                    emit dataChanged(index(0, 0, index(s, 0)), index(indicators - 1, ColumnCount - 1, index(s, 0)));
            }
        }
        break;
    case DocumentChange::Kind::Section: {
        // Indicator rows carry their section's id and title in roles.
        const int s = EditedItems::section(*previous, *m_document, change.id);
        if (s >= 0)
            emitSectionChanged(s, true);
        break;
    }
    case DocumentChange::Kind::Indicator: {
        const auto [s, i] = EditedItems::indicator(*previous, *m_document, change.id);
        if (s >= 0)
            emit dataChanged(index(i, 0, index(s, 0)), index(i, ColumnCount - 1, index(s, 0)));
        break;
    }
    default:
        // Charts and key figures are not in the tree.
        break;
    }
}

void SectionTreeModel::applyStructure(std::shared_ptr<const Document> document)
{
    const ListEdit edit = ListEdit::between(EditedItems::sectionIds(*m_document), EditedItems::sectionIds(*document));
    const bool done
        = edit.kind == ListEdit::Kind::None ? applyIndicatorEdit(document) : applySectionEdit(document, edit);
    if (!done)
        setDocument(std::move(document));
}

bool SectionTreeModel::applySectionEdit(std::shared_ptr<const Document> &document, const ListEdit &edit)
{
    // Where each new section was, -1 for a new one; the others must hold what they held.
    QList<int> origin(m_document->sections.size());
    for (int s = 0; s < origin.size(); ++s)
        origin[s] = s;
    const int count = edit.last - edit.first + 1;
    switch (edit.kind) {
    case ListEdit::Kind::Insert:
        origin.insert(edit.first, count, -1);
        break;
    case ListEdit::Kind::Remove:
        origin.remove(edit.first, count);
        break;
    case ListEdit::Kind::Move: {
        const QList<int> block = origin.mid(edit.first, count);
        origin.remove(edit.first, count);
        const int at = edit.destination > edit.last ? edit.destination - count : edit.destination;
        for (int k = 0; k < count; ++k)
            origin.insert(at + k, block.at(k));
        break;
    }
    default:
        return false;
    }
    if (origin.size() != document->sections.size())
        return false;
    for (int s = 0; s < origin.size(); ++s) {
        if (origin.at(s) >= 0 && !sameIndicators(m_document->sections.at(origin.at(s)), document->sections.at(s)))
            return false;
    }

    switch (edit.kind) {
    case ListEdit::Kind::Insert: {
        beginInsertRows({}, edit.first, edit.last);
        m_document = std::move(document);
        for (int k = 0; k < count; ++k)
            m_keys.insert(edit.first + k, m_nextKey++);
        indexKeys();
        endInsertRows();
        break;
    }
    case ListEdit::Kind::Remove:
        beginRemoveRows({}, edit.first, edit.last);
        m_document = std::move(document);
        m_keys.remove(edit.first, count);
        indexKeys();
        endRemoveRows();
        break;
    default: {
        if (!beginMoveRows({}, edit.first, edit.last, {}, edit.destination))
            return false;
        m_document = std::move(document);
        QList<quintptr> keys(origin.size());
        for (int s = 0; s < origin.size(); ++s)
            keys[s] = m_keys.at(origin.at(s));
        m_keys = keys;
        indexKeys();
        endMoveRows();
        break;
    }
    }
    return true;
}

bool SectionTreeModel::applyIndicatorEdit(std::shared_ptr<const Document> &document)
{
    QList<int> changed;
    for (int s = 0; s < m_document->sections.size(); ++s) {
        if (!sameIndicators(m_document->sections.at(s), document->sections.at(s))) {
            changed.append(s);
            if (changed.size() > 2)
                return false;
        }
    }
    if (changed.isEmpty()) {
        // Charts came or went, or sections were told apart by nothing shown here.
        m_document = std::move(document);
        return true;
    }
    QList<ListEdit> edits;
    for (int s : changed) {
        edits.append(ListEdit::between(EditedItems::indicatorIds(m_document->sections.at(s)),
            EditedItems::indicatorIds(document->sections.at(s))));
    }
    if (changed.size() == 1) {
        const ListEdit &edit = edits.first();
        const QModelIndex parent = index(changed.first(), 0);
        switch (edit.kind) {
        case ListEdit::Kind::Insert:
            beginInsertRows(parent, edit.first, edit.last);
            m_document = std::move(document);
            endInsertRows();
            return true;
        case ListEdit::Kind::Remove:
            beginRemoveRows(parent, edit.first, edit.last);
            m_document = std::move(document);
            endRemoveRows();
            return true;
        case ListEdit::Kind::Move:
            if (!beginMoveRows(parent, edit.first, edit.last, parent, edit.destination))
                return false;
            m_document = std::move(document);
            endMoveRows();
            return true;
        default:
            return false;
        }
    }
    // Into another section: a removal from one and the same indicators inserted in the other.
    const int from = edits.at(0).kind == ListEdit::Kind::Remove ? 0 : 1;
    const int to = 1 - from;
    const ListEdit &removal = edits.at(from);
    const ListEdit &insertion = edits.at(to);
    if (removal.kind != ListEdit::Kind::Remove || insertion.kind != ListEdit::Kind::Insert
        || removal.last - removal.first != insertion.last - insertion.first)
        return false;
    const Section &source = m_document->sections.at(changed.at(from));
    const Section &target = document->sections.at(changed.at(to));
    for (int k = 0; k <= removal.last - removal.first; ++k) {
        if (source.indicators.at(removal.first + k).id != target.indicators.at(insertion.first + k).id)
            return false;
    }
    if (!beginMoveRows(
            index(changed.at(from), 0), removal.first, removal.last, index(changed.at(to), 0), insertion.first))
        return false;
    m_document = std::move(document);
    endMoveRows();
    return true;
}

void SectionTreeModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_document || m_document->sections.isEmpty())
        return;
    const int sections = int(m_document->sections.size());
    emit dataChanged(index(0, 0), index(sections - 1, ColumnCount - 1));
    for (int s = 0; s < sections; ++s) {
        const int indicators = int(m_document->sections.at(s).indicators.size());
        if (indicators > 0)
            emit dataChanged(index(0, 0, index(s, 0)), index(indicators - 1, ColumnCount - 1, index(s, 0)));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex SectionTreeModel::indexOfSection(const QString &sectionId) const
{
    if (!m_document)
        return {};
    for (int s = 0; s < m_document->sections.size(); ++s) {
        if (m_document->sections.at(s).id == sectionId)
            return index(s, NameColumn);
    }
    return {};
}

QModelIndex SectionTreeModel::indexOfIndicator(const QString &indicatorId) const
{
    int sectionIndex = -1;
    int indicatorIndex = -1;
    if (!m_document || !m_document->findIndicator(indicatorId, &sectionIndex, &indicatorIndex))
        return {};
    return index(indicatorIndex, NameColumn, index(sectionIndex, NameColumn));
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionRowId);
    return createIndex(row, column, m_keys.at(parent.row()));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    const int section = sectionOf(child);
    return section < 0 ? QModelIndex() : createIndex(section, NameColumn, SectionRowId);
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_document->sections.size());
    if (parent.internalId() != SectionRowId || parent.column() != NameColumn)
        return 0;
    return int(m_document->sections.at(parent.row()).indicators.size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    if (index.internalId() == SectionRowId) {
        const Section &section = m_document->sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(section.displayTitle(m_language)) : QVariant();
        case Qt::EditRole:
            return index.column() == NameColumn ? QVariant(section.title) : QVariant();
        case Qt::ToolTipRole: {
            // The title in the other language, when there is one.
            const QString other = section.displayTitle(m_language) == section.title ? section.titleEn : section.title;
            return other.isEmpty() ? QVariant() : QVariant(other);
        }
        case SectionIdRole:
            return section.id;
        case SectionTitleRole:
            return section.title;
        case SectionTitleEnRole:
            return section.titleEn;
        case SectionIndexRole:
            return index.row();
        default:
            return {};
        }
    }

    const int sectionIndex = sectionOf(index);
    if (sectionIndex < 0)
        return {};
    const Indicator &indicator = m_document->sections.at(sectionIndex).indicators.at(index.row());
    if (role == Qt::EditRole) {
        const QString field = fieldOfColumn(index.column(), false);
        if (!field.isEmpty())
            return DocumentEditor::indicatorField(indicator, field);
        return indicator.gap() ? QVariant(*indicator.gap()) : QVariant();
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return indicator.displayName(m_language);
        case ValueColumn:
            return IndicatorFormat::value(indicator, m_language);
        case ProvinceColumn:
            return IndicatorFormat::provinceValue(indicator, m_language);
        case GapColumn:
            return IndicatorFormat::gap(indicator, m_language);
        case RankColumn:
            return IndicatorFormat::rankWithScope(indicator, m_language);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return indicator.source;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == FormattedValueRole)
        return IndicatorFormat::value(indicator, m_language);
    return IndicatorRoles::data(*m_document, sectionIndex, index.row(), role);
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Section / indicator");
    case ValueColumn:
        return tr("Value");
    case ProvinceColumn:
        return tr("Province");
    case GapColumn:
        return tr("Gap");
    case RankColumn:
        return tr("Rank");
    default:
        return {};
    }
}

Qt::ItemFlags SectionTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (m_editor && index.isValid() && !fieldOfColumn(index.column(), index.internalId() == SectionRowId).isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // The editor finds sections and indicators by id: it must hold the document shown, and the id must name this
    // row (not an earlier one of the same id, while duplicates are being put right).
    const bool sectionRow = index.internalId() == SectionRowId;
    const QString field = fieldOfColumn(index.column(), sectionRow);
    if (field.isEmpty() || m_editor->document() != m_document)
        return false;
    if (sectionRow) {
        const Section &section = m_document->sections.at(index.row());
        const std::optional<QVariant> input = DocumentEditor::sectionInput(field, value);
        return input && indexOfSection(section.id).row() == index.row()
            && m_editor->setSectionField(section.id, field, *input);
    }
    const int s = sectionOf(index);
    if (s < 0)
        return false;
    const Indicator &indicator = m_document->sections.at(s).indicators.at(index.row());
    const std::optional<QVariant> input = DocumentEditor::indicatorInput(indicator, field, value);
    const QModelIndex first = indexOfIndicator(indicator.id);
    return input && first.row() == index.row() && first.parent().row() == s
        && m_editor->setIndicatorField(indicator.id, field, *input);
}

QHash<int, QByteArray> SectionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IndicatorRoles::roleNames());
    return names;
}

} // namespace Bulletin
