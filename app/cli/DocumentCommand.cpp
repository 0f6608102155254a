// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "documents/CaseDocumentKind.h"
#include "documents/DocumentExport.h"
#include "safety/EchoText.h"
#include "service/CaseService.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace samordna::cli {

namespace {

// The global options that take a value, so the command's name can be found
// behind them (e.g. "--db store.sqlite document …").
bool takesValue(const char *argument)
{
    for (const char *option : {"--db", "--today", "--lang", "-db", "-today", "-lang"}) {
        if (std::strcmp(argument, option) == 0)
            return true;
    }
    return false;
}

const char *commandName(int argc, char **argv)
{
    for (int index = 1; index < argc; ++index) {
        if (takesValue(argv[index])) {
            ++index;
            continue;
        }
        if (argv[index][0] != '-')
            return argv[index];
    }
    return "";
}

} // namespace

// QTextDocument and QPdfWriter need a QGuiApplication; the other commands
// stay on QCoreApplication so they run where no GUI libraries can start.
// No window is ever shown, so the offscreen platform is enough and works on
// machines without a display.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (std::strcmp(commandName(argc, argv), "document") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A GUI application wants a private runtime folder; where the session
        // gives none (cron, ssh, CI), make the one Qt would fall back to, so
        // the only line on stderr stays the command's own.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
            if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", runtime);
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runDocument(CliContext &context, const QStringList &arguments)
{
    const QString kinds = allDocumentKindCodes().join(QStringLiteral(", "));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 QCoreApplication::translate("cli", "The document: one of %1.").arg(kinds));
    parser.addOption(
        {QStringLiteral("case"), QCoreApplication::translate("cli", "The case's id."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("out"), QCoreApplication::translate("cli", "The PDF file to write."), QStringLiteral("FILE")});
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "document takes one KIND: one of %1").arg(kinds));

    const QString kindCode = parser.positionalArguments().constFirst();
    const auto kind = documentKindFromCode(kindCode);
    if (!kind)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "unknown document kind \"%1\"; use one of %2")
                                .arg(echo::cut(kindCode), kinds));
    const QString caseId = parser.value(QStringLiteral("case"));
    if (caseId.isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "document needs --case ID"));
    if (const QString problem = checkCaseId(caseId); !problem.isEmpty())
        return context.fail(BadInput, QStringLiteral("--case: ") + problem);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "document needs --out FILE.pdf"));

    auto opened = CaseService::open(CaseService::resolvePath(context.dbPath));
    if (!opened.store)
        return context.fail(Failure, opened.error);

    const DocumentOutcome outcome = writeDocumentPdf(*opened.store, caseId, *kind, context.today, out);
    switch (outcome.status) {
    case DocumentOutcome::Ready:
        CliContext::printLine(out);
        return Success;
    case DocumentOutcome::NoSuchCase:
        return context.fail(BadInput, outcome.message);
    case DocumentOutcome::Refused:
    case DocumentOutcome::Failed:
        break;
    }
    return context.fail(Failure, outcome.message);
}

} // namespace samordna::cli
