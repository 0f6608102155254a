// SPDX-License-Identifier: GPL-3.0-or-later
#include "Benchmark.h"

#include "MultiUserRun.h"
#include "caselist/CaseFilterProxyModel.h"
#include "caselist/CaseListModel.h"
#include "caselist/TodoModel.h"
#include "demo/DemoGenerator.h"
#include "rules/Assessor.h"
#include "service/CaseService.h"
#include "stats/Statistics.h"
#include "store/CaseReader.h"
#include "store/StoreAddress.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace samordna::bench {

namespace {

using Goal = BenchReport::Goal;

// The rows a list view shows at once on an ordinary laptop screen.
constexpr int ScreenRows = 50;

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The CPU this thread has used, in milliseconds: beside a wall-clock time
// it tells the work from the waiting for a core that other programs hold.
double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The CPU the whole program has used, in milliseconds: for work that the
// program spreads over threads of its own.
double processCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QString caseId(int number)
{
    return u"S-"_s + QString::number(number).rightJustified(6, u'0');
}

// What a view asks for when it paints the first screenful.
qsizetype paintFirstRows(const QAbstractItemModel &model)
{
    qsizetype characters = 0;
    const int rows = qMin(ScreenRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            characters += model.data(model.index(row, column)).toString().size();
    }
    return characters;
}

} // namespace

Benchmark::Benchmark(const BenchOptions &options)
    : m_options(options)
{
}

Benchmark::~Benchmark() = default;

QDate Benchmark::today()
{
    return QDate(2026, 11, 23);
}

int Benchmark::chunkSize() const
{
    return qMax(1000, m_options.batch);
}

std::unique_ptr<CaseService> Benchmark::openStore(QString *error) const
{
    auto opened = CaseService::open(m_path);
    if (!opened.store)
        *error = opened.error;
    return std::move(opened.store);
}

bool Benchmark::run(BenchReport &report, QString *error)
{
    Clock::setToday(today());
    report.setCases(m_options.cases);
    if (m_options.db.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            *error = u"cannot make a temporary folder: "_s + m_tempDir->errorString();
            return false;
        }
        m_path = m_tempDir->filePath(u"bench.sqlite"_s);
    } else {
        m_server = StoreAddress::isServerUri(m_options.db);
        m_path = m_server ? m_options.db : QFileInfo(m_options.db).absoluteFilePath();
        if (!m_server && QFileInfo::exists(m_path) != m_options.reuse) {
            *error = m_options.reuse ? m_path + u" does not exist"_s
                                     : m_path + u" exists already; the bench makes a new store"_s;
            return false;
        }
    }
    if (m_options.reuse)
        report.add(u"import_cases_per_s"_s, u"import (not run: --reuse)"_s, 0, u"cases/s"_s);
    if ((!m_options.reuse && !importCases(report, error)) || !rawScan(report, error) || !caseList(report, error)
        || !openAndSave(report, error))
        return false;
    if (m_options.clients > 0
        && !MultiUserRun(m_path, m_options.clients, m_options.clientSaves, m_options.cases).run(report, error))
        return false;
    assessAll(report);
    todoList(report);
    if (!statistics(report, error))
        return false;
    peakMemory(report);
    return true;
}

bool Benchmark::importCases(BenchReport &report, QString *error)
{
    auto store = openStore(error);
    if (!store)
        return false;
    qint64 importNs = 0;
    qint64 generateNs = 0;
    int next = 1;
    // Generated a chunk at a time, so the records in memory do not count
    // towards the program's peak.
    for (int start = 0, chunk = 0; start < m_options.cases; start += chunkSize(), ++chunk) {
        QElapsedTimer timer;
        timer.start();
        QList<CaseRecord> records = DemoGenerator::generate(qMin(chunkSize(), m_options.cases - start), today(),
                                                            m_options.seed + chunk);
        for (CaseRecord &record : records)
            record.id = caseId(next++);
        generateNs += timer.nsecsElapsed();

        timer.restart();
        for (qsizetype from = 0; from < records.size(); from += m_options.batch) {
            const WriteResult result = m_options.batch == 1 ? store->importCase(records.at(from))
                                                            : store->importCases(records.mid(from, m_options.batch));
            if (!result.ok()) {
                *error = u"import failed: "_s + result.message;
                return false;
            }
        }
        importNs += timer.nsecsElapsed();
    }
    const double perSecond = importNs > 0 ? m_options.cases / (double(importNs) / 1e9) : 0;
    report.add(u"import_cases_per_s"_s, u"import"_s, perSecond, u"cases/s"_s, Goal::AtLeast, 5000);
    report.add({}, u"  (generating the demo cases)"_s, double(generateNs) / 1e6, u"ms"_s);
    return true;
}

