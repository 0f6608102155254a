// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace samordna {

// The journal's stamps the store keeps and the case document does not
// carry: when each note was registered, who marked one wrong and when.
// A record that comes in (from the GUI, a case document or a merge) gets
// the stored notes' stamps back, and what is new is stamped now by `user`,
// so a document without them neither erases nor changes them.
namespace JournalStamps {

void apply(const QList<JournalEntry> &stored, QList<JournalEntry> &incoming, const QString &user,
           const QDateTime &nowUtc);

// The stored text of a registration time, and back.
QString toText(const QDateTime &time, bool dayOnly);
QDateTime fromText(const QString &text, bool *dayOnly);

} // namespace JournalStamps

} // namespace samordna
