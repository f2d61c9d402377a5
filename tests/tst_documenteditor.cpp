// DocumentEditor: every edit undone and redone to the byte, typing merged into one step, the saved state, ids that
// follow renames, the problems of broken edits with their places, and bulletins edited, saved and read back (JSON
// and CSV) equal field for field; BulletinWriter's JSON the same bytes however often it is written and read.

#include "bulletin.h"
#include "bulletinloader.h"
#include "bulletinwriter.h"
#include "documenteditor.h"
#include "loadproblem.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace Bulletin;

namespace {

using Edit = std::function<bool(DocumentEditor &)>;

std::shared_ptr<const Document> builtIn()
{
    const LoadResult result = BulletinLoader::loadBuiltIn();
    if (!result.ok())
        qFatal("the built-in bulletin does not load: %s", qPrintable(describeProblems(result.problems)));
    return result.document;
}

Indicator indicator(const QString &id, const QString &name, std::optional<double> value, const QString &unit)
{
    Indicator made;
    made.id = id;
    made.name = name;
    made.value = value;
    made.unit = unit;
    made.source = name + QStringLiteral(" as the article says");
    return made;
}

// Two sections, three indicators, two charts, two key figures; valid, and small enough to name every place.
std::shared_ptr<const Document> small()
{
    Document document;
    document.id = QStringLiteral("small");
    document.title = QStringLiteral("Small bulletin");
    document.period = QStringLiteral("H1 2020");
    document.region = QStringLiteral("City");
    document.comparisonRegion = QStringLiteral("Province");
    Section economy;
    economy.id = QStringLiteral("economy");
    economy.title = QStringLiteral("Economy");
    Indicator gdp = indicator(QStringLiteral("gdp"), QStringLiteral("GDP growth"), 1.7, QStringLiteral("%"));
    gdp.provinceValue = 1.3;
    gdp.rank = 2;
    gdp.rankOf = 14;
    Indicator retail = indicator(QStringLiteral("retail"), QStringLiteral("Retail sales"), 5, QStringLiteral("%"));
    retail.rank = 3;
    retail.rankOf = 14;
    economy.indicators = { gdp, retail };
    economy.charts = { { QStringLiteral("economy-vs-province"), ChartKind::Comparison,
                           QStringLiteral("Against the province"), QString(), { QStringLiteral("gdp") } },
        { QStringLiteral("economy-ranking"), ChartKind::Ranking, QStringLiteral("Ranking"), QString(),
            { QStringLiteral("gdp"), QStringLiteral("retail") } } };
    Section society;
    society.id = QStringLiteral("society");
    society.title = QStringLiteral("Society");
    society.indicators = { indicator(QStringLiteral("jobs"), QStringLiteral("New jobs"), 3.5, QStringLiteral("万人")) };
    document.sections = { economy, society };
    document.keyFigures = { { 1, QStringLiteral("GDP"), QString(), QStringLiteral("GDP grew"),
                                QStringLiteral("economy"), QStringLiteral("gdp") },
        { 2, QStringLiteral("Jobs"), QString(), QStringLiteral("New jobs"), QStringLiteral("society"),
            QStringLiteral("jobs") } };
    return std::make_shared<const Document>(std::move(document));
}

QByteArray json(const std::shared_ptr<const Document> &document)
{
    return BulletinWriter::toJson(*document);
}

QString describe(const QList<EditProblem> &problems)
{
    QStringList lines;
    for (const EditProblem &problem : problems)
        lines.append(problem.place + QStringLiteral(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

// Every field the editor knows, compared through the editor's own accessors; with csv, only what a CSV table
// carries (docs/bulletin-format.md): sections' ids and titles (whole, English and short), and every indicator
// column, the period (in both languages) as the row shows it.
void compareDocuments(const Document &expected, const Document &actual, bool csv)
{
    const auto check = [](const QVariant &want, const QVariant &got, const QString &where) {
        QVERIFY2(want == got,
            qPrintable(QStringLiteral("%1: expected %2, found %3").arg(where, want.toString(), got.toString())));
    };
    if (!csv) {
        for (const QString &field : DocumentEditor::documentFields()) {
            check(DocumentEditor::documentField(expected, field), DocumentEditor::documentField(actual, field),
                QStringLiteral("bulletin.") + field);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(actual.keyFigures.size(), expected.keyFigures.size());
        for (int k = 0; k < expected.keyFigures.size(); ++k) {
            for (const QString &field : DocumentEditor::keyFigureFields()) {
                check(DocumentEditor::keyFigureField(expected.keyFigures.at(k), field),
                    DocumentEditor::keyFigureField(actual.keyFigures.at(k), field),
                    QStringLiteral("key_figures[%1].%2").arg(k).arg(field));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
    QCOMPARE(actual.sections.size(), expected.sections.size());
    const QStringList sectionFields = csv ? QStringList { QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("title_en"), QStringLiteral("title_short"), QStringLiteral("title_short_en") }
                                          : DocumentEditor::sectionFields();
    for (int s = 0; s < expected.sections.size(); ++s) {
        const Section &want = expected.sections.at(s);
        const Section &got = actual.sections.at(s);
        for (const QString &field : sectionFields) {
            check(DocumentEditor::sectionField(want, field), DocumentEditor::sectionField(got, field),
                QStringLiteral("sections[%1].%2").arg(s).arg(field));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(got.indicators.size(), want.indicators.size());
        for (int i = 0; i < want.indicators.size(); ++i) {
            for (const QString &field : DocumentEditor::indicatorFields()) {
                QVariant wanted = DocumentEditor::indicatorField(want.indicators.at(i), field);
                const bool ownPeriod = !want.indicators.at(i).period.isEmpty();
                if (csv && field == QLatin1String("period") && !ownPeriod)
                    wanted = expected.period;
                if (csv && field == QLatin1String("period_en") && !ownPeriod)
                    wanted = expected.periodEn;
                check(wanted, DocumentEditor::indicatorField(got.indicators.at(i), field),
                    QStringLiteral("sections[%1].indicators[%2].%3").arg(s).arg(i).arg(field));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        if (csv)
            continue;
        QCOMPARE(got.charts.size(), want.charts.size());
        for (int c = 0; c < want.charts.size(); ++c) {
            for (const QString &field : DocumentEditor::chartFields()) {
                check(DocumentEditor::chartField(want.charts.at(c), field),
                    DocumentEditor::chartField(got.charts.at(c), field),
                    QStringLiteral("sections[%1].charts[%2].%3").arg(s).arg(c).arg(field));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
}

// The lines of the first text that the second lacks and the other way round, around the longest common start and
// end: how large a diff of the two would be.
QPair<int, int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    return { int(a.size() - prefix - suffix), int(b.size() - prefix - suffix) };
}

QSet<QString> allIds(const Document &document)
{
    QSet<QString> ids;
    for (const Section &section : document.sections) {
        ids.insert(section.id);
        for (const Indicator &item : section.indicators)
            ids.insert(item.id);
        for (const ChartSpec &chart : section.charts)
            ids.insert(chart.id);
    }
    return ids;
}

int idCount(const Document &document)
{
    int count = 0;
    for (const Section &section : document.sections)
        count += 1 + int(section.indicators.size() + section.charts.size());
    return count;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestDocumentEditor : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoRestores_data();
    void undoRedoRestores();
    void refusedEditsChangeNothing_data();
    void refusedEditsChangeNothing();
    void typingMerges();
    void typingAnIdMerges();
    void modifiedAndSaved();
    void renamesFollowReferences_data();
    void renamesFollowReferences();
    void duplicatesGetUniqueIds();
    void moveBetweenSections();
    void removingASectionLeavesNoChartReference();
    void problemsNamePlaces_data();
    void problemsNamePlaces();
    void cellInput_data();
    void cellInput();
    void editedAndSavedLoadsBackEqual_data();
    void editedAndSavedLoadsBackEqual();
    void newDocumentBecomesValid();
    void jsonIsStable_data();
    void jsonIsStable();
    void smallEditSmallDiff_data();
    void smallEditSmallDiff();
    void listEdits_data();
    void listEdits();
};

void TestDocumentEditor::undoRedoRestores_data()
{
    QTest::addColumn<Edit>("edit");
    const auto field = [](const QString &id, const QString &name, const QVariant &value) {
        return Edit([=](DocumentEditor &e) { return e.setIndicatorField(id, name, value); });
    };
    QTest::addRow("document-text") << Edit(
        [](DocumentEditor &e) { return e.setDocumentField(QStringLiteral("title"), QStringLiteral("Edited")); });
    QTest::addRow("document-integer") << Edit(
        [](DocumentEditor &e) { return e.setDocumentField(QStringLiteral("comparison_units"), 15); });
    QTest::addRow("document-boolean") << Edit(
        [](DocumentEditor &e) { return e.setDocumentField(QStringLiteral("synthetic"), true); });
    QTest::addRow("section-text") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("economy"), QStringLiteral("text"), QStringLiteral("New text"));
    });
    QTest::addRow("section-id") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("economy"), QStringLiteral("id"), QStringLiteral("economy2"));
    });
    QTest::addRow("indicator-value") << field(QStringLiteral("gdp_growth"), QStringLiteral("value"), 2.25);
    QTest::addRow("indicator-value-cleared")
        << field(QStringLiteral("gdp_growth"), QStringLiteral("value"), QVariant());
    QTest::addRow("indicator-rank") << field(QStringLiteral("gdp_growth"), QStringLiteral("rank"), 5);
    QTest::addRow("indicator-name") << field(
        QStringLiteral("gdp_growth"), QStringLiteral("name"), QStringLiteral("GDP"));
    QTest::addRow("indicator-boolean") << field(
        QStringLiteral("gdp_growth"), QStringLiteral("higher_is_better"), false);
    QTest::addRow("indicator-id") << field(QStringLiteral("gdp_growth"), QStringLiteral("id"), QStringLiteral("gdp"));
    QTest::addRow("chart-title") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("title"), QStringLiteral("Ranks"));
    });
    QTest::addRow("chart-kind") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_vs_province"), QStringLiteral("kind"), QStringLiteral("bars"));
    });
    QTest::addRow("chart-indicators") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("indicators"),
            QStringList { QStringLiteral("gdp_growth") });
    });
    QTest::addRow("chart-id") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("id"), QStringLiteral("ranks"));
    });
    QTest::addRow("key-figure-text") << Edit(
        [](DocumentEditor &e) { return e.setKeyFigureField(2, QStringLiteral("label"), QStringLiteral("Label")); });
    QTest::addRow("key-figure-number") << Edit(
        [](DocumentEditor &e) { return e.setKeyFigureField(2, QStringLiteral("number"), 9); });
    QTest::addRow("add-section") << Edit([](DocumentEditor &e) { return !e.addSection(1).isEmpty(); });
    QTest::addRow("duplicate-section") << Edit(
        [](DocumentEditor &e) { return !e.duplicateSection(QStringLiteral("economy")).isEmpty(); });
    QTest::addRow("remove-section") << Edit(
        [](DocumentEditor &e) { return e.removeSection(QStringLiteral("projects")); });
    QTest::addRow("move-section") << Edit(
        [](DocumentEditor &e) { return e.moveSection(QStringLiteral("economy"), 5); });
    QTest::addRow("add-indicator") << Edit(
        [](DocumentEditor &e) { return !e.addIndicator(QStringLiteral("economy"), 3).isEmpty(); });
    QTest::addRow("duplicate-indicator") << Edit(
        [](DocumentEditor &e) { return !e.duplicateIndicator(QStringLiteral("gdp_growth")).isEmpty(); });
    QTest::addRow("remove-indicator") << Edit(
        [](DocumentEditor &e) { return e.removeIndicator(QStringLiteral("gdp_growth")); });
    QTest::addRow("move-indicator-within") << Edit(
        [](DocumentEditor &e) { return e.moveIndicator(QStringLiteral("gdp_growth"), QStringLiteral("economy"), 7); });
    QTest::addRow("move-indicator-across") << Edit(
        [](DocumentEditor &e) { return e.moveIndicator(QStringLiteral("gdp_growth"), QStringLiteral("science"), 1); });
    QTest::addRow("add-chart") << Edit(
        [](DocumentEditor &e) { return !e.addChart(QStringLiteral("science"), ChartKind::Bars).isEmpty(); });
    QTest::addRow("remove-chart") << Edit(
        [](DocumentEditor &e) { return e.removeChart(QStringLiteral("economy_vs_province")); });
    QTest::addRow("move-chart") << Edit(
        [](DocumentEditor &e) { return e.moveChart(QStringLiteral("economy_vs_province"), 1); });
    QTest::addRow("add-key-figure") << Edit([](DocumentEditor &e) { return e.addKeyFigure(2) == 2; });
    QTest::addRow("remove-key-figure") << Edit([](DocumentEditor &e) { return e.removeKeyFigure(0); });
    QTest::addRow("move-key-figure") << Edit([](DocumentEditor &e) { return e.moveKeyFigure(0, 4); });
}

