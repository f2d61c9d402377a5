#include "csvtable.h"

namespace Bulletin {

CsvTable CsvTable::parse(const QString &text)
{
    CsvTable table;
    Row row;
    QString field;
    int line = 1;
    int column = 1;
    row.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool rowHasContent = false;
    int quoteLine = 0;
    int quoteColumn = 0;

    auto endField = [&] {
        row.fields.append(field);
        row.quoted.append(fieldWasQuoted);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty() && !rowHasContent;
        if (!blank)
            table.rows.append(row);
        row = Row();
        rowHasContent = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        // Invisible, it would make "经济" and "\uFEFF经济" two sections that look the same.
        if (c == QChar::ByteOrderMark) {
            table.ok = false;
            table.errorLine = line;
            table.errorColumn = column;
            table.errorMessage = tr("a byte-order mark (U+FEFF) inside the text, invisible, as joining two files "
                                    "leaves it; delete it");
            return table;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                    ++column;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 0;
                }
            }
            ++column;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                rowHasContent = true;
                quoteLine = line;
                quoteColumn = column;
            } else {
                table.ok = false;
                table.errorLine = line;
                table.errorColumn = column;
                table.errorMessage = tr("unexpected quote inside a field (quote the whole field and "
                                        "double the quotes inside it)");
                return table;
            }
        } else if (c == QLatin1Char(',')) {
            endField();
            rowHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            column = 0;
            row.line = line;
        } else if (fieldWasQuoted) {
            table.ok = false;
            table.errorLine = line;
            table.errorColumn = column;
            table.errorMessage = tr("unexpected text after a closing quote");
            return table;
        } else {
            field += c;
            rowHasContent = true;
        }
        ++column;
    }
    if (inQuotes) {
        table.ok = false;
        table.errorLine = quoteLine;
        table.errorColumn = quoteColumn;
        table.errorMessage = tr("quoted field is never closed");
        return table;
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || rowHasContent)
        endRow();
    return table;
}

namespace {

// Whether a cell would be a formula once the quotes written before it are taken away.
bool formulaAfterQuotes(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    if (i == text.size())
        return false;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(text.at(i));
}

} // namespace

QString CsvTable::protectFromFormula(const QString &text)
{
    return formulaAfterQuotes(text) ? QLatin1Char('\'') + text : text;
}

QString CsvTable::unprotectFromFormula(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && formulaAfterQuotes(cell) ? cell.mid(1) : cell;
}

QString CsvTable::escapeField(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    // Readers trim bare fields of any white space (a tab, an ideographic space), so a field with some at an end is
    // quoted.
    bool needsQuotes = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (const QChar c : special)
        needsQuotes = needsQuotes || field.contains(c);
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvTable::formatRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escapeField(field));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace Bulletin
