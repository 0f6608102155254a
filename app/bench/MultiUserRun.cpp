// SPDX-License-Identifier: GPL-3.0-or-later
#include "MultiUserRun.h"

#include "service/CaseService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <latch>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace samordna::bench {

namespace {

QString caseIdFor(int number)
{
    return u"S-"_s + QString::number(number).rightJustified(6, u'0');
}

struct Committed
{
    QString caseId;
    QString note;
};

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(fraction * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

MultiUserRun::MultiUserRun(const QString &store, int clients, int saves, int cases)
    : m_store(store)
    , m_clients(clients)
    , m_saves(saves)
    , m_cases(cases)
{
}

bool MultiUserRun::run(BenchReport &report, QString *error)
{
    const QString shared = caseIdFor(std::max(1, m_cases / 2));
    QHash<QString, qint64> revisionsBefore;
    {
        auto opened = CaseService::open(m_store);
        if (!opened.store) {
            *error = opened.error;
            return false;
        }
        for (int client = 0; client <= m_clients; ++client) {
            const QString id = client == m_clients ? shared : caseIdFor(1 + client % std::max(1, m_cases));
            const auto stored = opened.store->loadCase(id);
            if (!stored) {
                *error = u"multi-user run: no case %1 to save"_s.arg(id);
                return false;
            }
            revisionsBefore.insert(id, stored->revision);
        }
    }

    std::mutex lock;
    std::vector<double> times;
    std::vector<Committed> committed;
    QStringList failures;
    int conflicts = 0;
    std::latch ready(m_clients);
    std::vector<std::thread> threads;
    for (int client = 0; client < m_clients; ++client) {
        threads.emplace_back([&, client] {
            // A connection belongs to the thread that opened it. Each client
            // has its store open, and has opened the cases it saves, before
            // the saving starts, as a workstation has.
            auto opened = CaseService::open(m_store);
            const QString own = caseIdFor(1 + client % std::max(1, m_cases));
            if (opened.store) {
                opened.store->loadCase(own);
                opened.store->loadCase(shared);
            }
            ready.arrive_and_wait();
            if (!opened.store) {
                const std::lock_guard guard(lock);
                failures << opened.error;
                return;
            }
            CaseService &store = *opened.store;
            for (int save = 0; save < m_saves; ++save) {
                const QString id = save % 2 == 0 ? own : shared;
                const auto stored = store.loadCase(id);
                if (!stored) {
                    const std::lock_guard guard(lock);
                    failures << stored.error;
                    return;
                }
                CaseRecord edited = stored->record;
                const QString note = u"bench client %1 save %2"_s.arg(client).arg(save);
                edited.journal << JournalEntry{QDate(2026, 11, 23), u"bench"_s, note, {}, {}};
                QElapsedTimer timer;
                timer.start();
                const WriteResult result = store.saveCase(edited, stored->revision);
                const double elapsed = double(timer.nsecsElapsed()) / 1e6;
                const std::lock_guard guard(lock);
                times.push_back(elapsed);
                if (result.ok())
                    committed.push_back({id, note});
                else if (result.status == WriteResult::Conflict)
                    ++conflicts;
                else
                    failures << result.message;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    if (!failures.isEmpty()) {
        *error = u"multi-user run: "_s + failures.constFirst();
        return false;
    }

    // Every committed save must be in the store: its note in the journal,
    // and each case's revision moved on by exactly its committed saves.
    auto opened = CaseService::open(m_store);
    if (!opened.store) {
        *error = opened.error;
        return false;
    }
    QHash<QString, QSet<QString>> notes;
    QHash<QString, qint64> savesPerCase;
    for (const Committed &save : committed)
        ++savesPerCase[save.caseId];
    int lost = 0;
    for (auto it = revisionsBefore.cbegin(); it != revisionsBefore.cend(); ++it) {
        const auto stored = opened.store->loadCase(it.key());
        if (!stored) {
            *error = stored.error;
            return false;
        }
        QSet<QString> &texts = notes[it.key()];
        for (const JournalEntry &entry : stored->record.journal)
            texts.insert(entry.text);
        const qint64 expected = it.value() + savesPerCase.value(it.key());
        lost += int(qAbs(stored->revision - expected));
    }
    for (const Committed &save : committed) {
        if (!notes.value(save.caseId).contains(save.note))
            ++lost;
    }

    report.add(u"save_p50_ms"_s, u"%1 clients: save p50"_s.arg(m_clients), percentile(times, 0.5), u"ms"_s);
    report.add(u"save_p99_ms"_s, u"%1 clients: save p99"_s.arg(m_clients), percentile(times, 0.99), u"ms"_s,
               BenchReport::Goal::AtMost, 100);
    report.add(u"conflicts_detected"_s, u"%1 clients: conflicts told"_s.arg(m_clients), conflicts, u"saves"_s);
    report.add(u"lost_updates"_s, u"%1 clients: lost updates"_s.arg(m_clients), lost, u"saves"_s,
               BenchReport::Goal::AtMost, 0);
    report.add({}, u"  (saves committed)"_s, double(committed.size()), u"saves"_s);
    return true;
}

} // namespace samordna::bench
