// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Assessment.h"

#include <QJsonObject>

namespace samordna {

// The `assess` report, as the case-format specification lays it out.
QJsonObject assessmentToJson(const Assessment &assessment);

} // namespace samordna
