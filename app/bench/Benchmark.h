// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchOptions.h"
#include "BenchReport.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace samordna {
class CaseService;
}

namespace samordna::bench {

// One run at municipal scale: a store of demo cases, then each thing a
// social worker waits for, timed as the median of several repetitions and
// set beside the floor (the same columns read with a plain query).
class Benchmark
{
public:
    explicit Benchmark(const BenchOptions &options);
    ~Benchmark();

    // Fills `report`; false with the reason when a step could not run at all.
    bool run(BenchReport &report, QString *error);

    // The demo data's date, fixed so that runs can be compared.
    static QDate today();

private:
    bool importCases(BenchReport &report, QString *error);
    bool rawScan(BenchReport &report, QString *error);
    bool caseList(BenchReport &report, QString *error);
    bool openAndSave(BenchReport &report, QString *error);
    void assessAll(BenchReport &report);
    void todoList(BenchReport &report);
    bool statistics(BenchReport &report, QString *error);
    void peakMemory(BenchReport &report);

    std::unique_ptr<CaseService> openStore(QString *error) const;
    int chunkSize() const;

    BenchOptions m_options;
    QString m_path;
    bool m_server = false; // m_path is a team store's address
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace samordna::bench
