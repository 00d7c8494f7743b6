#include "recipientmatch.h"

using namespace Qt::StringLiterals;

namespace bd {

namespace {

constexpr QChar kSeparator = QChar(0x1F); // UNIT SEPARATOR: never left in a comparable value

// Dash-like characters NFKC leaves apart (addresses are typed with all of them: 1−2−3, 1‐2‐3 …). The
// katakana long vowel mark ー is not among them: it is part of names and place names.
bool isDashLike(char16_t u)
{
    return (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63;
}

} // namespace

QString duplicateKindKey(DuplicateKind kind)
{
    switch (kind) {
    case DuplicateKind::Email:
        return u"email"_s;
    case DuplicateKind::NameAddress:
        return u"name-address"_s;
    case DuplicateKind::Identical:
        return u"identical"_s;
    }
    return {};
}

std::optional<DuplicateKind> duplicateKindFromKey(QStringView key)
{
    for (DuplicateKind k : {DuplicateKind::Email, DuplicateKind::NameAddress, DuplicateKind::Identical}) {
        if (key == duplicateKindKey(k))
            return k;
    }
    return std::nullopt;
}

QString comparableText(const QString& value)
{
    if (value.isEmpty())
        return {};
    const QString nfkc = value.normalized(QString::NormalizationForm_KC);
    QString out(nfkc.size(), Qt::Uninitialized);
    QChar* to = out.data();
    const QChar* from = nfkc.constData();
    const QChar* const end = from + nfkc.size();
    for (; from != end; ++from) {
        const char16_t u = from->unicode();
        if (u < 0x80) { // the common case, without a table lookup
            if (u == u' ' || (u >= u'\t' && u <= u'\r') || u == kSeparator.unicode())
                continue;
            *to++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        } else if (!from->isSpace()) {
            *to++ = isDashLike(u) ? QChar(u'-') : *from;
        }
    }
    out.truncate(to - out.constData());
    return out.toCaseFolded(); // (a no-op copy when nothing is left to fold)
}

namespace {

QString joinKey(const QString& name, const QString& address)
{
    return name.isEmpty() || address.isEmpty() ? QString() : name + kSeparator + address;
}

} // namespace

void RecipientIndex::Slots::insert(size_t hash, qsizetype index)
{
    if (first.contains(hash))
        more.insert(hash, index);
    else
        first.insert(hash, index);
}

template<typename Same>
qsizetype RecipientIndex::Slots::find(size_t hash, const Same& same) const
{
    const auto it = first.constFind(hash);
    if (it == first.cend())
        return -1;
    if (same(*it))
        return *it;
    const auto range = more.equal_range(hash);
    for (auto m = range.first; m != range.second; ++m) {
        if (same(m.value()))
            return m.value();
    }
    return -1;
}

RecipientIndex::RecipientIndex(const QStringList& fields) : m_fields(fields)
{
    for (const QString& key : fields)
        m_compared.append({recipientFieldFromKey(key), customFieldName(key)});
}

QString RecipientIndex::valueOf(const Recipient& r, const Field& f) const
{
    return comparableText(f.fixed ? recipientField(r, *f.fixed) : r.custom.value(f.customName));
}

MatchKeys RecipientIndex::keysOf(const Recipient& r) const
{
    MatchKeys keys;
    std::optional<QString> name, address, email;
    size_t h = 0;
    for (const Field& f : m_compared) {
        const QString value = valueOf(r, f);
        h = qHash(value, h) ^ (h << 1); // order matters: ("ab", "") is not ("a", "b")
        if (f.fixed == RecipientField::Name && !name)
            name = value;
        else if (f.fixed == RecipientField::Address && !address)
            address = value;
        else if (f.fixed == RecipientField::Email && !email)
            email = value;
    }
    keys.identityHash = h;
    keys.email = email ? *email : comparableText(r.email);
    keys.nameAddress =
        joinKey(name ? *name : comparableText(r.name), address ? *address : comparableText(r.address));
    keys.emailHash = qHash(keys.email);
    keys.nameAddressHash = qHash(keys.nameAddress);
    return keys;
}

bool RecipientIndex::identical(const Recipient& a, const Recipient& b) const
{
    for (const Field& f : m_compared) {
        const QString x = f.fixed ? recipientField(a, *f.fixed) : a.custom.value(f.customName);
        const QString y = f.fixed ? recipientField(b, *f.fixed) : b.custom.value(f.customName);
        if (x != y && comparableText(x) != comparableText(y)) // (the same list again: equal as written)
            return false;
    }
    return true;
}

void RecipientIndex::add(const QList<Recipient>& list, qsizetype index, const MatchKeys& keys)
{
    m_identities.insert(keys.identityHash, index);
    if (!keys.email.isEmpty() && findEmail(list, keys) < 0)
        m_emails.insert(keys.emailHash, index);
    if (!keys.nameAddress.isEmpty() && findNameAddress(list, keys) < 0)
        m_nameAddresses.insert(keys.nameAddressHash, index);
}

void RecipientIndex::reserve(qsizetype size)
{
    for (Slots* table : {&m_identities, &m_emails, &m_nameAddresses})
        table->first.reserve(size);
}

void RecipientIndex::clear()
{
    for (Slots* table : {&m_identities, &m_emails, &m_nameAddresses})
        *table = Slots();
}

RecipientMatch RecipientIndex::findIdentical(const QList<Recipient>& list, const Recipient& r,
                                             const MatchKeys& keys) const
{
    return {DuplicateKind::Identical,
            m_identities.find(keys.identityHash, [&](qsizetype i) { return identical(list.at(i), r); })};
}

qsizetype RecipientIndex::findEmail(const QList<Recipient>& list, const MatchKeys& keys) const
{
    return m_emails.find(keys.emailHash,
                         [&](qsizetype i) { return comparableText(list.at(i).email) == keys.email; });
}

qsizetype RecipientIndex::findNameAddress(const QList<Recipient>& list, const MatchKeys& keys) const
{
    return m_nameAddresses.find(keys.nameAddressHash, [&](qsizetype i) {
        const Recipient& c = list.at(i);
        return joinKey(comparableText(c.name), comparableText(c.address)) == keys.nameAddress;
    });
}

RecipientMatch RecipientIndex::findSimilar(const QList<Recipient>& list, const MatchKeys& keys) const
{
    if (!keys.email.isEmpty()) {
        if (const qsizetype i = findEmail(list, keys); i >= 0)
            return {DuplicateKind::Email, i};
    }
    if (!keys.nameAddress.isEmpty()) {
        if (const qsizetype i = findNameAddress(list, keys); i >= 0)
            return {DuplicateKind::NameAddress, i};
    }
    return {};
}

} // namespace bd
