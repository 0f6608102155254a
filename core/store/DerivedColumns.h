// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace samordna {

class StoreConnection;

// The columns the store works out from each case rather than holds as
// entered (the next due date and its deadline, which the case list and Att
// göra read for 100,000 cases without assessing each) are only as good as
// the rules and the day they were worked out on. Their stamp names both,
// and a store whose stamp is another is worked out again before use, so a
// new rule data file, a new program or a new day never leaves them stale.
class DerivedColumns
{
public:
    // The rules (the rule data file and the program's version) and `today`.
    static QString stamp(const QDate &today);

    // Works every case's columns out again in one transaction when the
    // store's stamp is not `stamp`; false with `error` set when that failed.
    static bool refresh(const StoreConnection &connection, const QDate &today, QString *error);
};

} // namespace samordna
