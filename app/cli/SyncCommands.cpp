// SPDX-License-Identifier: GPL-3.0-or-later
// The commands for work outside the store: update (a case document saved
// over its case), checkout (cases taken along in a store file) and sync
// (the file's work brought back). Each reports errors as one "error:" line
// on stderr; a refused change made over a later one exits with Conflict.
#include "CliCommands.h"

#include "io/CaseDocument.h"
#include "safety/CaseId.h"
#include "service/CaseService.h"
#include "sync/Checkout.h"
#include "sync/OfflineFile.h"
#include "sync/OfflineSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace samordna::cli {

namespace {

// A conflicting value on one line: text as it is, anything else as JSON
// ("null" when not recorded).
QString plainValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return u"null"_s;
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return json.mid(1, json.size() - 2);
}

} // namespace

void warnIfOfflineFileIsOld(const CaseService &store, const CliContext &context)
{
    const int days = QSettings().value(u"offline/maxAgeDays"_s, sync::OfflineFile::DefaultMaxAgeDays).toInt();
    if (const QString warning = sync::OfflineFile::ageWarningOf(store.connection(), context.today, days);
        !warning.isEmpty())
        printWarning(warning);
}

int runUpdate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"FILE"_s,
        QCoreApplication::translate("cli", "The edited case document (as export wrote it, with case.revision), or -."));
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadInput, QCoreApplication::translate("cli", "update takes one case document"));
    const QString file = parser.positionalArguments().constFirst();
    QString error;
    const auto bytes = readInput(file, &error);
    if (!bytes)
        return context.fail(Failure, error);
    const auto document = caseDocument::read(*bytes, context.today);
    if (!document)
        return context.fail(BadInput, QCoreApplication::translate("cli", "%1: %2").arg(file, document.errorText()));
    const CaseRecord &record = *document.record;
    if (record.id.isEmpty())
        return context.fail(
            BadInput,
            QCoreApplication::translate("cli",
                                        "%1: case.id: update needs the id of the stored case; a new case is "
                                        "stored with import")
                .arg(file));
    if (const QString problem = samordna::caseId::problem(record.id); !problem.isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "%1: case.id: %2").arg(file, problem));
    // Without the revision it was edited from, a document would silently
    // replace whatever was saved since: that is refused, never guessed.
    if (!document.revision)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli",
                                                        "%1: case.revision: update needs the revision the document was "
                                                        "exported at; export the case again and edit that")
                                .arg(file));

    int code = Failure;
    const auto store = openStore(context, Access::Write, &code);
    if (!store)
        return code;
    const WriteResult result = store->saveCase(record, *document.revision);
    switch (result.status) {
    case WriteResult::Saved:
        CliContext::printLine(u"%1\t%2"_s.arg(result.caseId).arg(result.revision));
        return Success;
    case WriteResult::Conflict:
        return context.fail(
            Conflict,
            QCoreApplication::translate("cli",
                                        "case %1 was changed in the store after revision %2, which the "
                                        "document was exported at (it is at revision %3 now); nothing was "
                                        "saved. Export it again and make the change there")
                .arg(record.id)
                .arg(*document.revision)
                .arg(result.revision));
    case WriteResult::Invalid:
        return context.fail(BadInput, QCoreApplication::translate("cli", "%1: %2").arg(file, result.message));
    case WriteResult::Failed:
        break;
    }
    return context.fail(Failure, result.message);
}

