#include "propertiespanel.h"

#include "fieldform.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using Bulletin::DocumentEditor;
using Kind = FieldForm::Kind;

namespace {

QWidget *scrolled(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

PropertiesPanel::PropertiesPanel(Bulletin::DocumentEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_tabs(new QTabWidget(this))
{
    m_documentForm = new FieldForm(
        { { QStringLiteral("id"), Kind::Text, tr("Id") }, { QStringLiteral("title"), Kind::Text, tr("Title") },
            { QStringLiteral("subtitle"), Kind::Text, tr("Subtitle") },
            { QStringLiteral("title_en"), Kind::Text, tr("Title (English)") },
            { QStringLiteral("newspaper"), Kind::Text, tr("Newspaper") },
            { QStringLiteral("publication_date"), Kind::Text, tr("Published (YYYY-MM-DD)") },
            { QStringLiteral("reporter"), Kind::Text, tr("Reporter") },
            { QStringLiteral("reporter_en"), Kind::Text, tr("Reporter (Latin letters)") },
            { QStringLiteral("period"), Kind::Text, tr("Period") },
            { QStringLiteral("period_en"), Kind::Text, tr("Period (English)") },
            { QStringLiteral("region"), Kind::Text, tr("Region") },
            { QStringLiteral("region_en"), Kind::Text, tr("Region (English)") },
            { QStringLiteral("comparison_region"), Kind::Text, tr("Compared with") },
            { QStringLiteral("comparison_region_en"), Kind::Text, tr("Compared with (English)") },
            { QStringLiteral("comparison_units"), Kind::Integer, tr("Units compared") },
            { QStringLiteral("intro"), Kind::LongText, tr("Introduction") },
            { QStringLiteral("source_note"), Kind::LongText, tr("Source") },
            { QStringLiteral("synthetic"), Kind::Flag, tr("Synthetic test data") } });
    connect(m_documentForm, &FieldForm::edited, this, [this](const QString &field, const QVariant &value) {
        if (!m_editor->setDocumentField(field, value))
            refresh();
    });

    m_sectionForm = new FieldForm(
        { { QStringLiteral("id"), Kind::Text, tr("Id") }, { QStringLiteral("title"), Kind::Text, tr("Title") },
            { QStringLiteral("title_en"), Kind::Text, tr("Title (English)") },
            { QStringLiteral("title_short"), Kind::Text, tr("Short title (tabs, file names)") },
            { QStringLiteral("title_short_en"), Kind::Text, tr("Short title (English)") },
            { QStringLiteral("text"), Kind::LongText, tr("Text") } });
    connect(m_sectionForm, &FieldForm::edited, this, [this](const QString &field, const QVariant &value) {
        if (!m_editor->setSectionField(m_sectionId, field, value))
            refresh();
        else if (field == QLatin1String("id"))
            m_sectionId = value.toString();
    });

    m_indicatorForm = new FieldForm(
        { { QStringLiteral("id"), Kind::Text, tr("Id") }, { QStringLiteral("name"), Kind::Text, tr("Name") },
            { QStringLiteral("name_en"), Kind::Text, tr("Name (English)") },
            { QStringLiteral("value"), Kind::Number, tr("Value") },
            { QStringLiteral("value_text"), Kind::Text, tr("Value in words") },
            { QStringLiteral("value_text_en"), Kind::Text, tr("Value in words (English)") },
            { QStringLiteral("unit"), Kind::Text, tr("Unit") },
            { QStringLiteral("unit_en"), Kind::Text, tr("Unit (English)") },
            { QStringLiteral("period"), Kind::Text, tr("Period") },
            { QStringLiteral("period_en"), Kind::Text, tr("Period (English)") },
            { QStringLiteral("higher_is_better"), Kind::Flag, tr("Higher is better") },
            { QStringLiteral("province_value"), Kind::Number, tr("Provincial value") },
            { QStringLiteral("province_derived"), Kind::Flag, tr("Derived from the stated gap") },
            { QStringLiteral("gap"), Kind::Number, tr("Stated gap") },
            { QStringLiteral("gap_unit"), Kind::Text, tr("Unit of the gap") },
            { QStringLiteral("rank"), Kind::Integer, tr("Rank") },
            { QStringLiteral("rank_of"), Kind::Integer, tr("Ranked among") },
            { QStringLiteral("rank_scope"), Kind::Text, tr("Ranked against") },
            { QStringLiteral("rank_scope_en"), Kind::Text, tr("Ranked against (English)") },
            { QStringLiteral("target_text"), Kind::Text, tr("Target") },
            { QStringLiteral("target_text_en"), Kind::Text, tr("Target (English)") },
            { QStringLiteral("completion"), Kind::Number, tr("Target completed (%)") },
            { QStringLiteral("note"), Kind::Text, tr("Note for readers") },
            { QStringLiteral("note_en"), Kind::Text, tr("Note for readers (English)") },
            { QStringLiteral("editor_note"), Kind::LongText, tr("Note for editors (never printed)") },
            { QStringLiteral("source"), Kind::LongText, tr("Source sentence") } });
    connect(m_indicatorForm, &FieldForm::edited, this, [this](const QString &field, const QVariant &value) {
        if (!m_editor->setIndicatorField(m_indicatorId, field, value))
            refresh();
        else if (field == QLatin1String("id"))
            m_indicatorId = value.toString();
    });

    m_chartForm = new FieldForm({ { QStringLiteral("id"), Kind::Text, tr("Id") },
        { QStringLiteral("kind"), Kind::ChartKind, tr("Kind") }, { QStringLiteral("title"), Kind::Text, tr("Title") },
        { QStringLiteral("title_en"), Kind::Text, tr("Title (English)") } });
    connect(m_chartForm, &FieldForm::edited, this, [this](const QString &field, const QVariant &value) {
        if (!m_editor->setChartField(m_chartId, field, value))
            refresh();
        else if (field == QLatin1String("id"))
            m_chartId = value.toString();
    });

    m_keyFigureForm = new FieldForm({ { QStringLiteral("label"), Kind::Text, tr("Label") },
        { QStringLiteral("label_en"), Kind::Text, tr("Label (English)") },
        { QStringLiteral("text"), Kind::LongText, tr("Text") },
        { QStringLiteral("section"), Kind::Choice, tr("Section") },
        { QStringLiteral("indicator"), Kind::Choice, tr("Indicator") } });
    connect(m_keyFigureForm, &FieldForm::edited, this, [this](const QString &field, const QVariant &value) {
        if (!m_editor->setKeyFigureField(m_keyFigure, field, value))
            refresh();
    });

    // Bulletin
    m_tabs->addTab(scrolled(m_documentForm), QString());

    // Section
    auto *sectionPage = new QWidget;
    auto *sectionLayout = new QVBoxLayout(sectionPage);
    sectionLayout->addWidget(m_sectionForm);
    sectionLayout->addWidget(buttons({ { tr("Add"),
                                           [this] {
                                               const auto document = m_editor->document();
                                               int position = 0;
                                               for (int s = 0; document && s < document->sections.size(); ++s) {
                                                   if (document->sections.at(s).id == m_sectionId)
                                                       position = s + 1;
                                               }
                                               const QString id = m_editor->addSection(position);
                                               if (!id.isEmpty())
                                                   emit sectionCreated(id);
                                           } },
        { tr("Duplicate"),
            [this] {
                const QString id = m_editor->duplicateSection(m_sectionId);
                if (!id.isEmpty())
                    emit sectionCreated(id);
            } },
        { tr("Remove"), [this] { m_editor->removeSection(m_sectionId); } },
        { tr("Move up"),
            [this] {
                const auto document = m_editor->document();
                for (int s = 0; document && s < document->sections.size(); ++s) {
                    if (document->sections.at(s).id == m_sectionId)
                        m_editor->moveSection(m_sectionId, s - 1);
                }
            } },
        { tr("Move down"), [this] {
             const auto document = m_editor->document();
             for (int s = 0; document && s < document->sections.size(); ++s) {
                 if (document->sections.at(s).id == m_sectionId) {
                     m_editor->moveSection(m_sectionId, s + 1);
                     break;
                 }
             }
         } } }));
    sectionLayout->addStretch();
    m_tabs->addTab(scrolled(sectionPage), QString());

    // Indicator
    auto *indicatorPage = new QWidget;
    auto *indicatorLayout = new QVBoxLayout(indicatorPage);
    indicatorLayout->addWidget(m_indicatorForm);
    const auto positionOf = [this]() -> QPair<QString, int> {
        const auto document = m_editor->document();
        for (int s = 0; document && s < document->sections.size(); ++s) {
            const QList<Bulletin::Indicator> &indicators = document->sections.at(s).indicators;
            for (int i = 0; i < indicators.size(); ++i) {
                if (indicators.at(i).id == m_indicatorId)
                    return { document->sections.at(s).id, i };
            }
        }
        return { m_sectionId, -1 };
    };
    indicatorLayout->addWidget(buttons({ { tr("Add"),
                                             [this, positionOf] {
                                                 const auto [section, index] = positionOf();
                                                 const QString id = m_editor->addIndicator(section, index + 1);
                                                 if (!id.isEmpty())
                                                     emit indicatorCreated(section, id);
                                             } },
        { tr("Duplicate"),
            [this, positionOf] {
                const QString id = m_editor->duplicateIndicator(m_indicatorId);
                if (!id.isEmpty())
                    emit indicatorCreated(positionOf().first, id);
            } },
        { tr("Remove"), [this] { m_editor->removeIndicator(m_indicatorId); } },
        { tr("Move up"),
            [this, positionOf] {
                const auto [section, index] = positionOf();
                if (index > 0)
                    m_editor->moveIndicator(m_indicatorId, section, index - 1);
            } },
        { tr("Move down"),
            [this, positionOf] {
                const auto [section, index] = positionOf();
                if (index >= 0)
                    m_editor->moveIndicator(m_indicatorId, section, index + 1);
            } },
        { tr("Use selected text as source"), [this] {
             if (!m_selectedText.trimmed().isEmpty())
                 m_editor->setIndicatorField(m_indicatorId, QStringLiteral("source"), m_selectedText.trimmed());
         } } }));
    auto *moveRow = new QHBoxLayout;
    auto *moveTarget = new QComboBox(indicatorPage);
    moveTarget->setObjectName(QStringLiteral("moveToSection"));
    auto *moveButton = new QPushButton(tr("Move to section"), indicatorPage);
    moveButton->setObjectName(QStringLiteral("moveToSectionButton"));
    moveRow->addWidget(moveTarget, 1);
    moveRow->addWidget(moveButton);
    indicatorLayout->addLayout(moveRow);
    connect(moveButton, &QPushButton::clicked, this, [this, moveTarget] {
        const QString target = moveTarget->currentData().toString();
        const auto document = m_editor->document();
        const Bulletin::Section *section = document ? document->findSection(target) : nullptr;
        if (section)
            m_editor->moveIndicator(m_indicatorId, target, int(section->indicators.size()));
    });
    connect(m_editor, &DocumentEditor::documentChanged, moveTarget, [moveTarget](const auto &document) {
        moveTarget->clear();
        if (!document)
            return;
        for (const Bulletin::Section &section : document->sections)
            moveTarget->addItem(section.title.isEmpty() ? section.id : section.title, section.id);
    });
    indicatorLayout->addStretch();
    m_tabs->addTab(scrolled(indicatorPage), QString());

    // Charts
    auto *chartPage = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPage);
    m_charts = new QListWidget(chartPage);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_charts->setMaximumHeight(120);
    chartLayout->addWidget(m_charts);
    chartLayout->addWidget(
        buttons({ { tr("Add"), [this] { m_chartId = m_editor->addChart(m_sectionId, Bulletin::ChartKind::Bars); } },
            { tr("Remove"), [this] { m_editor->removeChart(m_chartId); } },
            { tr("Move up"), [this] { m_editor->moveChart(m_chartId, m_charts->currentRow() - 1); } },
            { tr("Move down"), [this] { m_editor->moveChart(m_chartId, m_charts->currentRow() + 1); } } }));
    chartLayout->addWidget(m_chartForm);
    auto *chartIndicatorsLabel = new QLabel(tr("Indicators shown (tick them, drag to order):"), chartPage);
    chartLayout->addWidget(chartIndicatorsLabel);
    m_chartIndicators = new QListWidget(chartPage);
    m_chartIndicators->setObjectName(QStringLiteral("chartIndicators"));
    m_chartIndicators->setDragDropMode(QAbstractItemView::InternalMove);
    chartLayout->addWidget(m_chartIndicators, 1);
    connect(m_charts, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing || row < 0)
            return;
        m_chartId = m_charts->item(row)->data(Qt::UserRole).toString();
        refreshCharts();
    });
    connect(m_chartIndicators, &QListWidget::itemChanged, this, &PropertiesPanel::applyChartIndicators);
    connect(m_chartIndicators->model(), &QAbstractItemModel::rowsMoved, this, &PropertiesPanel::applyChartIndicators);
    m_tabs->addTab(scrolled(chartPage), QString());

