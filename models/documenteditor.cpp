#include "documenteditor.h"

#include "bulletinloader.h"
#include "bulletinwriter.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace Bulletin {

// One step of the history: the document before and after. Documents are values whose lists are implicitly shared,
// so a step keeps only what the edit copied.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(DocumentEditor *editor, std::shared_ptr<const Document> before, std::shared_ptr<const Document> after,
        const DocumentChange &change, const QString &text, int mergeId, const QString &renamedTo)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_change(change)
        , m_mergeId(mergeId)
        , m_renamedTo(renamedTo)
    { }

    void undo() override { m_editor->apply(m_before, m_change); }
    void redo() override { m_editor->apply(m_after, m_change); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        // Typing in an id field renames the owner at every key: the next key names it by the id this step gave it.
        const bool sameOwner
            = next->m_change.id == m_change.id || (!m_renamedTo.isEmpty() && next->m_change.id == m_renamedTo);
        if (next->m_change.kind != m_change.kind || !sameOwner || next->m_change.field != m_change.field)
            return false;
        m_after = next->m_after;
        if (!next->m_renamedTo.isEmpty())
            m_renamedTo = next->m_renamedTo;
        return true;
    }

private:
    DocumentEditor *m_editor;
    std::shared_ptr<const Document> m_before;
    std::shared_ptr<const Document> m_after;
    DocumentChange m_change;
    int m_mergeId;
    QString m_renamedTo;
};

namespace {

// Typing in one field merges into one step; structural steps never merge.
constexpr int FieldMergeId = 1;

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

bool isText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString || !value.isValid();
}

// An optional number: invalid or an empty string clears it; a finite number or a string that reads as one sets it.
bool toOptionalDouble(const QVariant &value, std::optional<double> *out)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())) {
        out->reset();
        return true;
    }
    bool ok = false;
    const double number
        = value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok) : value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return false;
    *out = number;
    return true;
}

bool toOptionalInt(const QVariant &value, std::optional<int> *out)
{
    std::optional<double> number;
    if (!toOptionalDouble(value, &number))
        return false;
    if (!number) {
        out->reset();
        return true;
    }
    if (*number != std::floor(*number) || std::fabs(*number) > 2e9)
        return false;
    *out = int(*number);
    return true;
}

bool toBool(const QVariant &value, bool *out)
{
    if (value.typeId() != QMetaType::Bool)
        return false;
    *out = value.toBool();
    return true;
}

bool toText(const QVariant &value, QString *out)
{
    if (!isText(value))
        return false;
    *out = value.toString();
    return true;
}

template<typename Item> int indexOfId(const QList<Item> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

// The section and position of an indicator or chart, or {-1, -1}.
QPair<int, int> findIndicator(const Document &document, const QString &indicatorId)
{
    for (int s = 0; s < document.sections.size(); ++s) {
        const int i = indexOfId(document.sections.at(s).indicators, indicatorId);
        if (i >= 0)
            return { s, i };
    }
    return { -1, -1 };
}

QPair<int, int> findChart(const Document &document, const QString &chartId)
{
    for (int s = 0; s < document.sections.size(); ++s) {
        const int c = indexOfId(document.sections.at(s).charts, chartId);
        if (c >= 0)
            return { s, c };
    }
    return { -1, -1 };
}

template<typename List> bool moveWithin(List &list, int from, int to)
{
    if (from < 0 || from >= list.size())
        return false;
    to = std::clamp(to, 0, int(list.size()) - 1);
    if (from == to)
        return false;
    list.move(from, to);
    return true;
}

} // namespace

DocumentEditor::DocumentEditor(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

DocumentEditor::~DocumentEditor()
{
    // The commands call back into this editor; they go first.
    m_undoStack->clear();
}

void DocumentEditor::setDocument(std::shared_ptr<const Document> document)
{
    m_undoStack->clear();
    m_document = std::move(document);
    m_undoStack->setClean();
    emit documentChanged(m_document, DocumentChange {});
}

bool DocumentEditor::isModified() const
{
    return !m_undoStack->isClean();
}

void DocumentEditor::markSaved()
{
    m_undoStack->setClean();
}

void DocumentEditor::apply(std::shared_ptr<const Document> document, const DocumentChange &change)
{
    m_document = std::move(document);
    emit documentChanged(m_document, change);
}

bool DocumentEditor::push(std::unique_ptr<Document> changed, const DocumentChange &change, const QString &text,
    int mergeId, const QString &renamedTo)
{
    if (!m_document)
        return false;
    std::shared_ptr<const Document> after(std::move(changed));
    m_undoStack->push(new EditCommand(this, m_document, std::move(after), change, text, mergeId, renamedTo));
    return true;
}

QSet<QString> DocumentEditor::takenIds() const
{
    QSet<QString> taken;
    if (m_document) {
        taken.reserve(m_document->indicatorCount() + m_document->sections.size() * 2);
        for (const Section &section : m_document->sections) {
            taken.insert(section.id);
            for (const Indicator &indicator : section.indicators)
                taken.insert(indicator.id);
            for (const ChartSpec &chart : section.charts)
                taken.insert(chart.id);
        }
    }
    return taken;
}

QString DocumentEditor::uniqueId(const QString &base, QSet<QString> &taken)
{
    // Well within MaxIdLength with any suffix.
    const QString stem = base.left(100);
    for (int n = 1;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(candidate)) {
            taken.insert(candidate);
            return candidate;
        }
    }
}

