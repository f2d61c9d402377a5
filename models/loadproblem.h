#pragma once

#include <QList>
#include <QString>

namespace Bulletin {

// One located problem found while reading a bulletin file.
struct LoadProblem
{
    QString file;
    int line = 0; // 1-based; 0 when not known
    int column = 0; // 1-based; 0 when not known
    QString path; // field path such as "sections[2].indicators[4].value", or a CSV column name
    QString message;

    QString toString() const;
};

QString describeProblems(const QList<LoadProblem> &problems);

} // namespace Bulletin
