// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace samordna {
class CaseService;
class StoreConnection;
} // namespace samordna

namespace samordna::sync {

// A case taken along: by whom, to which file, when. Advisory: colleagues
// see it; nothing is locked.
struct CheckoutNote
{
    QString caseId;
    QString fileId;
    QString fileName; // the file's name and the computer it was made on
    QString takenBy;
    QDateTime takenAt; // UTC

    // "checked out by sara, 2026-11-30 (kt.sqlite on laptop-7)"
    QString text() const;
};

// Taking cases from a team store into a new store file for work offline.
class Checkout
{
public:
    struct Result
    {
        QStringList caseIds;   // taken, in the order asked
        QString error;         // translated; set when nothing was taken
        bool badInput = false; // the request was wrong (an unknown case, an existing file)
    };

    // Makes `target` (which must not exist) an ordinary store file, readable
    // by its owner only, holding the cases `caseIds` of `team` as they are
    // now, with their team revisions and documents as the base a later sync
    // merges against, and where they came from (`teamAddress`, never a
    // password). The team store records who took which case where and
    // audits it; the file's audit log begins with the checkout. All or
    // nothing: when the team store cannot record it, the file is removed.
    static Result run(CaseService &team, const QString &teamAddress, const QStringList &caseIds, const QString &target);

    // The open cases of the social worker named `name` (as in the cases'
    // social worker), in id order.
    static ReadResult<QStringList> casesOf(const CaseService &team, const QString &name);
    // The cases on a konsultationsteam meeting's agenda, in agenda order.
    static ReadResult<QStringList> agendaCases(CaseService &team, qint64 meetingId);

    // Who has taken which case (`caseId`, or every case when empty).
    static ReadResult<QList<CheckoutNote>> notes(const StoreConnection &team, const QString &caseId = {});
    // The team store forgets a file's checkouts once its work is back.
    static bool release(const StoreConnection &team, const QString &fileId, QString *error);
    // The name a file goes by in the team store: its name and the computer.
    static QString fileLabel(const QString &path);
};

} // namespace samordna::sync
