// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseIdCheck.h"

#include <QCoreApplication>

namespace samordna::sync {

QString caseIdProblem(const QString &id)
{
    static constexpr int MaxLength = 64;
    const auto allowed = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.';
    };
    bool usable = !id.isEmpty() && id.size() <= MaxLength && id.front() != u'.' && id.front() != u'-';
    for (const QChar c : id)
        usable = usable && allowed(c);
    if (usable)
        return {};
    QString shown = id.left(MaxLength);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    return QCoreApplication::translate("CaseSync",
                                       "the case id \"%1\" is not usable: letters, digits, '-', '_' "
                                       "and '.' only, at most %2 characters")
        .arg(shown)
        .arg(MaxLength);
}

} // namespace samordna::sync
