#pragma once

#include <QString>

namespace samordna {

// Swedish is the default; English is the source language. The choice comes
// from the caller (a command-line option), else SAMORDNA_LANG, else the
// saved setting "ui/language".
namespace language {

QString chosen(const QString &requested = {});
// Installs the translators for `code` ("sv" or "en") in the running application.
bool install(const QString &code);

} // namespace language
} // namespace samordna
