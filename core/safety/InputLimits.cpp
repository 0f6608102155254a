// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputLimits.h"

#include <QCoreApplication>

namespace samordna::inputLimits {

ReadOutcome readBounded(QIODevice &device, QByteArray *bytes, qint64 max)
{
    bytes->clear();
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0)
            return ReadOutcome::Failed;
        if (n == 0)
            return ReadOutcome::Read;
        if (bytes->size() + n > max) {
            bytes->clear();
            return ReadOutcome::TooLarge;
        }
        bytes->append(buffer, n);
    }
}

QString tooLargeText(qint64 max)
{
    return QCoreApplication::translate("InputLimits",
                                       "the document is larger than %1 MB (the most a case document may be)")
        .arg(max / (1024 * 1024));
}

QString tooManyText(qsizetype max)
{
    return QCoreApplication::translate("InputLimits", "has more than %1 entries (the most a case may have)").arg(max);
}

} // namespace samordna::inputLimits
