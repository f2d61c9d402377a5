#include "bulletinwriter.h"

#include "csvbulletinreader.h"
#include "csvtable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Bulletin {

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

void insertText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

void insertNumber(QJsonObject &object, const QString &key, const std::optional<double> &number)
{
    if (number)
        object.insert(key, *number);
}

QJsonObject indicatorToJson(const Indicator &indicator)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), indicator.id);
    object.insert(QStringLiteral("name"), indicator.name);
    insertText(object, QStringLiteral("name_en"), indicator.nameEn);
    object.insert(QStringLiteral("value"), indicator.value ? QJsonValue(*indicator.value) : QJsonValue());
    insertText(object, QStringLiteral("value_text"), indicator.valueText);
    object.insert(QStringLiteral("unit"), indicator.unit);
    insertText(object, QStringLiteral("period"), indicator.period);
    object.insert(QStringLiteral("higher_is_better"), indicator.higherIsBetter);
    insertNumber(object, QStringLiteral("province_value"), indicator.provinceValue);
    if (indicator.provinceValue)
        object.insert(QStringLiteral("province_derived"), indicator.provinceDerived);
    insertNumber(object, QStringLiteral("gap"), indicator.statedGap);
    insertText(object, QStringLiteral("gap_unit"), indicator.gapUnit);
    if (indicator.rank)
        object.insert(QStringLiteral("rank"), *indicator.rank);
    if (indicator.rankOf)
        object.insert(QStringLiteral("rank_of"), *indicator.rankOf);
    insertText(object, QStringLiteral("rank_scope"), indicator.rankScope);
    insertText(object, QStringLiteral("target_text"), indicator.targetText);
    insertNumber(object, QStringLiteral("completion"), indicator.completionPercent);
    insertText(object, QStringLiteral("note"), indicator.note);
    object.insert(QStringLiteral("source"), indicator.source);
    return object;
}

} // namespace

QByteArray BulletinWriter::toJson(const Document &document)
{
    QJsonObject header;
    header.insert(QStringLiteral("id"), document.id);
    header.insert(QStringLiteral("title"), document.title);
    insertText(header, QStringLiteral("subtitle"), document.subtitle);
    insertText(header, QStringLiteral("title_en"), document.titleEn);
    insertText(header, QStringLiteral("newspaper"), document.newspaper);
    insertText(header, QStringLiteral("publication_date"), document.publicationDate);
    insertText(header, QStringLiteral("reporter"), document.reporter);
    header.insert(QStringLiteral("period"), document.period);
    insertText(header, QStringLiteral("period_en"), document.periodEn);
    header.insert(QStringLiteral("region"), document.region);
    insertText(header, QStringLiteral("region_en"), document.regionEn);
    insertText(header, QStringLiteral("comparison_region"), document.comparisonRegion);
    insertText(header, QStringLiteral("comparison_region_en"), document.comparisonRegionEn);
    if (document.comparisonUnits > 0)
        header.insert(QStringLiteral("comparison_units"), document.comparisonUnits);
    insertText(header, QStringLiteral("intro"), document.intro);
    insertText(header, QStringLiteral("source_note"), document.sourceNote);
    if (document.synthetic)
        header.insert(QStringLiteral("synthetic"), true);

    QJsonArray figures;
    for (const KeyFigure &figure : document.keyFigures) {
        QJsonObject object;
        object.insert(QStringLiteral("number"), figure.number);
        object.insert(QStringLiteral("label"), figure.label);
        insertText(object, QStringLiteral("label_en"), figure.labelEn);
        object.insert(QStringLiteral("text"), figure.text);
        object.insert(QStringLiteral("section"), figure.sectionId);
        object.insert(QStringLiteral("indicator"), figure.indicatorId);
        figures.append(object);
    }

    QJsonArray sections;
    for (const Section &section : document.sections) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), section.id);
        object.insert(QStringLiteral("title"), section.title);
        insertText(object, QStringLiteral("title_en"), section.titleEn);
        object.insert(QStringLiteral("text"), section.text);
        QJsonArray indicators;
        for (const Indicator &indicator : section.indicators)
            indicators.append(indicatorToJson(indicator));
        object.insert(QStringLiteral("indicators"), indicators);
        QJsonArray charts;
        for (const ChartSpec &chart : section.charts) {
            QJsonObject chartObject;
            chartObject.insert(QStringLiteral("id"), chart.id);
            chartObject.insert(QStringLiteral("kind"), chartKindName(chart.kind));
            chartObject.insert(QStringLiteral("title"), chart.title);
            insertText(chartObject, QStringLiteral("title_en"), chart.titleEn);
            chartObject.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(chart.indicatorIds));
            charts.append(chartObject);
        }
        object.insert(QStringLiteral("charts"), charts);
        sections.append(object);
    }

    QJsonObject root;
    root.insert(QStringLiteral("format_version"), FormatVersion);
    root.insert(QStringLiteral("bulletin"), header);
    root.insert(QStringLiteral("key_figures"), figures);
    root.insert(QStringLiteral("sections"), sections);
    // Qt's parser drops a U+FEFF (a stray byte-order mark, as concatenated Excel files carry) that begins a
    // string, but keeps the escaped form; outside strings the character cannot occur in the output.
    return QJsonDocument(root).toJson(QJsonDocument::Indented).replace("\xEF\xBB\xBF", "\\ufeff");
}

QByteArray BulletinWriter::toCsv(const Document &document)
{
    const QStringList columns = CsvBulletinReader::requiredColumns() + CsvBulletinReader::optionalColumns();
    QString text = CsvTable::formatRow(columns);
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            const QString period = indicator.period.isEmpty() ? document.period : indicator.period;
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
