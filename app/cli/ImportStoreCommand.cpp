// SPDX-License-Identifier: GPL-3.0-or-later
// samordna-cli import-store FILE: a local store's cases moved into a team
// store (see core/store/StoreImport.h).

#include "CliCommands.h"

#include "safety/EchoText.h"
#include "service/CaseService.h"
#include "store/StoreAddress.h"
#include "store/StoreImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace samordna::cli {

int runImportStore(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("cli", "The store file to bring in."),
                                 u"FILE.sqlite"_s);
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadInput, QCoreApplication::translate("cli", "import-store takes one store file"));
    const QString file = parser.positionalArguments().constFirst();
    if (!QFileInfo(file).isFile())
        return context.fail(
            BadInput,
            QCoreApplication::translate("cli", "there is no store at %1").arg(QDir::toNativeSeparators(file)));
    const QString path = CaseService::resolvePath(context.dbPath);
    if (!StoreAddress::isServerUri(path))
        return context.fail(
            BadInput,
            QCoreApplication::translate(
                "cli", "import-store brings a file into a team store; name it with --db postgresql://…"));
    auto opened = CaseService::open(path, CaseService::Mode::ReadWrite);
    if (!opened.store)
        return context.fail(Failure, opened.error);
    const StoreImport::Result result = StoreImport::run(opened.store->connection(), file);
    for (const QString &id : result.imported)
        CliContext::printLine(QCoreApplication::translate("cli", "%1 imported").arg(id));
    for (const qint64 meeting : result.meetings) {
        QStringList leftOut;
        for (const QString &id : result.agendaLeftOut.value(meeting))
            leftOut << echo::cut(id); // may be an id the grammar refused
        CliContext::printLine(
            leftOut.isEmpty()
                ? QCoreApplication::translate("cli", "konsultationsteam meeting %1 imported").arg(meeting)
                : QCoreApplication::translate("cli",
                                              "konsultationsteam meeting %1 imported without the agenda items of "
                                              "cases not imported: %2")
                      .arg(meeting)
                      .arg(leftOut.join(u", "_s)));
    }
    // Everything not written is said, in one line; an error that stopped
    // the import comes first.
    QStringList problems;
    if (!result.error.isEmpty())
        problems << result.error;
    if (!result.refused.isEmpty()) {
        QStringList shown;
        for (const QString &id : result.refused)
            shown << u'"' + echo::cut(id) + u'"';
        problems << QCoreApplication::translate("cli",
                                                "these case ids are not usable (letters a-z, digits, '-', '_' "
                                                "and '.' only); nothing of those cases was "
                                                "written: %1")
                        .arg(shown.join(u", "_s));
    }
    const QString yours = result.userDistricts && !result.userDistricts->isEmpty()
        ? result.userDistricts->join(u", "_s)
        : QCoreApplication::translate("cli", "none", "the districts a user works in");
    if (!result.outsideDistricts.isEmpty())
        problems << QCoreApplication::translate("cli",
                                                "these cases are of districts you do not work in (yours: %1); "
                                                "nothing of them was written: %2")
                        .arg(yours, result.outsideDistricts.join(u", "_s));
    if (!result.clashes.isEmpty())
        problems << QCoreApplication::translate(
                        "cli", "the team store has these cases already; nothing of them was written: %1")
                        .arg(result.clashes.join(u", "_s));
    const auto meetingIds = [](const QList<qint64> &ids) {
        QStringList shown;
        for (const qint64 id : ids)
            shown << QString::number(id);
        return shown.join(u", "_s);
    };
    if (!result.meetingsOutside.isEmpty())
        problems << QCoreApplication::translate("cli",
                                                "these konsultationsteam meetings are of districts you do not work "
                                                "in (yours: %1); nothing of them was written: %2")
                        .arg(yours, meetingIds(result.meetingsOutside));
    if (!result.meetingsWithoutDistrict.isEmpty())
        problems << QCoreApplication::translate("cli",
                                                "these konsultationsteam meetings name no district, and only the "
                                                "store's owner brings such a meeting in; nothing of them was "
                                                "written: %1")
                        .arg(meetingIds(result.meetingsWithoutDistrict));
    if (!result.meetingClashes.isEmpty())
        problems << QCoreApplication::translate("cli",
                                                "the team store has these konsultationsteam meetings (or items of "
                                                "their agendas) already; nothing of them was written: %1")
                        .arg(meetingIds(result.meetingClashes));
    if (!problems.isEmpty())
        return context.fail(result.error.isEmpty() ? BadInput : Failure, problems.join(u"; "_s));
    return Success;
}

} // namespace samordna::cli
