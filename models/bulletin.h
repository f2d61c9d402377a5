#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Plain data of one development bulletin, as described in docs/bulletin-format.md.
namespace Bulletin {

inline constexpr int FormatVersion = 1;
// Ids are [A-Za-z0-9_-]{1,MaxIdLength}, whether users wrote them or the program made them.
inline constexpr int MaxIdLength = 128;
// Figures are at most this large either way: ten thousand trillion, more than a nation's product in yuan. Beyond it a
// number is a mistake or an attack, and charts could not scale to it.
inline constexpr double MaxMagnitude = 1e15;

// The language a view, a chart, an export or a briefing speaks. Always given, never taken from the process
// locale: a briefing in English is printed from a Chinese interface, and the other way round.
enum class Language { Chinese, English };

// english when the language is English and the bulletin has it, else chinese.
QString preferred(Language language, const QString &chinese, const QString &english);

struct Indicator
{
    QString id;
    QString name;
    QString nameEn;
    std::optional<double> value;
    // Qualitative outcome written in words ("零死亡"); shown instead of the number when set.
    QString valueText;
    QString valueTextEn;
    QString unit;
    QString unitEn;
    QString period;
    QString periodEn;
    bool higherIsBetter = true;
    std::optional<double> provinceValue;
    // True when the bulletin only implies the provincial value (value minus a stated gap).
    bool provinceDerived = false;
    std::optional<double> statedGap;
    QString gapUnit;
    std::optional<int> rank;
    std::optional<int> rankOf;
    QString rankScope;
    QString rankScopeEn;
    QString targetText;
    QString targetTextEn;
    std::optional<double> completionPercent;
    // A remark for readers, printed with the figure.
    QString note;
    QString noteEn;
    // A remark for the bulletin's editors (how a figure was read from the text); never printed or shown to readers.
    QString editorNote;
    QString source;

    QString displayName(Language language) const { return preferred(language, name, nameEn); }
    QString displayValueText(Language language) const { return preferred(language, valueText, valueTextEn); }
    QString displayUnit(Language language) const { return preferred(language, unit, unitEn); }
    QString displayPeriod(Language language) const { return preferred(language, period, periodEn); }
    QString displayRankScope(Language language) const { return preferred(language, rankScope, rankScopeEn); }
    QString displayTargetText(Language language) const { return preferred(language, targetText, targetTextEn); }
    QString displayNote(Language language) const { return preferred(language, note, noteEn); }
    bool hasProvinceComparison() const { return value.has_value() && provinceValue.has_value(); }
    bool hasRank() const { return rank.has_value() && rankOf.has_value(); }
    std::optional<double> gap() const
    {
        if (!hasProvinceComparison())
            return std::nullopt;
        return *value - *provinceValue;
    }
};

enum class ChartKind {
    Comparison, // city against the provincial value, paired bars
    Ranking, // rank among the comparison region's units, 1st best
    Bars, // plain values sharing one unit
};

struct ChartSpec
{
    QString id;
    ChartKind kind = ChartKind::Bars;
    QString title;
    QString titleEn;
    QStringList indicatorIds;

    QString displayTitle(Language language) const { return preferred(language, title, titleEn); }
};

struct Section
{
    QString id;
    QString title;
    QString titleEn;
    // A few words for tabs, file names and slides ("经济运行", "Economy"); the title stands in when empty.
    QString titleShort;
    QString titleShortEn;
    QString text;
    QList<Indicator> indicators;
    QList<ChartSpec> charts;

    QString displayTitle(Language language) const { return preferred(language, title, titleEn); }
    QString displayShortTitle(Language language) const;
};

struct KeyFigure
{
    int number = 0;
    QString label;
    QString labelEn;
    QString text;
    QString sectionId;
    QString indicatorId;

    QString displayLabel(Language language) const { return preferred(language, label, labelEn); }
};

struct Document
{
    QString id;
    QString title;
    QString subtitle;
    QString titleEn;
    QString newspaper;
    QString publicationDate;
    QString reporter;
    // The reporter's name in Latin letters ("Chen Run").
    QString reporterEn;
    QString period;
    QString periodEn;
    QString region;
    QString regionEn;
    QString comparisonRegion;
    QString comparisonRegionEn;
    int comparisonUnits = 0;
    QString intro;
    QString sourceNote;
    bool synthetic = false;
    QList<KeyFigure> keyFigures;
    QList<Section> sections;

    QString displayTitle(Language language) const { return preferred(language, title, titleEn); }
    QString displayPeriod(Language language) const { return preferred(language, period, periodEn); }
    QString displayRegion(Language language) const { return preferred(language, region, regionEn); }
    QString displayComparisonRegion(Language language) const
    {
        return preferred(language, comparisonRegion, comparisonRegionEn);
    }

    int indicatorCount() const;
    const Section *findSection(const QString &sectionId) const;
    // Finds an indicator by id; sectionIndex/indicatorIndex receive its position when given.
    const Indicator *findIndicator(
        const QString &indicatorId, int *sectionIndex = nullptr, int *indicatorIndex = nullptr) const;
};

QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);

} // namespace Bulletin
