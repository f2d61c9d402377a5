#include "bulletinwriter.h"

#include "csvbulletinreader.h"
#include "csvtable.h"

#include <QFileInfo>
#include <QLocale>
#include <cmath>
#include <utility>

namespace Bulletin {

using namespace Qt::StringLiterals;

namespace {

QString formatNumber(const std::optional<double> &number)
{
    if (!number)
        return {};
    // 15 digits read as people wrote the figures (100000000, not 1e+08); 17 where 15 would not read back as the
    // same double, such as the largest finite ones, which 15 digits round up to infinity.
    const QString text = QString::number(*number, 'g', 15);
    bool ok = false;
    const double back = QLocale::c().toDouble(text, &ok);
    return ok && back == *number ? text : QString::number(*number, 'g', 17);
}

QString formatInteger(const std::optional<int> &number)
{
    return number ? QString::number(*number) : QString();
}

// JSON text written by hand rather than through QJsonDocument, which orders keys alphabetically and numbers as it
// likes: the order and the form below are part of the format's promise that a small edit makes a small diff.
QByteArray jsonString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    const auto escape = [&out](char16_t unit) {
        static const char hex[] = "0123456789abcdef";
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out.append(hex[(unit >> shift) & 0xf]);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        switch (unit) {
        case u'"':
            out.append("\\\"");
            continue;
        case u'\\':
            out.append("\\\\");
            continue;
        case u'\b':
            out.append("\\b");
            continue;
        case u'\f':
            out.append("\\f");
            continue;
        case u'\n':
            out.append("\\n");
            continue;
        case u'\r':
            out.append("\\r");
            continue;
        case u'\t':
            out.append("\\t");
            continue;
        // Qt's parser drops a U+FEFF (a stray byte-order mark, as concatenated Excel files carry) that begins a
        // string, but keeps the escaped form.
        case 0xfeff:
            escape(unit);
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            escape(unit);
        } else if (unit < 0x80) {
            out.append(char(unit));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(QStringView(text).mid(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            // A lone half of a pair has no UTF-8 form; escaped, it reads back as it was.
            escape(unit);
        } else {
            out.append(QStringView(text).mid(i, 1).toUtf8());
        }
    }
    out.append('"');
    return out;
}

// The shortest digits that read back as the same double, without an exponent where figures are written without one
// (10000000, 0.000001), so that a number written and read is written again the same.
QByteArray jsonNumber(double number)
{
    if (number == 0 || !std::isfinite(number))
        return QByteArrayLiteral("0");
    const double magnitude = std::fabs(number);
    const char format = magnitude >= 1e-6 && magnitude < 1e21 ? 'f' : 'g';
    return QByteArray::number(number, format, QLocale::FloatingPointShortest);
}

QByteArray jsonBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// Members in the order given, values already written at the member's depth.
using Members = QList<std::pair<QLatin1StringView, QByteArray>>;

QByteArray indentation(int depth)
{
    return QByteArray(depth * 2, ' ');
}

QByteArray jsonObject(const Members &members, int depth)
{
    if (members.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArray out("{\n");
    for (qsizetype m = 0; m < members.size(); ++m) {
        out += indentation(depth + 1) + '"' + QByteArray(members.at(m).first.data(), members.at(m).first.size())
            + "\": " + members.at(m).second;
        out += m + 1 < members.size() ? ",\n" : "\n";
    }
    return out + indentation(depth) + '}';
}

QByteArray jsonArray(const QList<QByteArray> &items, int depth)
{
    if (items.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out("[\n");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += indentation(depth + 1) + items.at(i);
        out += i + 1 < items.size() ? ",\n" : "\n";
    }
    return out + indentation(depth) + ']';
}

void addText(Members &members, QLatin1StringView key, const QString &text, bool required = false)
{
    if (required || !text.isEmpty())
        members.append({ key, jsonString(text) });
}

void addNumber(Members &members, QLatin1StringView key, const std::optional<double> &number)
{
    if (number)
        members.append({ key, jsonNumber(*number) });
}

void addInteger(Members &members, QLatin1StringView key, const std::optional<int> &number)
{
    if (number)
        members.append({ key, QByteArray::number(*number) });
}

QByteArray indicatorToJson(const Indicator &indicator, int depth)
{
    Members members;
    addText(members, "id"_L1, indicator.id, true);
    addText(members, "name"_L1, indicator.name, true);
    addText(members, "name_en"_L1, indicator.nameEn);
    members.append({ "value"_L1, indicator.value ? jsonNumber(*indicator.value) : QByteArrayLiteral("null") });
    addText(members, "value_text"_L1, indicator.valueText);
    addText(members, "value_text_en"_L1, indicator.valueTextEn);
    addText(members, "unit"_L1, indicator.unit, true);
    addText(members, "unit_en"_L1, indicator.unitEn);
    addText(members, "period"_L1, indicator.period);
    addText(members, "period_en"_L1, indicator.periodEn);
    if (!indicator.higherIsBetter)
        members.append({ "higher_is_better"_L1, jsonBool(false) });
    addNumber(members, "province_value"_L1, indicator.provinceValue);
    if (indicator.provinceValue || indicator.provinceDerived)
        members.append({ "province_derived"_L1, jsonBool(indicator.provinceDerived) });
    addNumber(members, "gap"_L1, indicator.statedGap);
    addText(members, "gap_unit"_L1, indicator.gapUnit);
    addInteger(members, "rank"_L1, indicator.rank);
    addInteger(members, "rank_of"_L1, indicator.rankOf);
    addText(members, "rank_scope"_L1, indicator.rankScope);
    addText(members, "rank_scope_en"_L1, indicator.rankScopeEn);
    addText(members, "target_text"_L1, indicator.targetText);
    addText(members, "target_text_en"_L1, indicator.targetTextEn);
    addNumber(members, "completion"_L1, indicator.completionPercent);
    addText(members, "note"_L1, indicator.note);
    addText(members, "note_en"_L1, indicator.noteEn);
    addText(members, "editor_note"_L1, indicator.editorNote);
    addText(members, "source"_L1, indicator.source, true);
    return jsonObject(members, depth);
}

QByteArray chartToJson(const ChartSpec &chart, int depth)
{
    Members members;
    addText(members, "id"_L1, chart.id, true);
    members.append({ "kind"_L1, jsonString(chartKindName(chart.kind)) });
    addText(members, "title"_L1, chart.title, true);
    addText(members, "title_en"_L1, chart.titleEn);
    QList<QByteArray> ids;
    ids.reserve(chart.indicatorIds.size());
    for (const QString &id : chart.indicatorIds)
        ids.append(jsonString(id));
    members.append({ "indicators"_L1, jsonArray(ids, depth + 1) });
    return jsonObject(members, depth);
}

QByteArray sectionToJson(const Section &section, int depth)
{
    Members members;
    addText(members, "id"_L1, section.id, true);
    addText(members, "title"_L1, section.title, true);
    addText(members, "title_en"_L1, section.titleEn);
    addText(members, "title_short"_L1, section.titleShort);
    addText(members, "title_short_en"_L1, section.titleShortEn);
    addText(members, "text"_L1, section.text, true);
    QList<QByteArray> indicators;
    indicators.reserve(section.indicators.size());
    for (const Indicator &indicator : section.indicators)
        indicators.append(indicatorToJson(indicator, depth + 2));
    members.append({ "indicators"_L1, jsonArray(indicators, depth + 1) });
    QList<QByteArray> charts;
    for (const ChartSpec &chart : section.charts)
        charts.append(chartToJson(chart, depth + 2));
    members.append({ "charts"_L1, jsonArray(charts, depth + 1) });
    return jsonObject(members, depth);
}

QByteArray keyFigureToJson(const KeyFigure &figure, int depth)
{
    Members members;
    members.append({ "number"_L1, QByteArray::number(figure.number) });
    addText(members, "label"_L1, figure.label, true);
    addText(members, "label_en"_L1, figure.labelEn);
    addText(members, "text"_L1, figure.text, true);
    addText(members, "section"_L1, figure.sectionId, true);
    addText(members, "indicator"_L1, figure.indicatorId, true);
    return jsonObject(members, depth);
}

QByteArray headerToJson(const Document &document, int depth)
{
    Members members;
    addText(members, "id"_L1, document.id, true);
    addText(members, "title"_L1, document.title, true);
    addText(members, "subtitle"_L1, document.subtitle);
    addText(members, "title_en"_L1, document.titleEn);
    addText(members, "newspaper"_L1, document.newspaper);
    addText(members, "publication_date"_L1, document.publicationDate);
    addText(members, "reporter"_L1, document.reporter);
    addText(members, "reporter_en"_L1, document.reporterEn);
    addText(members, "period"_L1, document.period, true);
    addText(members, "period_en"_L1, document.periodEn);
    addText(members, "region"_L1, document.region, true);
    addText(members, "region_en"_L1, document.regionEn);
    addText(members, "comparison_region"_L1, document.comparisonRegion);
    addText(members, "comparison_region_en"_L1, document.comparisonRegionEn);
    if (document.comparisonUnits > 0)
        members.append({ "comparison_units"_L1, QByteArray::number(document.comparisonUnits) });
    addText(members, "intro"_L1, document.intro);
    addText(members, "source_note"_L1, document.sourceNote);
    if (document.synthetic)
        members.append({ "synthetic"_L1, jsonBool(true) });
    return jsonObject(members, depth);
}

} // namespace

QByteArray BulletinWriter::toJson(const Document &document)
{
    QList<QByteArray> figures;
    for (const KeyFigure &figure : document.keyFigures)
        figures.append(keyFigureToJson(figure, 2));
    QList<QByteArray> sections;
    sections.reserve(document.sections.size());
    for (const Section &section : document.sections)
        sections.append(sectionToJson(section, 2));
    const Members root {
        { "format_version"_L1, QByteArray::number(FormatVersion) },
        { "bulletin"_L1, headerToJson(document, 1) },
        { "key_figures"_L1, jsonArray(figures, 1) },
        { "sections"_L1, jsonArray(sections, 1) },
    };
    return jsonObject(root, 0) + '\n';
}

QByteArray BulletinWriter::toCsv(const Document &document)
{
    const QStringList columns = CsvBulletinReader::requiredColumns() + CsvBulletinReader::optionalColumns();
    QString text = CsvTable::formatRow(columns);
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            const QString period = indicator.period.isEmpty() ? document.period : indicator.period;
            const QString periodEn = indicator.period.isEmpty() ? document.periodEn : indicator.periodEn;
            const auto cell = &CsvTable::protectFromFormula;
            const QStringList fields {
                cell(section.title),
                cell(indicator.name),
                formatNumber(indicator.value),
                cell(indicator.unit),
                formatNumber(indicator.provinceValue),
                indicator.provinceValue ? (indicator.provinceDerived ? QStringLiteral("true") : QStringLiteral("false"))
                                        : QString(),
                formatInteger(indicator.rank),
                formatInteger(indicator.rankOf),
                cell(period),
                cell(indicator.source),
                cell(indicator.id),
                cell(section.id),
                cell(indicator.nameEn),
                indicator.higherIsBetter ? QStringLiteral("true") : QStringLiteral("false"),
                cell(indicator.valueText),
                formatNumber(indicator.statedGap),
                cell(indicator.gapUnit),
                cell(indicator.rankScope),
                cell(indicator.targetText),
                formatNumber(indicator.completionPercent),
                cell(indicator.note),
                cell(section.titleEn),
                cell(section.titleShort),
                cell(section.titleShortEn),
                cell(indicator.unitEn),
                cell(indicator.valueTextEn),
                cell(periodEn),
                cell(indicator.rankScopeEn),
                cell(indicator.targetTextEn),
                cell(indicator.noteEn),
                cell(indicator.editorNote),
            };
            text += CsvTable::formatRow(fields);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString BulletinWriter::writeFile(const Document &document, const QString &filePath, Overwrite overwrite)
{
    if (QFileInfo(filePath).isDir())
        return tr("%1: is a folder; give a file name ending in .csv or .json").arg(filePath);
    // Checked before the bulletin is serialised, which a refused export need not wait for.
    if (const QString refused = AtomicFile::check(filePath, overwrite); !refused.isEmpty())
        return refused;
    const bool csv = QFileInfo(filePath).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
    return AtomicFile::write(filePath, csv ? toCsv(document) : toJson(document), overwrite);
}

} // namespace Bulletin
