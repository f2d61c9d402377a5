#include "docxarticleextractor.h"

#include <QBuffer>
#include <QStringList>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

namespace Bulletin {

namespace {

const QString &wordNamespace()
{
    static const QString uri = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    return uri;
}

} // namespace

QString DocxArticleExtractor::extract(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    QByteArray archiveBytes = bytes;
    QBuffer buffer(&archiveBytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(tr("not a readable ZIP archive, as a .docx file is (damaged or cut short?)"));
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml")))
        return fail(tr("a ZIP archive without word/document.xml: not a Word document"));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("word/document.xml cannot be unpacked (error %1)").arg(file.getZipError()));
    QByteArray xml;
    char chunk[65536];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            file.close();
            return fail(tr("word/document.xml cannot be unpacked: %1").arg(file.errorString()));
        }
        if (n == 0)
            break;
        if (xml.size() + n > MaxDocumentSize) {
            file.close();
            return fail(tr("word/document.xml unpacks to more than %1 MiB; it was not read")
                            .arg(MaxDocumentSize / (1024 * 1024)));
        }
        xml.append(chunk, n);
    }
    file.close();
    // A damaged archive tells at the end, by its checksum.
    if (file.getZipError() != UNZ_OK)
        return fail(tr("word/document.xml is damaged (ZIP error %1)").arg(file.getZipError()));
    zip.close();

    QStringList paragraphs;
    QString paragraph;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && reader.namespaceUri() == wordNamespace()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("p")) {
                // A paragraph inside a text box ends the text before it and stands on its own line.
                if (!paragraph.isEmpty())
                    paragraphs.append(std::exchange(paragraph, QString()));
            } else if (name == QLatin1String("t")) {
                paragraph += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("tab")) {
                paragraph += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                paragraph += QLatin1Char('\n');
            } else if (name == QLatin1String("delText") || name == QLatin1String("instrText")) {
                // Deleted text of tracked changes, and field codes: not what the page shows.
                reader.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == wordNamespace()
            && reader.name() == QLatin1String("p")) {
            paragraphs.append(std::exchange(paragraph, QString()));
        }
    }
    if (reader.hasError())
        return fail(tr("word/document.xml:%1:%2: %3")
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber())
                        .arg(reader.errorString()));
    if (!paragraph.isEmpty())
        paragraphs.append(paragraph);
    if (error)
        error->clear();
    return paragraphs.join(QLatin1Char('\n'));
}

} // namespace Bulletin
