// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

constexpr qsizetype HeaderSize = 100;
constexpr qsizetype UserVersionOffset = 60;
constexpr qsizetype ApplicationIdOffset = 68;

} // namespace

std::optional<StoreFile::Header> StoreFile::readHeader(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CaseStore", "cannot read the store %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(HeaderSize);
    Header header;
    // Decided on what was read, not on the size asked for after: another
    // program setting up a new store may have written to it in between.
    if (bytes.isEmpty()) {
        header.empty = true;
        return header;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < HeaderSize || !bytes.startsWith(magic)) {
        *error = QCoreApplication::translate(
                     "CaseStore", "%1 is not a Samordna store (not an SQLite database); it was left as it was")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + UserVersionOffset);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + ApplicationIdOffset);
    return header;
}

bool StoreFile::createPrivate(const QString &path, QString *error)
{
    QFile file(path);
    // The permissions are given to open() so the file never exists with
    // wider ones, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QCoreApplication::translate("CaseStore", "cannot create the store %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool StoreFile::makePrivateFolder(const QString &folder)
{
    QDir dir(folder);
    if (dir.exists())
        return true;
    if (!dir.mkpath(u"."_s))
        return false;
    return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool StoreFile::isReadOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        return true;
    // SQLite writes its -wal and -shm files beside the store.
    const QFileInfo folder(info.absolutePath());
    return !folder.isWritable();
}

QString StoreFile::identity(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    QByteArray key = QFile::encodeName(canonical);
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(key.constData(), &info) == 0)
        key += ':' + QByteArray::number(quint64(info.st_dev)) + ':' + QByteArray::number(quint64(info.st_ino));
#endif
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace samordna
