// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include "EchoText.h"
#include "SystemError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QString shown(const QString &path)
{
    return echo::cut(QDir::toNativeSeparators(path), 200);
}

QString cannotWrite(const QString &path, int errorNumber)
{
    return QCoreApplication::translate("OutputFile", "cannot write %1: %2")
        .arg(shown(path), systemErrorText(errorNumber));
}

// Writes straight to the file descriptor and remembers the first error, so
// a writer that does not check its writes (QPdfWriter's engine) cannot make
// a truncated file look whole.
class DescriptorDevice : public QIODevice
{
public:
    explicit DescriptorDevice(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    int errorNumber() const { return m_errno; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_errno != 0)
            return -1;
        qint64 written = 0;
        while (written < size) {
            const ssize_t n = ::write(m_fd, data + written, size_t(size - written));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_errno = errno;
                return -1;
            }
            if (n == 0) {
                m_errno = ENOSPC;
                return -1;
            }
            written += n;
        }
        return written;
    }

private:
    int m_fd;
    int m_errno = 0;
};

} // namespace

struct OutputFile::Private
{
    QString target;
    QString temporary;
    Existing existing = Existing::Replace;
    int fd = -1;
    bool finished = false;
    bool published = false;
    std::unique_ptr<DescriptorDevice> device;

    void closeDescriptor()
    {
        device.reset();
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

OutputFile::OutputFile(const QString &target, Existing existing)
    : d(std::make_unique<Private>())
{
    d->target = QFileInfo(target).absoluteFilePath();
    d->existing = existing;
}

OutputFile::~OutputFile()
{
    if (!d->published)
        discard();
}

bool OutputFile::create(QString *error)
{
    const QByteArray target = QFile::encodeName(d->target);
    struct stat info
    {
    };
    if (::lstat(target.constData(), &info) == 0) {
        if (S_ISLNK(info.st_mode)) {
            *error = QCoreApplication::translate("OutputFile",
                                                 "%1 is a symbolic link; personal data is not written through links")
                         .arg(shown(d->target));
            return false;
        }
        if (!S_ISREG(info.st_mode)) {
            *error = QCoreApplication::translate("OutputFile", "%1 is not a regular file").arg(shown(d->target));
            return false;
        }
        if (d->existing == Existing::Refuse) {
            *error = QCoreApplication::translate("OutputFile", "%1 exists already; choose a new file")
                         .arg(shown(d->target));
            return false;
        }
    } else if (errno != ENOENT) {
        *error = cannotWrite(d->target, errno);
        return false;
    }

    const QFileInfo targetInfo(d->target);
    const QString folder = targetInfo.absolutePath();
    // A long name stays within the file system's limit with the suffix added.
    const QString stem = targetInfo.fileName().left(100);
    for (int attempt = 0; attempt < 32; ++attempt) {
        const QString candidate = folder + u"/."_s + stem + u'.'
            + QString::number(QRandomGenerator::system()->generate64(), 36) + u".part"_s;
        const int fd = ::open(QFile::encodeName(candidate).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            *error = cannotWrite(d->target, errno);
            return false;
        }
        // The umask can only narrow 0600; fchmod makes it exact all the same.
        ::fchmod(fd, S_IRUSR | S_IWUSR);
        d->fd = fd;
        d->temporary = candidate;
        d->device = std::make_unique<DescriptorDevice>(fd);
        return true;
    }
    *error = cannotWrite(d->target, EEXIST);
    return false;
}

QIODevice *OutputFile::device()
{
    return d->device.get();
}

QString OutputFile::temporaryPath() const
{
    return d->temporary;
}

QString OutputFile::targetPath() const
{
    return d->target;
}

bool OutputFile::write(const QByteArray &bytes, QString *error)
{
    if (!d->device) {
        *error = cannotWrite(d->target, EBADF);
        return false;
    }
    if (d->device->write(bytes) != bytes.size()) {
        *error = cannotWrite(d->target, d->device->errorNumber() ? d->device->errorNumber() : EIO);
        discard();
        return false;
    }
    return true;
}

bool OutputFile::finish(QString *error)
{
    if (d->finished)
        return true;
    if (d->fd < 0) {
        *error = cannotWrite(d->target, EBADF);
        return false;
    }
    int failure = d->device ? d->device->errorNumber() : 0;
    if (failure == 0 && ::fsync(d->fd) != 0)
        failure = errno;
    if (::close(d->fd) != 0 && failure == 0)
        failure = errno;
    d->fd = -1;
    d->device.reset();
    if (failure != 0) {
        *error = cannotWrite(d->target, failure);
        discard();
        return false;
    }
    d->finished = true;
    return true;
}

bool OutputFile::publish(QString *error)
{
    if (!d->finished && !finish(error))
        return false;
    const QByteArray temporary = QFile::encodeName(d->temporary);
    const QByteArray target = QFile::encodeName(d->target);
    // Looked at again: a link may have been put there since create().
    struct stat info
    {
    };
    if (::lstat(target.constData(), &info) == 0 && S_ISLNK(info.st_mode)) {
        *error = QCoreApplication::translate("OutputFile",
                                             "%1 is a symbolic link; personal data is not written through links")
                     .arg(shown(d->target));
        discard();
        return false;
    }
    int failure = 0;
    if (d->existing == Existing::Refuse) {
        // link() never replaces: a file put there meanwhile stays as it was.
        if (::link(temporary.constData(), target.constData()) == 0)
            ::unlink(temporary.constData());
        else
            failure = errno;
    } else if (::rename(temporary.constData(), target.constData()) != 0) {
        failure = errno;
    }
    if (failure != 0) {
        *error = failure == EEXIST
            ? QCoreApplication::translate("OutputFile", "%1 exists already; choose a new file").arg(shown(d->target))
            : cannotWrite(d->target, failure);
        discard();
        return false;
    }
    d->published = true;
    // The new name is on disk too, not only the bytes.
    const int folder = ::open(QFile::encodeName(QFileInfo(d->target).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

bool OutputFile::commit(QString *error)
{
    return finish(error) && publish(error);
}

void OutputFile::discard()
{
    d->closeDescriptor();
    if (!d->temporary.isEmpty() && !d->published)
        ::unlink(QFile::encodeName(d->temporary).constData());
    d->temporary.clear();
    d->finished = false;
}

} // namespace samordna
