#include "briefingoptions.h"

#include "applanguage.h"

#include <QSettings>

namespace {

const auto ExcludedKey = "briefing/excludedSections";
const auto ChartsKey = "briefing/charts";
const auto TablesKey = "briefing/tables";
const auto FullTextKey = "briefing/fullText";
const auto LanguageKey = "briefing/language";
const auto IssuingUnitKey = "briefing/issuingUnit";
const auto IssueKey = "briefing/issue";
const auto SerifBodyKey = "briefing/serifBody";
const auto GrayscaleKey = "briefing/grayscale";

} // namespace

BriefingOptions BriefingOptions::everything(const Bulletin::Document &document)
{
    BriefingOptions options;
    for (const Bulletin::Section &section : document.sections)
        options.sectionIds.append(section.id);
    return options;
}

BriefingOptions BriefingOptions::load(const Bulletin::Document &document, const QSettings &settings)
{
    BriefingOptions options;
    const QStringList excluded = settings.value(QLatin1String(ExcludedKey)).toStringList();
    for (const Bulletin::Section &section : document.sections) {
        if (!excluded.contains(section.id))
            options.sectionIds.append(section.id);
    }
    options.includeCharts = settings.value(QLatin1String(ChartsKey), true).toBool();
    options.includeTables = settings.value(QLatin1String(TablesKey), true).toBool();
    options.includeFullText = settings.value(QLatin1String(FullTextKey), true).toBool();
    // Until the user picks one in the dialog, the sheet speaks the interface's language.
    const QString fallback = AppLanguage::name(AppLanguage::current());
    options.language = settings.value(QLatin1String(LanguageKey), fallback).toString() == QLatin1String("en")
        ? Language::English
        : Language::Chinese;
    options.issuingUnit = settings.value(QLatin1String(IssuingUnitKey)).toString().trimmed();
    options.issue = settings.value(QLatin1String(IssueKey)).toString().trimmed();
    options.serifBody = settings.value(QLatin1String(SerifBodyKey), false).toBool();
    options.grayscale = settings.value(QLatin1String(GrayscaleKey), false).toBool();
    return options;
}

void BriefingOptions::save(const Bulletin::Document &document, QSettings &settings) const
{
    // Exclusions of other bulletins are kept: ids of sections this one does not have stay as they were.
    QStringList excluded = settings.value(QLatin1String(ExcludedKey)).toStringList();
    for (const Bulletin::Section &section : document.sections) {
        excluded.removeAll(section.id);
        if (!includes(section.id))
            excluded.append(section.id);
    }
    settings.setValue(QLatin1String(ExcludedKey), excluded);
    settings.setValue(QLatin1String(ChartsKey), includeCharts);
    settings.setValue(QLatin1String(TablesKey), includeTables);
    settings.setValue(QLatin1String(FullTextKey), includeFullText);
    settings.setValue(
        QLatin1String(LanguageKey), language == Language::English ? QStringLiteral("en") : QStringLiteral("zh"));
    settings.setValue(QLatin1String(IssuingUnitKey), issuingUnit.trimmed());
    settings.setValue(QLatin1String(IssueKey), issue.trimmed());
    settings.setValue(QLatin1String(SerifBodyKey), serifBody);
    settings.setValue(QLatin1String(GrayscaleKey), grayscale);
}

QPageLayout BriefingOptions::pageLayout(QPageSize::PageSizeId paper, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(paper), orientation, QMarginsF(20, 14, 20, 12), QPageLayout::Millimeter);
}
