#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Bulletin {

// The text of a Word document (.docx): the paragraphs (<w:p>) of word/document.xml, read through QuaZip and
// QXmlStreamReader.
class DocxArticleExtractor
{
    Q_DECLARE_TR_FUNCTIONS(DocxArticleExtractor)

public:
    // A small archive may unpack to gigabytes; past this the document is refused rather than unpacked.
    static constexpr qint64 MaxDocumentSize = 64 * 1024 * 1024;

    // A paragraph a line. On failure error says why (and where, for XML) and the text is empty.
    static QString extract(const QByteArray &bytes, QString *error);
};

} // namespace Bulletin
