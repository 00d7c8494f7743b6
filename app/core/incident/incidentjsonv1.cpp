#include "incidentjsonv1.h"

#include "textlimits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bd {

namespace {

struct Upgrade
{
    QList<IncidentJsonError>* errors;
    bool ok = true;

    void fail(const QString& path, const QString& message)
    {
        errors->append({path, message});
        ok = false;
    }

    // A version 1 flag: absent = false.
    bool flag(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(where + QLatin1String(key),
                 QCoreApplication::translate("bd::IncidentJson", "must be true or false"));
            return false;
        }
        return v.toBool();
    }

    // An object member that must be an object when present.
    QJsonObject object(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(where + QLatin1String(key),
                 QCoreApplication::translate("bd::IncidentJson", "must be an object"));
        return v.toObject();
    }
};

} // namespace

bool upgradeIncidentJsonV1(QJsonObject* root, QList<IncidentJsonError>* errors)
{
    Upgrade u{errors};
    QJsonObject inc = root->value(QStringLiteral("incident")).toObject();

    // The event: one certainty for all ticked kinds becomes one certainty per kind.
    QJsonObject event = u.object(inc, "event", QStringLiteral("incident."));
    for (const char* key : {"leak", "loss", "damage"})
        if (event.contains(QLatin1String(key)))
            u.fail(QStringLiteral("incident.event.") + QLatin1String(key),
                   QCoreApplication::translate(
                       "bd::IncidentJson",
                       "is a field of format version 2, not of version 1: set \"version\" to 2"));
    const QJsonObject kinds = u.object(event, "kinds", QStringLiteral("incident.event."));
    for (const QString& k : kinds.keys())
        if (k != QLatin1String("leak") && k != QLatin1String("loss") && k != QLatin1String("damage"))
            u.fail(
                QStringLiteral("incident.event.kinds.") + k,
                QCoreApplication::translate("bd::IncidentJson", "is not a field of this format (misspelt?)"));
    QString state = QStringLiteral("possible"); // the version 1 default
    if (const QJsonValue v = event.value(QStringLiteral("state")); !v.isUndefined()) {
        if (v != QJsonValue(QStringLiteral("occurred")) && v != QJsonValue(QStringLiteral("possible")))
            u.fail(QStringLiteral("incident.event.state"),
                   QCoreApplication::translate("bd::IncidentJson", "must be \"occurred\" or \"possible\""));
        else
            state = v.toString();
    }
    for (const char* key : {"leak", "loss", "damage"}) {
        const bool ticked = u.flag(kinds, key, QStringLiteral("incident.event.kinds."));
        event.insert(QLatin1String(key), ticked ? state : QStringLiteral("no"));
    }
    event.remove(QStringLiteral("kinds"));
    event.remove(QStringLiteral("state"));
    inc.insert(QStringLiteral("event"), event);

    // Protection and the substitute notice: from the incident to every data set.
    const QJsonObject protection = u.object(inc, "protection", QStringLiteral("incident."));
    const QJsonObject notice = u.object(inc, "notice", QStringLiteral("incident."));
    for (const QString& k : protection.keys())
        if (k != QLatin1String("encrypted") && k != QLatin1String("key_may_have_leaked"))
            u.fail(
                QStringLiteral("incident.protection.") + k,
                QCoreApplication::translate("bd::IncidentJson", "is not a field of this format (misspelt?)"));
    for (const QString& k : notice.keys())
        if (k != QLatin1String("contacts_unreachable") && k != QLatin1String("contacts_unreachable_reason"))
            u.fail(
                QStringLiteral("incident.notice.") + k,
                QCoreApplication::translate("bd::IncidentJson", "is not a field of this format (misspelt?)"));
    const bool encrypted = u.flag(protection, "encrypted", QStringLiteral("incident.protection."));
    const bool keyLeaked = u.flag(protection, "key_may_have_leaked", QStringLiteral("incident.protection."));
    const bool unreachable = u.flag(notice, "contacts_unreachable", QStringLiteral("incident.notice."));
    QString reason;
    if (const QJsonValue v = notice.value(QStringLiteral("contacts_unreachable_reason")); !v.isUndefined()) {
        if (!v.isString())
            u.fail(QStringLiteral("incident.notice.contacts_unreachable_reason"),
                   QCoreApplication::translate("bd::IncidentJson", "must be text"));
        else if (const QString why = TextLimits::tooLong(QString(), v.toString(), TextLimit::Note);
                 !why.isEmpty())
            u.fail(QStringLiteral("incident.notice.contacts_unreachable_reason"), why);
        else
            reason = v.toString();
    }
    inc.remove(QStringLiteral("protection"));
    inc.remove(QStringLiteral("notice"));

    // A data set that is not an object is reported by the version 2 reader.
    QJsonArray sets = inc.value(QStringLiteral("data_sets")).toArray();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        if (!sets.at(i).isObject())
            continue;
        QJsonObject ds = sets.at(i).toObject();
        const QString where = QStringLiteral("incident.data_sets[%1].").arg(i);
        for (const char* key : {"protection", "notice"})
            if (ds.contains(QLatin1String(key)))
                u.fail(where + QLatin1String(key),
                       QCoreApplication::translate(
                           "bd::IncidentJson",
                           "is a field of format version 2, not of version 1: set \"version\" to 2"));
        ds.insert(QStringLiteral("protection"),
                  QJsonObject{{QStringLiteral("encrypted"), encrypted},
                              {QStringLiteral("key_may_have_leaked"), keyLeaked}});
        ds.insert(QStringLiteral("notice"),
                  QJsonObject{{QStringLiteral("contacts_unreachable"), unreachable},
                              {QStringLiteral("contacts_unreachable_reason"), reason}});
        sets.replace(i, ds);
    }
    if (inc.contains(QStringLiteral("data_sets")) && inc.value(QStringLiteral("data_sets")).isArray())
        inc.insert(QStringLiteral("data_sets"), sets);

    root->insert(QStringLiteral("incident"), inc);
    root->insert(QStringLiteral("version"), 2);
    return u.ok;
}

} // namespace bd
