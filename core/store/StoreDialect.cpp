#include "StoreDialect.h"

using namespace Qt::StringLiterals;

namespace samordna {

QString StoreDialect::driver() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return u"QSQLITE"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString StoreDialect::beginWrite() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return u"BEGIN IMMEDIATE"_s;
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
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace samordna
