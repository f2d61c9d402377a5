#include "chartexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const auto FolderKey = "chartExport/folder";
const auto FormatKey = "chartExport/format";
const auto FormatsKey = "chartExport/formats";
const auto WidthKey = "chartExport/width";
const auto HeightKey = "chartExport/height";
const auto ScaleKey = "chartExport/scale";
const auto DpiKey = "chartExport/dpi";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString defaultFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

// A row whose field is a layout: QFormLayout would show the label's "&" instead of making it a shortcut.
void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QLayout *field)
{
    auto *text = new QLabel(label);
    text->setBuddy(buddy);
    form->addRow(text, field);
}

} // namespace

ChartExportDialog::ChartExportDialog(Mode mode, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::OneChart ? tr("Export chart") : tr("Export all charts"));
    auto *form = new QFormLayout;

    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    addRow(form, mode == Mode::OneChart ? tr("&File:") : tr("F&older:"), m_path, pathRow);
    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::updateState);

    if (mode == Mode::OneChart) {
        m_format = new QComboBox(this);
        for (const ChartExporter::Format format : ChartExporter::allFormats())
            m_format->addItem(ChartExporter::formatName(format), int(format));
        form->addRow(tr("F&ormat:"), m_format);
        connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applySuffix);
        connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateState);
    } else {
        auto *formatRow = new QHBoxLayout;
        for (const ChartExporter::Format format : ChartExporter::allFormats()) {
            auto *box = new QCheckBox(ChartExporter::formatName(format), this);
            box->setProperty("format", int(format));
            formatRow->addWidget(box);
            m_formatBoxes.append(box);
            connect(box, &QCheckBox::toggled, this, &ChartExportDialog::updateState);
        }
        formatRow->addStretch();
        addRow(form, tr("F&ormats:"), m_formatBoxes.first(), formatRow);
        form->addRow(
            QString(), new QLabel(tr("Files are named NN-section-chart, numbered in the order of the tabs."), this));
    }

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(ChartExporter::MinSide, ChartExporter::MaxSide);
        box->setSuffix(tr(" px"));
        box->setSingleStep(10);
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::updateState);
    }
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    addRow(form, tr("&Size:"), m_width, sizeRow);

    m_scale = new QComboBox(this);
    m_scale->addItem(tr("1×"), 1);
    m_scale->addItem(tr("2× (sharp on high-resolution screens)"), 2);
    m_scale->addItem(tr("3×"), 3);
    m_scale->addItem(tr("Dots per inch"), 0);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(ChartExporter::BaseDpi / 2, int(ChartExporter::BaseDpi * ChartExporter::MaxScale));
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setAccessibleName(tr("Dots per inch"));
    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_dpi);
    scaleRow->addStretch();
    addRow(form, tr("PNG s&cale:"), m_scale, scaleRow);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateState);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ChartExportDialog::updateState);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    form->addRow(QString(), m_result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    load(suggestedName);
    updateState();
}

void ChartExportDialog::load(const QString &suggestedName)
{
    const QSettings settings;
    const QString folder = settings.value(key(FolderKey), defaultFolder()).toString();
    const auto format = ChartExporter::formatFromName(settings.value(key(FormatKey)).toString());
    QList<ChartExporter::Format> formats;
    const QStringList names = settings.value(key(FormatsKey), QStringList { QStringLiteral("png") }).toStringList();
    for (const QString &name : names) {
        if (const auto checked = ChartExporter::formatFromName(name))
            formats.append(*checked);
    }
    setChartSize(rememberedSize());
    setScale(settings.value(key(ScaleKey), 2).toInt(), settings.value(key(DpiKey), 300).toInt());
    if (m_mode == Mode::OneChart) {
        const ChartExporter::Format chosen = format.value_or(ChartExporter::Format::Png);
        setFilePath(QDir(folder).filePath((suggestedName.isEmpty() ? QStringLiteral("chart") : suggestedName)
            + QLatin1Char('.') + ChartExporter::suffix(chosen)));
        setFormat(chosen);
    } else {
        setFolder(folder);
        setFormats(formats);
    }
}

void ChartExportDialog::save() const
{
    QSettings settings;
    if (m_mode == Mode::OneChart) {
        settings.setValue(key(FolderKey), QFileInfo(filePath()).absolutePath());
        settings.setValue(key(FormatKey), ChartExporter::suffix(format()));
    } else {
        settings.setValue(key(FolderKey), QFileInfo(folder()).absoluteFilePath());
        QStringList names;
        for (const ChartExporter::Format checked : formats())
            names.append(ChartExporter::suffix(checked));
        settings.setValue(key(FormatsKey), names);
    }
    settings.setValue(key(WidthKey), m_width->value());
    settings.setValue(key(HeightKey), m_height->value());
    settings.setValue(key(ScaleKey), m_scale->currentData().toInt());
    settings.setValue(key(DpiKey), m_dpi->value());
}

QSize ChartExportDialog::rememberedSize()
{
    const QSettings settings;
    const QSize fallback = ChartExporter::defaultSize();
    const QSize size(settings.value(key(WidthKey), fallback.width()).toInt(),
        settings.value(key(HeightKey), fallback.height()).toInt());
    return ChartExporter::checkSize(size, 1).isEmpty() ? size : fallback;
}

void ChartExportDialog::setFormat(ChartExporter::Format format)
{
    if (m_format)
        m_format->setCurrentIndex(m_format->findData(int(format)));
    else
        setFormats({ format });
}

