// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace samordna::inputLimits {

// One case document is a few kilobytes; a case with years of journal stays
// far below this. Anything larger is refused before it is parsed, so a
// wrong file (or /dev/zero) cannot take the memory of the machine.
inline constexpr qint64 MaxDocumentBytes = 4 * 1024 * 1024;
// The most entries one list of a case may hold (meetings, plan measures,
// complements): a real case has a handful.
inline constexpr qsizetype MaxListEntries = 1000;
// The journal grows by a line or two a week over years.
inline constexpr qsizetype MaxJournalEntries = 10000;

enum class ReadOutcome { Read, TooLarge, Failed };
// Reads `device` to its end into `bytes`, stopping (TooLarge) once more than
// `max` bytes have come.
ReadOutcome readBounded(QIODevice &device, QByteArray *bytes, qint64 max = MaxDocumentBytes);

// "the document is larger than 4 MB (the most a case document may be)".
QString tooLargeText(qint64 max = MaxDocumentBytes);
// "has more than 1000 entries (the most a case may have)".
QString tooManyText(qsizetype max);

} // namespace samordna::inputLimits
