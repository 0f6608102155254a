// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna {

// Swedish is the default; English is the source language. The choice comes
// from the caller (a command-line option), else SAMORDNA_LANG, else the
// saved setting "ui/language".
namespace language {

QString chosen(const QString &requested = {});
// The value of --lang (or --lang=…) among raw command-line arguments, so the
// language can be installed before any help text is built; else empty.
QString requestedIn(const QStringList &arguments);
// Installs the translators for `code` ("sv" or "en") in the running application.
bool install(const QString &code);

} // namespace language
} // namespace samordna