int runCheckout(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        u"to"_s, QCoreApplication::translate("cli", "The new store file to take the cases into."), u"FILE.sqlite"_s);
    const QCommandLineOption caseOption(
        u"case"_s, QCoreApplication::translate("cli", "A case to take (may be repeated)."), u"ID"_s);
    const QCommandLineOption mine(
        u"mine"_s,
        QCoreApplication::translate("cli",
                                    "Take the open cases whose social worker is you (your name in the settings)."));
    const QCommandLineOption agenda(
        u"agenda"_s, QCoreApplication::translate("cli", "Take the cases on a konsultationsteam meeting's agenda."),
        u"MEETING-ID"_s);
    parser.addOptions({to, caseOption, mine, agenda});
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "checkout takes no arguments other than its options"));
    const QString target = parser.value(to);
    if (target.isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "checkout needs --to FILE.sqlite"));
    const int ways = int(parser.isSet(caseOption)) + int(parser.isSet(mine)) + int(parser.isSet(agenda));
    if (ways != 1)
        return context.fail(BadInput,
                            QCoreApplication::translate(
                                "cli", "checkout takes the cases by one of --case ID…, --mine or --agenda MEETING-ID"));
    int code = Failure;
    const auto team = openStore(context, Access::Write, &code);
    if (!team)
        return code;

    QStringList ids;
    if (parser.isSet(caseOption)) {
        for (const QString &id : parser.values(caseOption)) {
            if (!ids.contains(id))
                ids << id;
        }
    } else if (parser.isSet(mine)) {
        const QString name = QSettings().value(u"myDetails/name"_s).toString().simplified();
        if (name.isEmpty())
            return context.fail(BadInput,
                                QCoreApplication::translate("cli",
                                                            "--mine needs your name in the settings "
                                                            "(Inställningar, Mina uppgifter); or name "
                                                            "the cases with --case"));
        const auto found = sync::Checkout::casesOf(*team, name);
        if (!found)
            return context.fail(Failure, found.error);
        ids = *found;
    } else {
        bool ok = false;
        const qint64 meeting = parser.value(agenda).toLongLong(&ok);
        const auto found = ok ? sync::Checkout::agendaCases(*team, meeting) : ReadResult<QStringList>::absent();
        if (!found.ok())
            return context.fail(Failure, found.error);
        if (!found)
            return context.fail(BadInput,
                                QCoreApplication::translate("cli", "there is no konsultationsteam meeting %1")
                                    .arg(parser.value(agenda).left(20)));
        ids = *found;
    }
    if (ids.isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "there are no cases to take along"));

    // The store's own location: a file's absolute path (a sync may run from
    // another folder), a team store's address without any password.
    const auto result = sync::Checkout::run(*team, team->path(), ids, target);
    if (!result.error.isEmpty())
        return context.fail(result.badInput ? BadInput : Failure, result.error);
    for (const QString &id : result.caseIds)
        CliContext::printLine(id + u'\t' + QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()));
    return Success;
}