namespace EditedItems {

int section(const Document &before, const Document &after, const QString &sectionId)
{
    const int s = indexOfId(before.sections, sectionId);
    return s >= 0 ? s : indexOfId(after.sections, sectionId);
}

std::pair<int, int> indicator(const Document &before, const Document &after, const QString &indicatorId)
{
    const auto found = findIndicator(before, indicatorId);
    return found.first >= 0 ? found : findIndicator(after, indicatorId);
}

std::pair<int, int> chart(const Document &before, const Document &after, const QString &chartId)
{
    const auto found = findChart(before, chartId);
    return found.first >= 0 ? found : findChart(after, chartId);
}

QStringList indicatorIds(const Document &document)
{
    QStringList ids;
    ids.reserve(document.indicatorCount());
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators)
            ids.append(indicator.id);
    }
    return ids;
}

QStringList indicatorIds(const Section &section)
{
    QStringList ids;
    ids.reserve(section.indicators.size());
    for (const Indicator &indicator : section.indicators)
        ids.append(indicator.id);
    return ids;
}

QStringList sectionIds(const Document &document)
{
    QStringList ids;
    ids.reserve(document.sections.size());
    for (const Section &section : document.sections)
        ids.append(section.id);
    return ids;
}

} // namespace EditedItems

ListEdit ListEdit::between(const QStringList &before, const QStringList &after)
{
    const int oldSize = int(before.size());
    const int newSize = int(after.size());
    int prefix = 0;
    while (prefix < oldSize && prefix < newSize && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
        && before.at(oldSize - 1 - suffix) == after.at(newSize - 1 - suffix))
        ++suffix;
    const int oldMiddle = oldSize - prefix - suffix;
    const int newMiddle = newSize - prefix - suffix;
    ListEdit edit;
    if (oldMiddle == 0 && newMiddle == 0)
        return edit;
    if (oldMiddle == 0) {
        edit = { Kind::Insert, prefix, prefix + newMiddle - 1, -1 };
        return edit;
    }
    if (newMiddle == 0) {
        edit = { Kind::Remove, prefix, prefix + oldMiddle - 1, -1 };
        return edit;
    }
    edit.kind = Kind::Other;
    if (oldMiddle != newMiddle)
        return edit;
    // The middle went from X Y to Y X: Y begins where the new middle does. Repeated ids (a document still being
    // corrected) can offer several places; a few are tried, then it is a reset.
    const int length = oldMiddle;
    int tries = 0;
    for (int k = 1; k < length && tries < 8; ++k) {
        if (before.at(prefix + k) != after.at(prefix))
            continue;
        ++tries;
        bool swapped = true;
        for (int j = 0; j < length && swapped; ++j)
            swapped = before.at(prefix + (j + k) % length) == after.at(prefix + j);
        if (!swapped)
            continue;
        // Either block can be said to move; the smaller one is.
        if (k <= length - k)
            edit = { Kind::Move, prefix, prefix + k - 1, prefix + length };
        else
            edit = { Kind::Move, prefix + k, prefix + length - 1, prefix };
        return edit;
    }
    return edit;
}