void TestDocumentEditor::undoRedoRestores()
{
    QFETCH(Edit, edit);
    DocumentEditor editor;
    editor.setDocument(builtIn());
    const std::shared_ptr<const Document> original = editor.document();
    const QByteArray before = json(original);

    QSignalSpy changes(&editor, &DocumentEditor::documentChanged);
    QVERIFY(edit(editor));
    const QByteArray after = json(editor.document());
    QVERIFY2(after != before, "the edit changed nothing");
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(changes.count(), 1);
    QVERIFY(original->sections.size() == builtIn()->sections.size() && json(original) == before);

    editor.undoStack()->undo();
    QCOMPARE(json(editor.document()), before);
    QCOMPARE(changes.count(), 2);
    editor.undoStack()->redo();
    QCOMPARE(json(editor.document()), after);
    QCOMPARE(changes.count(), 3);
}

void TestDocumentEditor::refusedEditsChangeNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addRow("unknown-field") << Edit(
        [](DocumentEditor &e) { return e.setDocumentField(QStringLiteral("colour"), QStringLiteral("red")); });
    QTest::addRow("unknown-indicator") << Edit(
        [](DocumentEditor &e) { return e.setIndicatorField(QStringLiteral("nowhere"), QStringLiteral("value"), 1); });
    QTest::addRow("text-for-a-number") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("value"), QStringLiteral("much"));
    });
    QTest::addRow("fraction-for-a-rank") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("rank"), 2.5);
    });
    QTest::addRow("number-for-a-boolean") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("higher_is_better"), 1);
    });
    QTest::addRow("unknown-chart-kind") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("kind"), QStringLiteral("pie"));
    });
    QTest::addRow("key-figure-out-of-range") << Edit(
        [](DocumentEditor &e) { return e.setKeyFigureField(99, QStringLiteral("label"), QStringLiteral("x")); });
    QTest::addRow("remove-unknown-section")
        << Edit([](DocumentEditor &e) { return e.removeSection(QStringLiteral("nowhere")); });
    QTest::addRow("move-to-same-place") << Edit(
        [](DocumentEditor &e) { return e.moveSection(QStringLiteral("epidemic"), 0); });
}

