#include "briefingactions.h"

#include "briefingdialog.h"
#include "briefingpainter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QWidget>

BriefingActions::BriefingActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_contents = new QAction(tr("Briefing &contents…"), this);
    m_contents->setObjectName(QStringLiteral("briefingContentsAction"));
    m_contents->setStatusTip(tr("Choose the sections, charts, tables and text of the printed briefing"));
    connect(m_contents, &QAction::triggered, this, &BriefingActions::chooseContents);

    m_preview = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_preview, &QAction::triggered, this, &BriefingActions::preview);

    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &BriefingActions::print);

    m_savePdf = new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Save briefing as P&DF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveBriefingPdfAction"));
    connect(m_savePdf, &QAction::triggered, this, &BriefingActions::savePdf);

    setDocument(nullptr);
}

BriefingActions::~BriefingActions() = default;

void BriefingActions::setDocument(std::shared_ptr<const Bulletin::Document> document)
{
    m_document = std::move(document);
    for (QAction *action : actions())
        action->setEnabled(m_document != nullptr);
}

QList<QAction *> BriefingActions::actions() const
{
    return { m_contents, m_preview, m_print, m_savePdf };
}

BriefingOptions BriefingActions::options() const
{
    return m_document ? BriefingOptions::load(*m_document, QSettings()) : BriefingOptions();
}

void BriefingActions::setOptions(const BriefingOptions &options)
{
    if (!m_document)
        return;
    QSettings settings;
    options.save(*m_document, settings);
}

QPrinter *BriefingActions::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(BriefingOptions::pageLayout());
        if (m_document)
            m_printer->setDocName(m_document->title);
    }
    return m_printer.get();
}

void BriefingActions::paintOn(QPrinter *printer)
{
    if (BriefingPainter::paint(printer, m_document, options()) == 0)
        emit failed(tr("Cannot print the briefing"), tr("The printer could not be painted on."));
}

void BriefingActions::chooseContents()
{
    if (!m_document)
        return;
    BriefingDialog dialog(*m_document, options(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        setOptions(dialog.options());
}

void BriefingActions::preview()
{
    if (!m_document)
        return;
    QPrintPreviewDialog dialog(printer(), m_window);
    dialog.setWindowTitle(tr("Print preview — %1").arg(m_document->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &BriefingActions::paintOn);
    dialog.exec();
}

void BriefingActions::print()
{
    if (!m_document)
        return;
    QPrintDialog dialog(printer(), m_window);
    dialog.setWindowTitle(tr("Print briefing"));
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer());
}

QString BriefingActions::saveBriefing(const QString &filePath) const
{
    if (!m_document)
        return tr("No bulletin is open.");
    // Paper and orientation follow the printer settings once the user has chosen them there.
    const QPageLayout layout = m_printer ? m_printer->pageLayout() : BriefingOptions::pageLayout();
    // The file dialog has asked before replacing an existing file.
    return BriefingPainter::writePdf(filePath, m_document, options(), layout, Bulletin::Overwrite::Allow);
}

void BriefingActions::savePdf()
{
    if (!m_document)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("paths/briefingFolder")).toString();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save briefing as PDF"),
        QDir(folder).filePath(m_document->id + QStringLiteral("-briefing.pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setValue(QStringLiteral("paths/briefingFolder"), QFileInfo(path).absolutePath());
    const QString failure = saveBriefing(path);
    if (failure.isEmpty())
        emit saved(path);
    else
        emit failed(tr("Cannot save the briefing"), failure);
}
