#pragma once

#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QStringList>
#include <bulletin.h>

class QSettings;

// What goes into a printed briefing. The first page (title, key figures, comparison with the province) is
// always there; sections, charts, tables and full text are chosen.
struct BriefingOptions
{
    // Language of the sheet's own words (headings, header, footer); the bulletin's text stays as written.
    using Language = Bulletin::Language;

    // Ids of the sections to include, in the document's order; empty when none is chosen.
    QStringList sectionIds;
    bool includeCharts = true;
    bool includeTables = true;
    bool includeFullText = true;
    Language language = Language::Chinese;
    // The "generated on" date; today when invalid.
    QDate generatedOn;
    // The masthead's issuing unit ("衡阳市统计局") and issue ("12", printed 第12期 / No. 12; other wording such as
    // "总第123期" as written). Left out when empty. The user's, not the bulletin's: remembered across bulletins.
    QString issuingUnit;
    QString issue;
    // Body text in a Song (Ming) serif face instead of the sans; the sans stands in when the face is missing.
    bool serifBody = false;
    // For black-and-white printers: city and province told apart by pattern and label, not by hue alone.
    bool grayscale = false;

    // Every section of the document, everything included.
    static BriefingOptions everything(const Bulletin::Document &document);
    // Remembered choices: sections the user left out are stored, so that sections new to a bulletin (and
    // every section of another bulletin) are included by default.
    static BriefingOptions load(const Bulletin::Document &document, const QSettings &settings);
    void save(const Bulletin::Document &document, QSettings &settings) const;

    bool includes(const QString &sectionId) const { return sectionIds.contains(sectionId); }
    QDate effectiveDate() const { return generatedOn.isValid() ? generatedOn : QDate::currentDate(); }

    // A4 portrait with 20 mm side margins; header and footer lie inside the margins.
    static QPageLayout pageLayout(
        QPageSize::PageSizeId paper = QPageSize::A4, QPageLayout::Orientation orientation = QPageLayout::Portrait);
};
