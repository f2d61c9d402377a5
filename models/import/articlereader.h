#pragma once

#include "loadproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Bulletin {

// An article's text as read from its file, before anything is made of it.
struct ArticleSource
{
    QString text; // paragraphs a line, line feeds only
    QString format; // "text", "html" or "docx"
    QString encoding; // of text and HTML files: "UTF-8" or "GB18030"
    QList<LoadProblem> problems; // why there is no text, with the file and the place

    bool ok() const { return problems.isEmpty(); }
};

// Reads an article saved as plain text (UTF-8 with or without BOM, or GB18030; LF or CRLF), as a web page or as a Word
// document (.docx). The format comes from the content where it tells (a ZIP archive, an HTML document), else from the
// suffix.
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    enum class Format { Text, Html, Docx };

    // Larger files are refused before they are read: no article is that long, and reading one would stall the import.
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    static ArticleSource readFile(const QString &path);
    // displayName names the data in messages; suffix ("html", "docx", "txt") helps where the content does not tell.
    static ArticleSource readBytes(const QByteArray &bytes, const QString &displayName, const QString &suffix = {});
    static Format detectFormat(const QByteArray &bytes, const QString &suffix);
};

} // namespace Bulletin