void TestDocumentEditor::refusedEditsChangeNothing()
{
    QFETCH(Edit, edit);
    DocumentEditor editor;
    editor.setDocument(builtIn());
    const std::shared_ptr<const Document> original = editor.document();
    QSignalSpy changes(&editor, &DocumentEditor::documentChanged);
    QVERIFY(!edit(editor));
    QCOMPARE(editor.document(), original);
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(changes.count(), 0);
    QVERIFY(!editor.isModified());
}

void TestDocumentEditor::typingMerges()
{
    DocumentEditor editor;
    editor.setDocument(builtIn());
    const QString gdp = QStringLiteral("gdp_growth");
    const QString value = QStringLiteral("value");
    // Given three keystrokes in the value field
    QVERIFY(editor.setIndicatorField(gdp, value, 1));
    QVERIFY(editor.setIndicatorField(gdp, value, 12));
    QVERIFY(editor.setIndicatorField(gdp, value, 12.5));
    // Then they are one step
    QCOMPARE(editor.undoStack()->count(), 1);
    // When another field is typed in, or the same field of another indicator, each is a new step
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("unit"), QStringLiteral("pct")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("unit"), QStringLiteral("pcts")));
    QCOMPARE(editor.undoStack()->count(), 2);
    QVERIFY(editor.setIndicatorField(QStringLiteral("tax_share"), value, 71));
    QCOMPARE(editor.undoStack()->count(), 3);
    // A structural edit between two field edits keeps them apart
    QVERIFY(!editor.addSection(0).isEmpty());
    QVERIFY(editor.setIndicatorField(QStringLiteral("tax_share"), value, 72));
    QCOMPARE(editor.undoStack()->count(), 5);

    // Undoing walks back one step at a time
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(editor.document()->findIndicator(QStringLiteral("tax_share"))->value, std::optional<double>(70.48));
    editor.undoStack()->undo();
    QCOMPARE(editor.document()->findIndicator(gdp)->unit, QStringLiteral("%"));
    QCOMPARE(editor.document()->findIndicator(gdp)->value, std::optional<double>(12.5));
    editor.undoStack()->undo();
    QCOMPARE(editor.document()->findIndicator(gdp)->value, std::optional<double>(1.7));
    QCOMPARE(json(editor.document()), json(builtIn()));
}

