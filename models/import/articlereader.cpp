#include "articlereader.h"

#include "docxarticleextractor.h"
#include "htmlarticleextractor.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace Bulletin {

namespace {

LoadProblem problemAt(const QString &file, int line, int column, const QString &message)
{
    LoadProblem problem;
    problem.file = file;
    problem.line = line;
    problem.column = column;
    problem.message = message;
    return problem;
}

QString withLineFeeds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

} // namespace

ArticleReader::Format ArticleReader::detectFormat(const QByteArray &bytes, const QString &suffix)
{
    if (bytes.startsWith("PK\x03\x04"))
        return Format::Docx;
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("docx"))
        return Format::Docx;
    if (lower == QLatin1String("html") || lower == QLatin1String("htm") || lower == QLatin1String("xhtml")
        || lower == QLatin1String("shtml"))
        return Format::Html;
    // A page saved without its suffix: markup at the start and an element every page has.
    const QByteArray head = bytes.left(4096).trimmed().toLower();
    const qsizetype start = head.startsWith("\xef\xbb\xbf") ? 3 : 0;
    if (head.mid(start).startsWith('<')
        && (head.contains("<html") || head.contains("<body") || head.contains("<p") || head.contains("<div")))
        return Format::Html;
    return Format::Text;
}

ArticleSource ArticleReader::readFile(const QString &path)
{
    ArticleSource result;
    const QFileInfo info(path);
    const auto refuse = [&](const QString &message) {
        result.problems.append(problemAt(path, 0, 0, message));
        return result;
    };
    if (!info.exists())
        return refuse(tr("no such file"));
    if (info.isDir())
        return refuse(tr("is a folder, not an article"));
    // A pipe or a device never ends, or ends in something else than what was saved.
    if (!info.isFile())
        return refuse(tr("is not a regular file (a pipe, a device or a socket)"));
    if (info.size() > MaxFileSize)
        return refuse(tr("the file is larger than %1 MiB; no article is that long").arg(MaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > MaxFileSize)
        return refuse(tr("the file is larger than %1 MiB; no article is that long").arg(MaxFileSize / (1024 * 1024)));
    return readBytes(bytes, path, info.suffix());
}

ArticleSource ArticleReader::readBytes(const QByteArray &bytes, const QString &displayName, const QString &suffix)
{
    ArticleSource result;
    const auto refuse = [&](int line, int column, const QString &message) {
        result.problems.append(problemAt(displayName, line, column, message));
        return result;
    };
    if (QByteArrayView(bytes).trimmed().isEmpty() || bytes == "\xEF\xBB\xBF")
        return refuse(1, 1, tr("the article is empty"));
    // Formats that look like text to nothing else: said by name rather than as undecodable bytes.
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return refuse(1, 1,
            tr("a Word 97–2003 document (.doc) or another OLE file, which cannot be read; save it as .docx or as "
               "text"));
    if (bytes.startsWith("%PDF"))
        return refuse(1, 1, tr("a PDF file, which cannot be read; save the article as text, a web page or .docx"));
    if (bytes.startsWith("{\\rtf"))
        return refuse(1, 1, tr("an RTF file, which cannot be read; save it as .docx or as text"));

    const Format format = detectFormat(bytes, suffix);
    if (format == Format::Docx) {
        result.format = QStringLiteral("docx");
        QString error;
        result.text = withLineFeeds(DocxArticleExtractor::extract(bytes, &error));
        if (!error.isEmpty())
            return refuse(0, 0, error);
        if (isBlank(result.text))
            return refuse(0, 0, tr("the document holds no text"));
        return result;
    }

    const DecodedText decoded = TextDecoder::decodeUtf8OrGb18030(bytes);
    if (!decoded.ok)
        return refuse(decoded.errorLine, decoded.errorColumn,
            decoded.errorMessage.isEmpty() ? tr("the text is neither UTF-8 nor GB18030") : decoded.errorMessage);
    result.encoding = decoded.encoding;
    if (format == Format::Html) {
        result.format = QStringLiteral("html");
        result.text = HtmlArticleExtractor::extract(withLineFeeds(decoded.text));
        if (isBlank(result.text))
            return refuse(0, 0, tr("no article text was found in the page"));
        return result;
    }
    result.format = QStringLiteral("text");
    result.text = withLineFeeds(decoded.text);
    if (isBlank(result.text))
        return refuse(1, 1, tr("the article is empty"));
    return result;
}

} // namespace Bulletin
