// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna::sync {

// Why `id` cannot name a case that is updated, taken along or brought back,
// in the user's words (the id echoed cut and quoted); empty when it can.
// The one place these commands ask, so the store's own grammar for case ids
// can take over here alone.
QString caseIdProblem(const QString &id);

} // namespace samordna::sync