    // Key figures
    auto *figurePage = new QWidget;
    auto *figureLayout = new QVBoxLayout(figurePage);
    m_keyFigures = new QListWidget(figurePage);
    m_keyFigures->setObjectName(QStringLiteral("keyFigures"));
    m_keyFigures->setMaximumHeight(140);
    figureLayout->addWidget(m_keyFigures);
    figureLayout->addWidget(buttons({ { tr("Add"), [this] { m_keyFigure = m_editor->addKeyFigure(m_keyFigure + 1); } },
        { tr("Remove"), [this] { m_editor->removeKeyFigure(m_keyFigure); } },
        { tr("Move up"),
            [this] {
                if (m_editor->moveKeyFigure(m_keyFigure, m_keyFigure - 1))
                    --m_keyFigure;
            } },
        { tr("Move down"), [this] {
             if (m_editor->moveKeyFigure(m_keyFigure, m_keyFigure + 1))
                 ++m_keyFigure;
         } } }));
    figureLayout->addWidget(m_keyFigureForm);
    figureLayout->addStretch();
    connect(m_keyFigures, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing)
            return;
        m_keyFigure = row;
        refresh();
    });
    m_tabs->addTab(scrolled(figurePage), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_editor, &DocumentEditor::documentChanged, this, &PropertiesPanel::refresh);
    retranslate();
    refresh();
}

void PropertiesPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Bulletin"));
    m_tabs->setTabText(1, tr("Section"));
    m_tabs->setTabText(2, tr("Indicator"));
    m_tabs->setTabText(3, tr("Charts"));
    m_tabs->setTabText(4, tr("Key figures"));
}

QWidget *PropertiesPanel::buttons(const QList<QPair<QString, std::function<void()>>> &actions)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, action] : actions) {
        auto *button = new QPushButton(label, row);
        connect(button, &QPushButton::clicked, this, action);
        layout->addWidget(button);
    }
    layout->addStretch();
    return row;
}

void PropertiesPanel::setCurrentSection(const QString &sectionId)
{
    if (sectionId == m_sectionId)
        return;
    m_sectionId = sectionId;
    m_chartId.clear();
    refresh();
}

void PropertiesPanel::setCurrentIndicator(const QString &indicatorId)
{
    if (indicatorId == m_indicatorId)
        return;
    m_indicatorId = indicatorId;
    refresh();
}

void PropertiesPanel::refresh()
{
    const auto document = m_editor->document();
    if (!document)
        return;
    m_refreshing = true;
    m_documentForm->setValues([&](const QString &field) { return DocumentEditor::documentField(*document, field); });
    const Bulletin::Section *section = document->findSection(m_sectionId);
    m_sectionForm->setEnabled(section);
    if (section)
        m_sectionForm->setValues([&](const QString &field) { return DocumentEditor::sectionField(*section, field); });
    const Bulletin::Indicator *indicator = document->findIndicator(m_indicatorId);
    m_indicatorForm->setEnabled(indicator);
    if (indicator)
        m_indicatorForm->setValues(
            [&](const QString &field) { return DocumentEditor::indicatorField(*indicator, field); });

    m_keyFigures->clear();
    for (const Bulletin::KeyFigure &figure : document->keyFigures)
        m_keyFigures->addItem(QStringLiteral("%1 %2").arg(figure.number).arg(figure.label));
    m_keyFigure = std::min<int>(m_keyFigure, int(document->keyFigures.size()) - 1);
    if (m_keyFigure < 0 && !document->keyFigures.isEmpty())
        m_keyFigure = 0;
    m_keyFigures->setCurrentRow(m_keyFigure);
    QList<QPair<QString, QString>> sections;
    QList<QPair<QString, QString>> indicators;
    for (const Bulletin::Section &each : document->sections) {
        sections.append({ each.id, each.title.isEmpty() ? each.id : each.title });
        for (const Bulletin::Indicator &item : each.indicators)
            indicators.append({ item.id, item.name.isEmpty() ? item.id : item.name });
    }
    m_keyFigureForm->setChoices(QStringLiteral("section"), sections);
    m_keyFigureForm->setChoices(QStringLiteral("indicator"), indicators);
    m_keyFigureForm->setEnabled(m_keyFigure >= 0);
    if (m_keyFigure >= 0) {
        const Bulletin::KeyFigure &figure = document->keyFigures.at(m_keyFigure);
        m_keyFigureForm->setValues([&](const QString &field) { return DocumentEditor::keyFigureField(figure, field); });
    }
    m_refreshing = false;
    refreshCharts();
}

