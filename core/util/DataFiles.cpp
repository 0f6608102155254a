// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace samordna::datafiles {

QString installedFolder()
{
    // Without an application object there is no program location to start from.
    if (!QCoreApplication::instance())
        return {};
    const QDir folder(QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(SAMORDNA_DATADIR_FROM_BINDIR));
    // rules.json marks the folder as Samordna's own, not a stray one of that name.
    if (!QFileInfo::exists(folder.filePath(QStringLiteral("rules.json"))))
        return {};
    return folder.canonicalPath();
}

QString path(const QString &name)
{
    const QString folder = installedFolder();
    if (!folder.isEmpty() && QFileInfo::exists(folder + u'/' + name))
        return folder + u'/' + name;
    return QStringLiteral(":/samordna/") + name;
}

} // namespace samordna::datafiles
