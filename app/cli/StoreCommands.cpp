// SPDX-License-Identifier: GPL-3.0-or-later
// The store commands of samordna-cli: init, import, export, list, show,
// check, backup and audit. Each opens the store named by --db, SAMORDNA_DB or
// the default path, and reports errors as one "error:" line on stderr.
#include "CliCommands.h"

#include "io/AssessmentJson.h"
#include "io/CaseDocument.h"
#include "rules/Assessor.h"
#include "safety/EchoText.h"
#include "safety/OutputFile.h"
#include "service/CaseService.h"
#include "service/DuplicatePerson.h"
#include "store/StoreAddress.h"
#include "sync/Checkout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace samordna::cli {

void printWarning(const QString &message)
{
    const QByteArray line = "warning: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

int parseArguments(CliContext &context, QCommandLineParser &parser, const QStringList &arguments)
{
    addGlobalOptions(parser);
    if (!parser.parse(arguments))
        return context.fail(BadInput, parser.errorText());
    if (const QString error = readGlobalOptions(parser, context); !error.isEmpty())
        return context.fail(BadInput, error);
    return -1;
}

std::unique_ptr<CaseService> openStore(CliContext &context, Access access, int *exitCode)
{
    return openStore(context, context.dbPath, access, exitCode);
}

std::unique_ptr<CaseService> openStore(CliContext &context, const QString &address, Access access, int *exitCode)
{
    const QString path = CaseService::resolvePath(address);
    if (access != Access::Create && !StoreAddress::isServerUri(path) && !QFileInfo::exists(path)) {
        *exitCode = context.fail(Failure,
                                 QCoreApplication::translate("cli", "there is no store at %1; create one with init")
                                     .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto opened = CaseService::open(path, CaseService::Mode::ReadWrite);
    if (!opened.store) {
        *exitCode = context.fail(Failure, opened.error);
        return nullptr;
    }
    if (opened.readOnly) {
        if (access != Access::Read) {
            *exitCode = context.fail(
                Failure,
                QCoreApplication::translate("cli", "the store %1 is read-only; nothing was changed")
                    .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        printWarning(QCoreApplication::translate("cli", "the store %1 is read-only; it is opened for reading only")
                         .arg(QDir::toNativeSeparators(path)));
    }
    warnIfOfflineFileIsOld(*opened.store, context);
    return std::move(opened.store);
}

namespace {

// One column of a tab-separated line: a tab or line break in a value would
// shift the columns or start a row of its own.
QString column(const QString &value)
{
    return echo::escaped(value);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

int runInit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "init takes no arguments; name the store with --db"));
    int code = Failure;
    const auto store = openStore(context, Access::Create, &code);
    if (!store)
        return code;
    // "Ready" is said of a sound store only: the whole check is waited for,
    // and the count is a count of every case or an error.
    if (const QString problem = store->connection().integrityProblem(); !problem.isEmpty())
        return context.fail(Failure, problem);
    const auto count = store->caseCount();
    if (!count)
        return context.fail(Failure, count.error);
    const auto version = store->schemaVersion();
    if (!version)
        return context.fail(Failure, version.error);
    CliContext::printLine(
        QCoreApplication::translate("cli", "store ready: %1 (schema version %2, %n case(s))", nullptr, *count)
            .arg(QDir::toNativeSeparators(store->path()))
            .arg(*version));
    return Success;
}

int runImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("cli", "Case documents to import, or - for standard input."),
        u"FILE…"_s);
    const QCommandLineOption allowDuplicate(
        u"allow-duplicate"_s,
        QCoreApplication::translate("cli", "Import a case even when its person already has an open case."));
    parser.addOption(allowDuplicate);
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "import takes one or more case documents"));
    int code = Failure;
    const auto store = openStore(context, Access::Create, &code);
    if (!store)
        return code;

    // Each file is its own transaction: one bad file stores nothing of
    // itself and stops none of the others.
    bool badInput = false;
    bool failure = false;
    for (const QString &file : files) {
        QString error;
        int readCode = Failure;
        const auto bytes = readInput(file, &error, &readCode);
        if (!bytes) {
            context.fail(readCode, error);
            (readCode == BadInput ? badInput : failure) = true;
            continue;
        }
        const QString shownFile = echo::cut(file);
        const auto document = caseDocument::read(*bytes, context.today);
        if (!document) {
            context.fail(BadInput, QCoreApplication::translate("cli", "%1: %2").arg(shownFile, document.errorText()));
            badInput = true;
            continue;
        }
        // The document's id becomes the stored one: it names files and
        // columns from then on, so it keeps to the grammar (the store checks
        // again).
        if (!document.record->id.isEmpty()) {
            if (const QString problem = checkCaseId(document.record->id); !problem.isEmpty()) {
                context.fail(BadInput,
                             QCoreApplication::translate("cli", "%1: %2").arg(shownFile, u"case.id: "_s + problem));
                badInput = true;
                continue;
            }
        }
        if (!parser.isSet(allowDuplicate)) {
            const auto open = duplicatePerson::openCases(*store, document.record->person.personnummer);
            if (!open.ok()) {
                context.fail(Failure, QCoreApplication::translate("cli", "%1: %2").arg(shownFile, open.error));
                failure = true;
                continue;
            }
            if (!open->isEmpty()) {
                context.fail(
                    BadInput,
                    QCoreApplication::translate("cli", "%1: %2").arg(shownFile, duplicatePerson::refusalText(*open)));
                badInput = true;
                continue;
            }
        }
        const WriteResult result = store->importCase(*document.record);
        if (!result.ok()) {
            context.fail(result.status == WriteResult::Failed ? Failure : BadInput,
                         QCoreApplication::translate("cli", "%1: %2").arg(shownFile, result.message));
            (result.status == WriteResult::Failed ? failure : badInput) = true;
            continue;
        }
        CliContext::printLine(result.caseId + u'\t' + column(file));
    }
    return badInput ? BadInput : failure ? Failure : Success;
}

int runExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(
        u"case"_s, QCoreApplication::translate("cli", "Export this case only, as one case document."), u"ID"_s);
    parser.addOption(caseOption);
    parser.addPositionalArgument(
        u"OUT"_s, QCoreApplication::translate("cli", "The file to write, or - for standard output (the default)."),
        u"[OUT|-]"_s);
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "export writes to one file, or - for standard output"));
    const QString target = parser.positionalArguments().value(0, u"-"_s);
    if (parser.isSet(caseOption)) {
        if (const QString problem = checkCaseId(parser.value(caseOption)); !problem.isEmpty())
            return context.fail(BadInput, u"--case: "_s + problem);
    }
    // The file is checked (a link, a folder) and made before anything is read.
    std::optional<OutputFile> output;
    if (target != u"-") {
        QString error;
        if (!output.emplace(target).create(&error))
            return context.fail(Failure, error);
    }
    int code = Failure;
    const auto store = openStore(context, Access::Read, &code);
    if (!store)
        return code;

    // An export that cannot be audited does not happen; asked first, so
    // nothing is read for it either.
    if (const QString refusal = store->auditRefusal(); !refusal.isEmpty())
        return context.fail(Failure, QCoreApplication::translate("cli", "nothing was exported: %1").arg(refusal));

    QStringList ids;
    QByteArray bytes;
    if (parser.isSet(caseOption)) {
        const QString id = parser.value(caseOption);
        const auto stored = store->loadCase(id);
        if (!stored.ok())
            return context.fail(Failure, stored.error);
        if (!stored)
            return context.fail(BadInput, QCoreApplication::translate("cli", "there is no case %1").arg(id));
        ids << id;
        // The revision lets `update` tell an edit of this export from one
        // made over a later change.
        bytes = caseDocument::write(stored->record, int(stored->revision));
    } else {
        if (const QString error = store->forEachSummary([&ids](const CaseSummary &row) { ids << row.id; });
            !error.isEmpty())
            return context.fail(Failure, error);
        QJsonArray documents;
        for (const QString &id : ids) {
            const auto stored = store->loadCase(id);
            if (!stored)
                return context.fail(
                    Failure,
                    stored.ok() ? QCoreApplication::translate("cli", "case %1 vanished during the export").arg(id)
                                : stored.error);
            documents << caseDocument::toJsonObject(stored->record, int(stored->revision));
        }
        bytes = QJsonDocument(documents).toJson(QJsonDocument::Indented);
    }
    // Whole and on disk first, then on record, then visible under its name:
    // a full disk leaves no file and no audit row; an export that cannot be
    // audited does not happen.
    QString error;
    if (output && (!output->write(bytes, &error) || !output->finish(&error)))
        return context.fail(Failure, error);
    if (!ids.isEmpty()) {
        if (const WriteResult audited = store->auditEach(ids, u"export"_s); !audited.ok())
            return context.fail(Failure,
                                QCoreApplication::translate("cli", "nothing was exported: %1").arg(audited.message));
    }
    if (!output) {
        CliContext::print(bytes);
        return Success;
    }
    if (!output->publish(&error))
        return context.fail(Failure, error);
    return Success;
}

