#include "companyprofilerepository.h"

#include "auditrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

namespace {
// The stored text of a field, in the form the incident's fields are stored in (fields.h).
QString storedText(const CompanyProfileFieldSpec& field, const CompanyProfile& profile)
{
    return fieldToStorage(field.type, field.get(profile)).toString();
}
} // namespace

std::optional<CompanyProfile> CompanyProfileRepository::load(StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT field, value FROM company_profile"));
    if (!Database::exec(q, error))
        return std::nullopt;
    CompanyProfile profile;
    while (q.next()) {
        const CompanyProfileFieldSpec* field = companyProfileField(q.value(0).toString());
        if (!field)
            continue; // a field of a newer version, kept as it is
        QVariant value;
        QString ignored;
        if (fieldFromStorage(field->type, q.value(1), &value, &ignored, field->enumKeys))
            field->set(profile, value);
    }
    return profile;
}

bool CompanyProfileRepository::save(const CompanyProfile& profile, StorageError* error)
{
    for (const CompanyProfileFieldSpec& field : companyProfileFields())
        if (const QString problem = fieldProblem(field, field.get(profile)); !problem.isEmpty()) {
            if (error)
                *error = StorageError::make(StorageError::Invalid, problem);
            return false;
        }
    return m_db.transaction(
        [&](StorageError* err) {
            const std::optional<CompanyProfile> before = load(err);
            if (!before)
                return false;
            for (const CompanyProfileFieldSpec& field : companyProfileFields()) {
                const QString was = storedText(field, *before);
                const QString now = storedText(field, profile);
                if (was == now)
                    continue;
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("INSERT INTO company_profile (field, value) VALUES (?, ?) "
                                         "ON CONFLICT (field) DO UPDATE SET value = excluded.value"));
                q.addBindValue(field.name());
                q.addBindValue(now);
                if (!Database::exec(q, err))
                    return false;
                AuditEntry entry;
                entry.entity = QStringLiteral("company_profile");
                entry.field = field.name();
                entry.before = was;
                entry.after = now;
                if (!AuditRepository(m_db).append(entry, err))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace bd
