#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

// What a program run from a test did: how it ended and what it printed.
struct HeadlessRun
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return QStringLiteral("finished %1, %2, exit code %3\nstdout: %4\nstderr: %5")
            .arg(finished)
            .arg(status == QProcess::NormalExit ? QStringLiteral("normal exit") : QStringLiteral("crashed"))
            .arg(exitCode)
            .arg(out, err);
    }
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs a program with no display and no Qt platform chosen, as on a server: headless modes must manage alone.
// environment changes the test's own: a variable set to a null string is removed.
inline HeadlessRun runHeadless(const QString &program, const QStringList &arguments, const QString &workingDirectory,
    const QHash<QString, QString> &environmentChanges = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (auto change = environmentChanges.cbegin(); change != environmentChanges.cend(); ++change) {
        if (change.value().isNull())
            environment.remove(change.key());
        else
            environment.insert(change.key(), change.value());
    }
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    HeadlessRun result;
    result.finished = process.waitForFinished(120000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.status = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The run finished normally with exit code code; on failure, says how it ended and what it printed.
#define VERIFY_EXIT(result, code)                                                                                      \
    do {                                                                                                               \
        QVERIFY2((result).finished && (result).status == QProcess::NormalExit && (result).exitCode == (code),          \
            qPrintable(QStringLiteral("expected exit code %1, got ").arg(code) + (result).describe()));                \
    } while (false)
