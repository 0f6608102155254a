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
    if (!result.error.isEmpty())
        return context.fail(Failure, result.error);
    if (!result.refused.isEmpty()) {
        QStringList shown;
        for (const QString &id : result.refused)
            shown << u'"' + echo::cut(id) + u'"';
        return context.fail(BadInput,
                            QCoreApplication::translate("cli",
                                                        "these case ids are not usable (letters a-z, digits, '-', '_' "
                                                        "and '.' only); nothing of those cases was "
                                                        "written: %1")
                                .arg(shown.join(u", "_s)));
    }
    QStringList clashes;
    if (!result.clashes.isEmpty())
        clashes << QCoreApplication::translate(
                       "cli", "the team store has these cases already; nothing of them was written: %1")
                       .arg(result.clashes.join(u", "_s));
    if (!result.meetingClashes.isEmpty()) {
        QStringList ids;
        for (const qint64 id : result.meetingClashes)
            ids << QString::number(id);
        clashes << QCoreApplication::translate("cli",
                                               "the team store has these konsultationsteam meetings (or items of "
                                               "their agendas) already; nothing of them was written: %1")
                       .arg(ids.join(u", "_s));
    }
    if (!clashes.isEmpty())
        return context.fail(BadInput, clashes.join(u"; "_s));
    return Success;
}

} // namespace samordna::cli
