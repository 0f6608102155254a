// SPDX-License-Identifier: GPL-3.0-or-later
// samordna-cli stats: the follow-up figures for a period and a district,
// as JSON or CSV. Only aggregates, suppressed so that nobody can be
// recognised; each run is audited with its period and district.
#include "CliCommands.h"

#include "rules/RuleData.h"
#include "service/CaseService.h"
#include "stats/Statistics.h"
#include "stats/StatsFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace samordna::cli {

namespace {

// A date option's value, or an invalid date after reporting why.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, const QDate &fallback,
                                QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        *error = QCoreApplication::translate("cli", "--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text);
        return std::nullopt;
    }
    return date;
}

} // namespace

int runStats(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"from"_s,
                      QCoreApplication::translate("cli", "First day of the period (default: a year before --to)."),
                      u"YYYY-MM-DD"_s});
    parser.addOption(
        {u"to"_s, QCoreApplication::translate("cli", "Last day of the period (default: today)."), u"YYYY-MM-DD"_s});
    parser.addOption(
        {u"district"_s, QCoreApplication::translate("cli", "Only this district (default: all)."), u"NAME"_s});
    parser.addOption(
        {u"format"_s, QCoreApplication::translate("cli", "Output format: json (default) or csv."), u"json|csv"_s});
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(BadInput, QCoreApplication::translate("cli", "stats takes no arguments; see --help"));

    QString error;
    const auto to = dateOption(parser, u"to"_s, context.today, &error);
    if (!to)
        return context.fail(BadInput, error);
    const auto from = dateOption(parser, u"from"_s, to->addYears(-1).addDays(1), &error);
    if (!from)
        return context.fail(BadInput, error);
    const QString format = parser.value(u"format"_s).isEmpty() ? u"json"_s : parser.value(u"format"_s);
    if (format != u"json" && format != u"csv")
        return context.fail(BadInput,
                            QCoreApplication::translate("cli", "--format: \"%1\" is neither json nor csv").arg(format));
    const stats::StatsRequest request{*from, *to, parser.value(u"district"_s)};
    if (const QString problem = stats::checkRequest(request, RuleData::standard()); !problem.isEmpty())
        return context.fail(BadInput, problem);

    int code = Failure;
    const auto store = openStore(context, Access::Read, &code);
    if (!store)
        return code;
    const stats::StatsOutcome outcome = stats::openReport(*store, request, context.today);
    if (!outcome.report)
        return context.fail(Failure, outcome.error);
    CliContext::print(format == u"csv" ? stats::toCsv(*outcome.report)
                                       : QJsonDocument(stats::toJson(*outcome.report)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace samordna::cli
