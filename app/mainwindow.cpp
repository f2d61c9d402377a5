#include "mainwindow.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <indicatorfilterproxymodel.h>
#include <indicatorroles.h>
#include <sectiontreemodel.h>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_treeModel(new Bulletin::SectionTreeModel(this))
    , m_proxy(new Bulletin::IndicatorFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_treeModel);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setPlaceholderText(tr("Filter indicators (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(left);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree);

    m_text = new QTextBrowser(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open bulletin…"), QKeySequence::Open, this, &MainWindow::openBulletin);
    fileMenu->addAction(tr("&Export data…"), this, &MainWindow::exportData);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        if (m_proxy->isFiltering())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrent);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::setDocument(std::shared_ptr<const Bulletin::Document> document, const QString &filePath)
{
    m_document = std::move(document);
    m_treeModel->setDocument(m_document);
    m_tree->expandAll();
    if (m_document) {
        setWindowTitle(m_document->title);
        statusBar()->showMessage(tr("%1 — %2 sections, %3 indicators")
                                     .arg(filePath.isEmpty() ? tr("Built-in bulletin") : filePath)
                                     .arg(m_document->sections.size())
                                     .arg(m_document->indicatorCount()));
    }
}

bool MainWindow::showSection(const QString &sectionId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_treeModel->indexOfSection(sectionId));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

void MainWindow::quitAfterFirstPaint()
{
    m_quitAfterFirstPaint = true;
    installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_quitAfterFirstPaint && watched == this && event->type() == QEvent::Paint) {
        m_quitAfterFirstPaint = false;
        QTimer::singleShot(0, qApp, &QApplication::quit);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openBulletin()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open bulletin"), QString(), tr("Bulletins (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(path);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Cannot open bulletin"), Bulletin::describeProblems(loaded.problems));
        return;
    }
    setDocument(loaded.document, path);
}

void MainWindow::exportData()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export data"), QString(), tr("CSV table (*.csv);;Bulletin JSON (*.json)"));
    if (path.isEmpty())
        return;
    // The file dialog has already asked before replacing an existing file.
    const QString failure
        = Bulletin::BulletinWriter::writeFile(*m_document, path, Bulletin::BulletinWriter::Overwrite::Allow);
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Cannot export data"), failure);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void MainWindow::showCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || !m_document)
        return;
    const int sectionIndex = index.data(Bulletin::SectionIndexRole).toInt();
    const Bulletin::Section &section = m_document->sections.at(sectionIndex);
    QString html = QStringLiteral("<h2>%1</h2>").arg(section.title.toHtmlEscaped());
    const QString source = index.data(Bulletin::SourceRole).toString();
    for (const QString &paragraph : section.text.split(QLatin1Char('\n'))) {
        QString escaped = paragraph.toHtmlEscaped();
        if (!source.isEmpty())
            escaped.replace(source.toHtmlEscaped(), QStringLiteral("<mark>%1</mark>").arg(source.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>").arg(escaped);
    }
    m_text->setHtml(html);
}
