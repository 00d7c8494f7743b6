#include "identitycheck.h"

#include "honorifics.h"
#include "recipientrepository.h"

namespace bd {

QString identityNormalised(const QString& text, QList<qsizetype>* map, bool keepSpaces)
{
    QString out;
    out.reserve(text.size());
    if (map)
        map->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Surrogate pairs are kept together; NFKC is applied per character (width and compatibility forms).
        const qsizetype len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QString piece = text.mid(i, len).normalized(QString::NormalizationForm_KC).toLower();
        for (const QChar c : piece) {
            if (c.isSpace()) {
                // Latin names keep one space between words, so that word boundaries still show.
                if (!keepSpaces || out.isEmpty() || out.back() == QLatin1Char(' '))
                    continue;
                out.append(QLatin1Char(' '));
                if (map)
                    map->append(i);
                continue;
            }
            out.append(c);
            if (map)
                map->append(i);
        }
        i += len - 1;
    }
    return out;
}

QString IdentityHit::message() const
{
    return field == QLatin1String("email")
               ? IdentityMatcher::tr("The e-mail address of a recipient (group %1) appears in the text.")
                     .arg(groupKey)
               : IdentityMatcher::tr("The name of a recipient (group %1) appears in the text.").arg(groupKey);
}

void IdentityMatcher::add(const Recipient& r, const QString& groupKey)
{
    const QString name = identityNormalised(withoutHonorific(r.name));
    bool latin = true;
    for (const QChar c : name)
        latin = latin && c.unicode() < 0x0250;
    if (name.size() >= (latin ? MinimumLatinNameLength : MinimumNameLength))
        m_entries.append(
            {r.id, groupKey, QStringLiteral("name"),
             latin ? identityNormalised(withoutHonorific(r.name), nullptr, true).trimmed() : name, latin});
    const QString email = identityNormalised(r.email);
    if (email.contains(QLatin1Char('@')))
        m_entries.append({r.id, groupKey, QStringLiteral("email"), email, false});
}

QList<IdentityHit> IdentityMatcher::find(const QString& text) const
{
    QList<qsizetype> compactMap, spacedMap;
    const QString compact = identityNormalised(text, &compactMap);
    const QString spaced = identityNormalised(text, &spacedMap, true);
    QList<IdentityHit> hits;
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };
    for (const Entry& e : m_entries) {
        const QString& haystack = e.wordBoundaries ? spaced : compact;
        const QList<qsizetype>& map = e.wordBoundaries ? spacedMap : compactMap;
        for (qsizetype at = haystack.indexOf(e.needle); at >= 0; at = haystack.indexOf(e.needle, at + 1)) {
            const qsizetype end = at + e.needle.size();
            if (e.wordBoundaries && ((at > 0 && isWordChar(haystack.at(at - 1))) ||
                                     (end < haystack.size() && isWordChar(haystack.at(end)))))
                continue;
            IdentityHit hit;
            hit.recipientId = e.recipientId;
            hit.groupKey = e.groupKey;
            hit.field = e.field;
            hit.position = map.at(at);
            hit.length = map.at(end - 1) - hit.position + 1;
            hit.matched = text.mid(hit.position, hit.length);
            hits.append(hit);
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const IdentityHit& a, const IdentityHit& b) { return a.position < b.position; });
    return hits;
}

bool IdentityMatcher::fromWorkspace(Database& db, qint64 incidentId, IdentityMatcher* out,
                                    StorageError* error)
{
    RecipientRepository recipients(db);
    const QList<RecipientGroup> groups = recipients.groups(incidentId, error);
    if (!error->ok())
        return false;
    for (const RecipientGroup& g : groups) {
        const bool ok = recipients.forEach(
            g.id, true,
            [&](const Recipient& r) {
                // Names and e-mail addresses only: an organisation's own name identifies no individual.
                out->add(r, g.key);
                return true;
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace bd
