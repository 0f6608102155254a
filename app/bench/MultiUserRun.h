// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchReport.h"

#include <QString>

namespace samordna::bench {

// Many programs saving at once, as a district's caseworkers do on a team
// store: `clients` threads, each with its own connection, each saving
// `saves` times, every other save to a case of its own and the rest to one
// case they all share. Every save appends a journal note naming the client
// and the save, so afterwards every committed save can be looked for: a
// note missing, or a revision that does not add up, is a lost update.
class MultiUserRun
{
public:
    MultiUserRun(const QString &store, int clients, int saves, int cases);

    // Adds save_p50_ms, save_p99_ms, conflicts_detected and lost_updates.
    bool run(BenchReport &report, QString *error);

private:
    QString m_store;
    int m_clients;
    int m_saves;
    int m_cases;
};

} // namespace samordna::bench
