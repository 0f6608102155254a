// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <functional>

namespace samordna::ui {

// One edit of the open case, applied to a copy of the record; the workspace
// turns it into an undoable command.
using CaseChange = std::function<void(CaseRecord &)>;

} // namespace samordna::ui