namespace {

template<typename Owner> struct TextField
{
    QLatin1StringView name;
    QString Owner::*member;
};

constexpr TextField<Document> documentTextFields[] = { { QLatin1StringView("id"), &Document::id },
    { QLatin1StringView("title"), &Document::title }, { QLatin1StringView("subtitle"), &Document::subtitle },
    { QLatin1StringView("title_en"), &Document::titleEn }, { QLatin1StringView("newspaper"), &Document::newspaper },
    { QLatin1StringView("publication_date"), &Document::publicationDate },
    { QLatin1StringView("reporter"), &Document::reporter }, { QLatin1StringView("reporter_en"), &Document::reporterEn },
    { QLatin1StringView("period"), &Document::period }, { QLatin1StringView("period_en"), &Document::periodEn },
    { QLatin1StringView("region"), &Document::region }, { QLatin1StringView("region_en"), &Document::regionEn },
    { QLatin1StringView("comparison_region"), &Document::comparisonRegion },
    { QLatin1StringView("comparison_region_en"), &Document::comparisonRegionEn },
    { QLatin1StringView("intro"), &Document::intro }, { QLatin1StringView("source_note"), &Document::sourceNote } };

constexpr TextField<Section> sectionTextFields[] = { { QLatin1StringView("id"), &Section::id },
    { QLatin1StringView("title"), &Section::title }, { QLatin1StringView("title_en"), &Section::titleEn },
    { QLatin1StringView("title_short"), &Section::titleShort },
    { QLatin1StringView("title_short_en"), &Section::titleShortEn }, { QLatin1StringView("text"), &Section::text } };

constexpr TextField<Indicator> indicatorTextFields[] = { { QLatin1StringView("id"), &Indicator::id },
    { QLatin1StringView("name"), &Indicator::name }, { QLatin1StringView("name_en"), &Indicator::nameEn },
    { QLatin1StringView("value_text"), &Indicator::valueText },
    { QLatin1StringView("value_text_en"), &Indicator::valueTextEn }, { QLatin1StringView("unit"), &Indicator::unit },
    { QLatin1StringView("unit_en"), &Indicator::unitEn }, { QLatin1StringView("period"), &Indicator::period },
    { QLatin1StringView("period_en"), &Indicator::periodEn }, { QLatin1StringView("gap_unit"), &Indicator::gapUnit },
    { QLatin1StringView("rank_scope"), &Indicator::rankScope },
    { QLatin1StringView("rank_scope_en"), &Indicator::rankScopeEn },
    { QLatin1StringView("target_text"), &Indicator::targetText },
    { QLatin1StringView("target_text_en"), &Indicator::targetTextEn }, { QLatin1StringView("note"), &Indicator::note },
    { QLatin1StringView("note_en"), &Indicator::noteEn }, { QLatin1StringView("editor_note"), &Indicator::editorNote },
    { QLatin1StringView("source"), &Indicator::source } };

constexpr TextField<ChartSpec> chartTextFields[] = { { QLatin1StringView("id"), &ChartSpec::id },
    { QLatin1StringView("title"), &ChartSpec::title }, { QLatin1StringView("title_en"), &ChartSpec::titleEn } };

constexpr TextField<KeyFigure> keyFigureTextFields[]
    = { { QLatin1StringView("label"), &KeyFigure::label }, { QLatin1StringView("label_en"), &KeyFigure::labelEn },
          { QLatin1StringView("text"), &KeyFigure::text }, { QLatin1StringView("section"), &KeyFigure::sectionId },
          { QLatin1StringView("indicator"), &KeyFigure::indicatorId } };

template<typename Owner, std::size_t Count>
QString *textMember(Owner &owner, const TextField<Owner> (&fields)[Count], const QString &field)
{
    for (const TextField<Owner> &candidate : fields) {
        if (field == candidate.name)
            return &(owner.*candidate.member);
    }
    return nullptr;
}

template<typename Owner, std::size_t Count>
QVariant textValue(const Owner &owner, const TextField<Owner> (&fields)[Count], const QString &field)
{
    for (const TextField<Owner> &candidate : fields) {
        if (field == candidate.name)
            return owner.*candidate.member;
    }
    return {};
}

} // namespace

QStringList DocumentEditor::documentFields()
{
    return { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("title_en"),
        QStringLiteral("newspaper"), QStringLiteral("publication_date"), QStringLiteral("reporter"),
        QStringLiteral("reporter_en"), QStringLiteral("period"), QStringLiteral("period_en"), QStringLiteral("region"),
        QStringLiteral("region_en"), QStringLiteral("comparison_region"), QStringLiteral("comparison_region_en"),
        QStringLiteral("comparison_units"), QStringLiteral("intro"), QStringLiteral("source_note"),
        QStringLiteral("synthetic") };
}

QStringList DocumentEditor::sectionFields()
{
    return { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_en"), QStringLiteral("title_short"),
        QStringLiteral("title_short_en"), QStringLiteral("text") };
}

QStringList DocumentEditor::indicatorFields()
{
    return { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("value"),
        QStringLiteral("value_text"), QStringLiteral("value_text_en"), QStringLiteral("unit"),
        QStringLiteral("unit_en"), QStringLiteral("period"), QStringLiteral("period_en"),
        QStringLiteral("higher_is_better"), QStringLiteral("province_value"), QStringLiteral("province_derived"),
        QStringLiteral("gap"), QStringLiteral("gap_unit"), QStringLiteral("rank"), QStringLiteral("rank_of"),
        QStringLiteral("rank_scope"), QStringLiteral("rank_scope_en"), QStringLiteral("target_text"),
        QStringLiteral("target_text_en"), QStringLiteral("completion"), QStringLiteral("note"),
        QStringLiteral("note_en"), QStringLiteral("editor_note"), QStringLiteral("source") };
}

QStringList DocumentEditor::chartFields()
{
    return { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("title_en"),
        QStringLiteral("indicators") };
}

QStringList DocumentEditor::keyFigureFields()
{
    return { QStringLiteral("number"), QStringLiteral("label"), QStringLiteral("label_en"), QStringLiteral("text"),
        QStringLiteral("section"), QStringLiteral("indicator") };
}

