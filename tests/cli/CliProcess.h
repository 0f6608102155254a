// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// samordna-cli run as its own process, as a person or a script runs it.
namespace cliProcess {

struct Run
{
    int exitCode = -1; // -1: it crashed, hung or never started
    QByteArray out;
    QByteArray err;
};

// Runs samordna-cli with `arguments` in `environment`, `input` on its
// standard input (closed at once when null); a run still going after a
// minute is killed.
inline Run run(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAMORDNA_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace cliProcess
