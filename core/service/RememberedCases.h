// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreTypes.h"

#include <QList>

#include <optional>

namespace samordna {

// The last few cases a service read, each as it was at its revision. A case
// never changes within a revision (every change of it is a new one), so a
// save that starts from a revision read here need not read the case again
// to know what it changes: the write of the case's row takes the case only
// while it is still at that revision (CaseWriter::update), and refuses the
// save otherwise. On a team store that is eight statements fewer for each
// save, and the reads were the longest part of it.
class RememberedCases
{
public:
    void remember(const StoredCase &stored);
    // The case `id` as it was at `revision`, if it was read at that one.
    std::optional<StoredCase> at(const QString &id, qint64 revision) const;
    void forget(const QString &id);

private:
    // A window or two open, a list's to-do work: a handful is enough.
    static constexpr qsizetype Capacity = 8;
    QList<StoredCase> m_cases; // the most recently read last
};

} // namespace samordna
