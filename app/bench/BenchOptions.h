// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna::bench {

struct BenchOptions
{
    int cases = 100000;
    QString out;      // the JSON report; none when empty
    QString db;       // a new store file or an empty team store; a temporary folder when empty
    int repeat = 5;   // repetitions of each timed step; the median is reported
    int batch = 1000; // cases per import transaction; 1 is one transaction per case
    quint32 seed = 2026;
    bool reuse = false;   // time an existing store at `db` and skip the import
    int clients = 0;      // programs saving at once (0: no multi-user run)
    int clientSaves = 20; // saves per client in the multi-user run
    bool idleWork = true; // time the to-do list's refinement, done while the program is idle
};

} // namespace samordna::bench
