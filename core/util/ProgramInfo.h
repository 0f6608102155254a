// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna::programinfo {

// The one version number, from the project (CMakeLists.txt).
QString version();

// The licence as its SPDX identifier; LICENSE holds the text.
QString licence();

// Where rules, districts and translations are read from: the installed
// folder, or a note that the program's built-in copies are used.
QString dataSource();

// What `--version` prints and the About dialog shows, one fact a line:
// program and version, licence, the store file and the data folder.
QStringList summary(const QString &program, const QString &storePath);

} // namespace samordna::programinfo
