// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreTypes.h"

#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace samordna {

class StoreConnection;

// Reads cases and list rows back from the normalised tables.
class CaseReader
{
public:
    explicit CaseReader(const StoreConnection &connection);

    // nullopt with an empty error when there is no such case.
    std::optional<StoredCase> load(const QString &id, QString *error) const;
    // The stored revision, 0 when there is no such case, -1 on error.
    qint64 revision(const QString &id, QString *error) const;

    // The list columns of `cases`, in the order summaryFrom() reads them.
    static QString summaryColumns();
    static CaseSummary summaryFrom(const QSqlQuery &query);

private:
    bool readLists(CaseRecord &record, QString *error) const;
    // Runs `sql` with the case id bound and hands each row to `visit`.
    bool readRows(const QString &sql, const QString &caseId, QString *error,
                  const std::function<void(const QSqlQuery &)> &visit) const;

    const StoreConnection &m_connection;
};

} // namespace samordna
