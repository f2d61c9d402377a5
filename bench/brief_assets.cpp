// Writes the LibreOffice side of bench/brief.py: the built-in bulletin's briefing as one HTML file with the same
// text, tables and charts as `bulletin-dashboard --brief` (charts as PNG, drawn by the program's own chart view
// at twice the size they have on paper). Usage: bench-brief-assets OUTDIR

#include "briefinglayout.h"
#include "bulletinchart.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <bulletinloader.h>
#include <defaultcharts.h>
#include <indicatorformat.h>

using Bulletin::IndicatorFormat;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// 170 mm wide, as on A4 portrait, in 96 dpi screen pixels.
constexpr qreal ChartWidth = 643;

qreal chartHeight(const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::ChartSpec &spec)
{
    return BulletinChart(document, spec, Bulletin::Language::Chinese).preferredHeight(ChartWidth);
}

bool writeChart(
    const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::ChartSpec &spec, const QString &path)
{
    BulletinChart chart(document, spec, Bulletin::Language::Chinese);
    const QSizeF size(ChartWidth, chart.preferredHeight(ChartWidth));
    chart.layOut(size);
    QImage image((size * 2).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), size * 2));
    painter.end();
    return image.save(path);
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &cell : header)
        html += QStringLiteral("<th bgcolor=\"#e3eaf1\">") + escaped(cell) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>") + escaped(cell.isEmpty() ? QStringLiteral("—") : cell)
                + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>\n");
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九十");
    return n <= 10 ? QString(digits.at(n)) : QString::number(n);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench-brief-assets OUTDIR" << Qt::endl;
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    const std::shared_ptr<const Bulletin::Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    const Bulletin::Document &d = *document;

    QString html;
    const auto chart = [&](const Bulletin::ChartSpec &spec) {
        const QString name = QStringLiteral("chart-") + spec.id + QStringLiteral(".png");
        if (!writeChart(document, spec, out.filePath(name)))
            qFatal("cannot write %s", qPrintable(name));
        // Width and height both, in 96 dpi pixels: LibreOffice ignores a width alone and CSS sizes.
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"643\" height=\"%2\"></p>\n")
                    .arg(name)
                    .arg(qRound(chartHeight(document, spec)));
    };

    html += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + escaped(d.title)
        + QStringLiteral("</title><style>@page { size: A4; margin: 14mm 20mm 12mm 20mm; } "
                         "body { font-family: 'WenQuanYi Micro Hei'; font-size: 10.5pt; } "
                         "td, th { font-size: 8pt; } p.text { text-indent: 2em; text-align: justify; }"
                         "</style></head><body>\n");
    html += QStringLiteral("<h1 align=\"center\" style=\"color: #b0121b\">") + escaped(d.region)
        + QStringLiteral("发展简报</h1>\n<p>统计时期：") + escaped(d.period)
        + QStringLiteral("</p><hr>\n<h2 align=\"center\">") + escaped(d.title)
        + QStringLiteral("</h2>\n<p align=\"center\">——") + escaped(d.subtitle)
        + QStringLiteral("</p>\n<p align=\"center\">地区：") + escaped(d.region)
        + QStringLiteral("　报纸：文中未注明　发表日期：文中未注明　记者：") + escaped(d.reporter)
        + QStringLiteral("　比较对象：") + escaped(d.comparisonRegion) + QStringLiteral("</p>\n");

    html += QStringLiteral("<h2>一、主要指标</h2>\n<table width=\"100%\" cellpadding=\"6\"><tr>");
    for (int i = 0; i < d.keyFigures.size(); ++i) {
        const Bulletin::KeyFigure &figure = d.keyFigures.at(i);
        if (i > 0 && i % 4 == 0)
            html += QStringLiteral("</tr><tr>");
        const Bulletin::Indicator *indicator = d.findIndicator(figure.indicatorId);
        html += QStringLiteral(
            "<td bgcolor=\"#eef3f8\"><b>%1</b> %2<br><font size=\"5\" color=\"#005080\"><b>%3</b></font></td>")
                    .arg(figure.number)
                    .arg(escaped(figure.label),
                        escaped(
                            indicator ? IndicatorFormat::value(*indicator, Bulletin::Language::Chinese) : QString()));
    }
    html += QStringLiteral("</tr></table>\n");

    html += QStringLiteral("<h2>二、与") + escaped(d.comparisonRegion) + QStringLiteral("比较</h2>\n");
    const QList<Bulletin::ChartSpec> overview = Bulletin::DefaultCharts::overview(d);
    for (const Bulletin::ChartSpec &spec : overview) {
        if (spec.kind == Bulletin::ChartKind::Comparison)
            chart(spec);
    }
    QList<QStringList> rows;
    for (const Bulletin::Section &section : d.sections) {
        for (const Bulletin::Indicator &indicator : section.indicators) {
            if (indicator.hasProvinceComparison() || indicator.hasRank())
                rows.append({ indicator.name, IndicatorFormat::value(indicator, Bulletin::Language::Chinese),
                    IndicatorFormat::provinceValue(indicator, Bulletin::Language::Chinese),
                    IndicatorFormat::gap(indicator, Bulletin::Language::Chinese),
                    IndicatorFormat::rank(indicator, Bulletin::Language::Chinese) });
        }
    }
    html += QStringLiteral("<p align=\"center\"><b>表1　衡阳市主要指标与湖南省比较</b></p>\n")
        + table({ QStringLiteral("指标"), d.region, d.comparisonRegion, QStringLiteral("差距"),
                    QStringLiteral("全省排名") },
            rows)
        + QStringLiteral("<p><small>* 湖南省数值未直接公布，由文中所述差值推算。</small></p>\n");
    for (const Bulletin::ChartSpec &spec : overview) {
        if (spec.kind != Bulletin::ChartKind::Comparison)
            chart(spec);
    }

    html += QStringLiteral("<h2>三、分项情况</h2>\n<p class=\"text\">") + escaped(d.intro) + QStringLiteral("</p>\n");
    int tableNumber = 1;
    for (int s = 0; s < d.sections.size(); ++s) {
        const Bulletin::Section &section = d.sections.at(s);
        html += QStringLiteral("<h3>（") + chineseNumber(s + 1) + QStringLiteral("）") + escaped(section.title)
            + QStringLiteral("</h3>\n");
        for (const QString &paragraph : section.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += QStringLiteral("<p class=\"text\">") + escaped(paragraph) + QStringLiteral("</p>\n");
        for (const Bulletin::ChartSpec &spec : section.charts)
            chart(spec);
        QList<QStringList> sectionRows;
        for (const Bulletin::Indicator &indicator : section.indicators)
            sectionRows.append({ indicator.name, IndicatorFormat::value(indicator, Bulletin::Language::Chinese),
                IndicatorFormat::provinceValue(indicator, Bulletin::Language::Chinese),
                IndicatorFormat::gap(indicator, Bulletin::Language::Chinese),
                IndicatorFormat::rank(indicator, Bulletin::Language::Chinese), indicator.note });
        html += QStringLiteral("<p align=\"center\"><b>表%1　%2：主要指标</b></p>\n")
                    .arg(++tableNumber)
                    .arg(escaped(section.title))
            + table({ QStringLiteral("指标"), QStringLiteral("数值"), d.comparisonRegion, QStringLiteral("差距"),
                        QStringLiteral("全省排名"), QStringLiteral("备注") },
                sectionRows);
    }
    html += QStringLiteral("<p><small>资料来源：") + escaped(d.sourceNote)
        + QStringLiteral("</small></p></body></html>\n");

    QFile file(out.filePath(QStringLiteral("brief.html")));
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
        return 1;
    QTextStream(stdout) << file.fileName() << Qt::endl;
    return 0;
}
