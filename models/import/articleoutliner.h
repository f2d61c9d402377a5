#pragma once

#include <QList>
#include <QString>

namespace Bulletin {

// A stretch of the normalized article text.
struct OutlineSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// A paragraph may be pieced together from several stretches: a newspaper page breaks a paragraph where a box or the
// next column interrupts it ("刷新了项" … "目建设的").
struct OutlineParagraph
{
    QList<OutlineSpan> spans;
};

struct OutlineSection
{
    QString title;
    OutlineSpan titleSpan;
    QList<OutlineParagraph> paragraphs;
};

// The numbered figures an article opens with: a line with the number, then its sentence.
struct OutlineKeyFigure
{
    int number = 0;
    QList<OutlineSpan> lines;
};

struct ArticleOutline
{
    QString title;
    QString subtitle;
    QString byline;
    QString reporter;
    QString publicationDate; // ISO 8601, when the byline dates the article
    QList<OutlineSpan> headSpans; // title, subtitle and byline: no section's text
    QList<OutlineKeyFigure> keyFigures;
    QList<OutlineParagraph> intro;
    QList<OutlineSection> sections;
    QList<OutlineSpan> trailer; // bylines, addresses and sources after the text: no section's either
};

// The parts of an article: title, subtitle ("——…"), byline, headline block, introduction and sections. Sections
// begin where the genre says: "亮点" (or "亮点一") on a line of its own before the title, numbered headings (一、 …
// or （一）…, where the heading may be the first sentence of its paragraph), or short lines standing alone between
// paragraphs.
class ArticleOutliner
{
public:
    // As many as a bulletin may hold (BulletinValidator::MaxSections); the rest of the text joins the last one.
    static constexpr int MaxSections = 1000;

    static ArticleOutline outline(const QString &text);
    static QString text(const QString &source, const OutlineParagraph &paragraph);
    static QString text(const QString &source, const OutlineSpan &span) { return source.mid(span.start, span.length); }
};

} // namespace Bulletin
