// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseId.h"

#include "EchoText.h"

#include <QCoreApplication>

namespace samordna::caseId {

namespace {

bool isIdCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
        || u == u'.';
}

} // namespace

bool isValid(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    if (id.front() == u'.' || id.front() == u'-')
        return false;
    for (const QChar c : id) {
        if (!isIdCharacter(c))
            return false;
    }
    return true;
}

QString problem(const QString &id)
{
    if (isValid(id))
        return {};
    if (id.isEmpty())
        return QCoreApplication::translate("CaseId", "the case id is empty");
    return QCoreApplication::translate(
               "CaseId",
               "the case id \"%1\" is not usable: use letters a-z, digits, '-', '_' and '.' (not first), at most %2 "
               "characters")
        .arg(echo::cut(id))
        .arg(MaxLength);
}

} // namespace samordna::caseId
