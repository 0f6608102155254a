// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "RuleData.h"
#include "domain/CaseRecord.h"

namespace samordna {

// Judges a case on a date: the one entry point the GUI, the CLI, the
// documents and the benchmarks use.
Assessment assess(const CaseRecord &record, const QDate &date, const RuleData &data = RuleData::standard());

} // namespace samordna
