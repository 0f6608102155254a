// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchOptions.h"
#include "BenchReport.h"
#include "Benchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace samordna::bench;

int main(int argc, char *argv[])
{
    // The models are measured without a window; a terminal without a
    // display must still run the bench.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"samordna-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMORDNA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times Samordna at municipal scale against the floor SQLite sets on the same file."_s);
    parser.addHelpOption();
    const QCommandLineOption casesOption(u"cases"_s, u"Number of demo cases (default 100000)."_s, u"N"_s);
    const QCommandLineOption outOption(u"out"_s, u"Write the JSON report to FILE."_s, u"FILE"_s);
    const QCommandLineOption dbOption(
        u"db"_s,
        u"Make the store at PATH (a new file, or an empty team store postgresql://…; default: a temporary folder)."_s,
        u"PATH"_s);
    const QCommandLineOption clientsOption(
        u"clients"_s, u"Also time N programs saving at once, each on its own connection."_s, u"N"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Repetitions per timed step (default 5)."_s, u"K"_s);
    const QCommandLineOption batchOption(u"batch"_s,
                                         u"Cases per import transaction (default 1000; 1 is one per case)."_s, u"B"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s,
        u"Time the existing store at --db (made by an earlier run with the same --cases) without importing."_s);
    const QCommandLineOption noIdleWorkOption(
        u"no-idle-work"_s,
        u"Leave out the to-do list's refinement, which reads every concerned case one at a time while the program "
        "is idle (minutes on a team store at 100,000 cases)."_s);
    parser.addOptions(
        {casesOption, outOption, dbOption, repeatOption, batchOption, reuseOption, clientsOption, noIdleWorkOption});
    parser.process(app);

    QTextStream err(stderr);
    BenchOptions options;
    const auto positive = [&](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int number = parser.value(option).toInt(&ok);
        if (!ok || number < 1) {
            err << u"--%1 takes a whole number above 0\n"_s.arg(option.names().constFirst());
            return false;
        }
        *value = number;
        return true;
    };
    if (!positive(casesOption, &options.cases) || !positive(repeatOption, &options.repeat)
        || !positive(batchOption, &options.batch) || !positive(clientsOption, &options.clients))
        return 2;
    options.out = parser.value(outOption);
    options.db = parser.value(dbOption);
    options.reuse = parser.isSet(reuseOption);
    options.idleWork = !parser.isSet(noIdleWorkOption);
    if (options.reuse && options.db.isEmpty()) {
        err << u"--reuse needs --db\n"_s;
        return 2;
    }

    BenchReport report;
    Benchmark benchmark(options);
    QString error;
    if (!benchmark.run(report, &error)) {
        err << u"samordna-bench: "_s << error << u'\n';
        return 1;
    }
    QTextStream out(stdout);
    out << report.table();
    out.flush();
    if (!options.out.isEmpty()) {
        QFile file(options.out);
        const QByteArray json = report.json();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
            err << u"samordna-bench: cannot write "_s << options.out << u": "_s << file.errorString() << u'\n';
            return 1;
        }
    }
    // Missed targets are for the reader of the report, not a failure of the run.
    return 0;
}
