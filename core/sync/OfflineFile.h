// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseMerge.h"
#include "store/StoreTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace samordna {
class StoreConnection;
}

namespace samordna::sync {

// Where a file taken along came from.
struct OfflineOrigin
{
    QString team;       // the team store's address, as given when the cases were taken
    QString fileId;     // made at checkout, unique to this file; keys its audit rows in the team log
    QDateTime takenAt;  // UTC
    QDateTime syncedAt; // UTC; null before the first sync
    // The day the file's age is counted from: the last sync, else the checkout.
    QDateTime since() const { return syncedAt.isValid() ? syncedAt : takenAt; }
};

// A case as it was when last taken from or brought back to the team store:
// the base the three-way merge compares both sides with.
struct CaseBase
{
    qint64 revision = 0;  // the team store's revision
    QJsonObject document; // the case document's "case" object at that revision
};

// A conflict kept in the file until it is chosen, and the choice once made.
struct StoredConflict
{
    QString caseId;
    FieldConflict conflict;
    std::optional<FieldChoice::Side> chosen;
};

// What a store file taken along offline knows of its origin, in its own
// tables (schema version 6): the team store, the base of every case taken,
// and the conflicts the last sync left. Reads stand alone; writes run inside
// the caller's transaction on the file's connection.
class OfflineFile
{
public:
    explicit OfflineFile(const StoreConnection &file);

    // The origin; absent when the store is not a file taken along.
    ReadResult<OfflineOrigin> origin() const;
    // The base of a case; absent for a case made in the file.
    ReadResult<CaseBase> base(const QString &caseId) const;
    // The conflicts of one case, or of every case when caseId is empty.
    ReadResult<QList<StoredConflict>> conflicts(const QString &caseId = {}) const;

    // A new file: where it came from; new cases made in it get ids that
    // begin with `idPrefix`.
    bool writeOrigin(const OfflineOrigin &origin, const QString &idPrefix, QString *error) const;
    bool writeSyncedAt(const QDateTime &time, QString *error) const;
    bool writeBase(const QString &caseId, const CaseBase &base, QString *error) const;
    // The case's open conflicts become `conflicts`; choices made for fields
    // not among them stay (they decided the merge).
    bool writeConflicts(const QString &caseId, const QList<FieldConflict> &conflicts, QString *error) const;
    bool clearConflicts(const QString &caseId, QString *error) const;
    // Records a person's choice; false with `error` when there is no such conflict.
    bool choose(const QString &caseId, const QString &field, FieldChoice::Side side, QString *error) const;

    // The warning a file taken along shows at every start once it is older
    // than `maxDays` on `today`; empty while it is younger.
    static QString ageWarning(const OfflineOrigin &origin, const QDate &today, int maxDays);
    // The same for the store on `connection`; empty when it is not a file
    // taken along, or young enough.
    static QString ageWarningOf(const StoreConnection &connection, const QDate &today, int maxDays);
    // The age past which that warning shows, unless the settings say otherwise.
    static constexpr int DefaultMaxAgeDays = 14;
    // A new, random file id and the case-id prefix made from it.
    static QString newFileId();
    static QString idPrefixFor(const QString &fileId);

    // Removes a store file and the files SQLite keeps beside it: the file
    // is emptied of everything it carried.
    static bool removeStoreFile(const QString &path, QString *error);

    // A value kept as text in the file (undefined as NULL) and back.
    static QVariant toText(const QJsonValue &value);
    static QJsonValue fromText(const QVariant &text);

private:
    QString property(const QString &key, QString *error) const;
    bool setProperty(const QString &key, const QString &value, QString *error) const;

    const StoreConnection &m_file;
};

} // namespace samordna::sync
