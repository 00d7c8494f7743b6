// Reads a recipient group in id order, a page at a time, for batches that pull one recipient after another
// (BatchJob::letter) and cannot be driven by RecipientRepository::forEach's callback. Only the current page
// is held, so memory stays flat however large the group is. Excluded recipients are skipped.
#pragma once

#include "database.h"
#include "recipient.h"

#include <QList>

#include <optional>

namespace bd {

class RecipientCursor
{
public:
    RecipientCursor(Database& db, qint64 groupId, int pageSize = 512);

    // The next recipient, or nullopt at the end or on an error (see error()).
    std::optional<Recipient> next();
    // How many recipients the group has (excluded ones not counted).
    static int count(Database& db, qint64 groupId, StorageError* error);
    // The `index`-th recipient (0-based, id order), for stepping through a preview.
    static std::optional<Recipient> at(Database& db, qint64 groupId, int index, StorageError* error);

    // The index of recipient `id` in that order, or -1.
    static int indexOf(Database& db, qint64 groupId, qint64 id, StorageError* error);

    const StorageError& error() const { return m_error; }

private:
    bool fetch();

    Database& m_db;
    qint64 m_groupId;
    int m_pageSize;
    qint64 m_lastId = 0;
    QList<Recipient> m_page;
    qsizetype m_pos = 0;
    bool m_end = false;
    StorageError m_error;
};

} // namespace bd
