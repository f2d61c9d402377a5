#include "csvbulletinreader.h"

#include "bulletinvalidator.h"
#include "csvtable.h"
#include "defaultcharts.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace Bulletin {

namespace {

// A quoted field as it is, a bare one trimmed; empty when the table has no such column.
QString cellText(const CsvTable::Row &row, const QHash<QString, int> &columns, const QString &column)
{
    const int index = columns.value(column, -1);
    if (index < 0 || index >= row.fields.size())
        return {};
    const QString &field = row.fields.at(index);
    return row.quoted.value(index) ? field : field.trimmed();
}

class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvBulletinReader)

public:
    RowReader(const CsvTable::Row &row, const QHash<QString, int> &columns, const QString &file,
        QList<LoadProblem> &problems, bool decimalPoint)
        : m_row(row)
        , m_columns(columns)
        , m_file(file)
        , m_problems(problems)
        , m_decimalPoint(decimalPoint)
    { }

    void report(const QString &column, const QString &message) const
    {
        m_problems.append({ m_file, m_row.line, 0, QStringLiteral("column %1").arg(column), message });
    }

    // Text as written, without the quote an export puts before what a spreadsheet would run as a formula.
    QString text(const QString &column) const
    {
        return CsvTable::unprotectFromFormula(cellText(m_row, m_columns, column));
    }

    bool has(const QString &column) const { return !text(column).trimmed().isEmpty(); }

    std::optional<double> number(const QString &column) const
    {
        QString raw = cellText(m_row, m_columns, column).trimmed();
        if (raw.isEmpty())
            return std::nullopt;
        if (raw.contains(QLatin1Char(','))) {
            if (!checkCommas(column, raw))
                return std::nullopt;
            raw.remove(QLatin1Char(','));
        }
        bool ok = false;
        const double value = numberLocale().toDouble(raw, &ok);
        if (!ok || !std::isfinite(value)) {
            report(column, tr("expected a finite number, found \"%1\"").arg(cellText(m_row, m_columns, column)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> integer(const QString &column) const
    {
        const QString raw = cellText(m_row, m_columns, column).trimmed();
        if (raw.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int value = raw.toInt(&ok);
        if (!ok) {
            report(column, tr("expected a whole number, found \"%1\"").arg(raw));
            return std::nullopt;
        }
        return value;
    }

    bool boolean(const QString &column, bool fallback) const
    {
        const QString raw = cellText(m_row, m_columns, column).trimmed().toLower();
        if (raw.isEmpty())
            return fallback;
        static const QStringList yes { QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
            QStringLiteral("是") };
        static const QStringList no { QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
            QStringLiteral("否") };
        if (yes.contains(raw))
            return true;
        if (no.contains(raw))
            return false;
        report(column, tr("expected true or false, found \"%1\"").arg(cellText(m_row, m_columns, column)));
        return fallback;
    }

private:
    static const QLocale &numberLocale()
    {
        static const QLocale locale = [] {
            QLocale c = QLocale::c();
            c.setNumberOptions(QLocale::RejectGroupSeparator);
            return c;
        }();
        return locale;
    }

    // A comma in a number is a thousands separator only where nothing else can be meant: between groups of three
    // digits, and, when it is the only one and no decimal point follows ("12,345"), in a file whose numbers show
    // elsewhere that it writes decimals with a point. A decimal comma ("1,5") is never read.
    bool checkCommas(const QString &column, const QString &raw) const
    {
        static const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?$"));
        const QString field = cellText(m_row, m_columns, column);
        if (!grouped.match(raw).hasMatch()) {
            if (raw.count(QLatin1Char(',')) == 1 && !raw.contains(QLatin1Char('.')))
                report(column,
                    tr("expected a number with a decimal point, found \"%1\": a decimal comma is not read (write %2)")
                        .arg(field, QString(raw).replace(QLatin1Char(','), QLatin1Char('.'))));
            else
                report(column,
                    tr("expected a finite number, found \"%1\": a comma may only separate thousands, as in 1,234.5")
                        .arg(field));
            return false;
        }
        if (raw.count(QLatin1Char(',')) == 1 && !raw.contains(QLatin1Char('.')) && !m_decimalPoint) {
            report(column,
                tr("\"%1\" could be %2 or %3: no number in the file has a decimal point to tell whether the comma "
                   "separates thousands or decimals (write the number without the comma)")
                    .arg(field, QString(raw).remove(QLatin1Char(',')),
                        QString(raw).replace(QLatin1Char(','), QLatin1Char('.'))));
            return false;
        }
        return true;
    }

    const CsvTable::Row &m_row;
    const QHash<QString, int> &m_columns;
    const QString &m_file;
    QList<LoadProblem> &m_problems;
    const bool m_decimalPoint;
};

const QStringList &numberColumns()
{
    static const QStringList columns { QStringLiteral("value"), QStringLiteral("province_value"), QStringLiteral("gap"),
        QStringLiteral("completion") };
    return columns;
}

// Whether some number of the table is written with a decimal point, which shows that its commas separate thousands.
bool hasDecimalPoint(const CsvTable &table, const QHash<QString, int> &columns)
{
    QList<int> indexes;
    for (const QString &column : numberColumns()) {
        if (const int index = columns.value(column, -1); index >= 0)
            indexes.append(index);
    }
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &fields = table.rows.at(r).fields;
        for (const int index : std::as_const(indexes)) {
            if (index < fields.size() && fields.at(index).contains(QLatin1Char('.')))
                return true;
        }
    }
    return false;
}

QString idFromFileName(const QString &displayName)
{
    QString id;
    for (const QChar c : QFileInfo(displayName).completeBaseName()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c;
        else if (!id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    return id.isEmpty() ? QStringLiteral("imported") : id.left(MaxIdLength);
}

} // namespace

const QStringList &CsvBulletinReader::requiredColumns()
{
    static const QStringList columns { QStringLiteral("section"), QStringLiteral("indicator"), QStringLiteral("value"),
        QStringLiteral("unit"), QStringLiteral("province_value"), QStringLiteral("province_derived"),
        QStringLiteral("rank"), QStringLiteral("rank_of"), QStringLiteral("period"), QStringLiteral("source") };
    return columns;
}

const QStringList &CsvBulletinReader::optionalColumns()
{
    static const QStringList columns { QStringLiteral("id"), QStringLiteral("section_id"),
        QStringLiteral("indicator_en"), QStringLiteral("higher_is_better"), QStringLiteral("value_text"),
        QStringLiteral("gap"), QStringLiteral("gap_unit"), QStringLiteral("rank_scope"), QStringLiteral("target_text"),
        QStringLiteral("completion"), QStringLiteral("note"), QStringLiteral("section_en"),
        QStringLiteral("section_short"), QStringLiteral("section_short_en"), QStringLiteral("unit_en"),
        QStringLiteral("value_text_en"), QStringLiteral("period_en"), QStringLiteral("rank_scope_en"),
        QStringLiteral("target_text_en"), QStringLiteral("note_en"), QStringLiteral("editor_note") };
    return columns;
}

LoadResult CsvBulletinReader::read(const QByteArray &bytes, const QString &displayName)
{
    LoadResult result;
    const DecodedText decoded = TextDecoder::decodeUtf8OrGb18030(bytes);
    if (!decoded.ok) {
        result.problems.append({ displayName, decoded.errorLine, decoded.errorColumn, QString(),
            decoded.errorMessage.isEmpty() ? tr("text is neither UTF-8 nor GB18030") : decoded.errorMessage });
        return result;
    }
    const CsvTable table = CsvTable::parse(decoded.text);
    if (!table.ok) {
        result.problems.append({ displayName, table.errorLine, table.errorColumn, QString(), table.errorMessage });
        return result;
    }
    if (table.rows.isEmpty()) {
        result.problems.append({ displayName, 1, 1, QString(),
            tr("the file is empty (expected a header row: %1)").arg(requiredColumns().join(QLatin1Char(','))) });
        return result;
    }

    const CsvTable::Row &header = table.rows.first();
    QHash<QString, int> columns;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (columns.contains(name)) {
            result.problems.append({ displayName, header.line, 0, QStringLiteral("column %1").arg(name),
                tr("the header names this column twice") });
            continue;
        }
        columns.insert(name, c);
    }
    QStringList missing;
    for (const QString &column : requiredColumns()) {
        if (!columns.contains(column))
            missing.append(column);
    }
    if (!missing.isEmpty())
        result.problems.append({ displayName, header.line, 0, QString(),
            tr("the header lacks column(s) %1 (expected: %2)")
                .arg(missing.join(QStringLiteral(", ")), requiredColumns().join(QLatin1Char(','))) });
    if (!result.problems.isEmpty())
        return result;

    Document document;
    document.id = idFromFileName(displayName);
    document.title = QFileInfo(displayName).completeBaseName();
    QHash<QString, int> sectionIndexByKey;
    QHash<QString, int> periodCounts;
    QList<QList<int>> rowLines; // per section, per indicator: the CSV line it came from
    const bool hasIdColumn = columns.contains(QStringLiteral("id"));
    const bool hasSectionIdColumn = columns.contains(QStringLiteral("section_id"));
    const bool decimalPoint = hasDecimalPoint(table, columns);

    // Ids are made up only for rows and sections that have none, after every id the table gives is known, and never
    // one of those: a row without id on line 3 gets "r3-2" when another row is "r3".
    QSet<QString> takenIds;
    QSet<QString> takenSectionIds;
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const CsvTable::Row &row = table.rows.at(r);
        const QString id = CsvTable::unprotectFromFormula(cellText(row, columns, QStringLiteral("id")));
        if (!id.trimmed().isEmpty())
            takenIds.insert(id);
        const QString sectionId = CsvTable::unprotectFromFormula(cellText(row, columns, QStringLiteral("section_id")));
        if (!sectionId.isEmpty())
            takenSectionIds.insert(sectionId);
    }
    const auto madeUp = [](QSet<QString> &taken, const QString &base, int number) {
        QString id = base + QString::number(number);
        for (int n = 2; taken.contains(id); ++n)
            id = base + QString::number(number) + QLatin1Char('-') + QString::number(n);
        taken.insert(id);
        return id;
    };

    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        if (result.problems.size() >= BulletinLoader::MaxReportedProblems)
            break;
        const CsvTable::Row &row = table.rows.at(r);
        if (row.fields.size() != header.fields.size()) {
            result.problems.append({ displayName, row.line, 0, QString(),
                tr("expected %1 fields as in the header, found %2").arg(header.fields.size()).arg(row.fields.size()) });
            continue;
        }
        const RowReader reader(row, columns, displayName, result.problems, decimalPoint);
        const QString sectionTitle = reader.text(QStringLiteral("section"));
        if (sectionTitle.isEmpty())
            reader.report(QStringLiteral("section"), tr("expected a section title, found an empty field"));
        Indicator indicator;
        indicator.name = reader.text(QStringLiteral("indicator"));
        if (indicator.name.isEmpty())
            reader.report(QStringLiteral("indicator"), tr("expected an indicator name, found an empty field"));
        indicator.id = hasIdColumn && reader.has(QStringLiteral("id"))
            ? reader.text(QStringLiteral("id"))
            : madeUp(takenIds, QStringLiteral("r"), row.line);
        indicator.nameEn = reader.text(QStringLiteral("indicator_en"));
        indicator.value = reader.number(QStringLiteral("value"));
        indicator.valueText = reader.text(QStringLiteral("value_text"));
        indicator.unit = reader.text(QStringLiteral("unit"));
        indicator.period = reader.text(QStringLiteral("period"));
        indicator.higherIsBetter = reader.boolean(QStringLiteral("higher_is_better"), true);
        indicator.provinceValue = reader.number(QStringLiteral("province_value"));
        indicator.provinceDerived = reader.boolean(QStringLiteral("province_derived"), false);
        indicator.statedGap = reader.number(QStringLiteral("gap"));
        indicator.gapUnit = reader.text(QStringLiteral("gap_unit"));
        indicator.rank = reader.integer(QStringLiteral("rank"));
        indicator.rankOf = reader.integer(QStringLiteral("rank_of"));
        indicator.rankScope = reader.text(QStringLiteral("rank_scope"));
        indicator.targetText = reader.text(QStringLiteral("target_text"));
        indicator.completionPercent = reader.number(QStringLiteral("completion"));
        indicator.note = reader.text(QStringLiteral("note"));
        indicator.valueTextEn = reader.text(QStringLiteral("value_text_en"));
        indicator.unitEn = reader.text(QStringLiteral("unit_en"));
        indicator.periodEn = reader.text(QStringLiteral("period_en"));
        indicator.rankScopeEn = reader.text(QStringLiteral("rank_scope_en"));
        indicator.targetTextEn = reader.text(QStringLiteral("target_text_en"));
        indicator.noteEn = reader.text(QStringLiteral("note_en"));
        indicator.editorNote = reader.text(QStringLiteral("editor_note"));
        indicator.source = reader.text(QStringLiteral("source"));
        if (!indicator.period.isEmpty())
            ++periodCounts[indicator.period];

        const QString sectionId = hasSectionIdColumn ? reader.text(QStringLiteral("section_id")) : QString();
        const QString key
            = sectionId.isEmpty() ? QStringLiteral("title:") + sectionTitle : QStringLiteral("id:") + sectionId;
        int sectionIndex = sectionIndexByKey.value(key, -1);
        if (sectionIndex < 0) {
            Section section;
            section.id = sectionId.isEmpty()
                ? madeUp(takenSectionIds, QStringLiteral("s"), int(document.sections.size()) + 1)
                : sectionId;
            section.title = sectionTitle;
            section.titleEn = reader.text(QStringLiteral("section_en"));
            section.titleShort = reader.text(QStringLiteral("section_short"));
            section.titleShortEn = reader.text(QStringLiteral("section_short_en"));
            sectionIndex = int(document.sections.size());
            sectionIndexByKey.insert(key, sectionIndex);
            document.sections.append(section);
            rowLines.append(QList<int>());
        }
        document.sections[sectionIndex].indicators.append(indicator);
        rowLines[sectionIndex].append(row.line);
    }
    if (!result.problems.isEmpty())
        return result;
    if (document.sections.isEmpty()) {
        result.problems.append(
            { displayName, header.line + 1, 0, QString(), tr("the table has a header but no indicator rows") });
        return result;
    }

    int bestCount = 0;
    for (auto it = periodCounts.cbegin(); it != periodCounts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < document.period)) {
            bestCount = it.value();
            document.period = it.key();
        }
    }
    for (const Section &section : std::as_const(document.sections)) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.rankOf)
                document.comparisonUnits = qMax(document.comparisonUnits, *indicator.rankOf);
            if (document.periodEn.isEmpty() && indicator.period == document.period)
                document.periodEn = indicator.periodEn;
        }
    }
    DefaultCharts::deriveAll(document);

    result.problems = BulletinValidator::validate(document, [&](const FieldRef &ref) {
        LoadProblem where { displayName, 0, 0, BulletinValidator::jsonPath(ref), QString() };
        if (ref.kind == FieldRef::Kind::Indicator) {
            where.line = rowLines.at(ref.section).at(ref.item);
            where.path = QStringLiteral("column %1")
                             .arg(ref.field == QStringLiteral("name") ? QStringLiteral("indicator") : ref.field);
        } else if (ref.kind == FieldRef::Kind::Section && ref.field.isEmpty()) {
            where.line = rowLines.at(ref.section).first();
            where.path = QStringLiteral("column section");
        } else if ((ref.kind == FieldRef::Kind::Section || ref.kind == FieldRef::Kind::Chart)
            && ref.field == QLatin1String("id")) {
            // Section ids, and the ids of the charts derived from them, come from the section_id column.
            where.line = rowLines.at(ref.section).first();
            where.path = QStringLiteral("column section_id");
        }
        return where;
    });
    if (result.problems.isEmpty())
        result.document = std::make_shared<const Document>(std::move(document));
    else
        result.draft = std::make_shared<const Document>(std::move(document));
    return result;
}

} // namespace Bulletin