int runSync(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(
        u"keep"_s,
        QCoreApplication::translate("cli",
                                    "Keep the cases in the file after a complete sync (by default it is emptied)."));
    const QCommandLineOption teamOption(
        u"team"_s,
        QCoreApplication::translate("cli", "The team store, when it is not where the cases were taken from."),
        u"URL"_s);
    parser.addOptions({keep, teamOption});
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "sync takes no arguments; name the file with --db"));
    int code = Failure;
    auto file = openStore(context, Access::Write, &code);
    if (!file)
        return code;
    const auto origin = sync::OfflineFile(file->connection()).origin();
    if (!origin.ok())
        return context.fail(Failure, origin.error);
    if (!origin)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli",
                                                        "%1 was not taken along from a team store "
                                                        "(checkout); there is nothing to sync")
                                .arg(QDir::toNativeSeparators(file->path())));
    const QString teamPath = parser.isSet(teamOption) ? parser.value(teamOption) : origin->team;
    const auto team = openStore(context, teamPath, Access::Write, &code);
    if (!team)
        return code;

    // One line per case as soon as it is done: a sync stopped midway
    // shows how far it came.
    sync::OfflineSync sync(*file, *team);
    const sync::SyncResult result = sync.run([](const sync::CaseSyncResult &row) {
        QString line = row.caseId + u'\t' + row.code();
        if (!row.fields.isEmpty())
            line += u'\t' + row.fields.join(u',');
        if (!row.message.isEmpty())
            line += u'\t' + row.message;
        CliContext::printLine(line);
    });
    if (!result.error.isEmpty())
        return context.fail(Failure, result.error);
    for (const sync::CaseSyncResult &row : result.cases) {
        if (row.outcome == sync::CaseSyncResult::Failed)
            return context.fail(Failure,
                                QCoreApplication::translate("cli", "not every case was synced; run sync again"));
    }
    if (result.hasConflicts())
        return context.fail(Conflict,
                            QCoreApplication::translate("cli",
                                                        "fields changed on both sides wait for your "
                                                        "choice (samordna-cli resolve, or the program's "
                                                        "sync window); nothing of them was overwritten"));
    if (parser.isSet(keep))
        return Success;
    // Everything is in the team store: nothing of it need stay on the laptop.
    const QString path = file->path();
    QString error;
    if (!sync::Checkout::release(team->connection(), origin->fileId, &error))
        printWarning(
            QCoreApplication::translate("cli", "the team store still shows the cases as checked out: %1").arg(error));
    file.reset();
    if (!sync::OfflineFile::removeStoreFile(path, &error))
        return context.fail(Failure,
                            QCoreApplication::translate("cli",
                                                        "everything is synced, but %1 could not be "
                                                        "emptied: %2")
                                .arg(QDir::toNativeSeparators(path), error));
    CliContext::printLine(QCoreApplication::translate("cli", "emptied: %1").arg(QDir::toNativeSeparators(path)));
    return Success;
}

int runResolve(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption take(
        u"take"_s,
        QCoreApplication::translate("cli", "Which value to keep: team (the team store's) or offline (this file's)."),
        u"team|offline"_s);
    parser.addOption(take);
    parser.addPositionalArgument(u"CASE"_s, QCoreApplication::translate("cli", "The case."));
    parser.addPositionalArgument(u"FIELD"_s, QCoreApplication::translate("cli", "The field, as sync named it."));
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    int code = Failure;
    const auto file = openStore(context, Access::Write, &code);
    if (!file)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        // The open conflicts, one per line: case, field, team value, file value.
        const auto conflicts = sync::OfflineFile(file->connection()).conflicts();
        if (!conflicts)
            return context.fail(Failure, conflicts.error);
        for (const sync::StoredConflict &stored : *conflicts) {
            if (stored.chosen)
                continue;
            CliContext::printLine(QStringList{stored.caseId, stored.conflict.field, plainValue(stored.conflict.team),
                                              plainValue(stored.conflict.offline)}
                                      .join(u'\t'));
        }
        return Success;
    }
    if (parser.positionalArguments().size() != 2 || !parser.isSet(take)
        || (parser.value(take) != u"team" && parser.value(take) != u"offline"))
        return context.fail(BadInput,
                            QCoreApplication::translate("cli",
                                                        "resolve takes CASE FIELD --take team|offline, "
                                                        "or nothing to list the conflicts"));
    const QString caseId = parser.positionalArguments().at(0);
    if (const QString problem = samordna::caseId::problem(caseId); !problem.isEmpty())
        return context.fail(BadInput, problem);
    const auto side = parser.value(take) == u"team" ? sync::FieldChoice::Team : sync::FieldChoice::Offline;
    if (parser.positionalArguments().at(1) == u"person.personnummer" && side == sync::FieldChoice::Team)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli",
                                                        "a case made offline for a person who has a "
                                                        "case in the team store is added with --take "
                                                        "offline, or stays in the file until its notes "
                                                        "are moved by hand"));
    // The choice needs no team store: it is made in the file and merged
    // at the next sync.
    QString error;
    if (!sync::OfflineSync::choose(*file, caseId, parser.positionalArguments().at(1), side, &error))
        return context.fail(BadInput, error);
    CliContext::printLine(QCoreApplication::translate("cli", "chosen; run sync to bring it in"));
    return Success;
}

} // namespace samordna::cli