void PropertiesPanel::refreshCharts()
{
    const auto document = m_editor->document();
    const Bulletin::Section *section = document ? document->findSection(m_sectionId) : nullptr;
    m_refreshing = true;
    m_charts->clear();
    m_chartIndicators->clear();
    const Bulletin::ChartSpec *chart = nullptr;
    if (section) {
        for (const Bulletin::ChartSpec &spec : section->charts) {
            auto *item = new QListWidgetItem(spec.title.isEmpty() ? spec.id : spec.title, m_charts);
            item->setData(Qt::UserRole, spec.id);
            if (spec.id == m_chartId || m_chartId.isEmpty()) {
                m_chartId = spec.id;
                chart = &spec;
                m_charts->setCurrentItem(item);
            }
        }
    }
    m_chartForm->setEnabled(chart);
    m_chartIndicators->setEnabled(chart);
    if (chart) {
        m_chartForm->setValues([&](const QString &field) { return DocumentEditor::chartField(*chart, field); });
        // The chart's indicators first, in its order, then the section's others, unticked.
        QStringList order = chart->indicatorIds;
        for (const Bulletin::Indicator &indicator : section->indicators) {
            if (!order.contains(indicator.id))
                order.append(indicator.id);
        }
        for (const QString &id : std::as_const(order)) {
            const Bulletin::Indicator *indicator = document->findIndicator(id);
            auto *item = new QListWidgetItem(indicator ? indicator->name : id, m_chartIndicators);
            item->setData(Qt::UserRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(chart->indicatorIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_refreshing = false;
}

void PropertiesPanel::applyChartIndicators()
{
    if (m_refreshing || m_chartId.isEmpty())
        return;
    QStringList ids;
    for (int row = 0; row < m_chartIndicators->count(); ++row) {
        const QListWidgetItem *item = m_chartIndicators->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    // After the list has finished moving its rows.
    QMetaObject::invokeMethod(
        this, [this, ids] { m_editor->setChartField(m_chartId, QStringLiteral("indicators"), ids); },
        Qt::QueuedConnection);
}

void PropertiesPanel::showField(const Bulletin::FieldRef &ref)
{
    const auto document = m_editor->document();
    if (!document)
        return;
    FieldForm *form = m_documentForm;
    int tab = 0;
    if (ref.section >= 0 && ref.section < document->sections.size()) {
        const Bulletin::Section &section = document->sections.at(ref.section);
        setCurrentSection(section.id);
        if (ref.kind == Bulletin::FieldRef::Kind::Indicator && ref.item >= 0 && ref.item < section.indicators.size()) {
            setCurrentIndicator(section.indicators.at(ref.item).id);
            form = m_indicatorForm;
            tab = 2;
        } else if (ref.kind == Bulletin::FieldRef::Kind::Chart && ref.item >= 0 && ref.item < section.charts.size()) {
            m_chartId = section.charts.at(ref.item).id;
            refreshCharts();
            form = m_chartForm;
            tab = 3;
        } else {
            form = m_sectionForm;
            tab = 1;
        }
    } else if (ref.kind == Bulletin::FieldRef::Kind::KeyFigure) {
        m_keyFigure = ref.item;
        refresh();
        form = m_keyFigureForm;
        tab = 4;
    }
    m_tabs->setCurrentIndex(tab);
    if (QWidget *editor
        = form->editorFor(ref.field == QLatin1String("indicators") ? QStringLiteral("title") : ref.field))
        editor->setFocus(Qt::OtherFocusReason);
}
