#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Bulletin {

// QJsonDocument keeps one value of a name given twice in an object and drops the other without a word; a bulletin
// with two "value" fields for one indicator is ambiguous, so it is refused.
class JsonDuplicateKeys
{
public:
    struct Duplicate
    {
        qsizetype offset = 0; // of the second occurrence's opening quote
        QString path; // field path of the duplicated name, e.g. "sections[0].indicators[1].value"
    };

    // json must be well-formed (QJsonDocument::fromJson accepted it).
    static std::optional<Duplicate> find(const QByteArray &json);
};

} // namespace Bulletin
