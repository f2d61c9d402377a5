#pragma once

#include <QMainWindow>
#include <bulletin.h>
#include <memory>

class QTreeView;
class QTextBrowser;
class QLineEdit;

namespace Bulletin {
class SectionTreeModel;
class IndicatorFilterProxyModel;
} // namespace Bulletin

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDocument(std::shared_ptr<const Bulletin::Document> document, const QString &filePath);
    std::shared_ptr<const Bulletin::Document> document() const { return m_document; }
    bool showSection(const QString &sectionId);
    void quitAfterFirstPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openBulletin();
    void exportData();
    void showCurrent();

    std::shared_ptr<const Bulletin::Document> m_document;
    Bulletin::SectionTreeModel *m_treeModel = nullptr;
    Bulletin::IndicatorFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_text = nullptr;
    QLineEdit *m_filter = nullptr;
    bool m_quitAfterFirstPaint = false;
};
