// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace samordna::ui::recentStores {

// The stores opened last on this computer, newest first, kept in QSettings
// so the "Open store" dialog can offer them. Only addresses are kept: a
// file's path or a team store's URI, which never holds a password
// (StoreAddress refuses one).
QStringList load();
// Puts `address` first; one that is not understood is not kept.
void remember(const QString &address);

constexpr int MaximumCount = 8;

} // namespace samordna::ui::recentStores
