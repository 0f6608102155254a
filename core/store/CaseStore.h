#pragma once

#include "domain/CaseRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace samordna {

// One row of the case list: what the list shows and filters on, read without
// loading the case's meetings, plan or journal.
struct CaseSummary
{
    QString id;
    QString name;
    QString personnummer; // as written; the list masks it until revealed
    QString personnummerNormalized; // "YYYYMMDD-NNNN", worked out on save, so the list need not parse
    QString district;
    Stage stage = Stage::Ruta1;
    QDate nextDue;        // the earliest open deadline, kept up to date on save
    QString nextDueCode;  // its deadline code (see rules/Deadlines.h)
    QDateTime updated;    // UTC
    qint64 revision = 0;
};

// A case as stored: the record and the revision it was read at.
struct StoredCase
{
    CaseRecord record;
    qint64 revision = 0;
    QDateTime updated; // UTC
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString user;
    QString caseId;  // empty for store-wide actions
    QString action;  // create, change, transition, open, export, import, document, reveal, backup …
    QString details; // which fields changed, never their personal values
};

// The outcome of a write. Nothing is written unless status is Saved.
struct WriteResult
{
    enum Status { Saved, Conflict, Invalid, Failed };
    Status status = Failed;
    QString message;     // translated, for the user
    QString caseId;
    qint64 revision = 0; // the new revision when saved

    bool ok() const { return status == Saved; }
    // A write that did not happen, and why.
    static WriteResult refused(Status status, const QString &message, const QString &caseId = {})
    {
        return {status, message, caseId, 0};
    }
};

// The local store: one SQLite file through Qt SQL. Every write is one
// transaction; every change and every opening of a case goes to the
// append-only audit log.
class CaseStore
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct OpenResult
    {
        std::unique_ptr<CaseStore> store;
        QString error;        // translated; set when store is null
        bool readOnly = false; // opened read-only because the file could not be written
    };

    // Opens or creates the store at `path`; see defaultPath().
    static OpenResult open(const QString &path, Mode mode = Mode::ReadWrite);
    // --db, else SAMORDNA_DB, else the user's AppDataLocation/samordna.sqlite.
    static QString defaultPath();
    static QString resolvePath(const QString &requested);

    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    QString path() const;
    bool isReadOnly() const;
    // The user written into the audit log (the OS user unless set).
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
    // Saves a whole case, refused as Conflict when the stored revision is
    // not `expectedRevision`. The audit row names the fields that changed.
    WriteResult saveCase(const CaseRecord &record, qint64 expectedRevision);
    // Moves a case to `target` if the rules (rules/Assessor.h) allow it on
    // `today`; appends `note` to the journal and audits the transition.
    // Refused as Invalid with the rule's reason otherwise.
    WriteResult transition(const QString &id, Stage target, const QString &note, qint64 expectedRevision,
                           const QDate &today);
    // Loads a case and audits the opening ("open"); nullopt when absent.
    std::optional<StoredCase> openCase(const QString &id);
    // Loads without auditing, for the store's own work (export, assess).
    std::optional<StoredCase> loadCase(const QString &id) const;

    int caseCount() const;
    // Rows in id order, `limit` from `offset`; the list model fetches in batches.
    QList<CaseSummary> summaries(int offset, int limit) const;
    // The next `limit` rows in id order after the case `afterId` (from the
    // start when empty). A list that fetches batch after batch asks this:
    // an OFFSET makes SQLite step over every row before it again, so the
    // last of 200 batches costs as much as reading the whole list.
    QList<CaseSummary> summariesAfter(const QString &afterId, int limit) const;
    // Every row, streamed, for the to-do list and searches.
    void forEachSummary(const std::function<void(const CaseSummary &)> &visit) const;
    QStringList caseIdsForPersonnummer(const QString &normalizedPersonnummer) const;

    // Writes an audit row for an action that changes nothing in the cases
    // (export, document, reveal of personal data).
    bool audit(const QString &caseId, const QString &action, const QString &details = {});
    // One row per case, all in one transaction (an export of many cases).
    bool auditEach(const QStringList &caseIds, const QString &action, const QString &details = {});
    QList<AuditEntry> auditLog(const QString &caseId = {}) const;

    // A consistent copy of the store while it is in use.
    bool backup(const QString &target, QString *error) const;
    // Full integrity and foreign-key check; the problems found, empty when sound.
    QStringList check() const;

    // The schema version of the open store (PRAGMA user_version).
    int schemaVersion() const;
    // Why the last read or audit failed (translated); empty after success.
    // openCase() and loadCase() return nullopt both for "absent" and for a
    // failure; this tells the two apart.
    QString lastError() const;

private:
    CaseStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samordna
