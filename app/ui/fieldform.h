#pragma once

#include <QHash>
#include <QVariant>
#include <QWidget>
#include <functional>

class QFormLayout;

// A form of the fields of one thing of a bulletin (the bulletin itself, a section, an indicator, a chart, a key
// figure), named as in the JSON format. Each field gets the editor its kind of value needs; a finished edit is
// reported once, as the value it should become.
class FieldForm : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Text, LongText, Number, Integer, Flag, ChartKind, Choice };
    struct Field
    {
        QString name;
        Kind kind = Kind::Text;
        QString label;
    };

    explicit FieldForm(const QList<Field> &fields, QWidget *parent = nullptr);

    // Shows the values, without reporting them as edits; value(field) is the editor's view of each.
    void setValues(const std::function<QVariant(const QString &field)> &value);
    // The values a Choice field offers (ids of sections or indicators), with the text shown for each.
    void setChoices(const QString &field, const QList<QPair<QString, QString>> &choices);
    // The widget editing a field, for focusing it (a problem double-clicked) and for tests.
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    // A field's value as the form shows it.
    QVariant value(const QString &field) const;

signals:
    void edited(const QString &field, const QVariant &value);

private:
    void report(const QString &field);

    QList<Field> m_fields;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, Kind> m_kinds;
    bool m_updating = false;
};