ChartExporter::Format ChartExportDialog::format() const
{
    if (m_format)
        return ChartExporter::Format(m_format->currentData().toInt());
    const QList<ChartExporter::Format> checked = formats();
    return checked.isEmpty() ? ChartExporter::Format::Png : checked.first();
}

QList<ChartExporter::Format> ChartExportDialog::formats() const
{
    if (m_format)
        return { format() };
    QList<ChartExporter::Format> checked;
    for (const QCheckBox *box : m_formatBoxes) {
        if (box->isChecked())
            checked.append(ChartExporter::Format(box->property("format").toInt()));
    }
    return checked;
}

void ChartExportDialog::setFormats(const QList<ChartExporter::Format> &formats)
{
    if (m_format) {
        if (!formats.isEmpty())
            setFormat(formats.first());
        return;
    }
    for (QCheckBox *box : std::as_const(m_formatBoxes))
        box->setChecked(formats.contains(ChartExporter::Format(box->property("format").toInt())));
}

QString ChartExportDialog::filePath() const
{
    return m_mode == Mode::OneChart ? m_path->text().trimmed() : QString();
}

void ChartExportDialog::setFilePath(const QString &filePath)
{
    if (m_mode == Mode::OneChart)
        m_path->setText(QDir::toNativeSeparators(filePath));
}

QString ChartExportDialog::folder() const
{
    return m_mode == Mode::AllCharts ? QDir::fromNativeSeparators(m_path->text().trimmed()) : QString();
}

void ChartExportDialog::setFolder(const QString &folder)
{
    if (m_mode == Mode::AllCharts)
        m_path->setText(QDir::toNativeSeparators(folder));
}

QSize ChartExportDialog::chartSize() const
{
    return { m_width->value(), m_height->value() };
}

void ChartExportDialog::setChartSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

double ChartExportDialog::scale() const
{
    const int factor = m_scale->currentData().toInt();
    return factor > 0 ? double(factor) : double(m_dpi->value()) / ChartExporter::BaseDpi;
}

void ChartExportDialog::setScale(int factor, int dotsPerInch)
{
    const int index = m_scale->findData(factor);
    m_scale->setCurrentIndex(index >= 0 ? index : m_scale->findData(2));
    if (dotsPerInch > 0)
        m_dpi->setValue(dotsPerInch);
}

void ChartExportDialog::applySuffix()
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString base = ChartExporter::formatFromName(info.suffix()) ? info.completeBaseName() : info.fileName();
    setFilePath(info.dir().filePath(base + QLatin1Char('.') + ChartExporter::suffix(format())));
}

QString ChartExportDialog::problem() const
{
    if (m_path->text().trimmed().isEmpty())
        return m_mode == Mode::OneChart ? tr("Choose a file.") : tr("Choose a folder.");
    if (formats().isEmpty())
        return tr("Choose at least one format.");
    const bool bitmap = formats().contains(ChartExporter::Format::Png);
    const QString sizeProblem = ChartExporter::checkSize(chartSize(), scale(), bitmap);
    if (!sizeProblem.isEmpty())
        return tr("The image would be too large: %1.").arg(sizeProblem);
    return {};
}

void ChartExportDialog::updateState()
{
    const bool bitmap = formats().contains(ChartExporter::Format::Png);
    m_scale->setEnabled(bitmap);
    m_dpi->setEnabled(bitmap && m_scale->currentData().toInt() == 0);
    const QString issue = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(issue.isEmpty());
    if (!issue.isEmpty()) {
        m_result->setText(issue);
        return;
    }
    const QSize size = chartSize();
    QStringList notes;
    if (bitmap)
        notes.append(
            tr("The PNG is %1 × %2 pixels.").arg(qRound(size.width() * scale())).arg(qRound(size.height() * scale())));
    if (formats().size() > int(bitmap))
        notes.append(tr("SVG and PDF keep text and bars as vectors; a PDF page is the chart's size."));
    m_result->setText(notes.join(QLatin1Char(' ')));
}

void ChartExportDialog::browse()
{
    if (m_mode == Mode::OneChart) {
        const QString suffix = ChartExporter::suffix(format());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), filePath(),
            tr("%1 files (*.%2)").arg(ChartExporter::formatName(format()), suffix), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            setFilePath(path);
        applySuffix();
    } else {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Export all charts to"), folder());
        if (!path.isEmpty())
            setFolder(path);
    }
}

bool ChartExportDialog::confirmReplace(const QStringList &files)
{
    if (m_confirm)
        return m_confirm(files);
    QStringList names;
    for (const QString &file : files.mid(0, 5))
        names.append(QFileInfo(file).fileName());
    if (files.size() > 5)
        names.append(QStringLiteral("…"));
    return QMessageBox::question(this, tr("Replace files?"),
               tr("%n file(s) exist already:\n\n%1\n\nReplace them?", nullptr, int(files.size()))
                   .arg(names.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ChartExportDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QStringList existing;
    if (m_mode == Mode::OneChart) {
        const QFileInfo info(filePath());
        if (info.isDir()) {
            m_result->setText(tr("%1 is a folder; give a file name.").arg(info.filePath()));
            return;
        }
        if (info.exists())
            existing.append(info.filePath());
    } else if (m_existingFiles) {
        existing = m_existingFiles(folder(), formats());
    }
    m_overwrite = false;
    if (!existing.isEmpty()) {
        if (!confirmReplace(existing))
            return;
        m_overwrite = true;
    }
    save();
    QDialog::accept();
}
