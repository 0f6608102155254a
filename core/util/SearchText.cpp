// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SearchText.h"

namespace samordna {

namespace {

// `text` in lower case when it is all ASCII; a null string when it is not.
QString asciiLower(const QString &text)
{
    QString lower(text.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80)
            return {};
        *out++ = QChar(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit);
    }
    return lower;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Plain ASCII (every case id, many names) has nothing to decompose and
    // folds to its lower case, made here in one pass. The case list folds a
    // name and an id for each of its rows, and the normalisation below was
    // most of its making of them.
    if (QString lower = asciiLower(text); !lower.isNull())
        return lower;
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