void TestDocumentEditor::typingAnIdMerges()
{
    DocumentEditor editor;
    editor.setDocument(builtIn());
    // Each key renames the indicator, and the next key names it by that new id
    QVERIFY(editor.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("id"), QStringLiteral("g")));
    QVERIFY(editor.setIndicatorField(QStringLiteral("g"), QStringLiteral("id"), QStringLiteral("gd")));
    QVERIFY(editor.setIndicatorField(QStringLiteral("gd"), QStringLiteral("id"), QStringLiteral("gdp")));
    QCOMPARE(editor.undoStack()->count(), 1);
    QVERIFY(editor.document()->findIndicator(QStringLiteral("gdp")));
    QCOMPARE(editor.document()->keyFigures.at(3).indicatorId, QStringLiteral("gdp"));
    editor.undoStack()->undo();
    QCOMPARE(json(editor.document()), json(builtIn()));
}

void TestDocumentEditor::modifiedAndSaved()
{
    DocumentEditor editor;
    QSignalSpy modified(&editor, &DocumentEditor::modifiedChanged);
    QSignalSpy clean(editor.undoStack(), &QUndoStack::cleanChanged);
    editor.setDocument(builtIn());
    QVERIFY(!editor.isModified());

    QVERIFY(editor.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("value"), 1));
    QVERIFY(editor.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    QCOMPARE(clean.last().at(0).toBool(), false);

    editor.markSaved();
    QVERIFY(!editor.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);

    // Typing on after a save is a new step, so that undo comes back to what was saved
    QVERIFY(editor.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("value"), 12));
    QCOMPARE(editor.undoStack()->count(), 2);
    QVERIFY(editor.isModified());
    editor.undoStack()->undo();
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.document()->findIndicator(QStringLiteral("gdp_growth"))->value, std::optional<double>(1));
    // Before the save is modified too
    editor.undoStack()->undo();
    QVERIFY(editor.isModified());
    editor.undoStack()->redo();
    QVERIFY(!editor.isModified());

    // A new document starts saved
    editor.setDocument(small());
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(modified.last().at(0).toBool(), false);
}

void TestDocumentEditor::renamesFollowReferences_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("oldId");
    QTest::addColumn<QString>("newId");
    QTest::addRow("indicator") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("gdp"), QStringLiteral("id"), QStringLiteral("gdp-growth"));
    }) << QStringLiteral("gdp") << QStringLiteral("gdp-growth");
    QTest::addRow("section") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("society"), QStringLiteral("id"), QStringLiteral("people"));
    }) << QStringLiteral("society")
                             << QStringLiteral("people");
    QTest::addRow("chart") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy-ranking"), QStringLiteral("id"), QStringLiteral("ranks"));
    }) << QStringLiteral("economy-ranking")
                           << QStringLiteral("ranks");
}

void TestDocumentEditor::renamesFollowReferences()
{
    QFETCH(Edit, edit);
    QFETCH(QString, oldId);
    QFETCH(QString, newId);
    DocumentEditor editor;
    editor.setDocument(small());
    QVERIFY(edit(editor));
    const QByteArray written = json(editor.document());
    // Nothing names the old id any more, and the bulletin is as valid as before
    QVERIFY2(!written.contains(QByteArray('"' + oldId.toUtf8() + '"')), written.constData());
    QVERIFY(written.contains(QByteArray('"' + newId.toUtf8() + '"')));
    QVERIFY2(DocumentEditor::problems(*editor.document()).isEmpty(),
        qPrintable(describe(DocumentEditor::problems(*editor.document()))));
}

void TestDocumentEditor::duplicatesGetUniqueIds()
{
    DocumentEditor editor;
    editor.setDocument(builtIn());
    const QString copy = editor.duplicateSection(QStringLiteral("economy"));
    const QString again = editor.duplicateSection(QStringLiteral("economy"));
    const QString indicatorCopy = editor.duplicateIndicator(QStringLiteral("gdp_growth"));
    const QString indicatorAgain = editor.duplicateIndicator(QStringLiteral("gdp_growth"));
    QVERIFY(!copy.isEmpty() && !again.isEmpty() && copy != again);
    QVERIFY(!indicatorCopy.isEmpty() && !indicatorAgain.isEmpty() && indicatorCopy != indicatorAgain);
    const Document &document = *editor.document();
    QCOMPARE(allIds(document).size(), idCount(document));
    QVERIFY2(DocumentEditor::problems(document).isEmpty(), qPrintable(describe(DocumentEditor::problems(document))));

    // The copy's charts show the copy's indicators, in the same order
    const Section *original = document.findSection(QStringLiteral("economy"));
    const Section *duplicate = document.findSection(copy);
    QVERIFY(original && duplicate);
    QCOMPARE(duplicate->charts.size(), original->charts.size());
    for (int c = 0; c < original->charts.size(); ++c) {
        const QStringList &ids = duplicate->charts.at(c).indicatorIds;
        QCOMPARE(ids.size(), original->charts.at(c).indicatorIds.size());
        for (const QString &id : ids) {
            int s = -1;
            QVERIFY(document.findIndicator(id, &s));
            QCOMPARE(document.sections.at(s).id, copy);
        }
    }
    // A duplicated indicator comes right after its original, equal but for the id
    int s = -1;
    int i = -1;
    QVERIFY(document.findIndicator(QStringLiteral("gdp_growth"), &s, &i));
    QCOMPARE(document.sections.at(s).indicators.at(i + 1).id, indicatorAgain);
    QCOMPARE(document.sections.at(s).indicators.at(i + 2).id, indicatorCopy);
    Indicator renamed = document.sections.at(s).indicators.at(i + 1);
    renamed.id = QStringLiteral("gdp_growth");
    for (const QString &field : DocumentEditor::indicatorFields())
        QCOMPARE(DocumentEditor::indicatorField(renamed, field),
            DocumentEditor::indicatorField(document.sections.at(s).indicators.at(i), field));
}

