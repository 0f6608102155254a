// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "safety/EchoText.h"
#include "service/CaseService.h"
#include "util/Clock.h"
#include "util/Language.h"
#include "util/ProgramInfo.h"

#include <QCoreApplication>

using namespace samordna;
using namespace samordna::cli;

namespace {

const CliCommand commands[] = {
    {"assess", QT_TRANSLATE_NOOP("cli", "Judge a case document and print the report as JSON."), runAssess},
    {"init", QT_TRANSLATE_NOOP("cli", "Create the store, or upgrade it to this version."), runInit},
    {"import", QT_TRANSLATE_NOOP("cli", "Store case documents, each file on its own."), runImport},
    {"export", QT_TRANSLATE_NOOP("cli", "Write stored cases as case documents."), runExport},
    {"update", QT_TRANSLATE_NOOP("cli", "Save an exported, edited case document over its case as a new revision."),
     runUpdate},
    {"checkout",
     QT_TRANSLATE_NOOP(
         "cli",
         "Team store: take cases along into a new file for work offline (--to FILE --case ID…|--mine|--agenda M)."),
     runCheckout},
    {"sync",
     QT_TRANSLATE_NOOP("cli", "A file taken along: bring its work back to the team store, merging field by field."),
     runSync},
    {"resolve",
     QT_TRANSLATE_NOOP(
         "cli",
         "A file taken along: list the conflicts a sync left, or choose a value (CASE FIELD --take team|offline)."),
     runResolve},
    {"list", QT_TRANSLATE_NOOP("cli", "List the stored cases (no personal data unless --show-personal)."), runList},
    {"show", QT_TRANSLATE_NOOP("cli", "Judge a stored case and print the report as JSON."), runShow},
    {"check", QT_TRANSLATE_NOOP("cli", "Check the store's integrity and references."), runCheck},
    {"backup", QT_TRANSLATE_NOOP("cli", "Copy the store, consistently, to a new file."), runBackup},
    {"audit", QT_TRANSLATE_NOOP("cli", "Print the audit log."), runAudit},
    {"document", QT_TRANSLATE_NOOP("cli", "Write a case's document as PDF (underlag-7434, sammanfattning-fk, …)."),
     runDocument},
    {"import-store", QT_TRANSLATE_NOOP("cli", "Team store: bring in a store file's cases, journals and audit history."),
     runImportStore},
    {"admin", QT_TRANSLATE_NOOP("cli", "Team store: add-user ROLE --district D…, list-users, remove-user ROLE."),
     runAdmin},
    {"stats", QT_TRANSLATE_NOOP("cli", "Print the follow-up figures for a period (aggregates only; audited)."),
     runStats},
};

QString commandList()
{
    QString text = QCoreApplication::translate("cli", "Commands:") + u'\n';
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("cli", command.summary));
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samordna"));
    QCoreApplication::setApplicationName(QStringLiteral("samordna"));
    QCoreApplication::setApplicationVersion(programinfo::version());

    // The help text is built from translated strings, so the language is
    // chosen from the raw arguments before the parser exists.
    CliContext context;
    context.language = language::chosen(language::requestedIn(QCoreApplication::arguments()));
    language::install(context.language);

    // The command's own options follow its name; the global ones may stand
    // on either side, so the command parses them again.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Samordna: coordinated rehabilitation for clients without SGI.") + u"\n\n"
        + commandList());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "The command to run."),
                                 QStringLiteral("COMMAND [ARGS…]"));

    context.today = Clock::today();
    if (!parser.parse(QCoreApplication::arguments()))
        return context.fail(BadInput, parser.errorText());
    if (parser.isSet(help)) {
        CliContext::print(parser.helpText().toUtf8());
        return Success;
    }
    if (parser.isSet(version)) {
        const QString store = CaseService::resolvePath(parser.value(QStringLiteral("db")));
        CliContext::printLine(programinfo::summary(QStringLiteral("samordna-cli"), store).join(u'\n'));
        return Success;
    }
    if (const QString error = readGlobalOptions(parser, context); !error.isEmpty())
        return context.fail(BadInput, error);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        CliContext::print(parser.helpText().toUtf8());
        return BadInput;
    }
    for (const auto &command : commands) {
        if (positional.constFirst() == QLatin1String(command.name)) {
            QStringList arguments = positional;
            arguments.first() = QCoreApplication::arguments().constFirst() + u' ' + arguments.constFirst();
            return command.run(context, arguments);
        }
    }
    return context.fail(BadInput,
                        QCoreApplication::translate("cli", "unknown command \"%1\" (see --help)")
                            .arg(echo::cut(positional.constFirst())));
}
