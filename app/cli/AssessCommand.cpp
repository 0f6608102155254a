// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "io/AssessmentJson.h"
#include "io/CaseDocument.h"
#include "rules/Assessor.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace samordna::cli {

int runAssess(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "A case document, or - for standard input."));
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "assess takes one file, or - for standard input"));

    QString error;
    int code = Failure;
    const auto bytes = readInput(parser.positionalArguments().constFirst(), &error, &code);
    if (!bytes)
        return context.fail(code, error);
    const auto document = caseDocument::read(*bytes, context.today);
    if (!document)
        return context.fail(BadInput, document.errorText());

    const Assessment assessment = assess(*document.record, context.today);
    CliContext::print(QJsonDocument(assessmentToJson(assessment)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace samordna::cli
