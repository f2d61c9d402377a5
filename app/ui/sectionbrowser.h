#pragma once

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QTreeView;

namespace Bulletin {
class SectionTreeModel;
} // namespace Bulletin

// The bulletin as a tree, sections and their indicators with value, provincial value, gap and rank: for browsing
// without a search term. Choosing an indicator asks to show it in its section.
class SectionBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SectionBrowser(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const Bulletin::Document> document);
    void setLanguage(Bulletin::Language language);
    Bulletin::SectionTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void retranslate();

signals:
    void indicatorChosen(const QString &sectionId, const QString &indicatorId);

private:
    Bulletin::SectionTreeModel *m_model;
    QTreeView *m_view;
};
