#include "loadproblem.h"

#include <QCoreApplication>

namespace Bulletin {

QString LoadProblem::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text = where + QStringLiteral(": ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

QString describeProblems(const QList<LoadProblem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const LoadProblem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Bulletin
