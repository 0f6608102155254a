// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "rules/RuleData.h"
#include "safety/CaseId.h"
#include "safety/EchoText.h"
#include "safety/InputLimits.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace samordna::cli {

int CliContext::fail(int code, const QString &message) const
{
    // Values from outside are cut where they are put into the message; the
    // whole line is escaped once more so nothing can start a second line or
    // reach the terminal as a control sequence.
    const QByteArray line = "error: " + echo::cut(message, MaxMessageLength).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return code;
}

void CliContext::print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printLine(const QString &line)
{
    print(line.toUtf8() + '\n');
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("today"),
                      QCoreApplication::translate("cli", "The date of assessment (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("db"),
         QCoreApplication::translate("cli", "The store file (default: SAMORDNA_DB, else the user's data folder)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("districts"),
                      QCoreApplication::translate(
                          "cli", "Another municipality's district file (JSON, as resources/districts.json)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("cli", "Language of messages: sv (default) or en."),
                      QStringLiteral("sv|en")});
}

QString readGlobalOptions(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.isSet(QStringLiteral("today"))) {
        const QString text = parser.value(QStringLiteral("today"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return QCoreApplication::translate("cli", "--today: \"%1\" is not a date (YYYY-MM-DD)")
                .arg(echo::cut(text));
        context.today = date;
    }
    if (parser.isSet(QStringLiteral("districts"))) {
        QString error;
        if (!RuleData::useDistrictFile(parser.value(QStringLiteral("districts")), &error))
            return QCoreApplication::translate("cli", "--districts: %1").arg(error);
    } else {
        QString error;
        if (!RuleData::useDistrictEnvironment(&error))
            return QCoreApplication::translate("cli", "SAMORDNA_DISTRICTS: %1").arg(error);
    }
    if (parser.isSet(QStringLiteral("db")))
        context.dbPath = parser.value(QStringLiteral("db"));
    return {};
}

std::optional<QByteArray> readInput(const QString &path, QString *error, int *exitCode)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (exitCode)
        *exitCode = Failure;
    if (!opened) {
        *error = QCoreApplication::translate("cli", "cannot read %1: %2").arg(echo::cut(path), file.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
    switch (inputLimits::readBounded(file, &bytes)) {
    case inputLimits::ReadOutcome::Read:
        return bytes;
    case inputLimits::ReadOutcome::TooLarge:
        if (exitCode)
            *exitCode = BadInput;
        *error = QCoreApplication::translate("cli", "%1: %2").arg(echo::cut(path), inputLimits::tooLargeText());
        return std::nullopt;
    case inputLimits::ReadOutcome::Failed:
        break;
    }
    *error = QCoreApplication::translate("cli", "cannot read %1: %2").arg(echo::cut(path), file.errorString());
    return std::nullopt;
}

QString checkCaseId(const QString &id)
{
    return caseId::problem(id);
}

} // namespace samordna::cli