void TestDocumentEditor::moveBetweenSections()
{
    DocumentEditor editor;
    editor.setDocument(small());
    QVERIFY(editor.moveIndicator(QStringLiteral("gdp"), QStringLiteral("society"), 1));
    const Document &document = *editor.document();
    QCOMPARE(document.sections.at(0).indicators.size(), 1);
    QCOMPARE(document.sections.at(1).indicators.size(), 2);
    QCOMPARE(document.sections.at(1).indicators.at(1).id, QStringLiteral("gdp"));
    // Its key figure follows it into its new section; charts name it where it is
    QCOMPARE(document.keyFigures.at(0).sectionId, QStringLiteral("society"));
    QCOMPARE(document.sections.at(0).charts.at(0).indicatorIds, QStringList { QStringLiteral("gdp") });
    QVERIFY2(DocumentEditor::problems(document).isEmpty(), qPrintable(describe(DocumentEditor::problems(document))));
    // A position beyond the end is the end
    QVERIFY(editor.moveIndicator(QStringLiteral("retail"), QStringLiteral("society"), 99));
    QCOMPARE(editor.document()->sections.at(1).indicators.last().id, QStringLiteral("retail"));
    QVERIFY(!editor.moveIndicator(QStringLiteral("retail"), QStringLiteral("nowhere"), 0));
}

void TestDocumentEditor::removingASectionLeavesNoChartReference()
{
    // Given a chart in one section that shows an indicator of another
    DocumentEditor editor;
    editor.setDocument(small());
    QVERIFY(editor.setChartField(QStringLiteral("economy-ranking"), QStringLiteral("indicators"),
        QStringList { QStringLiteral("gdp"), QStringLiteral("jobs") }));
    // When that other section is removed, as when its indicators are removed one by one, the chart stops naming it
    QVERIFY(editor.removeSection(QStringLiteral("society")));
    QCOMPARE(editor.document()->sections.at(0).charts.at(1).indicatorIds, QStringList { QStringLiteral("gdp") });
    // and only the key figure that showed it is a problem
    const QList<EditProblem> problems = DocumentEditor::problems(*editor.document());
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).place, QStringLiteral("Key figure 2 › section"));
    QCOMPARE(problems.at(1).place, QStringLiteral("Key figure 2 › indicator"));
}

void TestDocumentEditor::problemsNamePlaces_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");

    QTest::addRow("rank-above-rank-of") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("gdp"), QStringLiteral("rank"), 15);
    }) << QStringLiteral("Economy › GDP growth › rank")
                                        << QStringLiteral("within 1..14, found 15")
                                        << QStringLiteral("sections[0].indicators[0].rank");
    QTest::addRow("duplicate-indicator-id") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("jobs"), QStringLiteral("id"), QStringLiteral("gdp"));
    }) << QStringLiteral("Society › New jobs › id")
                                            << QStringLiteral("duplicate indicator id \"gdp\"")
                                            << QStringLiteral("sections[1].indicators[0].id");
    QTest::addRow("duplicate-section-id") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("society"), QStringLiteral("id"), QStringLiteral("economy"));
    }) << QStringLiteral("Society › id") << QStringLiteral("duplicate section id \"economy\"")
                                          << QStringLiteral("sections[1].id");
    QTest::addRow("duplicate-chart-id") << Edit([](DocumentEditor &e) {
        return e.setChartField(
            QStringLiteral("economy-ranking"), QStringLiteral("id"), QStringLiteral("economy-vs-province"));
    }) << QStringLiteral("Economy › Ranking › id")
                                        << QStringLiteral("duplicate chart id \"economy-vs-province\"")
                                        << QStringLiteral("sections[0].charts[1].id");
    QTest::addRow("empty-indicator-name") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("retail"), QStringLiteral("name"), QString());
    }) << QStringLiteral("Economy › retail › name")
                                          << QStringLiteral("empty")
                                          << QStringLiteral("sections[0].indicators[1].name");
    QTest::addRow("empty-section-title") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("society"), QStringLiteral("title"), QStringLiteral(" "));
    }) << QStringLiteral("society › title")
                                         << QStringLiteral("empty") << QStringLiteral("sections[1].title");
    QTest::addRow("empty-bulletin-title")
        << Edit([](DocumentEditor &e) { return e.setDocumentField(QStringLiteral("title"), QString()); })
        << QStringLiteral("Bulletin › title") << QStringLiteral("empty") << QStringLiteral("bulletin.title");
    QTest::addRow("chart-names-removed-indicator") << Edit([](DocumentEditor &e) {
        return e.removeIndicator(QStringLiteral("retail"))
            && e.setChartField(QStringLiteral("economy-ranking"), QStringLiteral("indicators"),
                QStringList { QStringLiteral("gdp"), QStringLiteral("retail") });
    }) << QStringLiteral("Economy › Ranking › indicators")
                                                   << QStringLiteral("names unknown indicator \"retail\"")
                                                   << QStringLiteral("sections[0].charts[1].indicators");
    QTest::addRow("chart-names-unknown-indicator") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy-vs-province"), QStringLiteral("indicators"),
            QStringList { QStringLiteral("nowhere") });
    }) << QStringLiteral("Economy › Against the province › indicators")
                                                   << QStringLiteral("names unknown indicator \"nowhere\"")
                                                   << QStringLiteral("sections[0].charts[0].indicators");
    QTest::addRow("key-figure-of-removed-indicator")
        << Edit([](DocumentEditor &e) { return e.removeIndicator(QStringLiteral("jobs")); })
        << QStringLiteral("Key figure 2 › indicator") << QStringLiteral("names unknown indicator \"jobs\"")
        << QStringLiteral("key_figures[1].indicator");
    QTest::addRow("key-figure-pointing-nowhere") << Edit([](DocumentEditor &e) {
        return e.setKeyFigureField(0, QStringLiteral("section"), QStringLiteral("nowhere"));
    }) << QStringLiteral("Key figure 1 › section")
                                                 << QStringLiteral("names unknown section \"nowhere\"")
                                                 << QStringLiteral("key_figures[0].section");
    QTest::addRow("ranking-chart-of-an-unranked-indicator") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy-ranking"), QStringLiteral("indicators"),
            QStringList { QStringLiteral("gdp"), QStringLiteral("jobs") });
    }) << QStringLiteral("Economy › Ranking › indicators") << QStringLiteral("needs a rank; indicator \"jobs\"")
                                                            << QStringLiteral("sections[0].charts[1].indicators");
}