QVariant DocumentEditor::documentField(const Document &d, const QString &field)
{
    if (field == QLatin1String("comparison_units"))
        return d.comparisonUnits > 0 ? QVariant(d.comparisonUnits) : QVariant();
    if (field == QLatin1String("synthetic"))
        return d.synthetic;
    return textValue(d, documentTextFields, field);
}

QVariant DocumentEditor::sectionField(const Section &s, const QString &field)
{
    return textValue(s, sectionTextFields, field);
}

QVariant DocumentEditor::indicatorField(const Indicator &i, const QString &field)
{
    if (field == QLatin1String("value"))
        return optionalDouble(i.value);
    if (field == QLatin1String("higher_is_better"))
        return i.higherIsBetter;
    if (field == QLatin1String("province_value"))
        return optionalDouble(i.provinceValue);
    if (field == QLatin1String("province_derived"))
        return i.provinceDerived;
    if (field == QLatin1String("gap"))
        return optionalDouble(i.statedGap);
    if (field == QLatin1String("rank"))
        return optionalInt(i.rank);
    if (field == QLatin1String("rank_of"))
        return optionalInt(i.rankOf);
    if (field == QLatin1String("completion"))
        return optionalDouble(i.completionPercent);
    return textValue(i, indicatorTextFields, field);
}

QVariant DocumentEditor::chartField(const ChartSpec &c, const QString &field)
{
    if (field == QLatin1String("kind"))
        return chartKindName(c.kind);
    if (field == QLatin1String("indicators"))
        return c.indicatorIds;
    return textValue(c, chartTextFields, field);
}

QVariant DocumentEditor::keyFigureField(const KeyFigure &k, const QString &field)
{
    if (field == QLatin1String("number"))
        return k.number;
    return textValue(k, keyFigureTextFields, field);
}

namespace {

bool assignDocumentField(Document &d, const QString &field, const QVariant &value)
{
    if (QString *text = textMember(d, documentTextFields, field))
        return toText(value, text);
    if (field == QLatin1String("comparison_units")) {
        std::optional<int> units;
        if (!toOptionalInt(value, &units) || (units && *units < 0))
            return false;
        d.comparisonUnits = units.value_or(0);
        return true;
    }
    if (field == QLatin1String("synthetic"))
        return toBool(value, &d.synthetic);
    return false;
}

bool assignSectionField(Section &s, const QString &field, const QVariant &value)
{
    QString *text = textMember(s, sectionTextFields, field);
    return text && toText(value, text);
}

bool assignIndicatorField(Indicator &i, const QString &field, const QVariant &value)
{
    if (QString *text = textMember(i, indicatorTextFields, field))
        return toText(value, text);
    if (field == QLatin1String("value"))
        return toOptionalDouble(value, &i.value);
    if (field == QLatin1String("province_value"))
        return toOptionalDouble(value, &i.provinceValue);
    if (field == QLatin1String("gap"))
        return toOptionalDouble(value, &i.statedGap);
    if (field == QLatin1String("completion"))
        return toOptionalDouble(value, &i.completionPercent);
    if (field == QLatin1String("rank"))
        return toOptionalInt(value, &i.rank);
    if (field == QLatin1String("rank_of"))
        return toOptionalInt(value, &i.rankOf);
    if (field == QLatin1String("higher_is_better"))
        return toBool(value, &i.higherIsBetter);
    if (field == QLatin1String("province_derived"))
        return toBool(value, &i.provinceDerived);
    return false;
}

bool assignChartField(ChartSpec &c, const QString &field, const QVariant &value)
{
    if (QString *text = textMember(c, chartTextFields, field))
        return toText(value, text);
    if (field == QLatin1String("kind")) {
        const std::optional<ChartKind> kind = chartKindFromName(value.toString());
        if (!kind)
            return false;
        c.kind = *kind;
        return true;
    }
    if (field == QLatin1String("indicators")) {
        if (value.typeId() != QMetaType::QStringList)
            return false;
        c.indicatorIds = value.toStringList();
        return true;
    }
    return false;
}

bool assignKeyFigureField(KeyFigure &k, const QString &field, const QVariant &value)
{
    if (QString *text = textMember(k, keyFigureTextFields, field))
        return toText(value, text);
    if (field == QLatin1String("number")) {
        std::optional<int> number;
        if (!toOptionalInt(value, &number) || !number)
            return false;
        k.number = *number;
        return true;
    }
    return false;
}

} // namespace

bool DocumentEditor::setDocumentField(const QString &field, const QVariant &value)
{
    if (!m_document)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    if (!assignDocumentField(*changed, field, value))
        return false;
    if (documentField(*changed, field) == documentField(*m_document, field))
        return true;
    return push(std::move(changed), { DocumentChange::Kind::Document, QString(), field }, tr("Edit %1").arg(field),
        FieldMergeId);
}

