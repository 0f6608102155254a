// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

namespace samordna::cli {

// Exit codes shared by every command.
// Conflict: a change made over a later one was refused, or a sync left
// fields that changed on both sides for a person to choose between.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2, Conflict = 3 };

// What every command is given: the global options and a way to report.
struct CliContext
{
    QDate today;
    QString dbPath; // empty: the default store
    QString language;

    // The longest error line printed, however long the values in it.
    static constexpr qsizetype MaxMessageLength = 1000;

    // Prints "error: <message>" on stderr, as one line, and returns `code`.
    int fail(int code, const QString &message) const;
    static void print(const QByteArray &bytes); // stdout, unbuffered by Qt
    static void printLine(const QString &line);
};

// Adds the options every command accepts, so they may stand before or after
// the command's name.
void addGlobalOptions(QCommandLineParser &parser);
// Reads the global options; returns an error text when one is wrong.
QString readGlobalOptions(const QCommandLineParser &parser, CliContext &context);

// Reads a file, or standard input for "-"; an error text on failure, and in
// `exitCode` whether it was the input's fault (too large: BadInput) or not.
std::optional<QByteArray> readInput(const QString &path, QString *error, int *exitCode = nullptr);

// Why `id` (given on the command line) is not a case id; empty when it is.
QString checkCaseId(const QString &id);

struct CliCommand
{
    const char *name;
    const char *summary; // translated in context "cli"
    int (*run)(CliContext &context, const QStringList &arguments);
};

} // namespace samordna::cli
