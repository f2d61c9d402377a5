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

// English when the default locale is English, as the interface language sets it; any other locale, the C locale
// of a build machine included, means the bulletin's own Chinese.
bool englishPreferred();
// english when English is preferred and the bulletin has it, else chinese.
QString preferred(const QString &chinese, const QString &english);

struct Indicator
{
    QString id;
    QString name;
    QString nameEn;
    std::optional<double> value;
    // Qualitative outcome written in words ("零死亡"); shown instead of the number when set.
    QString valueText;
    QString unit;
    QString period;
    bool higherIsBetter = true;
    std::optional<double> provinceValue;
    // True when the bulletin only implies the provincial value (value minus a stated gap).
    bool provinceDerived = false;
    std::optional<double> statedGap;
    QString gapUnit;
    std::optional<int> rank;
    std::optional<int> rankOf;
    QString rankScope;
    QString targetText;
    std::optional<double> completionPercent;
    QString note;
    QString source;

    QString displayName() const { return preferred(name, nameEn); }
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

    QString displayTitle() const { return preferred(title, titleEn); }
};

struct Section
{
    QString id;
    QString title;
    QString titleEn;
    QString text;
    QList<Indicator> indicators;
    QList<ChartSpec> charts;

    QString displayTitle() const { return preferred(title, titleEn); }
};

struct KeyFigure
{
    int number = 0;
    QString label;
    QString labelEn;
    QString text;
    QString sectionId;
    QString indicatorId;

    QString displayLabel() const { return preferred(label, labelEn); }
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

    QString displayTitle() const { return preferred(title, titleEn); }
    QString displayPeriod() const { return preferred(period, periodEn); }
    QString displayRegion() const { return preferred(region, regionEn); }
    QString displayComparisonRegion() const { return preferred(comparisonRegion, comparisonRegionEn); }

    int indicatorCount() const;
    const Section *findSection(const QString &sectionId) const;
    // Finds an indicator by id; sectionIndex/indicatorIndex receive its position when given.
    const Indicator *findIndicator(
        const QString &indicatorId, int *sectionIndex = nullptr, int *indicatorIndex = nullptr) const;
};

QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);

} // namespace Bulletin