void TestDocumentEditor::problemsNamePlaces()
{
    QFETCH(Edit, edit);
    QFETCH(QString, place);
    QFETCH(QString, message);
    QFETCH(QString, path);
    DocumentEditor editor;
    editor.setDocument(small());
    QVERIFY2(DocumentEditor::problems(*editor.document()).isEmpty(),
        qPrintable(describe(DocumentEditor::problems(*editor.document()))));
    QVERIFY(edit(editor));
    const QList<EditProblem> problems = DocumentEditor::problems(*editor.document());
    const auto found = std::find_if(problems.cbegin(), problems.cend(),
        [&](const EditProblem &problem) { return problem.place == place && problem.message.contains(message); });
    QVERIFY2(found != problems.cend(), qPrintable(describe(problems)));
    // The reference leads to the field, as the loader's path would
    QCOMPARE(BulletinValidator::jsonPath(found->ref), path);
    // Undone, the bulletin is whole again
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    QVERIFY(DocumentEditor::problems(*editor.document()).isEmpty());
}

void TestDocumentEditor::cellInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("value");

    QTest::addRow("value-text") << QStringLiteral("value") << QVariant(QStringLiteral(" 12.5 ")) << true
                                << QVariant(12.5);
    QTest::addRow("value-double") << QStringLiteral("value") << QVariant(3.25) << true << QVariant(3.25);
    QTest::addRow("value-int") << QStringLiteral("value") << QVariant(7) << true << QVariant(7.0);
    QTest::addRow("value-empty-clears") << QStringLiteral("value") << QVariant(QString()) << true << QVariant();
    QTest::addRow("value-word") << QStringLiteral("value") << QVariant(QStringLiteral("much")) << false << QVariant();
    QTest::addRow("value-decimal-comma") << QStringLiteral("value") << QVariant(QStringLiteral("1,5")) << false
                                         << QVariant();
    QTest::addRow("value-too-large") << QStringLiteral("value") << QVariant(1e16) << false << QVariant();
    QTest::addRow("value-infinite") << QStringLiteral("value") << QVariant(qInf()) << false << QVariant();
    QTest::addRow("value-boolean") << QStringLiteral("value") << QVariant(true) << false << QVariant();
    QTest::addRow("completion-negative") << QStringLiteral("completion") << QVariant(-1.0) << false << QVariant();
    QTest::addRow("rank-within") << QStringLiteral("rank") << QVariant(QStringLiteral("14")) << true << QVariant(14);
    QTest::addRow("rank-above-rank-of") << QStringLiteral("rank") << QVariant(15) << false << QVariant();
    QTest::addRow("rank-zero") << QStringLiteral("rank") << QVariant(0) << false << QVariant();
    QTest::addRow("rank-fraction") << QStringLiteral("rank") << QVariant(2.5) << false << QVariant();
    QTest::addRow("rank-of-below-rank") << QStringLiteral("rank_of") << QVariant(1) << false << QVariant();
    QTest::addRow("rank-of") << QStringLiteral("rank_of") << QVariant(20) << true << QVariant(20);
    QTest::addRow("name") << QStringLiteral("name") << QVariant(QStringLiteral("GDP")) << true
                          << QVariant(QStringLiteral("GDP"));
    QTest::addRow("name-empty") << QStringLiteral("name") << QVariant(QString()) << false << QVariant();
    QTest::addRow("name-blank") << QStringLiteral("name") << QVariant(QStringLiteral("\u3000 ")) << false << QVariant();
    QTest::addRow("source-empty") << QStringLiteral("source") << QVariant(QString()) << false << QVariant();
    QTest::addRow("unit-empty") << QStringLiteral("unit") << QVariant(QString()) << true << QVariant(QString());
    QTest::addRow("id-invalid") << QStringLiteral("id") << QVariant(QStringLiteral("a b")) << false << QVariant();
    QTest::addRow("unknown-field") << QStringLiteral("colour") << QVariant(QStringLiteral("red")) << false
                                   << QVariant();
}

void TestDocumentEditor::cellInput()
{
    QFETCH(QString, field);
    QFETCH(QVariant, input);
    QFETCH(bool, accepted);
    QFETCH(QVariant, value);
    // The document outlives the reference into it.
    const auto document = small();
    const Indicator &gdp = *document->findIndicator(QStringLiteral("gdp"));
    const std::optional<QVariant> result = DocumentEditor::indicatorInput(gdp, field, input);
    QCOMPARE(result.has_value(), accepted);
    if (accepted)
        QCOMPARE(*result, value);
}

void TestDocumentEditor::editedAndSavedLoadsBackEqual_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addRow("json") << QStringLiteral("json");
    QTest::addRow("csv") << QStringLiteral("csv");
}

