// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "DemoGenerator.h"
#include "service/CaseService.h"

#include <QCoreApplication>

namespace samordna {

bool DemoData::fill(CaseService &store, int count, const QDate &today, quint32 seed, QString *error)
{
    const QList<CaseRecord> cases = DemoGenerator::generate(count, today, seed);
    for (const CaseRecord &record : cases) {
        const WriteResult result = store.createCase(record);
        if (!result.ok()) {
            if (error)
                *error = QCoreApplication::translate("DemoData", "A demo case could not be created: %1")
                             .arg(result.message);
            return false;
        }
    }
    return true;
}

} // namespace samordna
