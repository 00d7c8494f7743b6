// The public notice must not identify anyone (domain.md §1.5, PPC FAQ Q17-29): this check finds the names and
// e-mail addresses of the incident's recipients in a text. Names compare without spaces and width
// differences (山田　太郎 matches 山田太郎), e-mail addresses without case. Hits are personal data: show them
// to the officer, never log them.
#pragma once

#include "database.h"
#include "recipient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

struct IdentityHit
{
    qint64 recipientId = 0;
    QString groupKey;
    QString field;          // "name" or "email"
    qsizetype position = 0; // in the checked text
    qsizetype length = 0;
    QString matched;         // the text found, as written in the checked text
    QString message() const; // translated, without the personal value
};

class IdentityMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bd::IdentityMatcher)
public:
    // Names shorter than this (after removing spaces) are not looked for: they would match ordinary words.
    static constexpr int MinimumNameLength = 2;
    static constexpr int MinimumLatinNameLength = 5;

    void add(const Recipient& recipient, const QString& groupKey);
    int size() const { return int(m_entries.size()); }
    QList<IdentityHit> find(const QString& text) const;

    // Every recipient of every group of the incident (excluded ones too: they are still real people).
    static bool fromWorkspace(Database& db, qint64 incidentId, IdentityMatcher* out, StorageError* error);

private:
    struct Entry
    {
        qint64 recipientId;
        QString groupKey;
        QString field;
        QString needle; // normalised
        bool wordBoundaries;
    };
    QList<Entry> m_entries;
};

// Normalised for comparison: NFKC, lower case, no white space (or runs of it as one space with `keepSpaces`);
// `map` gets each output character's index in `text`.
QString identityNormalised(const QString& text, QList<qsizetype>* map = nullptr, bool keepSpaces = false);

} // namespace bd
