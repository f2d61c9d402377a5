#include "bulletinvalidator.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace Bulletin {

namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(BulletinValidator)

public:
    Checker(const Document &document, const BulletinValidator::Locator &locate)
        : m_document(document)
        , m_locate(locate)
    { }

    QList<LoadProblem> run()
    {
        if (m_document.sections.size() > BulletinValidator::MaxSections)
            report({ FieldRef::Kind::Section, BulletinValidator::MaxSections, -1, QString() },
                tr("a bulletin may have at most %1 sections (the window shows a tab for each), found %2")
                    .arg(BulletinValidator::MaxSections)
                    .arg(m_document.sections.size()));
        m_firstIndicatorWithId.reserve(m_document.indicatorCount());
        checkHeader();
        checkIds();
        checkIndicators();
        checkCharts();
        checkKeyFigures();
        return m_problems;
    }

private:
    void report(const FieldRef &ref, const QString &message)
    {
        LoadProblem problem = m_locate(ref);
        problem.message = message;
        m_problems.append(problem);
    }

    static QString whereText(const LoadProblem &where)
    {
        return where.line > 0 ? QStringLiteral("line %1").arg(where.line) : where.path;
    }

    static FieldRef indicatorRef(int section, int item, const QString &field)
    {
        return { FieldRef::Kind::Indicator, section, item, field };
    }

    void checkHeader()
    {
        if (!BulletinValidator::isValidId(m_document.id))
            report({ FieldRef::Kind::Bulletin, -1, -1, QStringLiteral("id") },
                tr("expected an id of letters, digits, '_' or '-', found \"%1\"").arg(m_document.id));
        // ISO 8601 as the schema's "date" has it: four-digit year, month and day, a day that exists.
        static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QString &date = m_document.publicationDate;
        if (!date.isEmpty()
            && !(isoDate.match(date).hasMatch() && QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid()))
            report({ FieldRef::Kind::Bulletin, -1, -1, QStringLiteral("publication_date") },
                tr("expected a date such as 2020-07-16, found \"%1\"").arg(date));
    }

    void checkIds()
    {
        QHash<QString, int> sectionIds;
        for (int s = 0; s < m_document.sections.size(); ++s) {
            const Section &section = m_document.sections.at(s);
            m_allSectionIds.insert(section.id);
            if (!BulletinValidator::isValidId(section.id))
                report({ FieldRef::Kind::Section, s, -1, QStringLiteral("id") },
                    tr("expected an id of letters, digits, '_' or '-', found \"%1\"").arg(section.id));
            else if (sectionIds.contains(section.id))
                report({ FieldRef::Kind::Section, s, -1, QStringLiteral("id") },
                    tr("duplicate section id \"%1\" (first used by section %2)")
                        .arg(section.id)
                        .arg(sectionIds.value(section.id) + 1));
            else
                sectionIds.insert(section.id, s);

            for (int i = 0; i < section.indicators.size(); ++i) {
                const QString &id = section.indicators.at(i).id;
                // One lookup serves the duplicate check and, later, every reference: a scan per reference
                // (Document::findIndicator) is quadratic in a large bulletin.
                const auto first = m_firstIndicatorWithId.constFind(id);
                if (!BulletinValidator::isValidId(id)) {
                    report(indicatorRef(s, i, QStringLiteral("id")),
                        tr("expected an id of letters, digits, '_' or '-', found \"%1\"").arg(id));
                } else if (first != m_firstIndicatorWithId.cend()) {
                    report(indicatorRef(s, i, QStringLiteral("id")),
                        tr("duplicate indicator id \"%1\" (first used at %2)")
                            .arg(id,
                                whereText(m_locate(indicatorRef(first->section, first->item, QStringLiteral("id"))))));
                }
                if (first == m_firstIndicatorWithId.cend())
                    m_firstIndicatorWithId.insert(id, { s, i });
            }
            for (int c = 0; c < section.charts.size(); ++c) {
                const QString &id = section.charts.at(c).id;
                const FieldRef ref { FieldRef::Kind::Chart, s, c, QStringLiteral("id") };
                if (!BulletinValidator::isValidId(id))
                    report(ref, tr("expected an id of letters, digits, '_' or '-', found \"%1\"").arg(id));
                else if (m_chartIds.contains(id))
                    report(ref, tr("duplicate chart id \"%1\"").arg(id));
                else
                    m_chartIds.insert(id);
            }
        }
    }

    void checkNumber(int s, int i, const QString &field, const std::optional<double> &number)
    {
        if (number && !std::isfinite(*number))
            report(indicatorRef(s, i, field), tr("expected a finite number"));
        else if (number && std::fabs(*number) > MaxMagnitude)
            report(indicatorRef(s, i, field),
                tr("expected a number from -1e15 to 1e15, found %1").arg(*number, 0, 'g', 17));
    }

    void checkIndicators()
    {
        for (int s = 0; s < m_document.sections.size(); ++s) {
            const QList<Indicator> &indicators = m_document.sections.at(s).indicators;
            for (int i = 0; i < indicators.size(); ++i) {
                const Indicator &indicator = indicators.at(i);
                checkNumber(s, i, QStringLiteral("value"), indicator.value);
                checkNumber(s, i, QStringLiteral("province_value"), indicator.provinceValue);
                checkNumber(s, i, QStringLiteral("gap"), indicator.statedGap);
                checkNumber(s, i, QStringLiteral("completion"), indicator.completionPercent);
                if (indicator.completionPercent && *indicator.completionPercent < 0)
                    report(indicatorRef(s, i, QStringLiteral("completion")),
                        tr("expected a share of the target of at least 0 percent, found %1")
                            .arg(*indicator.completionPercent));
                if (indicator.source.isEmpty())
                    report(indicatorRef(s, i, QStringLiteral("source")),
                        tr("expected the sentence the figure comes from, found an empty text"));
                if (!indicator.value && indicator.valueText.isEmpty() && !indicator.rank)
                    report(indicatorRef(s, i, QStringLiteral("value")),
                        tr("expected a value, a value_text or a rank; the indicator has none"));
                if (indicator.rank.has_value() != indicator.rankOf.has_value()) {
                    report(indicatorRef(s, i, indicator.rank ? QStringLiteral("rank_of") : QStringLiteral("rank")),
                        tr("rank and rank_of must be given together"));
                } else if (indicator.rankOf && *indicator.rankOf < 1) {
                    report(indicatorRef(s, i, QStringLiteral("rank_of")),
                        tr("expected at least 1 units ranked, found %1").arg(*indicator.rankOf));
                } else if (indicator.rank && (*indicator.rank < 1 || *indicator.rank > *indicator.rankOf)) {
                    report(indicatorRef(s, i, QStringLiteral("rank")),
                        tr("expected a rank within 1..%1, found %2").arg(*indicator.rankOf).arg(*indicator.rank));
                }
                if (indicator.provinceDerived && !indicator.provinceValue)
                    report(indicatorRef(s, i, QStringLiteral("province_derived")),
                        tr("province_derived is true but there is no province_value"));
            }
        }
    }

    void checkCharts()
    {
        for (int s = 0; s < m_document.sections.size(); ++s) {
            const QList<ChartSpec> &charts = m_document.sections.at(s).charts;
            for (int c = 0; c < charts.size(); ++c) {
                const ChartSpec &chart = charts.at(c);
                if (chart.indicatorIds.isEmpty())
                    report({ FieldRef::Kind::Chart, s, c, QStringLiteral("indicators") },
                        tr("a chart needs at least one indicator; chart \"%1\" has none").arg(chart.id));
                QSet<QString> units;
                for (int k = 0; k < chart.indicatorIds.size(); ++k) {
                    const QString &id = chart.indicatorIds.at(k);
                    const auto reportHere = [&](const QString &message) {
                        this->report({ FieldRef::Kind::Chart, s, c, QStringLiteral("indicators[%1]").arg(k) }, message);
                    };
                    const auto position = m_firstIndicatorWithId.constFind(id);
                    const Indicator *indicator = position == m_firstIndicatorWithId.cend()
                        ? nullptr
                        : &m_document.sections.at(position->section).indicators.at(position->item);
                    if (!indicator) {
                        reportHere(tr("chart \"%1\" names unknown indicator \"%2\"").arg(chart.id, id));
                        continue;
                    }
                    switch (chart.kind) {
                    case ChartKind::Comparison:
                        if (!indicator->hasProvinceComparison())
                            reportHere(tr("a comparison chart needs value and province_value; "
                                          "indicator \"%1\" lacks them")
                                           .arg(id));
                        break;
                    case ChartKind::Ranking:
                        if (!indicator->hasRank())
                            reportHere(tr("a ranking chart needs a rank; indicator \"%1\" has none").arg(id));
                        break;
                    case ChartKind::Bars:
                        if (!indicator->value)
                            reportHere(tr("a bar chart needs a value; indicator \"%1\" has none").arg(id));
                        units.insert(indicator->unit);
                        break;
                    }
                }
                if (units.size() > 1)
                    report({ FieldRef::Kind::Chart, s, c, QStringLiteral("indicators") },
                        tr("a bar chart needs indicators of one unit; chart \"%1\" mixes %2")
                            .arg(chart.id, QStringList(units.cbegin(), units.cend()).join(QStringLiteral(", "))));
            }
        }
    }

    void checkKeyFigures()
    {
        for (int k = 0; k < m_document.keyFigures.size(); ++k) {
            const KeyFigure &figure = m_document.keyFigures.at(k);
            if (figure.number < 1)
                report({ FieldRef::Kind::KeyFigure, -1, k, QStringLiteral("number") },
                    tr("expected a number of at least 1, as printed, found %1").arg(figure.number));
            if (!m_allSectionIds.contains(figure.sectionId))
                report({ FieldRef::Kind::KeyFigure, -1, k, QStringLiteral("section") },
                    tr("names unknown section \"%1\"").arg(figure.sectionId));
            if (!m_firstIndicatorWithId.contains(figure.indicatorId))
                report({ FieldRef::Kind::KeyFigure, -1, k, QStringLiteral("indicator") },
                    tr("names unknown indicator \"%1\"").arg(figure.indicatorId));
        }
    }

    const Document &m_document;
    const BulletinValidator::Locator &m_locate;
    QList<LoadProblem> m_problems;
    struct Position
    {
        int section;
        int item;
    };
    QHash<QString, Position> m_firstIndicatorWithId;
    QSet<QString> m_allSectionIds;
    QSet<QString> m_chartIds;
};

} // namespace

