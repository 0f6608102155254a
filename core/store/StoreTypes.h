// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace samordna {

// One row of the case list: what the list shows and filters on, read without
// loading the case's meetings, plan or journal.
struct CaseSummary
{
    QString id;
    QString name;
    QString personnummer;           // as written; the list masks it until revealed
    QString personnummerNormalized; // "YYYYMMDD-NNNN", worked out on save, so the list need not parse
    QString district;
    Stage stage = Stage::Ruta1;
    QDate nextDue;                           // the earliest open deadline, kept up to date on save
    std::optional<DeadlineKind> nextDueKind; // which deadline that is
    QDateTime updated;                       // UTC
    qint64 revision = 0;
    bool closed = false; // process::isClosed: 2b, 6a, or 6b not kept open
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
    QString message; // translated, for the user
    QString caseId;
    qint64 revision = 0; // the new revision when saved

    bool ok() const { return status == Saved; }
    // A write that did not happen, and why.
    static WriteResult refused(Status status, const QString &message, const QString &caseId = {})
    {
        return {status, message, caseId, 0};
    }
};

// The outcome of a read: the value, or the reason there is none, so a
// failure is never mistaken for "absent" or "empty". A read that found
// nothing (no such case) has neither a value nor an error.
template<typename T>
struct ReadResult
{
    std::optional<T> value;
    QString error; // translated, for the user; empty when the read worked

    static ReadResult found(T v) { return {std::move(v), {}}; }
    static ReadResult absent() { return {}; }
    static ReadResult failed(const QString &reason) { return {std::nullopt, reason}; }

    bool ok() const { return error.isEmpty(); }
    // The value, or `fallback` when there is none (a copy: safe on a temporary).
    T valueOr(T fallback) const { return value ? *value : std::move(fallback); }
    bool hasValue() const { return value.has_value(); }
    explicit operator bool() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    T &operator*() { return *value; }
    const T *operator->() const { return &*value; }
    T *operator->() { return &*value; }
};

} // namespace samordna
