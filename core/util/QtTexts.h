// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace samordna {

// One of Qt's own texts that Samordna shows: a standard button, a line in
// the file or print dialog, the command-line help. Debian 12 ships no
// Swedish catalogue for qtbase (only the old, partial qt_sv), so the
// project's catalogue carries the Swedish for these, in Qt's contexts.
struct QtText
{
    const char *context;
    const char *source;
};

const QList<QtText> &qtTexts();

} // namespace samordna
