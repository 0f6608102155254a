// SPDX-License-Identifier: GPL-3.0-or-later
#include "RememberedCases.h"

namespace samordna {

void RememberedCases::remember(const StoredCase &stored)
{
    forget(stored.record.id);
    if (m_cases.size() == Capacity)
        m_cases.removeFirst();
    m_cases.append(stored);
}

std::optional<StoredCase> RememberedCases::at(const QString &id, qint64 revision) const
{
    for (const StoredCase &stored : m_cases) {
        if (stored.record.id == id)
            return stored.revision == revision ? std::optional(stored) : std::nullopt;
    }
    return std::nullopt;
}

void RememberedCases::forget(const QString &id)
{
    m_cases.removeIf([&](const StoredCase &stored) { return stored.record.id == id; });
}

} // namespace samordna
