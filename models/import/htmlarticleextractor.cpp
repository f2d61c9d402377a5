#include "htmlarticleextractor.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace Bulletin {

namespace {

// Deeper markup is read as text of the last element opened: no article nests that far, and a page that does would
// make every paragraph's ancestry as long as the page.
constexpr int MaxDepth = 256;
// A closing tag looks this far up for the element it closes; further up, it is a stray and ignored.
constexpr int MaxCloseSearch = 32;

struct Node
{
    int parent = -1;
    QString tag;
    double weight = 1;
    bool skipped = false;
    double score = 0;
};

struct Block
{
    int node = -1;
    QString text;
};

bool isOneOf(const QString &tag, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (tag == QLatin1String(name))
            return true;
    }
    return false;
}

bool isVoid(const QString &tag)
{
    return isOneOf(tag,
        { "br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track",
            "wbr" });
}

bool isBlock(const QString &tag)
{
    return isOneOf(tag,
        { "p", "div", "article", "section", "main", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "h1",
            "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "figcaption", "figure", "center",
            "header", "footer", "nav", "aside", "form", "address", "body", "html", "caption" });
}

// Never part of an article's text.
bool isSkipped(const QString &tag)
{
    return isOneOf(tag,
        { "script", "style", "noscript", "template", "iframe", "svg", "math", "head", "nav", "footer", "aside", "form",
            "select", "button", "textarea", "object", "canvas", "audio", "video", "map", "menu" });
}

// Read to their closing tag without looking for markup inside.
bool isRawText(const QString &tag)
{
    return isOneOf(tag, { "script", "style", "textarea", "title", "xmp", "noscript" });
}

bool isContainer(const QString &tag)
{
    return isOneOf(tag, { "div", "article", "section", "main", "td", "body", "blockquote", "center", "li" });
}

