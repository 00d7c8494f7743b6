// What the audit trail says about exports: for tests that check an export is recorded with the SHA-256 of
// exactly the file the user got.
#pragma once

#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

namespace test {

// The "export" entries of the workspace, oldest first, each as "WHAT: TEXT" (e.g. "letters: employees,
// letter-individual, 3 records, sha256:…").
inline QStringList exportEntries(bd::Database& db)
{
    QStringList entries;
    QSqlQuery query(db.connection());
    query.exec(
        QStringLiteral("SELECT field, coalesce(after_value, '') FROM audit_log WHERE entity = 'export' "
                       "ORDER BY id"));
    while (query.next())
        entries << query.value(0).toString() + QStringLiteral(": ") + query.value(1).toString();
    return entries;
}

inline QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace test
