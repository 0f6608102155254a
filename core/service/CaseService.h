// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RememberedCases.h"
#include "store/StoreConnection.h"
#include "store/StoreTypes.h"

#include <QDate>
#include <QObject>
#include <QSqlDriver>
#include <QStringList>

class QTimer;

#include <functional>
#include <memory>

namespace samordna {

class CaseRepository;

// The cases of one store as the program works with them. It owns what may
// be written (validation, the process rules' transitions, the journal's
// append-only policy), what is audited (every change and every opening of a
// case goes to the append-only audit log, and an action that must be audited
// is refused when its row cannot be written), and what is derived (the next
// due date). The connection and the repositories under it only persist.
//
// Every view of the cases follows its signals, so a change made in one
// window (advice recorded in a konsultationsteam meeting) reaches the others
// (the open case, the case list, Att göra) without asking the store again.
class CaseService : public QObject
{
    Q_OBJECT

public:
    using Mode = StoreConnection::Mode;

    struct OpenResult
    {
        std::unique_ptr<CaseService> store;
        QString error;               // translated; set when store is null
        bool readOnly = false;       // opened read-only because the file could not be written
        bool passwordNeeded = false; // a team store's server asked for a password
    };

    // Opens or creates the store file at `path` (see defaultPath()), or the
    // team store when `path` is a postgresql:// address (see StoreAddress);
    // `password`, for a team store, is kept in memory only.
    static OpenResult open(const QString &path, Mode mode = Mode::ReadWrite, const QString &password = {});
    // --db, else SAMORDNA_DB, else the user's AppDataLocation/samordna.sqlite.
    static QString defaultPath();
    static QString resolvePath(const QString &requested);

    ~CaseService() override;

    // The connection the other repositories of this store (konsultationsteam
    // meetings) share.
    const StoreConnection &connection() const;
    QString path() const;
    // Which store this is, as a key for what is kept of it outside it
    // (see StoreConnection::identity()).
    QString identity() const;
    // Which store is open, for the status bar (see StoreConnection).
    QString description() const;
    bool isReadOnly() const;
    QString user() const;
    void setUser(const QString &user);

    // Creates a case; a record without an id gets a new one ("S-000123").
    // An id that exists already is refused.
    WriteResult createCase(const CaseRecord &record);
    // As createCase, for a case read from a case document: the document's id
    // is kept (a clash is refused) and the audit row says "import".
    WriteResult importCase(const CaseRecord &record);
    // Imports many cases in one transaction, all or none: a transaction per
    // case waits for the disk once per case, which makes a unit's whole
    // register take minutes. Records are checked and numbered as by
    // createCase/importCase; an id that exists already or comes twice in
    // `records` refuses them all. One "import" audit row per case. `ids`,
    // when given, receives the stored ids in the order of `records`.
    WriteResult importCases(const QList<CaseRecord> &records, QStringList *ids = nullptr);

    // Rows another repository writes in the same transaction as a case;
    // false with `error` set refuses the whole save.
    using AlongsideWrite = std::function<bool(QString *error)>;
    // Saves a whole case, refused as Conflict when the stored revision is
    // not `expectedRevision`. The audit row names the fields that changed;
    // a record equal to the stored one writes nothing. `alongside`, when
    // given, is written in the same transaction (even when the case itself
    // is unchanged).
    WriteResult saveCase(const CaseRecord &record, qint64 expectedRevision, const AlongsideWrite &alongside = {});
    // Moves a case to `target` if the rules (rules/Assessor.h) allow it on
    // `today`; appends `note` to the journal, signed by `author` (the
    // social worker's own name; the store's user when empty), and audits
    // the transition. Refused as Invalid with the rule's reason otherwise.
    WriteResult transition(const QString &id, Stage target, const QString &note, qint64 expectedRevision,
                           const QDate &today, const QString &author = {});

    // Loads a case for a person to see. Refused, with the reason, when its
    // opening cannot be written to the audit log.
    ReadResult<StoredCase> openCase(const QString &id);
    // Loads without auditing, for the program's own work (saving, assess).
    ReadResult<StoredCase> loadCase(const QString &id) const;