const QRegularExpression &negativeName()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|copyright|sidebar|side|share|sharing|social|"
            "advert|ads?|banner|comments?|related|recommend|toolbar|login|search|pagination|pager|topbar|bottom)"
            "([\\s_-]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &positiveName()
{
    static const QRegularExpression pattern(
        QStringLiteral("(article|content|main|text|detail|post|entry|story|trs_editor|zoom|pages_content|"
                       "con_text|cont)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString cutSiteName(QString title)
{
    for (const QString &separator : { QStringLiteral(" - "), QStringLiteral(" | "), QStringLiteral("_"),
             QStringLiteral("－"), QStringLiteral(" — ") }) {
        const qsizetype at = title.indexOf(separator);
        if (at > 0)
            title = title.left(at);
    }
    return title.trimmed();
}

const QHash<QString, QString> &entityTable()
{
    static const QHash<QString, QString> table {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QString(QChar(0x00A0)) },
        { QStringLiteral("ensp"), QString(QChar(0x2002)) },
        { QStringLiteral("emsp"), QString(QChar(0x2003)) },
        { QStringLiteral("thinsp"), QString(QChar(0x2009)) },
        { QStringLiteral("zwsp"), QString(QChar(0x200B)) },
        { QStringLiteral("zwnj"), QString(QChar(0x200C)) },
        { QStringLiteral("zwj"), QString(QChar(0x200D)) },
        { QStringLiteral("shy"), QString(QChar(0x00AD)) },
        { QStringLiteral("ldquo"), QString(QChar(0x201C)) },
        { QStringLiteral("rdquo"), QString(QChar(0x201D)) },
        { QStringLiteral("lsquo"), QString(QChar(0x2018)) },
        { QStringLiteral("rsquo"), QString(QChar(0x2019)) },
        { QStringLiteral("laquo"), QString(QChar(0x00AB)) },
        { QStringLiteral("raquo"), QString(QChar(0x00BB)) },
        { QStringLiteral("mdash"), QString(QChar(0x2014)) },
        { QStringLiteral("ndash"), QString(QChar(0x2013)) },
        { QStringLiteral("hellip"), QString(QChar(0x2026)) },
        { QStringLiteral("middot"), QString(QChar(0x00B7)) },
        { QStringLiteral("bull"), QString(QChar(0x2022)) },
        { QStringLiteral("times"), QString(QChar(0x00D7)) },
        { QStringLiteral("divide"), QString(QChar(0x00F7)) },
        { QStringLiteral("yen"), QString(QChar(0x00A5)) },
        { QStringLiteral("copy"), QString(QChar(0x00A9)) },
        { QStringLiteral("reg"), QString(QChar(0x00AE)) },
        { QStringLiteral("trade"), QString(QChar(0x2122)) },
        { QStringLiteral("deg"), QString(QChar(0x00B0)) },
        { QStringLiteral("plusmn"), QString(QChar(0x00B1)) },
        { QStringLiteral("permil"), QString(QChar(0x2030)) },
        { QStringLiteral("percnt"), QStringLiteral("%") },
    };
    return table;
}

// Decodes the reference at text[at] ('&'); returns how many characters it took, 0 when it is none.
qsizetype decodeEntityAt(QStringView text, qsizetype at, QString &out)
{
    const qsizetype end = text.indexOf(QLatin1Char(';'), at + 1);
    if (end < 0 || end - at > 12 || end == at + 1)
        return 0;
    const QStringView name = text.mid(at + 1, end - at - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')))
            ? name.mid(2).toUInt(&ok, 16)
            : name.mid(1).toUInt(&ok, 10);
        if (!ok)
            return 0;
        // NUL, surrogates and what lies beyond Unicode are no characters; HTML reads them as U+FFFD.
        if (code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            const char32_t character = code;
            out += QString::fromUcs4(&character, 1);
        }
        return end - at + 1;
    }
    const auto found = entityTable().constFind(name.toString());
    if (found == entityTable().cend())
        return 0;
    out += found.value();
    return end - at + 1;
}

class Parser
{
public:
    explicit Parser(const QString &html)
        : m_html(html)
    { }

    QString run()
    {
        const qsizetype n = m_html.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_html.at(i);
            if (c == QLatin1Char('<')) {
                i = tag(i);
            } else if (c == QLatin1Char('&')) {
                const qsizetype used = decodeEntityAt(m_html, i, m_buffer);
                if (used == 0)
                    m_buffer += c;
                i += qMax<qsizetype>(used, 1);
            } else {
                if (c.isSpace()) {
                    if (!m_buffer.isEmpty() && !m_buffer.endsWith(QLatin1Char(' ')))
                        m_buffer += QLatin1Char(' ');
                } else {
                    m_buffer += c;
                }
                ++i;
            }
        }
        flush();
        return assemble();
    }

private:
    int top() const { return m_open.isEmpty() ? -1 : m_open.constLast(); }

    bool topSkipped() const { return !m_open.isEmpty() && m_nodes.at(m_open.constLast()).skipped; }

    void flush()
    {
        QString text = m_buffer.trimmed();
        m_buffer.clear();
        if (text.isEmpty() || topSkipped())
            return;
        const int node = top();
        if (m_h1.isEmpty()) {
            for (int k = int(m_open.size()) - 1, steps = 0; k >= 0 && steps < 4; --k, ++steps) {
                if (m_nodes.at(m_open.at(k)).tag == QLatin1String("h1")) {
                    m_h1 = text;
                    break;
                }
            }
        }
        // A paragraph counts for the element that holds it, and half for the one above: the body is the element
        // whose paragraphs hold the most text, not the page that holds everything.
        int container = node;
        while (container >= 0 && !isContainer(m_nodes.at(container).tag))
            container = m_nodes.at(container).parent;
        if (container >= 0) {
            m_nodes[container].score += text.size();
            const int above = m_nodes.at(container).parent;
            if (above >= 0)
                m_nodes[above].score += text.size() / 2.0;
        }
        m_blocks.append({ node, text });
    }

    void open(const QString &tag, const QString &names)
    {
        // A paragraph or list item ends where the next block begins, as browsers read them.
        if (isBlock(tag) && !m_open.isEmpty()) {
            const QString &last = m_nodes.at(m_open.constLast()).tag;
            if (last == QLatin1String("p") || (tag == QLatin1String("li") && last == QLatin1String("li")))
                m_open.removeLast();
        }
        if (m_open.size() >= MaxDepth)
            return;
        Node node;
        node.parent = top();
        node.tag = tag;
        const bool parentSkipped = node.parent >= 0 && m_nodes.at(node.parent).skipped;
        const bool negative = !names.isEmpty() && negativeName().match(names).hasMatch();
        node.skipped = parentSkipped || isSkipped(tag) || negative;
        if (tag == QLatin1String("article") || (!names.isEmpty() && positiveName().match(names).hasMatch()))
            node.weight = 1.5;
        m_nodes.append(node);
        m_open.append(int(m_nodes.size() - 1));
    }

    void close(const QString &tag)
    {
        for (int k = int(m_open.size()) - 1, steps = 0; k >= 0 && steps < MaxCloseSearch; --k, ++steps) {
            if (m_nodes.at(m_open.at(k)).tag == tag) {
                m_open.resize(k);
                return;
            }
        }
    }

    // Reads the markup at m_html[at] ('<'); returns where the text goes on.
    qsizetype tag(qsizetype at)
    {
        const qsizetype n = m_html.size();
        if (QStringView(m_html).mid(at).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), at + 4);
            return end < 0 ? n : end + 3;
        }
        if (at + 1 < n && (m_html.at(at + 1) == QLatin1Char('!') || m_html.at(at + 1) == QLatin1Char('?'))) {
            const qsizetype end = m_html.indexOf(QLatin1Char('>'), at + 1);
            return end < 0 ? n : end + 1;
        }
        const bool closing = at + 1 < n && m_html.at(at + 1) == QLatin1Char('/');
        qsizetype k = at + 1 + (closing ? 1 : 0);
        const qsizetype nameStart = k;
        while (k < n && k - nameStart < 32
            && (m_html.at(k).isLetterOrNumber() || m_html.at(k) == QLatin1Char(':') || m_html.at(k) == QLatin1Char('-'))
            && m_html.at(k).unicode() < 128)
            ++k;
        if (k == nameStart || !m_html.at(nameStart).isLetter()) {
            m_buffer += QLatin1Char('<');
            return at + 1;
        }
        const QString name = m_html.mid(nameStart, k - nameStart).toLower();
        // Attributes, with quoted values that may hold '>'; class and id name the element's role.
        QString names;
        bool selfClosing = false;
        while (k < n && m_html.at(k) != QLatin1Char('>')) {
            const QChar c = m_html.at(k);
            if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                const qsizetype end = m_html.indexOf(c, k + 1);
                if (end < 0)
                    return n;
                k = end + 1;
                continue;
            }
            if (c.isLetter()) {
                const qsizetype attributeStart = k;
                while (k < n && (m_html.at(k).isLetterOrNumber() || m_html.at(k) == QLatin1Char('-')))
                    ++k;
                const QStringView attribute = QStringView(m_html).mid(attributeStart, k - attributeStart);
                const bool wanted = attribute.compare(QLatin1String("class"), Qt::CaseInsensitive) == 0
                    || attribute.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
                while (k < n && m_html.at(k).isSpace())
                    ++k;
                if (k < n && m_html.at(k) == QLatin1Char('=')) {
                    ++k;
                    while (k < n && m_html.at(k).isSpace())
                        ++k;
                    qsizetype valueStart = k;
                    qsizetype valueEnd = k;
                    if (k < n && (m_html.at(k) == QLatin1Char('"') || m_html.at(k) == QLatin1Char('\''))) {
                        const qsizetype end = m_html.indexOf(m_html.at(k), k + 1);
                        if (end < 0)
                            return n;
                        valueStart = k + 1;
                        valueEnd = end;
                        k = end + 1;
                    } else {
                        while (k < n && !m_html.at(k).isSpace() && m_html.at(k) != QLatin1Char('>'))
                            ++k;
                        valueEnd = k;
                    }
                    if (wanted && names.size() < 512)
                        names += QLatin1Char(' ') + m_html.mid(valueStart, qMin<qsizetype>(valueEnd - valueStart, 256));
                }
                continue;
            }
            if (c == QLatin1Char('/'))
                selfClosing = true;
            ++k;
        }
        const qsizetype after = k < n ? k + 1 : n;

        if (closing) {
            if (isBlock(name))
                flush();
            close(name);
            return after;
        }
        if (isRawText(name)) {
            const qsizetype end = m_html.indexOf(QStringLiteral("</") + name, after, Qt::CaseInsensitive);
            const qsizetype contentEnd = end < 0 ? n : end;
            if (name == QLatin1String("title") && m_title.isEmpty())
                m_title = HtmlArticleExtractor::decodeEntities(QStringView(m_html).mid(after, contentEnd - after))
                              .simplified();
            if (end < 0)
                return n;
            const qsizetype closeEnd = m_html.indexOf(QLatin1Char('>'), end);
            return closeEnd < 0 ? n : closeEnd + 1;
        }
        if (isBlock(name) || name == QLatin1String("br"))
            flush();
        if (!isVoid(name) && !selfClosing)
            open(name, names);
        return after;
    }

    QString assemble()
    {
        int best = -1;
        double bestScore = 0;
        for (int k = 0; k < m_nodes.size(); ++k) {
            const Node &node = m_nodes.at(k);
            const double score = node.score * node.weight;
            if (!node.skipped && score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        // A node comes after its parent, so one pass tells every node whether it lies inside the body.
        QList<bool> inside(m_nodes.size(), best < 0);
        for (int k = 0; k < m_nodes.size(); ++k) {
            const int parent = m_nodes.at(k).parent;
            inside[k] = best < 0 || k == best || (parent >= 0 && inside.at(parent));
        }
        QStringList lines;
        const QString title = m_h1.isEmpty() ? cutSiteName(m_title) : m_h1;
        if (!title.isEmpty())
            lines.append(title);
        for (const Block &block : std::as_const(m_blocks)) {
            const bool inBody = block.node < 0 ? best < 0 : inside.at(block.node);
            if (inBody && !(lines.size() == 1 && block.text == title))
                lines.append(block.text);
        }
        return lines.join(QLatin1Char('\n'));
    }

    const QString &m_html;
    QString m_buffer;
    QString m_title;
    QString m_h1;
    QList<Node> m_nodes;
    QList<int> m_open;
    QList<Block> m_blocks;
};

} // namespace

QString HtmlArticleExtractor::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('&')) {
            const qsizetype used = decodeEntityAt(text, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

QString HtmlArticleExtractor::extract(const QString &html)
{
    return Parser(html).run();
}

} // namespace Bulletin
