// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna {

class StoreConnection;

// Moving a local store into a team store: every case of the file with its
// meetings, plan, complements, journal and audit history, ids kept. Each
// case is one transaction; a case whose id the team store has already is
// reported and nothing of it is written, as is a case whose id is outside
// the case-id grammar (safety/CaseId.h), which every door refuses. Konsultationsteam meetings are
// the file's own and stay there.
class StoreImport
{
public:
    struct Result
    {
        QStringList imported; // ids, in the file's order
        QStringList clashes;  // ids the team store had already
        QStringList refused;  // ids outside the case-id grammar, as they are
        QString error;        // translated; set when the import stopped
    };

    static Result run(const StoreConnection &team, const QString &file);
};

} // namespace samordna