void TestDocumentEditor::editedAndSavedLoadsBackEqual()
{
    QFETCH(QString, suffix);
    DocumentEditor editor;
    editor.setDocument(builtIn());
    const QString gdp = QStringLiteral("gdp_growth");
    // Every kind of field: texts with quotes, new lines, tabs and a leading '=', numbers, integers, booleans, an
    // optional figure cleared, a list of ids.
    QVERIFY(editor.setDocumentField(QStringLiteral("subtitle"), QStringLiteral("A \"quoted\"\nsubtitle\t")));
    QVERIFY(editor.setDocumentField(QStringLiteral("newspaper"), QStringLiteral("衡阳日报")));
    QVERIFY(editor.setDocumentField(QStringLiteral("publication_date"), QStringLiteral("2020-07-16")));
    QVERIFY(editor.setDocumentField(QStringLiteral("comparison_units"), 15));
    QVERIFY(editor.setDocumentField(QStringLiteral("synthetic"), true));
    QVERIFY(
        editor.setSectionField(QStringLiteral("economy"), QStringLiteral("title"), QStringLiteral("=经济 \\ 指标")));
    QVERIFY(editor.setSectionField(QStringLiteral("economy"), QStringLiteral("title_en"), QStringLiteral("Economy")));
    QVERIFY(
        editor.setSectionField(QStringLiteral("economy"), QStringLiteral("text"), QStringLiteral("Line 1\nLine 2")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("name"), QStringLiteral("地区生产总值增速（修订）")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("name_en"), QStringLiteral("GDP growth, revised")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("value"), 1.75));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("province_value"), 1.25));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("province_derived"), true));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("gap"), 0.5));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("gap_unit"), QStringLiteral("个百分点")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("rank_of"), 15));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("rank"), 3));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("rank_scope"), QStringLiteral("除长沙外")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("target_text"), QStringLiteral("双过半")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("completion"), 55.5));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("note"), QStringLiteral("-a note")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("source"), QStringLiteral("Edited, \"source\"")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("period"), QStringLiteral("2020年上半年")));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("higher_is_better"), false));
    QVERIFY(editor.setIndicatorField(gdp, QStringLiteral("unit"), QStringLiteral("%")));
    QVERIFY(
        editor.setIndicatorField(QStringLiteral("tax_share"), QStringLiteral("value_text"), QStringLiteral("七成")));
    QVERIFY(editor.setIndicatorField(QStringLiteral("tax_share"), QStringLiteral("value"), QVariant()));
    QVERIFY(editor.setIndicatorField(QStringLiteral("local_tax_revenue"), QStringLiteral("value"), 1e15));
    QVERIFY(editor.setIndicatorField(QStringLiteral("patient_deaths"), QStringLiteral("value"), 1.0 / 3.0));
    QVERIFY(editor.setIndicatorField(QStringLiteral("aid_team_batches"), QStringLiteral("value"), -0.000125));
    QVERIFY(
        editor.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("title_en"), QStringLiteral("Ranks")));
    QVERIFY(editor.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("indicators"),
        QStringList { QStringLiteral("retail_sales_growth"), gdp }));
    QVERIFY(
        editor.setChartField(QStringLiteral("economy_vs_province"), QStringLiteral("kind"), QStringLiteral("bars")));
    QVERIFY(editor.setKeyFigureField(0, QStringLiteral("label_en"), QStringLiteral("No deaths")));
    QVERIFY(editor.setKeyFigureField(0, QStringLiteral("text"), QStringLiteral("One\nTwo")));
    QVERIFY(!editor.addIndicator(QStringLiteral("science"), 0).isEmpty());
    const QString added = editor.document()->sections.at(3).indicators.at(0).id;
    QVERIFY(editor.setIndicatorField(added, QStringLiteral("value"), 42));
    QVERIFY(editor.setIndicatorField(added, QStringLiteral("source"), QStringLiteral("Added")));
    const std::shared_ptr<const Document> edited = editor.document();
    QVERIFY2(DocumentEditor::problems(*edited).isEmpty(), qPrintable(describe(DocumentEditor::problems(*edited))));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("edited.") + suffix);
    QCOMPARE(BulletinWriter::writeFile(*edited, path, BulletinWriter::Overwrite::Refuse), QString());
    editor.markSaved();
    const LoadResult loaded = BulletinLoader::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(describeProblems(loaded.problems)));
    compareDocuments(*edited, *loaded.document, suffix == QLatin1String("csv"));
}

void TestDocumentEditor::newDocumentBecomesValid()
{
    DocumentEditor editor;
    editor.setDocument(std::make_shared<const Document>(DocumentEditor::newDocument()));
    // A new bulletin lacks what only its author can give, and says where
    QStringList places;
    for (const EditProblem &problem : DocumentEditor::problems(*editor.document()))
        places.append(problem.place);
    QVERIFY2(places.contains(QStringLiteral("New section › New indicator › value")), qPrintable(places.join(u'\n')));
    QVERIFY2(places.contains(QStringLiteral("New section › New indicator › source")), qPrintable(places.join(u'\n')));

    QVERIFY(editor.setDocumentField(QStringLiteral("period"), QStringLiteral("2021年1—3月")));
    QVERIFY(editor.setDocumentField(QStringLiteral("region"), QStringLiteral("衡阳市")));
    QVERIFY(editor.setIndicatorField(QStringLiteral("indicator-1"), QStringLiteral("value"), 6.5));
    QVERIFY(editor.setIndicatorField(QStringLiteral("indicator-1"), QStringLiteral("source"), QStringLiteral("正文")));
    const QString chart = editor.addChart(QStringLiteral("section-1"), ChartKind::Bars);
    QVERIFY(editor.setChartField(chart, QStringLiteral("indicators"), QStringList { QStringLiteral("indicator-1") }));
    QCOMPARE(editor.addKeyFigure(0), 0);
    QVERIFY(editor.setKeyFigureField(0, QStringLiteral("text"), QStringLiteral("增长6.5%")));
    QVERIFY2(DocumentEditor::problems(*editor.document()).isEmpty(),
        qPrintable(describe(DocumentEditor::problems(*editor.document()))));

    const LoadResult loaded = BulletinLoader::loadJson(json(editor.document()), QStringLiteral("new.json"));
    QVERIFY2(loaded.ok(), qPrintable(describeProblems(loaded.problems)));
    compareDocuments(*editor.document(), *loaded.document, false);
}

void TestDocumentEditor::jsonIsStable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("built-in") << QString::fromLatin1(BulletinLoader::BuiltInPath);
    const QDir data(QString::fromUtf8(BULLETIN_TEST_DATA_DIR));
    for (const QString &folder : { QStringLiteral("."), QStringLiteral("hostile-valid") }) {
        const QDir dir(data.filePath(folder));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json"), QStringLiteral("*.csv") }, QDir::Files))
            QTest::addRow("%s", qPrintable(folder + QLatin1Char('/') + name)) << dir.filePath(name);
    }
}

