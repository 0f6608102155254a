// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

namespace samordna {

// A file of personal data written as a whole or not at all: export, PDF
// documents and backups all go through it.
//
// - The target is refused when it is a symbolic link or not a regular file,
//   so nothing is ever written through a link to somewhere else.
// - The bytes go to a new temporary file in the target's folder, created
//   exclusively with mode 0600 (never following a link), so the data is never
//   readable by others, not even while it is written.
// - Every write is checked; finish() flushes to disk (fsync) and publish()
//   renames the whole file into place. A file replaced this way has the new
//   file's 0600, not the old one's permissions.
// - Anything not published is removed when the object goes: a full disk or a
//   failed painter leaves no truncated file behind.
//
// Callers audit between finish() and publish(): the record exists before the
// copy is visible, and a failure leaves neither.
class OutputFile
{
public:
    enum class Existing { Replace, Refuse };

    explicit OutputFile(const QString &target, Existing existing = Existing::Replace);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks the target and creates the temporary file.
    bool create(QString *error);
    // The temporary file as a device, for writers that take one (QPdfWriter).
    // Every failed write is remembered and reported by finish().
    QIODevice *device();
    QString temporaryPath() const;
    QString targetPath() const;
    bool write(const QByteArray &bytes, QString *error);
    // Flushes what was written to the disk; false with the reason when any
    // write failed or the disk does not take it.
    bool finish(QString *error);
    // Renames the finished file to the target (with Existing::Refuse, only if
    // the target still does not exist) and makes the rename durable.
    bool publish(QString *error);
    // finish() and publish().
    bool commit(QString *error);
    // Removes the temporary file now.
    void discard();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samordna
