#include "fieldform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <cmath>

namespace {

// Numbers as the interface's locale writes them, or as the bulletin's format does ("1.7"), both read back.
QString numberText(const QVariant &value)
{
    if (!value.isValid())
        return {};
    return QLocale().toString(value.toDouble(), 'g', 15);
}

QVariant numberFromText(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return QVariant();
    double number = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        number = QLocale::c().toDouble(trimmed, ok);
    return *ok && std::isfinite(number) ? QVariant(number) : QVariant();
}

} // namespace

FieldForm::FieldForm(const QList<Field> &fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Field &field : fields) {
        QWidget *editor = nullptr;
        switch (field.kind) {
        case Kind::Text:
        case Kind::Number:
        case Kind::Integer: {
            auto *line = new QLineEdit(this);
            if (field.kind == Kind::Integer)
                line->setValidator(
                    new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{0,10}")), line));
            connect(line, &QLineEdit::editingFinished, this, [this, name = field.name] { report(name); });
            editor = line;
            break;
        }
        case Kind::LongText: {
            auto *text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setMinimumHeight(60);
            // A long text is reported when the user leaves it, not at every keystroke.
            connect(text, &QPlainTextEdit::textChanged, this, [this, text, name = field.name] {
                if (!m_updating)
                    text->setProperty("dirty", true);
            });
            editor = text;
            break;
        }
        case Kind::Flag: {
            auto *box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, [this, name = field.name] { report(name); });
            editor = box;
            break;
        }
        case Kind::ChartKind: {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("Comparison with the province"), QStringLiteral("comparison"));
            combo->addItem(tr("Ranking"), QStringLiteral("ranking"));
            combo->addItem(tr("Bars"), QStringLiteral("bars"));
            connect(combo, &QComboBox::activated, this, [this, name = field.name] { report(name); });
            editor = combo;
            break;
        }
        case Kind::Choice: {
            auto *combo = new QComboBox(this);
            connect(combo, &QComboBox::activated, this, [this, name = field.name] { report(name); });
            editor = combo;
            break;
        }
        }
        editor->setObjectName(field.name);
        editor->setAccessibleName(field.label);
        layout->addRow(field.label, editor);
        m_editors.insert(field.name, editor);
        m_kinds.insert(field.name, field.kind);
        if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            // Leaving the field reports it.
            connect(qApp, &QApplication::focusChanged, text, [this, text, name = field.name](QWidget *old, QWidget *) {
                if (old == text && text->property("dirty").toBool()) {
                    text->setProperty("dirty", false);
                    report(name);
                }
            });
        }
    }
}

void FieldForm::setValues(const std::function<QVariant(const QString &field)> &value)
{
    m_updating = true;
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = m_editors.value(field.name);
        const QVariant current = value(field.name);
        switch (field.kind) {
        case Kind::Text:
        case Kind::Integer: {
            auto *line = static_cast<QLineEdit *>(editor);
            const QString text = current.isValid() ? current.toString() : QString();
            if (line->text() != text)
                line->setText(text);
            break;
        }
        case Kind::Number: {
            auto *line = static_cast<QLineEdit *>(editor);
            const QString text = numberText(current);
            if (line->text() != text)
                line->setText(text);
            break;
        }
        case Kind::LongText: {
            auto *text = static_cast<QPlainTextEdit *>(editor);
            if (text->toPlainText() != current.toString())
                text->setPlainText(current.toString());
            text->setProperty("dirty", false);
            break;
        }
        case Kind::Flag:
            static_cast<QCheckBox *>(editor)->setChecked(current.toBool());
            break;
        case Kind::ChartKind:
        case Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(editor);
            combo->setCurrentIndex(combo->findData(current.toString()));
            break;
        }
        }
    }
    m_updating = false;
}

void FieldForm::setChoices(const QString &field, const QList<QPair<QString, QString>> &choices)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(field));
    if (!combo)
        return;
    m_updating = true;
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const auto &[id, text] : choices)
        combo->addItem(text, id);
    combo->setCurrentIndex(combo->findData(current));
    m_updating = false;
}

QVariant FieldForm::value(const QString &field) const
{
    QWidget *editor = m_editors.value(field);
    switch (m_kinds.value(field)) {
    case Kind::Text:
        return static_cast<QLineEdit *>(editor)->text();
    case Kind::Integer: {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text.toInt());
    }
    case Kind::Number: {
        bool ok = false;
        const QVariant number = numberFromText(static_cast<QLineEdit *>(editor)->text(), &ok);
        return ok ? number : QVariant(static_cast<QLineEdit *>(editor)->text());
    }
    case Kind::LongText:
        return static_cast<QPlainTextEdit *>(editor)->toPlainText();
    case Kind::Flag:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case Kind::ChartKind:
    case Kind::Choice:
        return static_cast<QComboBox *>(editor)->currentData().toString();
    }
    return {};
}

void FieldForm::report(const QString &field)
{
    if (!m_updating)
        emit edited(field, value(field));
}
