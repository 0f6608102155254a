// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace samordna {

class StoreConnection;

// Moving a local store into a team store: every case of the file with its
// plan, complements, journal and audit history, then every konsultationsteam
// meeting with its agenda, advice and audit history, ids kept. A case whose
// id the team store has already is reported and nothing of it is written,
// as is a case whose id is outside the case-id grammar (safety/CaseId.h),
// which every door refuses; a meeting whose id (or one of whose agenda
// items' ids) the team store has is reported and nothing of it written.
//
// A user (not the store's owner) brings in only what the server would let
// them read afterwards: the cases and meetings of their districts. A case
// or meeting of another district, or a meeting that names none, is
// reported and nothing of it is written, before the server is asked, so
// the server's refusal never stops the import and nothing of it reaches
// the team store. Such a user's clash with a row they cannot see is a
// clash like any other; the history rows name them, as the server's audit
// names whoever writes to it.
//
// Cases go in batches, each one transaction of a few statements, so a city's
// store moves in within minutes; a batch the server refuses is done again a
// case at a time, so the case it refuses is named and the ones before it
// are in.
class StoreImport
{
public:
    struct Result
    {
        QStringList imported;         // ids, in the file's order
        QStringList clashes;          // ids the team store had already
        QStringList refused;          // ids outside the case-id grammar, as they are
        QList<qint64> meetings;       // konsultationsteam meetings imported
        QList<qint64> meetingClashes; // meetings whose id the team store had already
        // A meeting's agenda items whose case did not come in with this
        // import (it clashed or was refused): left out with it.
        QMap<qint64, QStringList> agendaLeftOut;
        // The districts of the user, when the server shows them only those
        // (not for the owner), and what the file holds of other districts:
        // never written.
        std::optional<QStringList> userDistricts;
        QStringList outsideDistricts;          // case ids
        QList<qint64> meetingsOutside;         // meetings of another district
        QList<qint64> meetingsWithoutDistrict; // meetings that name none
        QString error;                         // translated; set when the import stopped
    };

    // Cases per transaction; 1 writes each case on its own.
    static Result run(const StoreConnection &team, const QString &file, int batchSize = 500);
};

} // namespace samordna
