// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace samordna {

class StoreConnection;

// The audit log's rows are chained as append-only logs such as Certificate
// Transparency chain theirs: each row carries a hash over its own content and
// the hash before it. A row removed or edited after the table's triggers
// were dropped breaks the chain from there on, and verify() names where.
//
// Rows written before the chain existed carry no hash of their own, but the
// chain's running hash is taken over them too, so the first hashed row
// vouches for every row before it.
//
// A store file is written by one program at a time, which numbers and
// chains its rows itself (head() inside its write transaction). A team
// store's rows are numbered and chained by the server, in a trigger that
// runs with the table owner's rights (ServerSchema, version 9): a user sees
// only the rows of the districts they work in, so no client could follow
// the whole chain, and none could be trusted to. A row is written with a
// pending number (version 10); once its transaction has committed, the
// program asks the server to chain what is pending, and whichever program
// holds the chain's head row numbers and chains every committed pending row
// in the order written (version 13). No commit waits for the chain, and a
// rolled-back row leaves no gap. The server also walks the chain for
// check(), returning only row numbers.
namespace auditChain {

struct RowContent
{
    qint64 id = 0;
    QString time;
    QString user;
    QVariant caseId; // NULL for store-wide rows
    QString action;
    QString details;
    QVariant origin;    // NULL unless brought from a file taken along
    QVariant originKey; // NULL unless brought from a file taken along
};

// The hash (hex SHA-256) of `row` following `previous` (empty for the first
// row). The server's samordna_audit_hash() computes the same bytes.
QByteArray hash(const QByteArray &previous, const RowContent &row);

// A store file: the id and hash the next row follows, read inside the
// caller's write transaction. The id is past every id ever given
// (sqlite_sequence), so a removed last row leaves a gap that verify() sees.
struct Head
{
    qint64 nextId = 1;
    QByteArray previousHash;
};
bool head(const QString &connectionName, Head *head, QString *error);

// Walks the whole log; each problem found, translated, naming the row.
QStringList verify(const StoreConnection &connection, QString *error);

// A store file made from a team store holds the rows its user may see, not
// the server's chain: its rows so far are taken as they are, and its own
// chain starts after them.
bool markExtract(const QString &connectionName, QString *error);

} // namespace auditChain
} // namespace samordna
