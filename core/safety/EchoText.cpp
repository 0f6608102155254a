// SPDX-License-Identifier: GPL-3.0-or-later
#include "EchoText.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace samordna::echo {

namespace {

bool needsEscape(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Surrogate pairs are kept whole when both halves are present.
bool isPairAt(const QString &value, qsizetype i)
{
    return value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate();
}

QString escape(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
        return u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    case u'\t':
        return u"\\t"_s;
    default:
        return u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
    }
}

QString build(const QString &value, qsizetype max)
{
    QString out;
    out.reserve(qMin(value.size(), max) + 8);
    qsizetype i = 0;
    for (; i < value.size() && out.size() < max; ++i) {
        if (isPairAt(value, i)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            if (QChar::category(ucs4) == QChar::Other_Format || QChar::category(ucs4) == QChar::Other_NotAssigned)
                out += u"\\U"_s + QString::number(uint(ucs4), 16).toUpper().rightJustified(8, u'0');
            else
                out += QStringView(value).mid(i, 2);
            ++i;
            continue;
        }
        const QChar c = value.at(i);
        out += needsEscape(c) ? escape(c) : QString(c);
    }
    if (i < value.size())
        out += u'…';
    return out;
}

} // namespace

QString cut(const QString &value, qsizetype max)
{
    return build(value, max);
}

QString escaped(const QString &value)
{
    if (!hasControlCharacters(value))
        return value;
    return build(value, std::numeric_limits<qsizetype>::max());
}

bool hasControlCharacters(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (isPairAt(value, i)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            if (QChar::category(ucs4) == QChar::Other_Format || QChar::category(ucs4) == QChar::Other_NotAssigned)
                return true;
            ++i;
            continue;
        }
        if (needsEscape(value.at(i)))
            return true;
    }
    return false;
}

} // namespace samordna::echo
