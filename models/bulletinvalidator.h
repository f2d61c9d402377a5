#pragma once

#include "bulletin.h"
#include "loadproblem.h"

#include <QCoreApplication>
#include <functional>

namespace Bulletin {

// Names a field of a Document so that each reader can say where it came from in its file.
struct FieldRef
{
    enum class Kind { Bulletin, Section, Indicator, Chart, KeyFigure };
    Kind kind = Kind::Bulletin;
    int section = -1;
    int item = -1; // indicator, chart or key figure index
    QString field;
};

// Rules that hold across fields (unique ids, references, ranks, chart needs) and the rules of
// docs/bulletin.schema.json that CSV bulletins must keep too (finite numbers, ids, an empty source, a negative
// completion).
class BulletinValidator
{
    Q_DECLARE_TR_FUNCTIONS(BulletinValidator)

public:
    using Locator = std::function<LoadProblem(const FieldRef &)>;

    // The window shows a tab per section, and Qt's tab bar takes time quadratic in the number of tabs (about a
    // second for 1,000, a minute for 8,000): more sections than this are refused rather than left to hang.
    static constexpr int MaxSections = 1000;

    static QList<LoadProblem> validate(const Document &document, const Locator &locate);
    static bool isValidId(const QString &id);
    // The JSON field path of a reference, e.g. "sections[2].indicators[4].value".
    static QString jsonPath(const FieldRef &ref);
};

} // namespace Bulletin