QList<LoadProblem> BulletinValidator::validate(const Document &document, const Locator &locate)
{
    return Checker(document, locate).run();
}

bool BulletinValidator::isValidId(const QString &id)
{
    // [A-Za-z0-9_-]{1,MaxIdLength}, by hand: a regular expression match per id took most of the validation time.
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool valid = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-';
        if (!valid)
            return false;
    }
    return true;
}

QString BulletinValidator::jsonPath(const FieldRef &ref)
{
    QString path;
    switch (ref.kind) {
    case FieldRef::Kind::Bulletin:
        path = QStringLiteral("bulletin");
        break;
    case FieldRef::Kind::Section:
        path = QStringLiteral("sections[%1]").arg(ref.section);
        break;
    case FieldRef::Kind::Indicator:
        path = QStringLiteral("sections[%1].indicators[%2]").arg(ref.section).arg(ref.item);
        break;
    case FieldRef::Kind::Chart:
        path = QStringLiteral("sections[%1].charts[%2]").arg(ref.section).arg(ref.item);
        break;
    case FieldRef::Kind::KeyFigure:
        path = QStringLiteral("key_figures[%1]").arg(ref.item);
        break;
    }
    if (!ref.field.isEmpty())
        path += QLatin1Char('.') + ref.field;
    return path;
}

} // namespace Bulletin