bool DocumentEditor::setSectionField(const QString &sectionId, const QString &field, const QVariant &value)
{
    if (!m_document)
        return false;
    const int s = indexOfId(m_document->sections, sectionId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    Section &section = changed->sections[s];
    if (!assignSectionField(section, field, value))
        return false;
    if (sectionField(section, field) == sectionField(m_document->sections.at(s), field))
        return true;
    // A changed id is followed by every reference to it.
    if (field == QLatin1String("id")) {
        for (KeyFigure &figure : changed->keyFigures) {
            if (figure.sectionId == sectionId)
                figure.sectionId = section.id;
        }
    }
    return push(std::move(changed), { DocumentChange::Kind::Section, sectionId, field },
        tr("Edit %1 of %2").arg(field, sectionId), FieldMergeId, field == QLatin1String("id") ? section.id : QString());
}

bool DocumentEditor::setIndicatorField(const QString &indicatorId, const QString &field, const QVariant &value)
{
    if (!m_document)
        return false;
    const auto [s, i] = findIndicator(*m_document, indicatorId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    Indicator &indicator = changed->sections[s].indicators[i];
    if (!assignIndicatorField(indicator, field, value))
        return false;
    if (indicatorField(indicator, field) == indicatorField(m_document->sections.at(s).indicators.at(i), field))
        return true;
    if (field == QLatin1String("id")) {
        for (Section &section : changed->sections) {
            for (ChartSpec &chart : section.charts) {
                for (QString &id : chart.indicatorIds) {
                    if (id == indicatorId)
                        id = indicator.id;
                }
            }
        }
        for (KeyFigure &figure : changed->keyFigures) {
            if (figure.indicatorId == indicatorId)
                figure.indicatorId = indicator.id;
        }
    }
    return push(std::move(changed), { DocumentChange::Kind::Indicator, indicatorId, field },
        tr("Edit %1 of %2").arg(field, indicatorId), FieldMergeId,
        field == QLatin1String("id") ? indicator.id : QString());
}

bool DocumentEditor::setChartField(const QString &chartId, const QString &field, const QVariant &value)
{
    if (!m_document)
        return false;
    const auto [s, c] = findChart(*m_document, chartId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    ChartSpec &chart = changed->sections[s].charts[c];
    if (!assignChartField(chart, field, value))
        return false;
    if (chartField(chart, field) == chartField(m_document->sections.at(s).charts.at(c), field))
        return true;
    return push(std::move(changed), { DocumentChange::Kind::Chart, chartId, field },
        tr("Edit %1 of %2").arg(field, chartId), field == QLatin1String("indicators") ? -1 : FieldMergeId,
        field == QLatin1String("id") ? chart.id : QString());
}

bool DocumentEditor::setKeyFigureField(int index, const QString &field, const QVariant &value)
{
    if (!m_document || index < 0 || index >= m_document->keyFigures.size())
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    KeyFigure &figure = changed->keyFigures[index];
    if (!assignKeyFigureField(figure, field, value))
        return false;
    if (keyFigureField(figure, field) == keyFigureField(m_document->keyFigures.at(index), field))
        return true;
    return push(std::move(changed), { DocumentChange::Kind::KeyFigures, QString::number(index), field },
        tr("Edit %1 of key figure %2").arg(field).arg(index + 1), FieldMergeId);
}

QString DocumentEditor::addSection(int position)
{
    if (!m_document)
        return {};
    auto changed = std::make_unique<Document>(*m_document);
    Section section;
    QSet<QString> taken = takenIds();
    section.id = uniqueId(QStringLiteral("section"), taken);
    section.title = tr("New section");
    const QString id = section.id;
    changed->sections.insert(std::clamp(position, 0, int(changed->sections.size())), section);
    push(std::move(changed), { DocumentChange::Kind::Structure, id, QString() }, tr("Add section"));
    return id;
}

QString DocumentEditor::duplicateSection(const QString &sectionId)
{
    if (!m_document)
        return {};
    const int s = indexOfId(m_document->sections, sectionId);
    if (s < 0)
        return {};
    auto changed = std::make_unique<Document>(*m_document);
    Section copy = m_document->sections.at(s);
    QSet<QString> taken = takenIds();
    copy.id = uniqueId(sectionId, taken);
    // Ids are unique across the bulletin: the copy's indicators and charts get their own, and its charts follow.
    QHash<QString, QString> renamed;
    for (Indicator &indicator : copy.indicators) {
        const QString id = uniqueId(indicator.id, taken);
        if (!renamed.contains(indicator.id))
            renamed.insert(indicator.id, id);
        indicator.id = id;
    }
    for (ChartSpec &chart : copy.charts) {
        chart.id = uniqueId(chart.id, taken);
        for (QString &indicatorId : chart.indicatorIds)
            indicatorId = renamed.value(indicatorId, indicatorId);
    }
    const QString id = copy.id;
    changed->sections.insert(s + 1, copy);
    push(std::move(changed), { DocumentChange::Kind::Structure, id, QString() }, tr("Duplicate section"));
    return id;
}

bool DocumentEditor::removeSection(const QString &sectionId)
{
    if (!m_document)
        return false;
    const int s = indexOfId(m_document->sections, sectionId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    const Section removed = changed->sections.takeAt(s);
    // As when its indicators are removed one by one: charts elsewhere stop naming them.
    QSet<QString> gone;
    for (const Indicator &indicator : removed.indicators)
        gone.insert(indicator.id);
    for (Section &section : changed->sections) {
        for (int c = 0; c < section.charts.size(); ++c) {
            const QStringList &ids = section.charts.at(c).indicatorIds;
            if (std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return gone.contains(id); }))
                section.charts[c].indicatorIds.removeIf([&](const QString &id) { return gone.contains(id); });
        }
    }
    return push(std::move(changed), { DocumentChange::Kind::Structure, sectionId, QString() }, tr("Remove section"));
}

bool DocumentEditor::moveSection(const QString &sectionId, int position)
{
    if (!m_document)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    if (!moveWithin(changed->sections, indexOfId(m_document->sections, sectionId), position))
        return false;
    return push(std::move(changed), { DocumentChange::Kind::Structure, sectionId, QString() }, tr("Move section"));
}

QString DocumentEditor::addIndicator(const QString &sectionId, int position)
{
    if (!m_document)
        return {};
    const int s = indexOfId(m_document->sections, sectionId);
    if (s < 0)
        return {};
    auto changed = std::make_unique<Document>(*m_document);
    Indicator indicator;
    QSet<QString> taken = takenIds();
    indicator.id = uniqueId(QStringLiteral("indicator"), taken);
    indicator.name = tr("New indicator");
    const QString id = indicator.id;
    QList<Indicator> &indicators = changed->sections[s].indicators;
    indicators.insert(std::clamp(position, 0, int(indicators.size())), indicator);
    push(std::move(changed), { DocumentChange::Kind::Structure, id, QString() }, tr("Add indicator"));
    return id;
}

QString DocumentEditor::duplicateIndicator(const QString &indicatorId)
{
    if (!m_document)
        return {};
    const auto [s, i] = findIndicator(*m_document, indicatorId);
    if (s < 0)
        return {};
    auto changed = std::make_unique<Document>(*m_document);
    Indicator copy = m_document->sections.at(s).indicators.at(i);
    QSet<QString> taken = takenIds();
    copy.id = uniqueId(indicatorId, taken);
    const QString id = copy.id;
    changed->sections[s].indicators.insert(i + 1, copy);
    push(std::move(changed), { DocumentChange::Kind::Structure, id, QString() }, tr("Duplicate indicator"));
    return id;
}

bool DocumentEditor::removeIndicator(const QString &indicatorId)
{
    if (!m_document)
        return false;
    const auto [s, i] = findIndicator(*m_document, indicatorId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    changed->sections[s].indicators.removeAt(i);
    // Charts stop naming it; key figures that show it are left for the problems list to name.
    for (Section &section : changed->sections) {
        for (ChartSpec &chart : section.charts)
            chart.indicatorIds.removeAll(indicatorId);
    }
    return push(
        std::move(changed), { DocumentChange::Kind::Structure, indicatorId, QString() }, tr("Remove indicator"));
}

bool DocumentEditor::moveIndicator(const QString &indicatorId, const QString &sectionId, int position)
{
    if (!m_document)
        return false;
    const auto [s, i] = findIndicator(*m_document, indicatorId);
    const int target = indexOfId(m_document->sections, sectionId);
    if (s < 0 || target < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    if (s == target) {
        if (!moveWithin(changed->sections[s].indicators, i, position))
            return false;
    } else {
        const Indicator moved = changed->sections[s].indicators.takeAt(i);
        QList<Indicator> &indicators = changed->sections[target].indicators;
        indicators.insert(std::clamp(position, 0, int(indicators.size())), moved);
        for (KeyFigure &figure : changed->keyFigures) {
            if (figure.indicatorId == indicatorId)
                figure.sectionId = sectionId;
        }
    }
    return push(std::move(changed), { DocumentChange::Kind::Structure, indicatorId, QString() }, tr("Move indicator"));
}

QString DocumentEditor::addChart(const QString &sectionId, ChartKind kind)
{
    if (!m_document)
        return {};
    const int s = indexOfId(m_document->sections, sectionId);
    if (s < 0)
        return {};
    auto changed = std::make_unique<Document>(*m_document);
    ChartSpec chart;
    QSet<QString> taken = takenIds();
    chart.id = uniqueId(QStringLiteral("chart"), taken);
    chart.kind = kind;
    chart.title = tr("New chart");
    const QString id = chart.id;
    changed->sections[s].charts.append(chart);
    push(std::move(changed), { DocumentChange::Kind::Structure, id, QString() }, tr("Add chart"));
    return id;
}

bool DocumentEditor::removeChart(const QString &chartId)
{
    if (!m_document)
        return false;
    const auto [s, c] = findChart(*m_document, chartId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    changed->sections[s].charts.removeAt(c);
    return push(std::move(changed), { DocumentChange::Kind::Structure, chartId, QString() }, tr("Remove chart"));
}

bool DocumentEditor::moveChart(const QString &chartId, int position)
{
    if (!m_document)
        return false;
    const auto [s, c] = findChart(*m_document, chartId);
    if (s < 0)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    if (!moveWithin(changed->sections[s].charts, c, position))
        return false;
    return push(std::move(changed), { DocumentChange::Kind::Structure, chartId, QString() }, tr("Move chart"));
}

int DocumentEditor::addKeyFigure(int position)
{
    if (!m_document)
        return -1;
    auto changed = std::make_unique<Document>(*m_document);
    KeyFigure figure;
    figure.number = int(changed->keyFigures.size()) + 1;
    figure.label = tr("New key figure");
    if (!changed->sections.isEmpty()) {
        figure.sectionId = changed->sections.first().id;
        if (!changed->sections.first().indicators.isEmpty())
            figure.indicatorId = changed->sections.first().indicators.first().id;
    }
    position = std::clamp(position, 0, int(changed->keyFigures.size()));
    changed->keyFigures.insert(position, figure);
    for (int k = 0; k < changed->keyFigures.size(); ++k)
        changed->keyFigures[k].number = k + 1;
    push(std::move(changed), { DocumentChange::Kind::KeyFigures, QString(), QString() }, tr("Add key figure"));
    return position;
}

bool DocumentEditor::removeKeyFigure(int index)
{
    if (!m_document || index < 0 || index >= m_document->keyFigures.size())
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    changed->keyFigures.removeAt(index);
    for (int k = 0; k < changed->keyFigures.size(); ++k)
        changed->keyFigures[k].number = k + 1;
    return push(
        std::move(changed), { DocumentChange::Kind::KeyFigures, QString(), QString() }, tr("Remove key figure"));
}

bool DocumentEditor::moveKeyFigure(int index, int position)
{
    if (!m_document)
        return false;
    auto changed = std::make_unique<Document>(*m_document);
    if (!moveWithin(changed->keyFigures, index, position))
        return false;
    for (int k = 0; k < changed->keyFigures.size(); ++k)
        changed->keyFigures[k].number = k + 1;
    return push(std::move(changed), { DocumentChange::Kind::KeyFigures, QString(), QString() }, tr("Move key figure"));
}

FieldRef DocumentEditor::refFromPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:(bulletin)|key_figures\\[(\\d+)\\]|sections\\[(\\d+)\\]"
                                                           "(?:\\.(indicators|charts)\\[(\\d+)\\])?)(?:\\.(\\w+))?"));
    FieldRef ref;
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return ref;
    ref.field = match.captured(6);
    if (match.capturedLength(2) > 0) {
        ref.kind = FieldRef::Kind::KeyFigure;
        ref.item = match.captured(2).toInt();
    } else if (match.capturedLength(3) > 0) {
        ref.section = match.captured(3).toInt();
        ref.kind = FieldRef::Kind::Section;
        if (match.captured(4) == QLatin1String("indicators"))
            ref.kind = FieldRef::Kind::Indicator;
        else if (match.captured(4) == QLatin1String("charts"))
            ref.kind = FieldRef::Kind::Chart;
        if (ref.kind != FieldRef::Kind::Section)
            ref.item = match.captured(5).toInt();
    }
    return ref;
}

QList<EditProblem> DocumentEditor::problems(const Document &document)
{
    // The loader's own rules, every one of them, its validator included: what it would refuse in the saved file is a
    // problem now. The JSON written and read again names each field by its path.
    const QList<LoadProblem> found = BulletinLoader::loadJson(BulletinWriter::toJson(document), QString()).problems;
    const auto named = [](const QString &name, const QString &id) { return name.trimmed().isEmpty() ? id : name; };
    const auto placeOf = [&](const FieldRef &ref) {
        QStringList place;
        const Section *section
            = ref.section >= 0 && ref.section < document.sections.size() ? &document.sections.at(ref.section) : nullptr;
        switch (ref.kind) {
        case FieldRef::Kind::Bulletin:
            place.append(tr("Bulletin"));
            break;
        case FieldRef::Kind::KeyFigure:
            place.append(tr("Key figure %1").arg(ref.item + 1));
            break;
        case FieldRef::Kind::Section:
        case FieldRef::Kind::Indicator:
        case FieldRef::Kind::Chart:
            if (section)
                place.append(named(section->title, section->id));
            if (section && ref.kind == FieldRef::Kind::Indicator && ref.item >= 0
                && ref.item < section->indicators.size())
                place.append(named(section->indicators.at(ref.item).name, section->indicators.at(ref.item).id));
            if (section && ref.kind == FieldRef::Kind::Chart && ref.item >= 0 && ref.item < section->charts.size())
                place.append(named(section->charts.at(ref.item).title, section->charts.at(ref.item).id));
            break;
        }
        if (!ref.field.isEmpty())
            place.append(ref.field);
        return place.join(QStringLiteral(" › "));
    };
    QList<EditProblem> problems;
    problems.reserve(found.size());
    for (const LoadProblem &problem : found) {
        EditProblem edit;
        edit.ref = refFromPath(problem.path);
        edit.message = problem.message;
        edit.place = placeOf(edit.ref);
        problems.append(edit);
    }
    // The format lets these be empty, but a bulletin made in the program should not have them so: a heading, a tab
    // or a table row would show nothing.
    const auto reportEmpty = [&](const FieldRef &ref) {
        problems.append({ ref, placeOf(ref), tr("expected a text, found an empty one") });
    };
    if (document.title.trimmed().isEmpty())
        reportEmpty({ FieldRef::Kind::Bulletin, -1, -1, QStringLiteral("title") });
    for (int s = 0; s < document.sections.size(); ++s) {
        const Section &section = document.sections.at(s);
        if (section.title.trimmed().isEmpty())
            reportEmpty({ FieldRef::Kind::Section, s, -1, QStringLiteral("title") });
        for (int i = 0; i < section.indicators.size(); ++i) {
            if (section.indicators.at(i).name.trimmed().isEmpty())
                reportEmpty({ FieldRef::Kind::Indicator, s, i, QStringLiteral("name") });
        }
    }
    return problems;
}

namespace {

// A figure typed or chosen: nothing when it is none, an invalid QVariant for an empty text (no figure).
std::optional<QVariant> inputNumber(const QVariant &input)
{
    if (!input.isValid() || (input.typeId() == QMetaType::QString && input.toString().trimmed().isEmpty()))
        return QVariant();
    bool ok = false;
    double number = 0;
    switch (input.typeId()) {
    case QMetaType::QString:
        number = QLocale::c().toDouble(input.toString().trimmed(), &ok);
        break;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        number = input.toDouble(&ok);
        break;
    default:
        break;
    }
    if (!ok || !std::isfinite(number) || std::fabs(number) > MaxMagnitude)
        return std::nullopt;
    return QVariant(number);
}

std::optional<QVariant> inputInteger(const QVariant &input, int minimum, int maximum)
{
    const std::optional<QVariant> number = inputNumber(input);
    if (!number || !number->isValid())
        return number;
    const double value = number->toDouble();
    if (value != std::floor(value) || value < minimum || value > maximum)
        return std::nullopt;
    return QVariant(int(value));
}

std::optional<QVariant> inputText(const QVariant &input, bool required)
{
    if (input.typeId() != QMetaType::QString || (required && input.toString().trimmed().isEmpty()))
        return std::nullopt;
    return input;
}

} // namespace

std::optional<QVariant> DocumentEditor::indicatorInput(
    const Indicator &indicator, const QString &field, const QVariant &input)
{
    if (field == QLatin1String("value") || field == QLatin1String("province_value") || field == QLatin1String("gap"))
        return inputNumber(input);
    if (field == QLatin1String("completion")) {
        const std::optional<QVariant> number = inputNumber(input);
        return number && number->isValid() && number->toDouble() < 0 ? std::nullopt : number;
    }
    // Integers as the loader takes them: 1 to a billion.
    constexpr int MaxInteger = 1000000000;
    if (field == QLatin1String("rank"))
        return inputInteger(input, 1, indicator.rankOf.value_or(0));
    if (field == QLatin1String("rank_of"))
        return inputInteger(input, indicator.rank.value_or(1), MaxInteger);
    if (field == QLatin1String("higher_is_better") || field == QLatin1String("province_derived"))
        return input.typeId() == QMetaType::Bool ? std::optional<QVariant>(input) : std::nullopt;
    if (field == QLatin1String("id"))
        return input.typeId() == QMetaType::QString && BulletinValidator::isValidId(input.toString())
            ? std::optional<QVariant>(input)
            : std::nullopt;
    if (!indicatorFields().contains(field))
        return std::nullopt;
    return inputText(input, field == QLatin1String("name") || field == QLatin1String("source"));
}

std::optional<QVariant> DocumentEditor::sectionInput(const QString &field, const QVariant &input)
{
    if (field == QLatin1String("id"))
        return input.typeId() == QMetaType::QString && BulletinValidator::isValidId(input.toString())
            ? std::optional<QVariant>(input)
            : std::nullopt;
    if (!sectionFields().contains(field))
        return std::nullopt;
    return inputText(input, field == QLatin1String("title"));
}

Document DocumentEditor::newDocument()
{
    Document document;
    document.id = QStringLiteral("new-bulletin");
    document.title = tr("New bulletin");
    document.period = QString();
    document.region = QString();
    Section section;
    section.id = QStringLiteral("section-1");
    section.title = tr("New section");
    Indicator indicator;
    indicator.id = QStringLiteral("indicator-1");
    indicator.name = tr("New indicator");
    section.indicators.append(indicator);
    document.sections.append(section);
    return document;
}

} // namespace Bulletin
