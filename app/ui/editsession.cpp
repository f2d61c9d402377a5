#include "editsession.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>
#include <atomicfile.h>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <documenteditor.h>

namespace {

const auto AutosaveName = "unsaved.json";
const auto AutosaveMetaName = "unsaved-meta.json";

bool isCsv(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

} // namespace

EditSession::EditSession(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_editor(new Bulletin::DocumentEditor(this))
    , m_autosaveTimer(new QTimer(this))
{
    m_editModeAction = new QAction(this);
    m_editModeAction->setObjectName(QStringLiteral("editModeAction"));
    m_editModeAction->setCheckable(true);
    m_editModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editModeAction, &QAction::toggled, this, &EditSession::setEditing);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &EditSession::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &EditSession::saveAs);

    m_undoAction = m_editor->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editor->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, Ctrl+Y too where that is the platform's habit.
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });

    m_autosaveTimer->setInterval(AutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &EditSession::autosaveNow);
    connect(m_editor, &Bulletin::DocumentEditor::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_autosaveTimer->start();
        } else {
            m_autosaveTimer->stop();
            removeAutosave();
        }
        emit stateChanged();
    });
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isModified() && !m_autosaveTimer->isActive())
            m_autosaveTimer->start();
    });
    retranslate();
}

EditSession::~EditSession() = default;

void EditSession::retranslate()
{
    m_editModeAction->setText(tr("&Edit mode"));
    m_editModeAction->setToolTip(tr("Edit the bulletin: its fields, sections, indicators, charts and key figures"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
}

void EditSession::open(std::shared_ptr<const Bulletin::Document> document, const QString &filePath, bool builtIn)
{
    m_filePath = filePath;
    m_builtIn = builtIn && filePath.isEmpty();
    m_editor->setDocument(std::move(document));
    emit stateChanged();
}

bool EditSession::isModified() const
{
    return m_editor->isModified();
}

QString EditSession::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_builtIn ? tr("Built-in bulletin") : tr("Untitled");
}

void EditSession::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    m_editModeAction->setChecked(editing);
    emit editingChanged(editing);
}

bool EditSession::save()
{
    // The built-in bulletin and a new one have no file of their own: never overwrite what ships with the program.
    if (m_filePath.isEmpty())
        return saveAs();
    const QString failure = saveTo(m_filePath);
    if (!failure.isEmpty()) {
        emit failed(tr("Cannot save bulletin"), failure);
        return false;
    }
    return true;
}

bool EditSession::saveAs()
{
    const QString folder = QSettings().value(QStringLiteral("paths/saveFolder")).toString();
    const auto document = m_editor->document();
    const QString suggested
        = QDir(folder).filePath((m_filePath.isEmpty() ? (document ? document->id : QStringLiteral("bulletin"))
                                                      : QFileInfo(m_filePath).completeBaseName())
            + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save bulletin as"), suggested, tr("Bulletin JSON (*.json);;CSV table (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QSettings().setValue(QStringLiteral("paths/saveFolder"), QFileInfo(path).absolutePath());
    const QString failure = saveTo(path);
    if (!failure.isEmpty()) {
        emit failed(tr("Cannot save bulletin"), failure);
        return false;
    }
    return true;
}

QString EditSession::saveTo(const QString &path)
{
    const auto document = m_editor->document();
    if (!document)
        return tr("There is no bulletin to save.");
    // The file dialog has asked before an existing file is replaced; saving over the session's own file is the point.
    const QString failure = Bulletin::BulletinWriter::writeFile(*document, path, Bulletin::Overwrite::Allow);
    if (!failure.isEmpty())
        return failure;
    m_filePath = path;
    m_builtIn = false;
    m_editor->markSaved();
    removeAutosave();
    emit saved(path);
    emit stateChanged();
    return {};
}

bool EditSession::maybeSave()
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    // Discarded on purpose: nothing to recover next time.
    m_autosaveTimer->stop();
    removeAutosave();
    return true;
}

QString EditSession::autosaveFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString EditSession::autosaveFile() const
{
    return QDir(autosaveFolder()).filePath(QString::fromLatin1(AutosaveName));
}

QString EditSession::autosaveNow()
{
    const auto document = m_editor->document();
    if (!document || !isModified())
        return {};
    if (!QDir().mkpath(autosaveFolder()))
        return {};
    const QString path = autosaveFile();
    if (!Bulletin::AtomicFile::write(path, Bulletin::BulletinWriter::toJson(*document), Bulletin::Overwrite::Allow)
             .isEmpty())
        return {};
    QJsonObject meta;
    meta.insert(QStringLiteral("original"), m_filePath);
    meta.insert(QStringLiteral("built_in"), m_builtIn);
    meta.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Bulletin::AtomicFile::write(QDir(autosaveFolder()).filePath(QString::fromLatin1(AutosaveMetaName)),
        QJsonDocument(meta).toJson(), Bulletin::Overwrite::Allow);
    return path;
}

void EditSession::removeAutosave()
{
    QFile::remove(autosaveFile());
    QFile::remove(QDir(autosaveFolder()).filePath(QString::fromLatin1(AutosaveMetaName)));
}

EditSession::Recovery EditSession::pendingRecovery()
{
    Recovery recovery;
    const QDir folder(autosaveFolder());
    const QString path = folder.filePath(QString::fromLatin1(AutosaveName));
    if (!QFileInfo(path).isFile())
        return recovery;
    recovery.autosavePath = path;
    recovery.savedAt = QFileInfo(path).lastModified();
    QFile metaFile(folder.filePath(QString::fromLatin1(AutosaveMetaName)));
    if (metaFile.open(QIODevice::ReadOnly)) {
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.read(64 * 1024)).object();
        recovery.originalPath = meta.value(QStringLiteral("original")).toString();
        recovery.builtIn = meta.value(QStringLiteral("built_in")).toBool();
    }
    return recovery;
}

bool EditSession::recover(const Recovery &recovery, QString *error)
{
    const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(recovery.autosavePath);
    // Edits may have left problems to correct: a draft is recovered too.
    const auto document = loaded.ok() ? loaded.document : loaded.draft;
    if (!document) {
        if (error)
            *error = Bulletin::describeProblems(loaded.problems);
        return false;
    }
    m_filePath = recovery.originalPath;
    m_builtIn = recovery.builtIn && recovery.originalPath.isEmpty();
    m_editor->setDocument(document);
    // Recovered edits are unsaved edits of their file: mark them so, with no history to undo past them.
    m_editor->undoStack()->resetClean();
    emit stateChanged();
    m_autosaveTimer->start();
    return true;
}

void EditSession::discard(const Recovery &recovery)
{
    QFile::remove(recovery.autosavePath);
    QFile::remove(
        QDir(QFileInfo(recovery.autosavePath).absolutePath()).filePath(QString::fromLatin1(AutosaveMetaName)));
}
