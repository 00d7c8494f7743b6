#include "honorifics.h"

#include "letterwording.h"

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

QString addresseePerson(const Recipient& recipient, bool organisations)
{
    const QString person = withoutHonorific(recipient.name);
    if (organisations && withoutHonorific(recipient.organisation).isEmpty())
        return {}; // the name column holds the organisation
    return person;
}

QString honorificName(const Recipient& recipient, bool organisations, Lang lang)
{
    const auto spaced = [lang](const QString& text) {
        return lang == Lang::Ja ? japaneseNameSpacing(text) : englishNameSpacing(text);
    };
    QString person = spaced(withoutHonorific(recipient.name));
    QString organisation = spaced(withoutHonorific(recipient.organisation));
    const QString department = spaced(recipient.department);
    const QString title = spaced(recipient.title);
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
    // Japanese names and their parts are set apart by full-width spaces, as the names themselves are
    // (山田　太郎): one kind of space through the whole address.
    const QChar space(0x3000);
    QStringList parts = {organisation, department};
    if (person.isEmpty()) {
        parts.removeAll(QString());
        return parts.isEmpty() ? QString() : parts.join(space) + space + QStringLiteral("御中");
    }
    parts << title << person;
    parts.removeAll(QString());
    return parts.join(space) + space + QStringLiteral("様");
}

} // namespace bd
