#include "honorifics.h"

#include <QStringList>

namespace bd {

QString withoutHonorific(const QString& text)
{
    static const QStringList honorifics = {QStringLiteral("御中"), QStringLiteral("様"), QStringLiteral("殿"),
                                           QStringLiteral("さま"), QStringLiteral("各位")};
    QString result = text.trimmed();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString& h : honorifics) {
            if (result.size() > h.size() && result.endsWith(h)) {
                result = result.left(result.size() - h.size()).trimmed();
                stripped = true;
            }
        }
    }
    return result;
}

QString honorificName(const Recipient& recipient, bool organisations, Lang lang)
{
    QString person = withoutHonorific(recipient.name);
    QString organisation = withoutHonorific(recipient.organisation);
    const QString department = recipient.department.trimmed();
    const QString title = recipient.title.trimmed();
    if (organisations && organisation.isEmpty()) {
        organisation = person;
        person.clear();
    }
    if (lang == Lang::En) {
        if (!person.isEmpty())
            return person;
        QStringList parts = {department, organisation};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    QStringList parts = {organisation, department};
    if (person.isEmpty()) {
        parts.removeAll(QString());
        return parts.isEmpty() ? QString() : parts.join(QLatin1Char(' ')) + QStringLiteral(" 御中");
    }
    parts << title << person;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" 様");
}

} // namespace bd
