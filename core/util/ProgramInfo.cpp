// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramInfo.h"

#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>

namespace samordna::programinfo {

QString version()
{
    return QStringLiteral(SAMORDNA_VERSION);
}

QString licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString dataSource()
{
    const QString folder = datafiles::installedFolder();
    if (folder.isEmpty())
        return QCoreApplication::translate("ProgramInfo", "built into the program");
    return QDir::toNativeSeparators(folder);
}

QStringList summary(const QString &program, const QString &storePath)
{
    return {
        program + u' ' + version(),
        QCoreApplication::translate("ProgramInfo", "Licence: %1").arg(licence()),
        QCoreApplication::translate("ProgramInfo", "Store: %1").arg(QDir::toNativeSeparators(storePath)),
        QCoreApplication::translate("ProgramInfo", "Rules and translations: %1").arg(dataSource()),
    };
}

} // namespace samordna::programinfo
