// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace samordna {

// What the store learns about its file before SQLite touches it, so a file
// that is not a store, or a store from a newer version, is refused without
// a single byte written.
class StoreFile
{
public:
    struct Header
    {
        bool empty = false;  // a new, zero-length file
        int userVersion = 0; // PRAGMA user_version as in the header
        qint32 applicationId = 0;
    };

    // Reads and checks the SQLite header; nullopt with a translated error
    // when the file is unreadable or not an SQLite database.
    static std::optional<Header> readHeader(const QString &path, QString *error);
    // Creates an empty file readable and writable by the owner only.
    static bool createPrivate(const QString &path, QString *error);
    // Creates the folder (owner only) when it is missing.
    static bool makePrivateFolder(const QString &folder);
    // The file, or the folder its journal files go into, cannot be written;
    // a file whose owner-write bit is off counts as read-only even for a
    // user the system would let write it.
    static bool isReadOnly(const QString &path);
    // A name for this store file that no other store shares: a demo store
    // and the real one hold cases with the same ids, and what belongs to one
    // (a crash draft) must never be offered in the other. Taken from the
    // file's canonical path and its inode, so a store made anew at the same
    // path is another store. Hex, safe as a folder name; empty when the file
    // does not exist.
    static QString identity(const QString &path);
};

} // namespace samordna
