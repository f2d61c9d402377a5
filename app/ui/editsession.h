#pragma once

#include <QDateTime>
#include <QObject>
#include <bulletin.h>
#include <memory>

class QAction;
class QTimer;
class QWidget;

namespace Bulletin {
class DocumentEditor;
} // namespace Bulletin

// The bulletin as a file being worked on: the editor and its history, where it is saved, whether it has unsaved
// edits, saving (atomic, JSON or CSV by suffix; the built-in bulletin is never overwritten) and asking before
// edits are lost. Unsaved edits are written every few seconds to the user's data folder, so that after a crash the
// next start can offer them back.
class EditSession : public QObject
{
    Q_OBJECT
public:
    // How often unsaved edits are written aside.
    static constexpr int AutosaveIntervalMs = 3000;

    explicit EditSession(QWidget *window);
    ~EditSession() override;

    Bulletin::DocumentEditor *editor() const { return m_editor; }
    // A document to work on; an empty path is the built-in bulletin or a new one (isBuiltIn tells which).
    void open(std::shared_ptr<const Bulletin::Document> document, const QString &filePath, bool builtIn);
    QString filePath() const { return m_filePath; }
    bool isBuiltIn() const { return m_builtIn; }
    bool isModified() const;
    // "name.json" or "Built-in bulletin" or "Untitled".
    QString displayName() const;

    // Save writes to the file it came from; the built-in bulletin and a new one ask for a file first.
    bool save();
    bool saveAs();
    // Writes to path (JSON or CSV by its suffix) and makes it the session's file; a message on failure.
    QString saveTo(const QString &path);
    // Before edits would be lost (closing, opening another file, quitting): Save, Discard or Cancel. True to go on.
    bool maybeSave();

    // Edit mode: the models accept edits. Browsing is read-only.
    bool isEditing() const { return m_editing; }
    void setEditing(bool editing);

    QAction *editModeAction() const { return m_editModeAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    void retranslate();

    // Unsaved edits, written aside now rather than at the next tick; the path written, empty when nothing was.
    QString autosaveNow();
    // Where unsaved edits are written aside: the user's data folder.
    static QString autosaveFolder();
    // Edits a previous run left unsaved, with the file they belonged to and when; empty when there are none.
    struct Recovery
    {
        QString autosavePath;
        QString originalPath;
        bool builtIn = false;
        QDateTime savedAt;
        bool isValid() const { return !autosavePath.isEmpty(); }
    };
    static Recovery pendingRecovery();
    // Opens the recovered edits as an unsaved change of their file; false, and the recovery is kept, when they
    // cannot be read.
    bool recover(const Recovery &recovery, QString *error);
    // Forgets recovered edits.
    static void discard(const Recovery &recovery);

signals:
    void editingChanged(bool editing);
    // The file, the modified state or the name changed: the window's title follows.
    void stateChanged();
    void saved(const QString &path);
    void failed(const QString &title, const QString &message);

private:
    void removeAutosave();
    QString autosaveFile() const;

    QWidget *m_window;
    Bulletin::DocumentEditor *m_editor;
    QString m_filePath;
    bool m_builtIn = true;
    bool m_editing = false;
    QTimer *m_autosaveTimer;
    QAction *m_editModeAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
};
