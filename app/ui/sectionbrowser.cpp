#include "sectionbrowser.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>
#include <indicatorroles.h>
#include <sectiontreemodel.h>

SectionBrowser::SectionBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new Bulletin::SectionTreeModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(Bulletin::SectionTreeModel::NameColumn, QHeaderView::Stretch);
    for (const int column :
        { int(Bulletin::SectionTreeModel::ValueColumn), int(Bulletin::SectionTreeModel::ProvinceColumn),
            int(Bulletin::SectionTreeModel::GapColumn), int(Bulletin::SectionTreeModel::RankColumn) })
        m_view->header()->resizeSection(column, 72);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);

    const auto choose = [this](const QModelIndex &index) {
        const QString indicatorId = index.data(Bulletin::IndicatorIdRole).toString();
        if (!indicatorId.isEmpty())
            emit indicatorChosen(index.data(Bulletin::SectionIdRole).toString(), indicatorId);
    };
    connect(m_view, &QTreeView::activated, this, choose);
    connect(m_view, &QTreeView::clicked, this, choose);
    retranslate();
}

void SectionBrowser::setDocument(std::shared_ptr<const Bulletin::Document> document)
{
    m_model->setDocument(std::move(document));
}

void SectionBrowser::setLanguage(Bulletin::Language language)
{
    m_model->setLanguage(language);
}

void SectionBrowser::retranslate()
{
    m_view->setAccessibleName(tr("Sections and their indicators"));
}
