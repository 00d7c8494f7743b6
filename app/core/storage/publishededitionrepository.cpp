#include "publishededitionrepository.h"

#include "auditrepository.h"
#include "textlimits.h"

#include <QSqlQuery>

namespace bd {

namespace {

const QString table = QStringLiteral("published_edition");

QString languagesText(const QList<Lang>& languages)
{
    QStringList keys;
    for (const Lang lang : languages)
        keys << langKey(lang);
    return keys.join(QLatin1Char(','));
}

QList<Lang> languagesFrom(const QString& text)
{
    QList<Lang> languages;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Lang lang = Lang::Ja;
        if (langFromKey(key, &lang))
            languages.append(lang);
    }
    return languages;
}

} // namespace

QList<PublishedEdition> PublishedEditionRepository::list(qint64 incidentId, StorageError* error) const
{
    QList<PublishedEdition> result;
    // Named by its table rather than its schema number, so that renumbering the migration changes nothing.
    if (!m_db.connection().tables().contains(table))
        return result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, edition, languages, published_on, url, note, recorded_at, recorded_by "
                       "FROM published_edition WHERE incident_id = ? ORDER BY id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next()) {
        PublishedEdition e;
        e.id = q.value(0).toLongLong();
        e.edition = q.value(1).toInt();
        e.languages = languagesFrom(q.value(2).toString());
        e.publishedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.url = q.value(4).toString();
        e.note = q.value(5).toString();
        e.recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        e.recordedBy = q.value(7).toString();
        result.append(e);
    }
    return result;
}

bool PublishedEditionRepository::record(qint64 incidentId, PublishedEdition& e, StorageError* error)
{
    const auto invalid = [&](const QString& message) {
        *error = StorageError::make(StorageError::Invalid, message);
        return false;
    };
    if (e.edition < 1 || e.edition > 999)
        return invalid(tr("An edition of the public notice is numbered from 1 to 999 (第N報)."));
    if (e.languages.isEmpty())
        return invalid(tr("Say in which language or languages the edition was published."));
    if (!e.publishedOn.isValid())
        return invalid(tr("An edition needs the date it was published."));
    if (const QString why = TextLimits::tooLong(tr("The address (URL)"), e.url, TextLimit::Note);
        !why.isEmpty())
        return invalid(why);
    if (const QString why = TextLimits::tooLong(tr("The note"), e.note, TextLimit::Note); !why.isEmpty())
        return invalid(why);
    if (!e.recordedAt.isValid())
        e.recordedAt = QDateTime::currentDateTime();
    if (e.recordedBy.isEmpty())
        e.recordedBy = AuditRepository::currentUser();
    e.url = e.url.trimmed();
    e.note = e.note.trimmed();
    return m_db.transaction(
        [&](StorageError* err) {
            // Edition N in a language exists once, whether recorded here or issued in BreachDesk.
            for (const PublishedEdition& other : list(incidentId, err))
                for (const Lang lang : e.languages)
                    if (other.edition == e.edition && other.languages.contains(lang)) {
                        *err = StorageError::make(
                            StorageError::Invalid,
                            tr("Edition %1 of the public notice in %2 is already recorded (published %3).")
                                .arg(e.edition)
                                .arg(langKey(lang), other.publishedOn.toString(Qt::ISODate)));
                        return false;
                    }
            QSqlQuery issued(m_db.connection());
            issued.prepare(
                QStringLiteral("SELECT lang, document_date FROM issued_document WHERE incident_id = ? "
                               "AND kind = 'public_notice' AND edition = ?"));
            issued.addBindValue(incidentId);
            issued.addBindValue(e.edition);
            if (!Database::exec(issued, err))
                return false;
            while (issued.next()) {
                Lang lang = Lang::Ja;
                if (langFromKey(issued.value(0).toString(), &lang) && e.languages.contains(lang)) {
                    *err = StorageError::make(
                        StorageError::Invalid,
                        tr("Edition %1 of the public notice in %2 was issued in BreachDesk (dated %3).")
                            .arg(e.edition)
                            .arg(langKey(lang), issued.value(1).toString()));
                    return false;
                }
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO published_edition (incident_id, edition, languages, "
                                     "published_on, url, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, "
                                     "?, ?, ?, ?)"));
            q.addBindValue(incidentId);
            q.addBindValue(e.edition);
            q.addBindValue(languagesText(e.languages));
            q.addBindValue(e.publishedOn.toString(Qt::ISODate));
            q.addBindValue(notNull(e.url));
            q.addBindValue(notNull(e.note));
            q.addBindValue(
                e.recordedAt.toOffsetFromUtc(e.recordedAt.offsetFromUtc()).toString(Qt::ISODateWithMs));
            q.addBindValue(e.recordedBy);
            if (!Database::exec(q, err))
                return false;
            e.id = q.lastInsertId().toLongLong();
            QSqlQuery code(m_db.connection());
            code.prepare(QStringLiteral("SELECT code FROM incident WHERE id = ?"));
            code.addBindValue(incidentId);
            AuditEntry entry;
            if (Database::exec(code, err) && code.next())
                entry.incidentCode = code.value(0).toString();
            entry.incidentId = incidentId;
            entry.entity = table;
            entry.entityId = e.id;
            entry.field = QStringLiteral("recorded");
            entry.after = QStringLiteral("edition %1 %2 published %3 %4")
                              .arg(e.edition)
                              .arg(languagesText(e.languages), e.publishedOn.toString(Qt::ISODate), e.url)
                              .trimmed();
            return AuditRepository(m_db).append(entry, err);
        },
        error);
}

} // namespace bd
