// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <memory>

class QCoreApplication;

namespace samordna {
class CaseService;
}

namespace samordna::cli {

// Parses a command's own arguments together with the global options.
// Returns -1 when the command may go on, else the exit code.
int parseArguments(CliContext &context, QCommandLineParser &parser, const QStringList &arguments);

enum class Access { Create, Write, Read };
// Opens the store named by --db (or SAMORDNA_DB, or the default path) for a
// command; nullptr after reporting why not.
std::unique_ptr<CaseService> openStore(CliContext &context, Access access, int *exitCode);
// The same for the store at `address`, for a command that works on two.
std::unique_ptr<CaseService> openStore(CliContext &context, const QString &address, Access access, int *exitCode);
// Prints "warning: <message>" on stderr, as one line; the command goes on.
void printWarning(const QString &message);

// One function per command; the table in main.cpp names them.
int runAssess(CliContext &context, const QStringList &arguments);
// The store commands (StoreCommands.cpp).
int runInit(CliContext &context, const QStringList &arguments);
int runImport(CliContext &context, const QStringList &arguments);
int runExport(CliContext &context, const QStringList &arguments);
int runList(CliContext &context, const QStringList &arguments);
int runShow(CliContext &context, const QStringList &arguments);
int runCheck(CliContext &context, const QStringList &arguments);
int runBackup(CliContext &context, const QStringList &arguments);
int runAudit(CliContext &context, const QStringList &arguments);
int runDocument(CliContext &context, const QStringList &arguments);
// Offline work (SyncCommands.cpp): a case document saved over its case,
// cases taken along in a file and brought back.
int runUpdate(CliContext &context, const QStringList &arguments);
// A file taken along warns on every start once it is older than the
// settings' offline/maxAgeDays (14 by default).
void warnIfOfflineFileIsOld(const CaseService &store, const CliContext &context);
int runCheckout(CliContext &context, const QStringList &arguments);
int runSync(CliContext &context, const QStringList &arguments);
int runResolve(CliContext &context, const QStringList &arguments);
// Team store users and their districts (AdminCommand.cpp).
int runAdmin(CliContext &context, const QStringList &arguments);
// A store file moved into a team store (ImportStoreCommand.cpp).
int runImportStore(CliContext &context, const QStringList &arguments);
// The follow-up figures (StatsCommand.cpp).
int runStats(CliContext &context, const QStringList &arguments);

// A QGuiApplication (offscreen) for the document command, which renders
// with QtGui; a QCoreApplication for every other command.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace samordna::cli
