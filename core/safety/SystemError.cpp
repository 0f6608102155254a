// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemError.h"

#include <QCoreApplication>

#include <cerrno>

namespace samordna {

QString systemErrorText(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("SystemError", "the disk is full");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("SystemError", "permission denied");
    case EROFS:
        return QCoreApplication::translate("SystemError", "the file system is read-only");
    case ENOENT:
        return QCoreApplication::translate("SystemError", "the folder does not exist");
    case ENOTDIR:
        return QCoreApplication::translate("SystemError", "a part of the path is not a folder");
    case EISDIR:
        return QCoreApplication::translate("SystemError", "it is a folder");
    case ELOOP:
        return QCoreApplication::translate("SystemError", "it is a symbolic link");
    case EEXIST:
        return QCoreApplication::translate("SystemError", "the file exists already");
    case ENAMETOOLONG:
        return QCoreApplication::translate("SystemError", "the name is too long");
    case EIO:
        return QCoreApplication::translate("SystemError", "the disk reported an input/output error");
    case EFBIG:
        return QCoreApplication::translate("SystemError", "the file would be too large");
    case EXDEV:
        return QCoreApplication::translate("SystemError", "the file cannot be moved to another file system");
    default:
        return QCoreApplication::translate("SystemError", "system error %1").arg(errorNumber);
    }
}

} // namespace samordna
