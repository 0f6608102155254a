// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreDialect.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace samordna {

StoreDialect StoreDialect::of(const QSqlDatabase &database)
{
    return StoreDialect(database.driverName() == u"QPSQL" ? Backend::Postgres : Backend::Sqlite);
}

QString StoreDialect::driver() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return u"QSQLITE"_s;
    case Backend::Postgres:
        return u"QPSQL"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString StoreDialect::beginWrite() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return u"BEGIN IMMEDIATE"_s;
    case Backend::Postgres:
        return u"BEGIN ISOLATION LEVEL READ COMMITTED"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString StoreDialect::lockCase() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return {};
    case Backend::Postgres:
        return u"SELECT revision FROM cases WHERE id = ? FOR UPDATE"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString StoreDialect::highestCaseNumber() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return u"SELECT max(CAST(substr(id, 3) AS INTEGER)) FROM cases "
               "WHERE id GLOB 'S-[0-9]*' AND NOT substr(id, 3) GLOB '*[^0-9]*'"_s;
    case Backend::Postgres:
        return u"SELECT max(CAST(substr(id, 3) AS BIGINT)) FROM cases WHERE id ~ '^S-[0-9]{1,18}$'"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace samordna
