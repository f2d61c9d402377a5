#include "mainwindow.h"

#include "appicons.h"
#include "applanguage.h"
#include "articlereviewpanel.h"
#include "briefingactions.h"
#include "bulletinchartview.h"
#include "chartexportactions.h"
#include "chartgrid.h"
#include "editsession.h"
#include "indicatorsearchpanel.h"
#include "overviewpage.h"
#include "presenterwindow.h"
#include "problemspanel.h"
#include "propertiespanel.h"
#include "sectionbrowser.h"
#include "sectionpage.h"
#include "sectiontextview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <articleimporter.h>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <chartdatamodel.h>
#include <cmath>
#include <documenteditor.h>
#include <indicatortablemodel.h>
#include <sectiontreemodel.h>

namespace {

constexpr int MaxRecentFiles = 8;
const auto OverviewTabKey = "overview";

constexpr qreal MinFontScale = 0.7;
constexpr qreal MaxFontScale = 2.0;
constexpr qreal FontScaleStep = 0.1;

// The font the program started with; zooming always scales this one, so steps never accumulate rounding.
const QFont &startupFont()
{
    static const QFont font = QApplication::font();
    return font;
}

bool isBulletinFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") || suffix == QLatin1String("csv");
}

bool isArticleFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("docx");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tableModel(new Bulletin::IndicatorTableModel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_recoveryBar = new QFrame(central);
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    m_recoveryBar->setFrameShape(QFrame::StyledPanel);
    m_recoveryBar->hide();
    centralLayout->addWidget(m_recoveryBar);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_session = new EditSession(this);
    connect(m_session->editor(), &Bulletin::DocumentEditor::documentChanged, this, &MainWindow::applyChange);
    connect(m_session, &EditSession::stateChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditSession::editingChanged, this, &MainWindow::setEditing);
    connect(m_session, &EditSession::failed, this, &MainWindow::showProblem);
    connect(m_session, &EditSession::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
        addRecentFile(path);
    });
    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problems, &ProblemsPanel::problemsChanged, this, &MainWindow::updateTitle);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToProblem);
    auto *history = new QUndoView(m_session->editor()->undoStack(), this);
    history->setObjectName(QStringLiteral("history"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    // The properties' forms are built when first needed: most sessions only browse.
    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    tabifyDockWidget(m_propertiesDock, m_historyDock);
    m_propertiesDock->hide();
    connect(m_propertiesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            propertiesPanel();
    });

    m_searchPanel = new IndicatorSearchPanel(m_tableModel, this);
    m_searchDock = new QDockWidget(tr("Indicators"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    m_searchDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    connect(m_searchPanel, &IndicatorSearchPanel::indicatorChosen, this, &MainWindow::showIndicator);
    m_sectionBrowser = new SectionBrowser(this);
    m_sectionBrowser->setLanguage(AppLanguage::bulletinLanguage());
    m_browserDock = new QDockWidget(tr("Sections"), this);
    m_browserDock->setObjectName(QStringLiteral("browserDock"));
    m_browserDock->setWidget(m_sectionBrowser);
    m_browserDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    tabifyDockWidget(m_searchDock, m_browserDock);
    m_searchDock->raise();
    connect(m_sectionBrowser, &SectionBrowser::indicatorChosen, this, &MainWindow::showIndicator);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    QSettings settings;
    m_theme = AppTheme::fromName(settings.value(QStringLiteral("view/theme")).toString());
    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::ensurePage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_document && tab > 0 && tab - 1 < m_document->sections.size())
            if (m_properties)
                m_properties->setCurrentSection(m_document->sections.at(tab - 1).id);
    });

    // 1280 × 800 where the screen has room; a projector's 1024 × 768 gets a window that fits it.
    const QSize preferred(1280, 800);
    const QScreen *where = screen();
    resize(where ? preferred.boundedTo(where->availableGeometry().size()) : preferred);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Also the system theme: its style draws control outlines that stand out 3:1.
    AppTheme::apply(m_theme);
    m_interfaceFont = startupFont();
    setFontScale(settings.value(QStringLiteral("view/fontScale"), 1.0).toReal());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(
        AppIcons::icon(QStringLiteral("document-new")), tr("&New bulletin"), this, &MainWindow::newBulletin);
    newAction->setObjectName(QStringLiteral("newAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction *open = fileMenu->addAction(
        AppIcons::icon(QStringLiteral("document-open")), tr("&Open bulletin…"), this, &MainWindow::openBulletin);
    open->setShortcut(QKeySequence::Open);
    QAction *importAction = fileMenu->addAction(tr("&Import article…"), this, [this] {
        const QString folder = QSettings().value(QStringLiteral("paths/importFolder")).toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import article"), folder,
            tr("Articles (*.txt *.html *.htm *.docx);;Text (*.txt);;Web page (*.html *.htm);;Word (*.docx)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("paths/importFolder"), QFileInfo(path).absolutePath());
        importArticle(path);
    });
    importAction->setObjectName(QStringLiteral("importArticleAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    updateRecentMenu();
    m_session->retranslate();
    fileMenu->addAction(m_session->saveAction());
    fileMenu->addAction(m_session->saveAsAction());
    fileMenu->addSeparator();
    QAction *exportAction = fileMenu->addAction(
        AppIcons::icon(QStringLiteral("document-export")), tr("&Export data…"), this, &MainWindow::exportData);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_chartExport = new ChartExportActions(this);
    m_chartExport->setCurrentChart([this]() -> BulletinChartView * {
        const int tab = m_tabs->currentIndex();
        if (tab == 0)
            return m_overview ? m_overview->charts().value(0) : nullptr;
        SectionPage *page = tab > 0 ? sectionPage(tab - 1) : nullptr;
        return page ? page->charts().value(0) : nullptr;
    });
    fileMenu->addActions(m_chartExport->actions());
    connect(fileMenu, &QMenu::aboutToShow, m_chartExport, &ChartExportActions::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, m_chartExport, &ChartExportActions::updateActions);
    fileMenu->addSeparator();
    m_briefing = new BriefingActions(this);
    fileMenu->addActions(m_briefing->actions());
    connect(m_briefing, &BriefingActions::saved, this,
        [this](const QString &path) { statusBar()->showMessage(tr("Wrote %1").arg(path), 5000); });
    connect(m_briefing, &BriefingActions::failed, this, &MainWindow::showProblem);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_session->undoAction());
    editMenu->addAction(m_session->redoAction());
    editMenu->addSeparator();
    editMenu->addAction(m_session->editModeAction());
    editMenu->addAction(m_problemsDock->toggleViewAction());
    editMenu->addAction(m_propertiesDock->toggleViewAction());
    editMenu->addAction(m_historyDock->toggleViewAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(AppIcons::icon(QStringLiteral("edit-find")), tr("&Search indicators"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchPanel->focusSearch();
    });
    viewMenu->addAction(m_searchDock->toggleViewAction());
    viewMenu->addAction(m_browserDock->toggleViewAction());
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themeMenu);
    const QList<QPair<AppTheme::Theme, QString>> themes { { AppTheme::System, tr("Follow the &system") },
        { AppTheme::Light, tr("&Light") }, { AppTheme::Dark, tr("&Dark") },
        { AppTheme::HighContrast, tr("&High contrast") } };
    for (const auto &[theme, label] : themes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(languageMenu);
    // Each language is named in itself, so that a user who cannot read the current one finds theirs.
    const QList<QPair<AppLanguage::Language, QString>> languages { { AppLanguage::Chinese, QStringLiteral("中文") },
        { AppLanguage::English, QStringLiteral("English") } };
    for (const auto &[language, label] : languages) {
        QAction *action = languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(language == AppLanguage::current());
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language] { setLanguage(language); });
    }
    QAction *fullScreen = viewMenu->addAction(AppIcons::icon(QStringLiteral("view-fullscreen")), tr("&Full screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    QAction *presenter = viewMenu->addAction(AppIcons::icon(QStringLiteral("x-office-presentation")),
        tr("&Presenter mode"), this, &MainWindow::showPresenter);
    presenter->setObjectName(QStringLiteral("presenterAction"));
    presenter->setShortcut(QKeySequence(Qt::Key_F5));
    viewMenu->addSeparator();
    QAction *zoomIn = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &in"), this,
        [this] { setFontScale(m_fontScale + FontScaleStep); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    // Ctrl+= too: on most keyboards "+" needs Shift.
    zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *zoomOut = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &out"), this,
        [this] { setFontScale(m_fontScale - FontScaleStep); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *actualSize = viewMenu->addAction(
        QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Actual size"), this, [this] { setFontScale(1.0); });
    actualSize->setObjectName(QStringLiteral("actualSizeAction"));
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Bulletin Dashboard"), this, &MainWindow::about);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(open);
    toolBar->addAction(m_session->saveAction());
    toolBar->addAction(exportAction);
    toolBar->addAction(m_session->editModeAction());
    toolBar->addSeparator();
    toolBar->addAction(find);
    toolBar->addAction(fullScreen);
    m_session->saveAction()->setIcon(AppIcons::icon(QStringLiteral("document-save")));
    m_session->editModeAction()->setIcon(AppIcons::icon(QStringLiteral("document-edit")));
    AppIcons::useToolbarTexts(toolBar);
}

void MainWindow::setDocument(std::shared_ptr<const Bulletin::Document> document, const QString &filePath)
{
    if (!document)
        return;
    // The session's editor tells applyChange(), which shows it.
    m_session->open(std::move(document), filePath, filePath.isEmpty());
    if (!filePath.isEmpty())
        addRecentFile(filePath);
}

QString MainWindow::filePath() const
{
    return m_session->filePath();
}

void MainWindow::applyChange(
    const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change)
{
    using Kind = Bulletin::DocumentChange::Kind;
    if (!document)
        return;
    m_document = document;
    m_briefing->setDocument(m_document);
    m_chartExport->setDocument(m_document);
    // Checked while editing; a bulletin that loaded has none, and start-up need not wait for the check.
    if (m_session->isEditing() || change.kind != Kind::Reset)
        m_problems->check(m_document);
    if (change.kind == Kind::Reset || change.kind == Kind::Structure) {
        // New sections, indicators or charts: the pages are laid out anew, on the same section.
        const int current = m_tabs->currentIndex();
        const QString currentSection
            = current > 0 && current - 1 < m_sectionPages.size() && m_sectionPages.at(current - 1)
            ? m_sectionPages.at(current - 1)->sectionId()
            : QString();
        m_tableModel->setLanguage(AppLanguage::bulletinLanguage());
        if (change.kind == Kind::Reset) {
            m_tableModel->setDocument(m_document);
            m_sectionBrowser->setDocument(m_document);
        } else {
            m_tableModel->applyChange(m_document, change);
            m_sectionBrowser->model()->applyChange(m_document, change);
        }
        rebuildTabs();
        if (!currentSection.isEmpty())
            showSection(currentSection);
    } else {
        // A field: every model that shows it says so, and the views and charts over them follow.
        m_tableModel->applyChange(m_document, change);
        m_sectionBrowser->model()->applyChange(m_document, change);
        const auto charts = findChildren<BulletinChartView *>();
        for (BulletinChartView *chart : charts)
            chart->dataModel()->applyChange(m_document, change);
        if (m_overview)
            m_overview->applyChange(m_document, change);
        for (int s = 0; s < m_sectionPages.size(); ++s) {
            if (SectionPage *page = m_sectionPages.at(s))
                page->applyChange(m_document, change);
            if (s < m_document->sections.size())
                setSectionTabText(s);
        }
    }
    updateTitle();
    updateStatusLabel();
}

void MainWindow::updateTitle()
{
    if (!m_document)
        return;
    // The program's name follows, in the interface language (QGuiApplication::applicationDisplayName).
    QString title = m_document->displayTitle(AppLanguage::bulletinLanguage()) + QStringLiteral(" — ")
        + m_session->displayName() + QStringLiteral("[*]");
    if (m_problems->problemCount() > 0)
        title += tr(" (%n problem(s))", nullptr, m_problems->problemCount());
    setWindowTitle(title);
    setWindowModified(m_session->isModified());
}

void MainWindow::setEditing(bool editing)
{
    m_tableModel->setEditor(editing ? m_session->editor() : nullptr);
    if (editing)
        m_problems->check(m_document);
    m_problemsDock->setVisible(editing);
    if (editing)
        propertiesPanel();
    m_propertiesDock->setVisible(editing);
    m_historyDock->setVisible(editing);
    if (editing) {
        m_propertiesDock->raise();
        resizeDocks({ m_problemsDock }, { 140 }, Qt::Vertical);
        resizeDocks({ m_propertiesDock }, { 420 }, Qt::Horizontal);
    }
    statusBar()->showMessage(editing ? tr("Edit mode: every change can be undone (Ctrl+Z)") : tr("Browsing"), 4000);
}

PropertiesPanel *MainWindow::propertiesPanel()
{
    if (m_properties)
        return m_properties;
    m_properties = new PropertiesPanel(m_session->editor(), m_propertiesDock);
    m_propertiesDock->setWidget(m_properties);
    connect(m_properties, &PropertiesPanel::sectionCreated, this, [this](const QString &id) { showSection(id); });
    connect(m_properties, &PropertiesPanel::indicatorCreated, this, &MainWindow::showIndicator);
    const int tab = m_tabs->currentIndex();
    if (m_document && tab > 0 && tab - 1 < m_document->sections.size()) {
        m_properties->setCurrentSection(m_document->sections.at(tab - 1).id);
        if (SectionPage *page = m_sectionPages.value(tab - 1))
            m_properties->setCurrentIndicator(page->selectedIndicatorId());
    }
    return m_properties;
}

void MainWindow::goToProblem(const Bulletin::FieldRef &ref)
{
    if (!m_document)
        return;
    if (ref.section >= 0 && ref.section < m_document->sections.size()) {
        const Bulletin::Section &section = m_document->sections.at(ref.section);
        if (ref.kind == Bulletin::FieldRef::Kind::Indicator && ref.item >= 0 && ref.item < section.indicators.size())
            showIndicator(section.id, section.indicators.at(ref.item).id);
        else
            showSection(section.id);
    }
    m_propertiesDock->show();
    m_propertiesDock->raise();
    propertiesPanel()->showField(ref);
}

void MainWindow::newBulletin()
{
    if (m_interactive && !m_session->maybeSave())
        return;
    m_session->open(
        std::make_shared<const Bulletin::Document>(Bulletin::DocumentEditor::newDocument()), QString(), false);
    m_session->setEditing(true);
}

bool MainWindow::importArticle(const QString &path)
{
    if (m_interactive && !m_session->maybeSave())
        return false;
    const Bulletin::ImportResult result = Bulletin::ArticleImporter::importFile(path);
    if (!result.ok()) {
        showProblem(tr("Cannot import article"),
            tr("The bulletin on screen is unchanged.\n\n%1").arg(Bulletin::describeProblems(result.problems)));
        return false;
    }
    // A draft to review and save under a name of the user's choosing: new, and unsaved until then.
    m_session->open(std::make_shared<const Bulletin::Document>(*result.draft), QString(), false);
    m_session->editor()->undoStack()->resetClean();
    if (!m_review) {
        m_review = new ArticleReviewPanel(m_session->editor(), this);
        m_reviewDock = new QDockWidget(tr("Article"), this);
        m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
        m_reviewDock->setWidget(m_review);
        addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
        connect(m_review, &ArticleReviewPanel::indicatorChosen, this, &MainWindow::showIndicator);
    }
    m_review->setResult(result);
    m_session->setEditing(true);
    m_reviewDock->show();
    m_reviewDock->raise();
    resizeDocks({ m_reviewDock }, { 260 }, Qt::Vertical);
    statusBar()->showMessage(
        tr("Imported %1: %n figure(s) to review", nullptr, int(result.figures.size())).arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

bool MainWindow::offerRecovery()
{
    const EditSession::Recovery recovery = EditSession::pendingRecovery();
    if (!recovery.isValid())
        return false;
    delete m_recoveryBar->layout();
    const auto children = m_recoveryBar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    auto *layout = new QHBoxLayout(m_recoveryBar);
    const QString what
        = recovery.originalPath.isEmpty() ? tr("a bulletin") : QFileInfo(recovery.originalPath).fileName();
    auto *label = new QLabel(tr("Unsaved edits of %1 from %2 were kept when the program last stopped.")
                                 .arg(what, QLocale().toString(recovery.savedAt, QLocale::ShortFormat)),
        m_recoveryBar);
    label->setObjectName(QStringLiteral("recoveryText"));
    label->setWordWrap(true);
    auto *recover = new QPushButton(tr("Recover"), m_recoveryBar);
    recover->setObjectName(QStringLiteral("recoverButton"));
    auto *discard = new QPushButton(tr("Discard"), m_recoveryBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    layout->addWidget(label, 1);
    layout->addWidget(recover);
    layout->addWidget(discard);
    connect(recover, &QPushButton::clicked, this, [this, recovery] {
        QString error;
        if (m_session->recover(recovery, &error)) {
            m_recoveryBar->hide();
            m_session->setEditing(true);
        } else {
            showProblem(tr("Cannot recover edits"), error);
        }
    });
    connect(discard, &QPushButton::clicked, this, [this, recovery] {
        EditSession::discard(recovery);
        m_recoveryBar->hide();
    });
    m_recoveryBar->show();
    return true;
}

bool MainWindow::openFile(const QString &filePath)
{
    if (m_interactive && !m_session->maybeSave())
        return false;
    const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(filePath);
    if (!loaded.ok() && loaded.draft && m_interactive
        && QMessageBox::question(this, tr("Open as a draft?"),
               tr("%1 has problems to correct:\n\n%2\n\nOpen it in edit mode as a draft?")
                   .arg(QFileInfo(filePath).fileName(), Bulletin::describeProblems(loaded.problems)))
            == QMessageBox::Yes) {
        setDocument(loaded.draft, filePath);
        m_session->setEditing(true);
        return true;
    }
    if (!loaded.ok()) {
        showProblem(tr("Cannot open bulletin"),
            tr("The bulletin on screen is unchanged.\n\n%1").arg(Bulletin::describeProblems(loaded.problems)));
        return false;
    }
    setDocument(loaded.document, filePath);
    statusBar()->showMessage(tr("Opened %1").arg(filePath), 5000);
    return true;
}

void MainWindow::rebuildTabs()
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_sectionPages.clear();
    m_overview = new OverviewPage(m_document, m_tableModel, AppTheme::chartStyle(m_theme), m_tabs);
    connect(m_overview, &OverviewPage::indicatorActivated, this, &MainWindow::showIndicator);
    // After the edit that asked for it has been handled.
    connect(m_overview, &OverviewPage::rebuildRequested, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                const int current = m_tabs->currentIndex();
                rebuildTabs();
                m_tabs->setCurrentIndex(current);
            },
            Qt::QueuedConnection);
    });
    if (!qFuzzyCompare(m_fontScale, 1.0))
        applyChartScale();
    m_tabs->addTab(m_overview, tr("Overview"));
    for (const Bulletin::Section &section : m_document->sections) {
        // Section pages are built when first shown; until then the tab holds an empty container.
        auto *container = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(container, QString());
        m_sectionPages.append(nullptr);
        setSectionTabText(int(m_sectionPages.size()) - 1);
    }
    m_tabs->setCurrentIndex(0);
}

void MainWindow::setSectionTabText(int sectionIndex)
{
    if (sectionIndex < 0 || sectionIndex >= m_document->sections.size())
        return;
    const Bulletin::Section &section = m_document->sections.at(sectionIndex);
    const Bulletin::Language language = AppLanguage::bulletinLanguage();
    // Tabs take the short title; the whole title, in both languages when the bulletin has both, is the tool tip.
    m_tabs->setTabText(sectionIndex + 1, section.displayShortTitle(language));
    QStringList titles { section.displayTitle(language) };
    const QString other = titles.first() == section.title ? section.titleEn : section.title;
    if (!other.isEmpty() && other != titles.first())
        titles.append(other);
    m_tabs->setTabToolTip(sectionIndex + 1, titles.join(u'\n'));
}

SectionPage *MainWindow::sectionPage(int sectionIndex)
{
    if (sectionIndex < 0 || sectionIndex >= m_sectionPages.size())
        return nullptr;
    if (!m_sectionPages.at(sectionIndex)) {
        QWidget *container = m_tabs->widget(sectionIndex + 1);
        auto *page = new SectionPage(m_document, sectionIndex, m_tableModel, AppTheme::chartStyle(m_theme), container);
        container->layout()->addWidget(page);
        m_sectionPages[sectionIndex] = page;
        connect(page, &SectionPage::indicatorSelected, this, &MainWindow::highlightIndicator);
        connect(page, &SectionPage::indicatorSelected, this, [this](const QString &id) {
            if (m_properties)
                m_properties->setCurrentIndicator(id);
        });
        connect(page->textView(), &QTextEdit::selectionChanged, this, [this, page] {
            if (m_properties)
                m_properties->setSelectedText(page->textView()->textCursor().selectedText());
        });
        if (!qFuzzyCompare(m_fontScale, 1.0))
            applyChartScale();
    }
    return m_sectionPages.at(sectionIndex);
}

void MainWindow::ensurePage(int tabIndex)
{
    if (tabIndex > 0)
        sectionPage(tabIndex - 1);
}

bool MainWindow::showSection(const QString &sectionId)
{
    if (!m_document)
        return false;
    if (sectionId == QLatin1String(OverviewTabKey)) {
        m_tabs->setCurrentIndex(0);
        return true;
    }
    for (int s = 0; s < m_document->sections.size(); ++s) {
        if (m_document->sections.at(s).id == sectionId) {
            m_tabs->setCurrentIndex(s + 1);
            return true;
        }
    }
    return false;
}

bool MainWindow::showIndicator(const QString &sectionId, const QString &indicatorId)
{
    if (!showSection(sectionId))
        return false;
    SectionPage *page = sectionPage(m_tabs->currentIndex() - 1);
    return page && page->selectIndicator(indicatorId);
}

void MainWindow::restoreLastTab()
{
    const QString last = QSettings().value(QStringLiteral("window/lastTab")).toString();
    if (!last.isEmpty())
        showSection(last);
}

void MainWindow::setTheme(AppTheme::Theme theme)
{
    m_theme = theme;
    AppTheme::apply(theme);
    const ChartStyle style = AppTheme::chartStyle(theme);
    if (m_overview)
        m_overview->setChartStyle(style);
    for (SectionPage *page : std::as_const(m_sectionPages)) {
        if (page)
            page->setChartStyle(style);
    }
    QSettings().setValue(QStringLiteral("view/theme"), AppTheme::name(theme));
}

void MainWindow::showPresenter()
{
    if (!m_document)
        return;
    // Built anew each time, so that it shows the current bulletin and theme.
    m_presenter = std::make_unique<PresenterWindow>(m_document, AppTheme::chartStyle(m_theme));
    connect(m_presenter.get(), &PresenterWindow::closed, this, [this] {
        raise();
        activateWindow();
    });
    // On the window's screen and as large as it, also where the window manager ignores a request for full screen.
    if (const QScreen *where = screen())
        m_presenter->setGeometry(where->geometry());
    m_presenter->showFullScreen();
    m_presenter->activateWindow();
    m_presenter->setFocus();
}

void MainWindow::setFontScale(qreal scale)
{
    // Whole steps of 10 %, whatever the settings file holds.
    scale = qBound(MinFontScale, std::round(scale / FontScaleStep) * FontScaleStep, MaxFontScale);
    m_fontScale = scale;
    QFont font = m_interfaceFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * scale)));
    // Every widget is told of a new application font; not when it is the same.
    if (font != QApplication::font())
        QApplication::setFont(font);
    applyChartScale();
    QSettings settings;
    if (qFuzzyCompare(scale, 1.0))
        settings.remove(QStringLiteral("view/fontScale"));
    else
        settings.setValue(QStringLiteral("view/fontScale"), scale);
}

void MainWindow::applyChartScale()
{
    const auto charts = findChildren<BulletinChartView *>();
    for (BulletinChartView *chart : charts)
        chart->setTextScale(m_fontScale);
    const auto grids = findChildren<ChartGrid *>();
    for (ChartGrid *grid : grids)
        grid->setMinimumColumnWidth(qRound(ChartGrid::DefaultColumnWidth * m_fontScale));
}

void MainWindow::highlightIndicator(const QString &indicatorId)
{
    const auto charts = findChildren<BulletinChartView *>();
    for (BulletinChartView *chart : charts)
        chart->setHighlightedIndicator(indicatorId);
}

void MainWindow::watchFirstPaint()
{
    m_watchingFirstPaint = true;
    installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The window paints first, then its children, in one pass: the timer fires once all are drawn.
    if (m_watchingFirstPaint && watched == this && event->type() == QEvent::Paint) {
        m_watchingFirstPaint = false;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_interactive && !m_session->maybeSave()) {
        event->ignore();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    if (!m_document)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    const int current = m_tabs->currentIndex();
    settings.setValue(QStringLiteral("window/lastTab"),
        current > 0 ? m_document->sections.at(current - 1).id : QString::fromLatin1(OverviewTabKey));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (isBulletinFile(urls.first().toLocalFile()) || isArticleFile(urls.first().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    if (isArticleFile(path))
        importArticle(path);
    else
        openFile(path);
}

void MainWindow::openBulletin()
{
    const QString folder = QSettings().value(QStringLiteral("paths/openFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open bulletin"), folder, tr("Bulletins (*.json *.csv);;JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("paths/openFolder"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::exportData()
{
    if (!m_document)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("paths/exportFolder")).toString();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data"),
        QDir(folder).filePath(m_document->id + QStringLiteral(".csv")), tr("CSV table (*.csv);;Bulletin JSON (*.json)"),
        &selectedFilter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/exportFolder"), QFileInfo(path).absolutePath());
    // The file dialog has asked before replacing an existing file.
    const QString failure
        = Bulletin::BulletinWriter::writeFile(*m_document, path, Bulletin::BulletinWriter::Overwrite::Allow);
    if (!failure.isEmpty())
        showProblem(tr("Cannot export data"), failure);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void MainWindow::about()
{
    QString source = tr("Built-in bulletin");
    if (m_document)
        source = m_document->sourceNote.isEmpty() ? m_document->title : m_document->sourceNote;
    QMessageBox::about(this, tr("About Bulletin Dashboard"),
        tr("<h3>Bulletin Dashboard %1</h3>"
           "<p>Key figures, highlight sections and comparisons with the province from a city's "
           "development bulletin.</p>"
           "<p><b>Data source:</b> %2</p>"
           "<p>Provincial values marked * are derived from the gap the text states.</p>"
           "<p>Built with Qt %3.</p>")
            .arg(QApplication::applicationVersion(), source.toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::addRecentFile(const QString &filePath)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    m_lastError = message;
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

void MainWindow::updateStatusLabel()
{
    if (!m_document)
        return;
    m_statusLabel->setText(
        tr("%1 · %n section(s)", nullptr, int(m_document->sections.size())).arg(m_session->displayName())
        + tr(" · %n indicator(s)", nullptr, m_document->indicatorCount()));
}

void MainWindow::setLanguage(AppLanguage::Language language)
{
    QSettings().setValue(QStringLiteral("view/language"), AppLanguage::name(language));
    AppLanguage::apply(language);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Installing and removing translators sends several of these; one retranslation is enough.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    QGuiApplication::setApplicationDisplayName(tr("Bulletin Dashboard"));
    // The faces of the language shown now: English puts a Latin face first, Chinese a CJK one.
    m_interfaceFont = AppTheme::interfaceFont(startupFont(), AppLanguage::bulletinLanguage());
    setFontScale(m_fontScale);
    // Menus, tool bar and pages are built from translated strings: build them again.
    const int currentTab = m_tabs->currentIndex();
    const SectionPage *currentPage = currentTab > 0 ? m_sectionPages.value(currentTab - 1) : nullptr;
    const QString selectedSection = currentPage ? currentPage->sectionId() : QString();
    const QString selectedIndicator = currentPage ? currentPage->selectedIndicatorId() : QString();
    delete m_chartExport;
    delete m_briefing;
    delete m_toolBar;
    setMenuBar(new QMenuBar(this));
    createActions();
    m_searchDock->setWindowTitle(tr("Indicators"));
    m_searchPanel->retranslate();
    m_browserDock->setWindowTitle(tr("Sections"));
    m_sectionBrowser->setLanguage(AppLanguage::bulletinLanguage());
    m_sectionBrowser->retranslate();
    if (m_document) {
        m_tableModel->setLanguage(AppLanguage::bulletinLanguage());
        m_briefing->setDocument(m_document);
        m_chartExport->setDocument(m_document);
        rebuildTabs();
        m_tabs->setCurrentIndex(currentTab);
        if (!selectedIndicator.isEmpty())
            showIndicator(selectedSection, selectedIndicator);
        m_sectionBrowser->setLanguage(AppLanguage::bulletinLanguage());
        updateTitle();
        updateStatusLabel();
    }
}
