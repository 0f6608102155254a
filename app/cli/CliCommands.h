#pragma once

#include "CliContext.h"

namespace samordna::cli {

// One function per command; the table in main.cpp names them.
int runAssess(CliContext &context, const QStringList &arguments);

} // namespace samordna::cli
