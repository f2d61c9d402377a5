#include "briefingdialog.h"

#include "applanguage.h"
#include "briefinglayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

BriefingDialog::BriefingDialog(const Bulletin::Document &document, const BriefingOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_initial(options)
{
    setObjectName(QStringLiteral("briefingDialog"));
    setWindowTitle(tr("Briefing contents"));

    auto *intro = new QLabel(tr("The first page (title, key figures and the comparison with the province) is always "
                                "printed. Choose what follows it."),
        this);
    intro->setWordWrap(true);

    auto *sectionsBox = new QGroupBox(tr("&Sections"), this);
    m_sections = new QListWidget(sectionsBox);
    m_sections->setObjectName(QStringLiteral("briefingSections"));
    // Room for several titles, however many options follow the list.
    m_sections->setMinimumHeight(m_sections->fontMetrics().height() * 8);
    for (const Bulletin::Section &section : document.sections) {
        auto *item = new QListWidgetItem(section.displayTitle(AppLanguage::bulletinLanguage()), m_sections);
        item->setData(Qt::UserRole, section.id);
        // The title in the other language, when there is one.
        const QString other
            = section.displayTitle(AppLanguage::bulletinLanguage()) == section.title ? section.titleEn : section.title;
        item->setToolTip(other.isEmpty() ? section.id : other);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(options.includes(section.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *all = new QPushButton(tr("Select &all"), sectionsBox);
    auto *none = new QPushButton(tr("Select &none"), sectionsBox);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(all);
    selectRow->addWidget(none);
    selectRow->addStretch();
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    sectionsLayout->addWidget(m_sections);
    sectionsLayout->addLayout(selectRow);

    auto *contentBox = new QGroupBox(tr("For each section"), this);
    m_fullText = new QCheckBox(tr("Full &text"), contentBox);
    m_fullText->setChecked(options.includeFullText);
    m_charts = new QCheckBox(tr("&Charts (also those of the first page)"), contentBox);
    m_charts->setChecked(options.includeCharts);
    m_tables = new QCheckBox(tr("Indicator &tables"), contentBox);
    m_tables->setChecked(options.includeTables);
    auto *contentLayout = new QVBoxLayout(contentBox);
    contentLayout->addWidget(m_fullText);
    contentLayout->addWidget(m_charts);
    contentLayout->addWidget(m_tables);

    auto *mastheadBox = new QGroupBox(tr("Masthead"), this);
    m_issuingUnit = new QLineEdit(options.issuingUnit, mastheadBox);
    m_issuingUnit->setObjectName(QStringLiteral("briefingIssuingUnit"));
    m_issuingUnit->setPlaceholderText(tr("e.g. Hengyang Municipal Bureau of Statistics"));
    m_issue = new QLineEdit(options.issue, mastheadBox);
    m_issue->setObjectName(QStringLiteral("briefingIssue"));
    m_issue->setPlaceholderText(tr("e.g. 12"));
    m_issue->setToolTip(tr("A number is printed as 第12期 (No. 12 in English); other wording as written."));
    auto *mastheadForm = new QFormLayout(mastheadBox);
    mastheadForm->addRow(tr("Issuing un&it:"), m_issuingUnit);
    mastheadForm->addRow(tr("Issue nu&mber:"), m_issue);
    auto *mastheadNote = new QLabel(tr("Left out of the masthead when empty."), mastheadBox);
    mastheadNote->setWordWrap(true);
    mastheadForm->addRow(mastheadNote);

    m_language = new QComboBox(this);
    m_language->addItem(tr("Chinese"), int(BriefingOptions::Language::Chinese));
    m_language->addItem(tr("English"), int(BriefingOptions::Language::English));
    m_language->setCurrentIndex(options.language == BriefingOptions::Language::English ? 1 : 0);

    m_bodyFace = new QComboBox(this);
    m_bodyFace->setObjectName(QStringLiteral("briefingBodyFace"));
    m_bodyFace->addItem(tr("Sans"), false);
    m_bodyFace->addItem(tr("Serif"), true);
    m_bodyFace->setCurrentIndex(options.serifBody ? 1 : 0);
    m_serifNotice = new QLabel(tr("The serif face (AR PL UMing) is not installed: the body is set in the sans "
                                  "face. Install fonts-arphic-uming to print it in serif."),
        this);
    m_serifNotice->setObjectName(QStringLiteral("briefingSerifNotice"));
    m_serifNotice->setWordWrap(true);
    m_serifNotice->setVisible(!BriefingLayout::serifAvailable());

    m_grayscale = new QCheckBox(tr("For a black-and-white &printer (city and province told apart by pattern)"), this);
    m_grayscale->setObjectName(QStringLiteral("briefingGrayscale"));
    m_grayscale->setChecked(options.grayscale);

    auto *form = new QFormLayout;
    form->addRow(tr("&Headings, header and footer in:"), m_language);
    form->addRow(tr("&Body face:"), m_bodyFace);
    form->addRow(m_serifNotice);
    form->addRow(m_grayscale);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sectionsBox, 1);
    layout->addWidget(contentBox);
    layout->addWidget(mastheadBox);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions options = m_initial;
    options.sectionIds.clear();
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem *item = m_sections->item(row);
        if (item->checkState() == Qt::Checked)
            options.sectionIds.append(item->data(Qt::UserRole).toString());
    }
    options.includeCharts = m_charts->isChecked();
    options.includeTables = m_tables->isChecked();
    options.includeFullText = m_fullText->isChecked();
    options.language = BriefingOptions::Language(m_language->currentData().toInt());
    options.issuingUnit = m_issuingUnit->text().trimmed();
    options.issue = m_issue->text().trimmed();
    options.serifBody = m_bodyFace->currentData().toBool();
    options.grayscale = m_grayscale->isChecked();
    return options;
}

void BriefingDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_sections->count(); ++row)
        m_sections->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}