bool Benchmark::rawScan(BenchReport &report, QString *error)
{
    const QString connection = u"samordna-bench-raw"_s;
    QList<double> times;
    QList<double> cpuTimes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_server ? u"QPSQL"_s : u"QSQLITE"_s, connection);
        QString addressError;
        if (const auto address = StoreAddress::parse(m_path, &addressError); m_server && address) {
            db.setDatabaseName(address->database());
            db.setConnectOptions(address->connectOptions());
        } else {
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        if (!db.open()) {
            *error = u"raw scan: "_s + db.lastError().text();
            return false;
        }
        qsizetype characters = 0;
        for (int i = 0; i < m_options.repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = threadCpuMilliseconds();
            QSqlQuery query(db);
            query.setForwardOnly(true);
            // The list's own columns in the list's order, with every value
            // taken out of the result as the model has to.
            if (!query.exec(u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases ORDER BY id"_s)) {
                *error = u"raw scan: "_s + query.lastError().text();
                return false;
            }
            const int columns = int(CaseReader::summaryColumns().count(u',')) + 1;
            while (query.next()) {
                for (int c = 0; c < columns; ++c)
                    characters += query.value(c).toString().size();
            }
            times << milliseconds(timer);
            cpuTimes << threadCpuMilliseconds() - cpuBefore;
        }
        Q_UNUSED(characters);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    report.add(u"raw_scan_ms"_s, u"raw scan (floor)"_s, median(times), u"ms"_s);
    report.add(u"raw_scan_cpu_ms"_s, u"  (the program's CPU for it)"_s, median(cpuTimes), u"ms"_s);
    return true;
}

bool Benchmark::caseList(BenchReport &report, QString *error)
{
    using ui::CaseListModel;
    QList<double> openTimes;
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto store = openStore(error);
        if (!store)
            return false;
        CaseListModel model(store.get());
        paintFirstRows(model);
        openTimes << milliseconds(timer);
    }
    report.add(u"open_first_rows_ms"_s, u"open + first rows"_s, median(openTimes), u"ms"_s, Goal::AtMost, 150);

    auto store = openStore(error);
    if (!store)
        return false;
    QList<double> fullTimes;
    QList<double> fullCpuTimes;
    std::unique_ptr<CaseListModel> model;
    for (int i = 0; i < m_options.repeat; ++i) {
        model.reset();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMilliseconds();
        model = std::make_unique<CaseListModel>(store.get());
        while (model->canFetchMore({}))
            model->fetchMore({});
        fullTimes << milliseconds(timer);
        fullCpuTimes << threadCpuMilliseconds() - cpuBefore;
    }
    if (model->rowCount() != m_options.cases) {
        *error = u"the list holds %1 rows, not %2"_s.arg(model->rowCount()).arg(m_options.cases);
        return false;
    }
    const double full = median(fullTimes);
    const double raw = report.find(u"raw_scan_ms"_s)->value;
    auto &fullRow = report.add(u"full_list_ms"_s, u"full list"_s, full, u"ms"_s, Goal::AtMost, 1500);
    fullRow.note = u"<= 3x raw (%1 ms)"_s.arg(QString::number(3 * raw, 'f', 0));
    fullRow.passed = full <= 1500 && full <= 3 * raw;
    report.add(u"full_list_cpu_ms"_s, u"  (the program's CPU for it)"_s, median(fullCpuTimes), u"ms"_s);

    // A name fragment and a personnummer prefix, typed one key at a time,
    // taken from a case in the middle so that both find something.
    const CaseListModel::Row &sample = model->rowAt(model->rowCount() / 2);
    const QString surname = sample.summary.name.section(u' ', -1).toCaseFolded();
    const QStringList typed{surname.left(5), sample.digits.left(8)};
    ui::CaseFilterProxyModel proxy(model.get());
    QList<double> keystrokes;
    for (int i = 0; i < m_options.repeat; ++i) {
        for (const QString &text : typed) {
            for (qsizetype length = 1; length <= text.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                proxy.setSearchText(text.left(length));
                paintFirstRows(proxy);
                keystrokes << milliseconds(timer);
            }
            proxy.setSearchText({});
        }
    }
    report.add(u"filter_keystroke_ms"_s, u"filter keystroke (median)"_s, median(keystrokes), u"ms"_s, Goal::AtMost, 30);
    report.add({}, u"  (slowest keystroke)"_s, *std::max_element(keystrokes.cbegin(), keystrokes.cend()), u"ms"_s);

    QList<double> sortTimes;
    QList<double> dueSortTimes;
    for (int i = 0; i < m_options.repeat; ++i) {
        proxy.sort(-1);
        QElapsedTimer timer;
        timer.start();
        proxy.sort(CaseListModel::NameColumn);
        paintFirstRows(proxy);
        sortTimes << milliseconds(timer);
        proxy.sort(-1);
        timer.restart();
        proxy.sort(CaseListModel::NextDueColumn);
        paintFirstRows(proxy);
        dueSortTimes << milliseconds(timer);
    }
    proxy.sort(-1);
    report.add(u"sort_ms"_s, u"sort by name"_s, median(sortTimes), u"ms"_s);
    report.add({}, u"  (sort by next deadline)"_s, median(dueSortTimes), u"ms"_s);
    return true;
}