    // Why FK will not coordinate (box 2b), in the social worker's words.
    // Kept in the store only, beside the case: the case document has no key
    // for it, so it is neither exported nor lost when a document is saved
    // over the case. Setting it is audited (no text in the row) and makes
    // no new revision.
    ReadResult<QString> noCoordinationReason(const QString &id) const;
    WriteResult setNoCoordinationReason(const QString &id, const QString &reason);

    // The list row of one case; nothing when there is no such case.
    ReadResult<CaseSummary> summary(const QString &id) const;
    ReadResult<int> caseCount() const;
    // Rows in id order, `limit` from `offset`.
    ReadResult<QList<CaseSummary>> summaries(int offset, int limit) const;
    // The next `limit` rows in id order after the case `afterId` (from the
    // start when empty). A list that fetches batch after batch asks this:
    // an OFFSET makes the database step over every row before it again.
    ReadResult<QList<CaseSummary>> summariesAfter(const QString &afterId, int limit) const;
    // Every row, streamed, for the to-do list and searches; the reason the
    // rows stopped early (a damaged store), empty when all were read.
    QString forEachSummary(const std::function<void(const CaseSummary &)> &visit) const;
    ReadResult<QStringList> caseIdsForPersonnummer(const QString &personnummer) const;

    // Why an action that must be audited (opening, export, document,
    // backup, reveal) cannot be done on this store, in the user's words;
    // empty when it can.
    QString auditRefusal() const;
    // Writes an audit row for an action that changes nothing in the cases
    // (export, document, reveal of personal data). Not Saved, with the
    // reason, when the row cannot be written: the action must not happen.
    WriteResult audit(const QString &caseId, const QString &action, const QString &details = {});
    // One row per case, all in one transaction (an export of many cases).
    WriteResult auditEach(const QStringList &caseIds, const QString &action, const QString &details = {});
    // Names and personnummer of these cases are about to be shown in a list
    // (the command line's or the window's): one "reveal" row per case, so
    // each case's own audit says so, all on record before any is shown.
    WriteResult auditListReveal(const QStringList &caseIds);
    ReadResult<QList<AuditEntry>> auditLog(const QString &caseId = {}) const;

    // A consistent copy of the store while it is in use; audited, so
    // refused on a store whose audit log cannot be written.
    bool backup(const QString &target, QString *error);
    // Full integrity and foreign-key check; the problems found, empty when sound.
    QStringList check() const;
    // The schema version of the open store.
    ReadResult<int> schemaVersion() const;

    // A team store: whether the session with the server is open. A file is
    // always connected.
    bool isConnected() const;
    // Opens a lost session with the team store's server again (see
    // StoreConnection::reconnect); false, with why, while it cannot be
    // reached. connectionRestored() tells that it worked.
    bool reconnect(QString *error);
    // A check of whether the team store's server answers, on a throwaway
    // session of its own; it may run on another thread, so a window can
    // wait for a server that is down (an attempt may hang until libpq's
    // connect_timeout) without freezing. Call reconnect() once it answers.
    std::function<bool(QString *error)> serverCheck() const;

Q_SIGNALS:
    // A case was saved or moved: its new revision is stored. On a team
    // store, also when another client saved it.
    void caseChanged(const QString &id, qint64 revision);
    // Cases were created or imported.
    void casesAdded(const QStringList &ids);
    // The team store's server closed the session (a restart, a failover, a
    // terminated backend) or can no longer be reached. Nothing is saved
    // until the session is open again.
    void connectionLost();
    // The session is open again, by reconnect() or by a save that
    // reconnected by itself.
    void connectionRestored();

private:
    explicit CaseService(std::unique_ptr<StoreConnection> connection);
    void subscribe();
    // A session the server closes while the program is idle is noticed at
    // once, not at the next save.
    void watchSession();
    void checkSession();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    WriteResult create(const CaseRecord &record, const QString &action);
    QString validateRecord(const CaseRecord &record) const;
    WriteResult readOnlyRefusal(const QString &caseId = {}) const;
    WriteResult failed(const QString &error, const QString &caseId = {}) const;
    // The refusal of a save that found the case moved on since it was read.
    WriteResult movedOn(const QString &id) const;

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<CaseRepository> m_cases;
    // What loadCase() read, so a save of it need not read it again.
    mutable RememberedCases m_read;
    bool m_connected = true;
    QTimer *m_sessionCheck = nullptr;
};

} // namespace samordna
