#pragma once

#include "atomicfile.h"
#include "bulletin.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Bulletin {

// Serialises a bulletin as the JSON format or as the CSV indicator table, and writes files atomically.
class BulletinWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulletinWriter)

public:
    // Always the same bytes for the same document, so that a file written, read and written again is unchanged and an
    // edit shows in a diff as the lines it touched: UTF-8 without a BOM, two spaces of indent, one member or array
    // item a line, a newline at the end. Members come in the order of the tables of docs/bulletin-format.md (the
    // order of DocumentEditor::*Fields()), optional ones only when set: texts when not empty, higher_is_better only
    // when false, province_derived with a province_value; "value" is always there, null when absent, and so are
    // "key_figures" and each section's "charts", empty or not. Numbers are the shortest digits that read back as the
    // same double, without an exponent from 1e-6 to 1e21.
    static QByteArray toJson(const Document &document);
    // UTF-8 with a BOM, so that Excel recognises the encoding; text that a spreadsheet would run as a formula is
    // written after a single quote (CsvTable::protectFromFormula), numbers as they are.
    static QByteArray toCsv(const Document &document);

    using Overwrite = Bulletin::Overwrite;
    // Chooses CSV or JSON by suffix and writes through AtomicFile: a link is followed only to a file that exists.
    // Returns an empty string on success, else a message naming the file.
    static QString writeFile(const Document &document, const QString &filePath, Overwrite overwrite);
};

} // namespace Bulletin
