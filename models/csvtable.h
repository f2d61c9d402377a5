#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulletin {

// RFC 4180 comma-separated text: quoted fields may hold commas, quotes ("") and line breaks.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Row
    {
        int line = 0; // 1-based line where the row starts
        QStringList fields;
        // Whether each field was quoted: a quoted field keeps its spaces, a bare one is trimmed by readers.
        QList<bool> quoted;
    };

    // Refuses a byte-order mark (U+FEFF): one that begins the file is dropped before, when it is decoded.
    static CsvTable parse(const QString &text);
    static QString formatRow(const QStringList &fields);
    static QString escapeField(const QString &field);

    // Spreadsheets run a text cell that begins with = + - @, a tab or a carriage return as a formula (CSV
    // injection). Such a cell is written after a single quote, which spreadsheets show it without, and read back
    // without that quote: one more quote, whatever quotes the text begins with ("'=x" is written "''=x").
    static QString protectFromFormula(const QString &text);
    static QString unprotectFromFormula(const QString &cell);

    QList<Row> rows;
    bool ok = true;
    int errorLine = 0;
    int errorColumn = 0;
    QString errorMessage;
};

} // namespace Bulletin
