#pragma once

#include "bulletin.h"
#include "bulletinvalidator.h"

#include <QObject>
#include <QSet>
#include <QVariant>
#include <memory>
#include <optional>
#include <utility>

class QUndoStack;

namespace Bulletin {

// A problem of the document being edited, with the field it is in.
struct EditProblem
{
    FieldRef ref;
    // "Section › Indicator › field", in the bulletin's own names.
    QString place;
    QString message;
};

// What an edit touched, so that views update that much and no more.
struct DocumentChange
{
    enum class Kind {
        Reset, // a new document: everything
        Document, // a field of the bulletin itself (title, period, regions, …)
        KeyFigures, // a key figure's field, or the key figures' number or order
        Section, // a section's field (title, text)
        Indicator, // an indicator's field
        Chart, // a chart's field or indicators
        Structure, // sections, indicators or charts added, removed or moved
    };
    Kind kind = Kind::Reset;
    // The section, indicator or chart id, or the key figure's index, of a field change.
    QString id;
    QString field;
};

// How one list of ids became another through a single insertion, removal or move of neighbouring items, as each
// structure edit makes it: what a model needs to signal rows rather than reset.
struct ListEdit
{
    enum class Kind {
        None, // the same list
        Insert, // after[first..last] are new
        Remove, // before[first..last] are gone
        Move, // before[first..last] went before before[destination], numbered as beginMoveRows() wants
        Other, // more than one step, or none of these: a reset
    };
    Kind kind = Kind::None;
    int first = -1;
    int last = -1;
    int destination = -1;

    static ListEdit between(const QStringList &before, const QStringList &after);
};

// What a change names, found in the document before it or after it (a renamed id is in only one of them); -1 when
// in neither.
namespace EditedItems {
int section(const Document &before, const Document &after, const QString &sectionId);
// The section and the indicator's place in it.
std::pair<int, int> indicator(const Document &before, const Document &after, const QString &indicatorId);
std::pair<int, int> chart(const Document &before, const Document &after, const QString &chartId);
// In bulletin order.
QStringList indicatorIds(const Document &document);
QStringList indicatorIds(const Section &section);
QStringList sectionIds(const Document &document);
} // namespace EditedItems

// The bulletin being edited: every change goes through here as an undoable command on its undo stack, and each
// leaves a new immutable Document, so that views, charts and exports holding the previous one never see it change
// under them. Fields are named as in the JSON format (docs/bulletin-format.md): "title", "value", "rank_of", …
class DocumentEditor : public QObject
{
    Q_OBJECT
public:
    explicit DocumentEditor(QObject *parent = nullptr);
    ~DocumentEditor() override;

    // A document to edit, with an empty history; the document as it is now counts as saved.
    void setDocument(std::shared_ptr<const Document> document);
    std::shared_ptr<const Document> document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // The document as it is now counts as saved.
    void markSaved();

    // The field names each owner has, as in the JSON format.
    static QStringList documentFields();
    static QStringList sectionFields();
    static QStringList indicatorFields();
    static QStringList chartFields();
    static QStringList keyFigureFields();

    // A field's value as the editor shows it: a string, a double, an int, a bool, a string list, or an invalid
    // QVariant for an absent optional value.
    static QVariant documentField(const Document &document, const QString &field);
    static QVariant sectionField(const Section &section, const QString &field);
    static QVariant indicatorField(const Indicator &indicator, const QString &field);
    static QVariant chartField(const ChartSpec &chart, const QString &field);
    static QVariant keyFigureField(const KeyFigure &figure, const QString &field);

    // What a value typed into a cell stands for as that field, or nothing when it cannot be one: stricter than the
    // set*Field() functions, which take anything of the right type and leave the rest to problems(). Figures are
    // finite numbers of at most MaxMagnitude (text is read in the C locale) and an empty text clears them; a rank is
    // whole and within 1..rank_of of that indicator; a name, a title, a source and an id are not empty.
    static std::optional<QVariant> indicatorInput(
        const Indicator &indicator, const QString &field, const QVariant &input);
    static std::optional<QVariant> sectionInput(const QString &field, const QVariant &input);

    // Changes one field; false, and nothing changes, when the field is unknown, the owner does not exist or the
    // value has the wrong type. Successive changes of the same field merge into one step of the history (typing).
    bool setDocumentField(const QString &field, const QVariant &value);
    bool setSectionField(const QString &sectionId, const QString &field, const QVariant &value);
    bool setIndicatorField(const QString &indicatorId, const QString &field, const QVariant &value);
    bool setChartField(const QString &chartId, const QString &field, const QVariant &value);
    bool setKeyFigureField(int index, const QString &field, const QVariant &value);

    // Structure. Each returns the new item's id (or index), empty (or -1) when it could not be done.
    QString addSection(int position);
    QString duplicateSection(const QString &sectionId);
    bool removeSection(const QString &sectionId);
    bool moveSection(const QString &sectionId, int position);
    QString addIndicator(const QString &sectionId, int position);
    QString duplicateIndicator(const QString &indicatorId);
    bool removeIndicator(const QString &indicatorId);
    // Within its section or into another.
    bool moveIndicator(const QString &indicatorId, const QString &sectionId, int position);
    QString addChart(const QString &sectionId, ChartKind kind);
    bool removeChart(const QString &chartId);
    bool moveChart(const QString &chartId, int position);
    int addKeyFigure(int position);
    bool removeKeyFigure(int index);
    bool moveKeyFigure(int index, int position);

    // Every problem of a document, each with the field it is in: the loader's (BulletinValidator), and an empty
    // bulletin title, section title or indicator name, which the format allows but a heading or a row cannot show.
    static QList<EditProblem> problems(const Document &document);
    // The field a JSON path names ("sections[2].indicators[4].value"); a bulletin reference when it names none.
    static FieldRef refFromPath(const QString &path);
    // An empty bulletin with the fields a new one needs: one section, one indicator, no figures yet.
    static Document newDocument();

signals:
    void documentChanged(const std::shared_ptr<const Document> &document, const Bulletin::DocumentChange &change);
    void modifiedChanged(bool modified);

private:
    friend class EditCommand;
    // Replaces the document, as a command does and undoes.
    void apply(std::shared_ptr<const Document> document, const DocumentChange &change);
    // renamedTo: the owner's id after the edit when the edit renames it, so that typing on in the id field merges.
    bool push(std::unique_ptr<Document> changed, const DocumentChange &change, const QString &text, int mergeId = -1,
        const QString &renamedTo = QString());
    // Every section, indicator and chart id of the document.
    QSet<QString> takenIds() const;
    // A new id from base, not in taken, which then holds it too.
    static QString uniqueId(const QString &base, QSet<QString> &taken);

    std::shared_ptr<const Document> m_document;
    QUndoStack *m_undoStack;
};

} // namespace Bulletin
