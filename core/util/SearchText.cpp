// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SearchText.h"

namespace samordna {

QString foldForSearch(const QString &text)
{
    // Decomposed, a letter with a diacritic is the letter and a combining
    // mark; the marks go. Letters whose stroke is not a mark are mapped.
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x0111: // đ
            folded += QLatin1Char('d');
            break;
        case 0x0142: // ł
            folded += QLatin1Char('l');
            break;
        case 0x00F8: // ø
            folded += QLatin1Char('o');
            break;
        case 0x00E6: // æ
            folded += QLatin1String("ae");
            break;
        default:
            folded += c;
        }
    }
    return folded;
}

} // namespace samordna
