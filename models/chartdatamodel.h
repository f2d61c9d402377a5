#pragma once

#include "bulletin.h"
#include "documenteditor.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>

namespace Bulletin {

// The figures of one declared chart, one row per indicator, for bar model mappers to read.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CityColumn,
        ProvinceColumn,
        // The rank itself, 1 best, for a rank axis.
        RankColumn,
        // The row's place on the category axis, for series that plot a point per row (rank dots).
        PositionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // What the rank was taken against when not the whole comparison region ("除长沙外").
        RankScopeRole = Qt::UserRole + 200,
    };

    // A chart shows at most this many indicators, the first in the declared order: beyond it bars are thinner than a
    // line of text, and drawing cost would grow with what a file declares.
    static constexpr int MaxRows = 40;

    explicit ChartDataModel(QObject *parent = nullptr);

    // Finds the chart among the document's sections; no rows when there is none of that id.
    void setChart(std::shared_ptr<const Document> document, const QString &chartId);
    // A chart the document does not declare itself (DefaultCharts::overview).
    void setChart(std::shared_ptr<const Document> document, const ChartSpec &spec);
    // The document after an edit, with what the edit changed (DocumentEditor::documentChanged). A change of the
    // chart's own kind, titles or indicators, or of which indicators it finds, resets the model; a change of an
    // indicator it shows is dataChanged (and headerDataChanged, vertical) for that row; a change of the regions'
    // names, headerDataChanged for their columns. A chart the document declares is followed when its id changes, one
    // given as a spec when one of its indicators' ids does.
    void applyChange(std::shared_ptr<const Document> document, const DocumentChange &change);

    std::shared_ptr<const Document> document() const { return m_document; }
    // Null when no chart of that id was found.
    const ChartSpec *chartSpec() const;
    // The unit every indicator of the chart shares; empty when they differ.
    QString unit() const;
    QString indicatorId(int row) const;
    // The row showing that indicator, -1 when none does.
    int rowOf(const QString &indicatorId) const;
    // Indicators the chart declares that are not shown (beyond MaxRows).
    int omittedCount() const { return m_omitted; }
    // The language of names; a change resets the model, so that bar model mappers take the regions' names again.
    void setLanguage(Language language);
    Language language() const { return m_language; }
    const Indicator *indicator(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Position
    {
        int section;
        int indicator;
        bool operator==(const Position &other) const
        {
            return section == other.section && indicator == other.indicator;
        }
    };

    void reset(std::shared_ptr<const Document> document, std::optional<ChartSpec> spec);
    // The rows the spec's indicators take in the document; omitted counts those beyond MaxRows.
    static QList<Position> rowsOf(const std::shared_ptr<const Document> &document, const ChartSpec &spec, int *omitted);
    const ChartSpec *findDeclared(const Document &document, const QString &chartId);
    // Whether every row's place is in the document, as after an edit of a field.
    bool rowsFit(const Document &document) const;
    QStringList shownIds(const Document &document, const QList<Position> &rows) const;
    void emitRowsChanged(const QList<int> &rows);
    // Signals the rows and headers an edit of a field changed, the rows staying where they were.
    void emitFieldChange(const Document &previous, const DocumentChange &change);

    std::shared_ptr<const Document> m_document;
    Language m_language = Language::Chinese;
    std::optional<ChartSpec> m_spec;
    // The chart's id, and whether the document declares it (setChart by id) rather than the spec being given.
    QString m_chartId;
    bool m_declared = false;
    // Where the declared chart was found last: section, chart.
    std::pair<int, int> m_specPlace { -1, -1 };
    QList<Position> m_rows;
    int m_omitted = 0;
};

} // namespace Bulletin