int runList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption personal(u"show-personal"_s,
                                      QCoreApplication::translate("cli", "Also show names and personnummer."));
    parser.addOption(personal);
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "list takes no arguments"));
    int code = Failure;
    const auto store = openStore(context, Access::Read, &code);
    if (!store)
        return code;
    const bool showPersonal = parser.isSet(personal);
    // Asked first, so nothing personal is read for a list that cannot be
    // audited.
    if (showPersonal) {
        if (const QString refusal = store->auditRefusal(); !refusal.isEmpty())
            return context.fail(
                Failure, QCoreApplication::translate("cli", "names and personnummer are not shown: %1").arg(refusal));
    }
    QList<CaseSummary> rows;
    const QString error = store->forEachSummary([&rows](const CaseSummary &row) { rows << row; });
    // A damaged store is not listed in part as if whole.
    if (!error.isEmpty())
        return context.fail(
            Failure,
            QCoreApplication::translate("cli", "the list stopped after %n case(s): %1", nullptr, int(rows.size()))
                .arg(error));
    // One reveal row per case shown, so each case's own audit says its
    // personal data was shown, and all of them are on record before any is.
    if (showPersonal && !rows.isEmpty()) {
        QStringList ids;
        ids.reserve(rows.size());
        for (const CaseSummary &row : std::as_const(rows))
            ids << row.id;
        if (const WriteResult audited = store->auditListReveal(ids); !audited.ok())
            return context.fail(
                Failure,
                QCoreApplication::translate("cli", "names and personnummer are not shown: %1").arg(audited.message));
    }
    // Colleagues see who has taken a case along, in the last column.
    const auto checkouts = sync::Checkout::notes(store->connection());
    if (!checkouts)
        return context.fail(Failure, checkouts.error);
    QHash<QString, QString> takenAlong;
    for (const sync::CheckoutNote &note : *checkouts)
        takenAlong[note.caseId] = note.text();
    QByteArray out;
    for (const CaseSummary &row : std::as_const(rows)) {
        QStringList columns{column(row.id), column(row.district), stageCode(row.stage), utcText(row.updated)};
        if (showPersonal)
            columns << column(row.name) << column(row.personnummer);
        columns << column(takenAlong.value(row.id));
        out += columns.join(u'\t').toUtf8() + '\n';
    }
    CliContext::print(out);
    return Success;
}

int runShow(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, QCoreApplication::translate("cli", "The case to judge."));
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadInput, QCoreApplication::translate("cli", "show takes one case id"));
    const QString id = parser.positionalArguments().constFirst();
    if (const QString problem = checkCaseId(id); !problem.isEmpty())
        return context.fail(BadInput, problem);
    int code = Failure;
    const auto store = openStore(context, Access::Read, &code);
    if (!store)
        return code;
    const auto stored = store->openCase(id);
    if (!stored.ok())
        return context.fail(Failure, stored.error);
    if (!stored)
        return context.fail(BadInput, QCoreApplication::translate("cli", "there is no case %1").arg(id));
    if (const auto checkouts = sync::Checkout::notes(store->connection(), id)) {
        for (const sync::CheckoutNote &note : *checkouts)
            printWarning(note.text());
    }
    const Assessment assessment = assess(stored->record, context.today);
    CliContext::print(QJsonDocument(assessmentToJson(assessment)).toJson(QJsonDocument::Indented));
    return Success;
}

int runCheck(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "check takes no arguments"));
    const QString path = CaseService::resolvePath(context.dbPath);
    if (!StoreAddress::isServerUri(path) && !QFileInfo::exists(path))
        return context.fail(
            Failure, QCoreApplication::translate("cli", "there is no store at %1").arg(QDir::toNativeSeparators(path)));
    // Read-only: checking never migrates or writes.
    const auto opened = CaseService::open(path, CaseService::Mode::ReadOnly);
    if (!opened.store)
        return context.fail(Failure, opened.error);
    const QStringList problems = opened.store->check();
    for (const QString &problem : problems)
        CliContext::printLine(column(problem));
    if (!problems.isEmpty())
        return context.fail(
            Failure, QCoreApplication::translate("cli", "the store has %n problem(s)", nullptr, int(problems.size())));
    CliContext::printLine(QCoreApplication::translate("cli", "ok"));
    return Success;
}

int runBackup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"OUT"_s, QCoreApplication::translate("cli", "The new file to write the copy to."));
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadInput, QCoreApplication::translate("cli", "backup takes one file to write"));
    const QString target = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(target))
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "%1 exists already; choose a new file for the backup")
                                .arg(QDir::toNativeSeparators(target)));
    int code = Failure;
    const auto store = openStore(context, Access::Read, &code);
    if (!store)
        return code;
    QString error;
    if (!store->backup(target, &error))
        return context.fail(Failure, error);
    CliContext::printLine(
        QCoreApplication::translate("cli", "backup written: %1").arg(QDir::toNativeSeparators(target)));
    return Success;
}

int runAudit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(
        u"case"_s, QCoreApplication::translate("cli", "Show the rows of this case only."), u"ID"_s);
    parser.addOption(caseOption);
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "audit takes no arguments other than --case"));
    if (parser.isSet(caseOption)) {
        if (const QString problem = checkCaseId(parser.value(caseOption)); !problem.isEmpty())
            return context.fail(BadInput, u"--case: "_s + problem);
    }
    int code = Failure;
    const auto store = openStore(context, Access::Read, &code);
    if (!store)
        return code;
    const auto rows = store->auditLog(parser.value(caseOption));
    if (!rows)
        return context.fail(Failure, rows.error);
    QByteArray out;
    for (const AuditEntry &row : *rows)
        out += QStringList{QString::number(row.id), utcText(row.time),  column(row.user),
                           column(row.caseId),      column(row.action), column(row.details)}
                   .join(u'\t')
                   .toUtf8()
            + '\n';
    CliContext::print(out);
    return Success;
}

} // namespace samordna::cli
