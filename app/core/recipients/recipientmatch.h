// When two recipients of a group are one person, and when they may be. Nobody is dropped, nobody is
// doubled:
// - identical: every compared field (the fields the import maps, custom fields included) is equal after
//   normalisation — NFKC, case folded, without whitespace, dash-like characters unified. The same row twice:
//   it is imported once.
// - possibly the same: the same e-mail, or the same name and address, but some other compared field differs
//   (another company, postcode, employee number …). Two people until the officer decides: both are
//   imported, the later one marked.
// Lookups go through hashes of the keys (100,000 rows cost no extra strings); a key is worked out again
// only for a candidate whose hash matches.
#pragma once

#include "recipient.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QStringList>

#include <optional>

namespace bd {

// "email", "name-address", "identical": for storage and the command line.
QString duplicateKindKey(DuplicateKind kind);
std::optional<DuplicateKind> duplicateKindFromKey(QStringView key);

// A value as duplicate checks compare it: NFKC, case folded, without whitespace, dashes unified.
QString comparableText(const QString& value);

// The keys of one recipient, worked out once per row: each compared field is normalised once.
struct MatchKeys
{
    size_t identityHash = 0; // of every compared field (identity itself is compared field by field)
    QString email;           // empty when there is no e-mail
    QString nameAddress;     // empty unless both are set
    size_t emailHash = 0;
    size_t nameAddressHash = 0;
};

struct RecipientMatch
{
    DuplicateKind kind = DuplicateKind::Identical;
    qsizetype index = -1; // in the indexed list; -1 when nothing matched
    explicit operator bool() const { return index >= 0; }
};

// An index over a list of recipients that the caller owns and passes to each call (it may grow: add() after
// append()). Only hashes are kept; the values are compared again only for a candidate whose hash matches.
class RecipientIndex
{
public:
    // `fields`: the field keys compared for identity ("name", "email", "custom:社員番号" …).
    explicit RecipientIndex(const QStringList& fields = {});

    const QStringList& fields() const { return m_fields; }
    MatchKeys keysOf(const Recipient& r) const;
    // Whether a and b are equal in every compared field.
    bool identical(const Recipient& a, const Recipient& b) const;

    // Indexes list[index], whose keys are `keys`. An e-mail or a name and address already indexed keeps
    // pointing to the first recipient that had it.
    void add(const QList<Recipient>& list, qsizetype index, const MatchKeys& keys);
    void reserve(qsizetype size);
    void clear();

    // The indexed recipient identical to `r` (whose keys are `keys`), if any.
    RecipientMatch findIdentical(const QList<Recipient>& list, const Recipient& r,
                                 const MatchKeys& keys) const;
    // The first indexed recipient with the same e-mail, else with the same name and address.
    RecipientMatch findSimilar(const QList<Recipient>& list, const MatchKeys& keys) const;

private:
    struct Field
    {
        std::optional<RecipientField> fixed;
        QString customName;
    };
    // Hash → index of the recipient it came from. A hash is nearly always unique: a flat QHash holds the
    // first index (no allocation per entry), a QMultiHash the rare others with the same hash.
    struct Slots
    {
        QHash<size_t, qsizetype> first;
        QMultiHash<size_t, qsizetype> more;

        void insert(size_t hash, qsizetype index);
        template<typename Same>
        qsizetype find(size_t hash, const Same& same) const;
    };
    QString valueOf(const Recipient& r, const Field& f) const;
    qsizetype findEmail(const QList<Recipient>& list, const MatchKeys& keys) const;
    qsizetype findNameAddress(const QList<Recipient>& list, const MatchKeys& keys) const;

    QStringList m_fields;
    QList<Field> m_compared;
    Slots m_identities;
    Slots m_emails;
    Slots m_nameAddresses;
};

} // namespace bd
