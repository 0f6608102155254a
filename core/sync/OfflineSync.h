// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseMerge.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace samordna {
class CaseService;
}

namespace samordna::sync {

// What a sync did with one case.
struct CaseSyncResult
{
    enum Outcome {
        Pushed,    // changed in the file only: saved to the team store as a new revision
        Pulled,    // changed in the team store only: the file brought up to date
        Merged,    // changed on both sides, in different fields: both have the merged case
        Conflict,  // a field changed on both sides: nothing written, both values kept
        Unchanged, // nothing to carry either way
        Failed,    // not synced; `message` says why
    };
    QString caseId;
    Outcome outcome = Unchanged;
    QStringList fields; // Conflict: the fields still to be chosen
    QString message;    // Failed: why, translated

    // pushed, pulled, merged, conflict, unchanged, failed
    QString code() const;
};

struct SyncResult
{
    QList<CaseSyncResult> cases; // in the file's id order
    int auditRowsAdded = 0;      // the file's audit rows the team log received now
    QString error;               // translated; set when the sync stopped early

    // Every case is in the team store and the file is up to date: nothing
    // would be lost if the file were emptied.
    bool complete() const;
    bool hasConflicts() const;
};

// Brings the work in a file taken along (see Checkout) back to its team
// store, case by case, merging three ways against the base kept in the
// file (see mergeCase). Each write is one transaction on one store, made
// so that it can be repeated: a sync stopped at any point (a lost network,
// kill -9) and run again completes it, with no case half-written and no
// journal note or audit row twice. Offline audit rows reach the team log
// with their original times and the file they came from.
class OfflineSync
{
public:
    OfflineSync(CaseService &file, CaseService &team);

    // `progress`, when given, hears of each case as soon as it is done.
    SyncResult run(const std::function<void(const CaseSyncResult &)> &progress = {});
    // Records a person's choice between the two values of a conflicting
    // field, audited in the file (and so, at the next sync, in the team
    // log); the next sync merges with it.
    static bool choose(CaseService &file, const QString &caseId, const QString &field, FieldChoice::Side side,
                       QString *error);

private:
    CaseSyncResult syncCase(const QString &caseId, const QString &origin, const QString &fileId, int *auditRows);
    CaseSyncResult pushNewCase(const QString &caseId, const QString &origin, const QString &fileId, int *auditRows);
    bool pushAudit(const QString &caseId, const QString &origin, const QString &fileId, int *added, QString *error);

    CaseService &m_file;
    CaseService &m_team;
};

} // namespace samordna::sync
