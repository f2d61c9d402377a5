#pragma once

#include "applanguage.h"
#include "apptheme.h"

#include <QFont>
#include <QMainWindow>
#include <bulletin.h>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class BriefingActions;
class ChartExportActions;
class IndicatorSearchPanel;
class OverviewPage;
class ArticleReviewPanel;
class EditSession;
class PresenterWindow;
class ProblemsPanel;
class PropertiesPanel;
class QFrame;
class SectionBrowser;
class SectionPage;

namespace Bulletin {
class IndicatorTableModel;
struct DocumentChange;
struct FieldRef;
} // namespace Bulletin

// Assembles the pages of a bulletin, its menus and its state; the pages do the showing.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A bulletin to show (and edit); an empty path is the built-in bulletin.
    void setDocument(std::shared_ptr<const Bulletin::Document> document, const QString &filePath);
    EditSession *session() const { return m_session; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    // Built on first use.
    PropertiesPanel *propertiesPanel();
    // A new bulletin from the empty template, in edit mode; asks first when edits are unsaved.
    void newBulletin();
    // Drafts a bulletin from an article (text, HTML, .docx) and opens it for review, in edit mode, unsaved; on
    // failure shows the located problem and keeps the bulletin on screen.
    bool importArticle(const QString &path);
    // Null until an article was imported.
    ArticleReviewPanel *reviewPanel() const { return m_review; }
    // Edits a previous run left unsaved, offered in a bar above the pages; false when there are none.
    bool offerRecovery();
    QFrame *recoveryBar() const { return m_recoveryBar; }
    std::shared_ptr<const Bulletin::Document> document() const { return m_document; }
    QString filePath() const;
    // Loads a file; on failure shows the located problems and keeps the current bulletin.
    bool openFile(const QString &filePath);
    bool showSection(const QString &sectionId);
    bool showIndicator(const QString &sectionId, const QString &indicatorId);
    // Emits firstPainted() once the window has been painted, and drawn, for the first time.
    void watchFirstPaint();
    void restoreLastTab();

    QTabWidget *tabs() const { return m_tabs; }
    OverviewPage *overviewPage() const { return m_overview; }
    // Builds the page on first use.
    SectionPage *sectionPage(int sectionIndex);
    void setSectionTabText(int sectionIndex);
    bool hasSectionPage(int sectionIndex) const { return m_sectionPages.value(sectionIndex) != nullptr; }
    IndicatorSearchPanel *searchPanel() const { return m_searchPanel; }
    SectionBrowser *sectionBrowser() const { return m_sectionBrowser; }
    Bulletin::IndicatorTableModel *tableModel() const { return m_tableModel; }
    BriefingActions *briefingActions() const { return m_briefing; }
    ChartExportActions *chartExportActions() const { return m_chartExport; }
    void setTheme(AppTheme::Theme theme);
    // Problems are shown in a dialog unless this is off (tests, headless runs).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

    // Switches the interface language while running and remembers the choice.
    void setLanguage(AppLanguage::Language language);

    // The bulletin full screen, one section a slide (F5); null until first shown.
    void showPresenter();
    PresenterWindow *presenter() const { return m_presenter.get(); }
    // The application font as a multiple of the startup font, 0.7 to 2.0 in steps of 0.1; remembered.
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }
    // Marks the indicator in every chart of the window that shows it.
    void highlightIndicator(const QString &indicatorId);

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Chart text and chart columns follow the zoom.
    void applyChartScale();
    void createActions();
    void retranslate();
    void updateStatusLabel();
    void rebuildTabs();
    void ensurePage(int tabIndex);
    void openBulletin();
    void exportData();
    void about();
    void addRecentFile(const QString &filePath);
    void updateRecentMenu();
    void saveState();
    void showProblem(const QString &title, const QString &message);
    void applyChange(const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change);
    void setEditing(bool editing);
    void updateTitle();
    void goToProblem(const Bulletin::FieldRef &ref);

    std::shared_ptr<const Bulletin::Document> m_document;
    Bulletin::IndicatorTableModel *m_tableModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    QList<SectionPage *> m_sectionPages;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_browserDock = nullptr;
    SectionBrowser *m_sectionBrowser = nullptr;
    IndicatorSearchPanel *m_searchPanel = nullptr;
    QMenu *m_recentMenu = nullptr;
    BriefingActions *m_briefing = nullptr;
    ChartExportActions *m_chartExport = nullptr;
    QLabel *m_statusLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    bool m_retranslatePending = false;
    AppTheme::Theme m_theme = AppTheme::System;
    bool m_watchingFirstPaint = false;
    bool m_interactive = true;
    QString m_lastError;
    std::unique_ptr<PresenterWindow> m_presenter;
    qreal m_fontScale = 1.0;
    // What zoom scales: the program's first font (main.cpp), in the faces of the language shown.
    QFont m_interfaceFont;
    EditSession *m_session = nullptr;
    ProblemsPanel *m_problems = nullptr;
    PropertiesPanel *m_properties = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QFrame *m_recoveryBar = nullptr;
    ArticleReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
};
