// The least a Qt Charts program does before its first paint: one QChartView with one bar chart.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QTimer>
#include <QValueAxis>
#include <cstdio>

class FloorView : public QChartView
{
public:
    using QChartView::QChartView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QChartView::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            // As the dashboard does with --quit-after-first-paint: a line once all is drawn, then quit.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
    }

private:
    bool m_painted = false;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    auto *city = new QBarSet(QStringLiteral("City"));
    auto *province = new QBarSet(QStringLiteral("Province"));
    *city << 1.7 << 2.5 << 6.2;
    *province << 1.3 << 1.9 << 4.7;
    auto *series = new QBarSeries;
    series->append(city);
    series->append(province);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    FloorView view(chart);
    view.resize(1280, 800);
    view.show();
    return QApplication::exec();
}