bool Benchmark::openAndSave(BenchReport &report, QString *error)
{
    auto store = openStore(error);
    if (!store)
        return false;
    const int count = m_options.cases;
    QList<double> openTimes;
    QList<double> saveTimes;
    for (int i = 0; i < m_options.repeat; ++i) {
        // Cases spread over the whole store, none read before.
        const QString id = caseId(1 + int((qint64(i) * 7919 + count / 3) % count));
        QElapsedTimer timer;
        timer.start();
        const auto opened = store->openCase(id);
        if (!opened) {
            *error = u"cannot open case %1: %2"_s.arg(id, opened.error);
            return false;
        }
        const Assessment assessment = assess(opened->record, today());
        openTimes << milliseconds(timer);
        Q_UNUSED(assessment);

        CaseRecord edited = opened->record;
        JournalEntry note;
        note.date = today();
        note.author = u"bench"_s;
        note.text = u"Uppföljning per telefon."_s;
        edited.journal << note;
        timer.restart();
        const WriteResult saved = store->saveCase(edited, opened->revision);
        saveTimes << milliseconds(timer);
        if (!saved.ok()) {
            *error = u"cannot save case %1: %2"_s.arg(id, saved.message);
            return false;
        }
    }
    report.add(u"open_case_ms"_s, u"open a case (load + rules)"_s, median(openTimes), u"ms"_s, Goal::AtMost, 20);
    // The first one's audit row waits for the integrity check that runs
    // after opening the store.
    report.add({}, u"  (first case after opening)"_s, openTimes.constFirst(), u"ms"_s);
    report.add(u"save_case_ms"_s, u"save a case (durable)"_s, median(saveTimes), u"ms"_s, Goal::AtMost, 30);
    return true;
}

void Benchmark::assessAll(BenchReport &report)
{
    // Rules only: the same records the store was filled with, made again a
    // chunk at a time, and only the calls to the rules timed.
    qint64 rulesNs = 0;
    int deadlines = 0;
    for (int start = 0, chunk = 0; start < m_options.cases; start += chunkSize(), ++chunk) {
        const QList<CaseRecord> records = DemoGenerator::generate(qMin(chunkSize(), m_options.cases - start), today(),
                                                                  m_options.seed + chunk);
        QElapsedTimer timer;
        timer.start();
        for (const CaseRecord &record : records)
            deadlines += int(assess(record, today()).deadlines.size());
        rulesNs += timer.nsecsElapsed();
    }
    Q_UNUSED(deadlines);
    report.add(u"assess_all_ms"_s, u"assess all (rules only)"_s, double(rulesNs) / 1e6, u"ms"_s, Goal::AtMost, 1000);
}

void Benchmark::todoList(BenchReport &report)
{
    QString error;
    auto store = openStore(&error);
    if (!store)
        return;
    QList<double> times;
    ui::TodoModel model(store.get());
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.rebuild(today());
        paintFirstRows(model);
        times << milliseconds(timer);
    }
    report.add(u"todo_ms"_s, u"to-do list (shown)"_s, median(times), u"ms"_s, Goal::AtMost, 500);
    if (!m_options.idleWork)
        return;
    QElapsedTimer timer;
    timer.start();
    model.refineAll();
    report.add({}, u"  (to-do refined, idle work)"_s, milliseconds(timer), u"ms"_s);
}

bool Benchmark::statistics(BenchReport &report, QString *error)
{
    auto store = openStore(error);
    if (!store)
        return false;
    // Every figure of the last year for all districts, as the follow-up
    // view opens: the audit row, the SQL aggregates and the suppression.
    const stats::StatsRequest request{today().addYears(-1).addDays(1), today(), {}};
    QList<double> times;
    QList<double> cpuTimes;
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        // A store file's figures are read on two threads.
        const double cpuBefore = processCpuMilliseconds();
        const stats::StatsOutcome outcome = stats::openReport(*store, request, today());
        times << milliseconds(timer);
        cpuTimes << processCpuMilliseconds() - cpuBefore;
        if (!outcome.report) {
            *error = u"statistics: "_s + outcome.error;
            return false;
        }
    }
    report.add(u"stats_ms"_s, u"follow-up figures (a year)"_s, median(times), u"ms"_s, Goal::AtMost, 1000);
    // A store file's queries run in this thread; a team store's on the server.
    report.add(u"stats_cpu_ms"_s, u"  (the program's CPU for them)"_s, median(cpuTimes), u"ms"_s);
    return true;
}

void Benchmark::peakMemory(BenchReport &report)
{
    double megabytes = 0;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            // "VmHWM:    123456 kB": the peak resident set.
            if (line.startsWith("VmHWM:"))
                megabytes = line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
        }
    }
    report.add(u"peak_rss_mb"_s, u"peak memory (VmHWM)"_s, megabytes, u"MB"_s, Goal::AtMost, 400);
}

} // namespace samordna::bench
