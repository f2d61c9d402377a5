#pragma once

#include <QString>
#include <QStringView>

namespace Bulletin {

// The article inside a saved news page. Pages are rarely well-formed, so this reads tags as a browser would read them
// leniently rather than as XML: scripts, styles, navigation, forms, asides and footers are dropped, and of what is
// left the element whose paragraphs hold the most text is the article (an <article>, or a <div class="content">,
// "article", "TRS_Editor"… counting extra, as news systems name their body).
class HtmlArticleExtractor
{
public:
    // The headline (the page's <h1>, else its <title>), then the body's paragraphs, one a line.
    static QString extract(const QString &html);
    // &amp;, &nbsp;, &ldquo;, &#20013;, &#x4E2D; …; an unknown or broken reference stays as written.
    static QString decodeEntities(QStringView text);
};

} // namespace Bulletin