void TestDocumentEditor::jsonIsStable()
{
    QFETCH(QString, path);
    const LoadResult first = BulletinLoader::loadFile(path);
    if (!first.ok())
        QSKIP("not a bulletin the loader takes whole");
    // load → write → load: every field as it was
    const QByteArray written = BulletinWriter::toJson(*first.document);
    const LoadResult second = BulletinLoader::loadJson(written, QStringLiteral("written.json"));
    QVERIFY2(second.ok(), qPrintable(describeProblems(second.problems)));
    compareDocuments(*first.document, *second.document, false);
    if (QTest::currentTestFailed())
        return;
    // → write again: the same bytes
    QCOMPARE(BulletinWriter::toJson(*second.document), written);
    QVERIFY(written.endsWith("\n}\n"));
    QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
}

void TestDocumentEditor::smallEditSmallDiff_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("removedLines");
    QTest::addColumn<int>("addedLines");
    QTest::addRow("value") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("value"), 1.8);
    }) << 1 << 1;
    QTest::addRow("section-title") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("reform"), QStringLiteral("title"), QStringLiteral("改革"));
    }) << 1 << 1;
    QTest::addRow("optional-text-set") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("aid_team_batches"), QStringLiteral("note"), QStringLiteral("备注"));
    }) << 0 << 1;
    QTest::addRow("higher-is-better-false") << Edit([](DocumentEditor &e) {
        return e.setIndicatorField(QStringLiteral("tax_share"), QStringLiteral("higher_is_better"), false);
    }) << 0 << 1;
    // A new indicator of id, name, value, unit and source, in braces, at the top of a list
    QTest::addRow("add-indicator") << Edit([](DocumentEditor &e) {
        return !e.addIndicator(QStringLiteral("science"), 0).isEmpty();
    }) << 0 << 7;
    QTest::addRow("remove-chart") << Edit([](DocumentEditor &e) {
        return e.removeChart(QStringLiteral("economy_vs_province"));
    }) << 11 << 0;
}

void TestDocumentEditor::smallEditSmallDiff()
{
    QFETCH(Edit, edit);
    QFETCH(int, removedLines);
    QFETCH(int, addedLines);
    DocumentEditor editor;
    editor.setDocument(builtIn());
    const QByteArray before = json(editor.document());
    QVERIFY(edit(editor));
    const QPair<int, int> changed = changedLines(before, json(editor.document()));
    QCOMPARE(changed.first, removedLines);
    QCOMPARE(changed.second, addedLines);
}

void TestDocumentEditor::listEdits_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("destination");
    const auto list = [](const char *letters) {
        QStringList items;
        for (const char *c = letters; *c; ++c)
            items.append(QString(QLatin1Char(*c)));
        return items;
    };
    const int none = int(ListEdit::Kind::None);
    const int insert = int(ListEdit::Kind::Insert);
    const int remove = int(ListEdit::Kind::Remove);
    const int move = int(ListEdit::Kind::Move);
    const int other = int(ListEdit::Kind::Other);
    QTest::addRow("same") << list("abc") << list("abc") << none << -1 << -1 << -1;
    QTest::addRow("both-empty") << list("") << list("") << none << -1 << -1 << -1;
    QTest::addRow("insert-front") << list("abc") << list("xabc") << insert << 0 << 0 << -1;
    QTest::addRow("insert-block") << list("abc") << list("abxyc") << insert << 2 << 3 << -1;
    QTest::addRow("insert-into-empty") << list("") << list("xy") << insert << 0 << 1 << -1;
    QTest::addRow("remove-end") << list("abc") << list("ab") << remove << 2 << 2 << -1;
    QTest::addRow("remove-block") << list("abcde") << list("ae") << remove << 1 << 3 << -1;
    QTest::addRow("move-down") << list("abcd") << list("bcad") << move << 0 << 0 << 3;
    QTest::addRow("move-up") << list("abcd") << list("cabd") << move << 2 << 2 << 0;
    QTest::addRow("move-to-end") << list("abcd") << list("bcda") << move << 0 << 0 << 4;
    QTest::addRow("move-block") << list("abcdef") << list("adebcf") << move << 1 << 2 << 5;
    QTest::addRow("swap-neighbours") << list("abcd") << list("acbd") << move << 1 << 1 << 3;
    QTest::addRow("two-changes") << list("abcd") << list("xbcy") << other << -1 << -1 << -1;
    QTest::addRow("replaced") << list("abc") << list("axc") << other << -1 << -1 << -1;
    QTest::addRow("reversed") << list("abc") << list("cba") << other << -1 << -1 << -1;
    QTest::addRow("repeated-ids") << list("aaba") << list("abaa") << move << 1 << 1 << 3;
}

void TestDocumentEditor::listEdits()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, kind);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, destination);
    const ListEdit edit = ListEdit::between(before, after);
    QCOMPARE(int(edit.kind), kind);
    if (edit.kind == ListEdit::Kind::Other)
        return;
    QCOMPARE(edit.first, first);
    QCOMPARE(edit.last, last);
    QCOMPARE(edit.destination, destination);
    // Applied as a model would, the edit turns one list into the other
    QStringList applied = before;
    switch (edit.kind) {
    case ListEdit::Kind::Insert:
        for (int k = first; k <= last; ++k)
            applied.insert(k, after.at(k));
        break;
    case ListEdit::Kind::Remove:
        applied.remove(first, last - first + 1);
        break;
    case ListEdit::Kind::Move: {
        const QStringList block = applied.mid(first, last - first + 1);
        applied.remove(first, block.size());
        const int at = destination > last ? destination - int(block.size()) : destination;
        for (int k = 0; k < block.size(); ++k)
            applied.insert(at + k, block.at(k));
        break;
    }
    default:
        break;
    }
    QCOMPARE(applied, after);
}

QTEST_GUILESS_MAIN(TestDocumentEditor)
#include "tst_documenteditor.moc"
