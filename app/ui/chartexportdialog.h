#pragma once

#include "chartexporter.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Where and how to export charts: a file and its format (one chart) or a folder and formats (all charts),
// the chart's size in pixels and the scale of a PNG (1×, 2×, 3×, or dots per inch). The choices are
// remembered for next time; a file that exists already is replaced only after asking.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { OneChart, AllCharts };

    // suggestedName: the file name offered for one chart, without folder or suffix.
    explicit ChartExportDialog(Mode mode, const QString &suggestedName = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setFormat(ChartExporter::Format format);
    ChartExporter::Format format() const;
    // The formats checked (all charts) or the one chosen (one chart).
    QList<ChartExporter::Format> formats() const;
    void setFormats(const QList<ChartExporter::Format> &formats);
    QString filePath() const;
    void setFilePath(const QString &filePath);
    QString folder() const;
    void setFolder(const QString &folder);
    QSize chartSize() const;
    void setChartSize(QSize size);
    double scale() const;
    // 1, 2 or 3; 0 chooses dots per inch.
    void setScale(int factor, int dotsPerInch = 0);
    // True once the user agreed to replace existing files.
    bool overwrite() const { return m_overwrite; }

    // Lists the files of an export to the folder that exist already (all charts); none when unset.
    void setExistingFiles(std::function<QStringList(const QString &folder, const QList<ChartExporter::Format> &)> f)
    {
        m_existingFiles = std::move(f);
    }
    // Asks whether to replace files; a message box unless replaced (tests).
    void setConfirmReplace(std::function<bool(const QStringList &files)> confirm) { m_confirm = std::move(confirm); }

    // Size and scale as last chosen, for exports that ask nothing (the clipboard).
    static QSize rememberedSize();

    QString problem() const;
    void accept() override;

private:
    void load(const QString &suggestedName);
    void save() const;
    void updateState();
    void browse();
    void applySuffix();
    bool confirmReplace(const QStringList &files);

    Mode m_mode;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QList<QCheckBox *> m_formatBoxes;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_overwrite = false;
    std::function<QStringList(const QString &, const QList<ChartExporter::Format> &)> m_existingFiles;
    std::function<bool(const QStringList &)> m_confirm;
};
