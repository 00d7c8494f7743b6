#include "incidentjsonaudiences.h"

#include "textlimits.h"
#include "textmatch.h"

#include <QJsonArray>
#include <QSet>

namespace bd {

namespace {

void fail(QList<IncidentJsonError>* errors, const QString& path, const QString& message)
{
    errors->append({path, message});
}

// Object keys outside `known` are errors (a misspelt key must not be dropped silently).
void checkKeys(const QJsonObject& o, const QStringList& known, const QString& where,
               QList<IncidentJsonError>* errors)
{
    for (const QString& k : o.keys())
        if (!known.contains(k))
            fail(
                errors, where + QLatin1Char('.') + k,
                QCoreApplication::translate("bd::IncidentJson", "is not a field of this format (misspelt?)"));
}

// A text field of `o`; a missing key reads as empty.
QString text(const QJsonObject& o, const QString& key, const QString& where, QList<IncidentJsonError>* errors)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isString())
        fail(errors, where + QLatin1Char('.') + key,
             QCoreApplication::translate("bd::IncidentJson", "must be text"));
    return v.toString();
}

QSet<QString> consignorKeys(const Incident& incident)
{
    QSet<QString> keys;
    for (const DataSet& ds : incident.dataSets)
        if (ds.holder == Holder::Consignor && !ds.consignorName.trimmed().isEmpty())
            keys.insert(consignorKey(ds.consignorName));
    return keys;
}

// An audience of a block: one of the fixed ones, or "consignor:<name>" naming a consignor of the data sets.
bool checkAudience(const QString& audience, const QSet<QString>& consignors, const QString& where,
                   QList<IncidentJsonError>* errors)
{
    if (audience.isEmpty() || !isValidAudience(audience)) {
        fail(errors, where,
             QCoreApplication::translate(
                 "bd::IncidentJson",
                 "\"%1\" is not a reader: use regulator, public, individuals, consignors or consignor:NAME")
                 .arg(audience));
        return false;
    }
    const QString consignor = consignorOfAudience(audience);
    if (!consignor.isEmpty() && !consignors.contains(consignorKey(consignor))) {
        fail(errors, where,
             QCoreApplication::translate("bd::IncidentJson",
                                         "\"%1\" is not a consignor client of this incident's data sets")
                 .arg(consignor));
        return false;
    }
    return true;
}

void readNarrativesFor(const QJsonObject& inc, Incident* incident, const QSet<QString>& consignors,
                       QList<IncidentJsonError>* errors)
{
    const QJsonValue block = inc.value(QStringLiteral("narratives_for"));
    if (block.isUndefined())
        return;
    if (!block.isObject()) {
        fail(errors, QStringLiteral("incident.narratives_for"),
             QCoreApplication::translate("bd::IncidentJson",
                                         "must be an object of readers, each an object of sections"));
        return;
    }
    const QJsonObject readers = block.toObject();
    for (auto it = readers.begin(); it != readers.end(); ++it) {
        const QString where = QStringLiteral("incident.narratives_for.") + it.key();
        if (!checkAudience(it.key(), consignors, where, errors))
            continue;
        if (!it.value().isObject()) {
            fail(errors, where,
                 QCoreApplication::translate("bd::IncidentJson", "must be an object of sections"));
            continue;
        }
        const QJsonObject sections = it.value().toObject();
        for (auto s = sections.begin(); s != sections.end(); ++s) {
            Narrative n;
            n.audience = it.key();
            if (!narrativeSectionFromKey(s.key(), &n.section)) {
                fail(errors, where + QLatin1Char('.') + s.key(),
                     QCoreApplication::translate("bd::IncidentJson", "is not a narrative section"));
                continue;
            }
            readNarrativeSection(s.value(), where + QLatin1Char('.') + s.key(), &n, errors);
            incident->narratives.append(n);
        }
    }
}

void readConsignors(const QJsonObject& inc, Incident* incident, const QSet<QString>& consignors,
                    QList<IncidentJsonError>* errors)
{
    const QJsonValue block = inc.value(QStringLiteral("consignors"));
    if (block.isUndefined())
        return;
    if (!block.isArray()) {
        fail(errors, QStringLiteral("incident.consignors"),
             QCoreApplication::translate("bd::IncidentJson", "must be a list"));
        return;
    }
    const QJsonArray list = block.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("incident.consignors[%1]").arg(i);
        if (!list.at(i).isObject()) {
            fail(errors, where, QCoreApplication::translate("bd::IncidentJson", "must be an object"));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        checkKeys(o, {QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("aliases")}, where,
                  errors);
        ConsignorNames c;
        c.name = text(o, QStringLiteral("name"), where, errors).trimmed();
        c.nameEn = text(o, QStringLiteral("name_en"), where, errors).trimmed();
        const QString key = consignorKey(c.name);
        if (c.name.isEmpty())
            fail(errors, where + QStringLiteral(".name"),
                 QCoreApplication::translate("bd::IncidentJson", "is required but missing"));
        else if (!consignors.contains(key))
            fail(errors, where + QStringLiteral(".name"),
                 QCoreApplication::translate("bd::IncidentJson",
                                             "\"%1\" is not a consignor client of this incident's data sets")
                     .arg(c.name));
        else if (seen.contains(key))
            fail(errors, where + QStringLiteral(".name"),
                 QCoreApplication::translate("bd::IncidentJson", "\"%1\" is listed twice").arg(c.name));
        seen.insert(key);
        const QJsonValue aliases = o.value(QStringLiteral("aliases"));
        if (!aliases.isUndefined() && !aliases.isArray())
            fail(errors, where + QStringLiteral(".aliases"),
                 QCoreApplication::translate("bd::IncidentJson", "must be a list of text"));
        const QJsonArray aliasList = aliases.toArray();
        for (qsizetype k = 0; k < aliasList.size(); ++k) {
            const QString alias = aliasList.at(k).toString().trimmed();
            const QString at = where + QStringLiteral(".aliases[%1]").arg(k);
            if (!aliasList.at(k).isString())
                fail(errors, at, QCoreApplication::translate("bd::IncidentJson", "must be text"));
            else if (const QString why = TextMatcher::problem(alias); !why.isEmpty())
                fail(errors, at, why);
            else if (!c.aliases.contains(alias))
                c.aliases << alias;
        }
        incident->consignors.append(c);
    }
}

void readConfidential(const QJsonObject& inc, Incident* incident, const QSet<QString>& consignors,
                      QList<IncidentJsonError>* errors)
{
    const QJsonValue block = inc.value(QStringLiteral("confidential"));
    if (block.isUndefined())
        return;
    if (!block.isArray()) {
        fail(errors, QStringLiteral("incident.confidential"),
             QCoreApplication::translate("bd::IncidentJson", "must be a list"));
        return;
    }
    const QJsonArray list = block.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("incident.confidential[%1]").arg(i);
        if (!list.at(i).isObject()) {
            fail(errors, where, QCoreApplication::translate("bd::IncidentJson", "must be an object"));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        checkKeys(o, {QStringLiteral("text"), QStringLiteral("audience")}, where, errors);
        ConfidentialText c;
        c.text = text(o, QStringLiteral("text"), where, errors).trimmed();
        if (o.contains(QStringLiteral("audience")))
            c.audience = text(o, QStringLiteral("audience"), where, errors);
        if (const QString why = TextMatcher::problem(c.text); !why.isEmpty())
            fail(errors, where + QStringLiteral(".text"), why);
        checkAudience(c.audience, consignors, where + QStringLiteral(".audience"), errors);
        incident->confidentialTexts.append(c);
    }
}

} // namespace

void readNarrativeSection(const QJsonValue& value, const QString& where, Narrative* n,
                          QList<IncidentJsonError>* errors)
{
    if (!value.isUndefined() && !value.isObject())
        fail(errors, where,
             QCoreApplication::translate("bd::IncidentJson", "must be an object with \"ja\" and \"en\""));
    const QJsonObject o = value.toObject();
    for (const QString& k : o.keys()) {
        if (k != QLatin1String("ja") && k != QLatin1String("en") && k != QLatin1String("needs_update"))
            fail(
                errors, where + QLatin1Char('.') + k,
                QCoreApplication::translate("bd::IncidentJson", "is not a field of this format (misspelt?)"));
        else if (k != QLatin1String("needs_update") && !o.value(k).isString())
            fail(errors, where + QLatin1Char('.') + k,
                 QCoreApplication::translate("bd::IncidentJson", "must be text"));
    }
    const QJsonValue staleValue = o.value(QStringLiteral("needs_update"));
    if (!staleValue.isUndefined() && !staleValue.isArray())
        fail(errors, where + QStringLiteral(".needs_update"),
             QCoreApplication::translate("bd::IncidentJson", "must be a list of \"ja\" and \"en\""));
    for (const QJsonValue& v : staleValue.toArray())
        if (v != QJsonValue(QStringLiteral("ja")) && v != QJsonValue(QStringLiteral("en")))
            fail(errors, where + QStringLiteral(".needs_update"),
                 QCoreApplication::translate("bd::IncidentJson", "may only contain \"ja\" and \"en\""));
    n->textJa = o.value(QStringLiteral("ja")).toString();
    n->textEn = o.value(QStringLiteral("en")).toString();
    for (const Lang lang : {Lang::Ja, Lang::En})
        if (const QString why = TextLimits::tooLong(QString(), n->text(lang), TextLimit::Narrative);
            !why.isEmpty())
            fail(errors, where + QLatin1Char('.') + langKey(lang), why);
    const QJsonArray stale = staleValue.toArray();
    n->basisJa = stale.contains(QStringLiteral("ja")) ? QByteArray() : Narrative::hashOf(n->textEn);
    n->basisEn = stale.contains(QStringLiteral("en")) ? QByteArray() : Narrative::hashOf(n->textJa);
}

QJsonObject narrativeSectionJson(const Narrative& n)
{
    QJsonObject o{{QStringLiteral("ja"), n.textJa}, {QStringLiteral("en"), n.textEn}};
    QJsonArray stale;
    if (n.needsUpdate(Lang::Ja))
        stale.append(QStringLiteral("ja"));
    if (n.needsUpdate(Lang::En))
        stale.append(QStringLiteral("en"));
    o.insert(QStringLiteral("needs_update"), stale);
    return o;
}

void writeReaderBlocks(const Incident& incident, QJsonObject* inc)
{
    QJsonObject readers;
    for (const Narrative& n : incident.narratives) {
        if (n.audience.isEmpty() || (n.textJa.isEmpty() && n.textEn.isEmpty()))
            continue;
        QJsonObject sections = readers.value(n.audience).toObject();
        sections.insert(narrativeSectionKey(n.section), narrativeSectionJson(n));
        readers.insert(n.audience, sections);
    }
    if (!readers.isEmpty())
        inc->insert(QStringLiteral("narratives_for"), readers);

    QJsonArray consignors;
    for (const ConsignorNames& c : incident.consignors)
        consignors.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("name_en"), c.nameEn},
                                      {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)}});
    if (!consignors.isEmpty())
        inc->insert(QStringLiteral("consignors"), consignors);

    QJsonArray confidential;
    for (const ConfidentialText& c : incident.confidentialTexts)
        confidential.append(
            QJsonObject{{QStringLiteral("text"), c.text}, {QStringLiteral("audience"), c.audience}});
    if (!confidential.isEmpty())
        inc->insert(QStringLiteral("confidential"), confidential);
}

void readReaderBlocks(const QJsonObject& inc, Incident* incident, QList<IncidentJsonError>* errors)
{
    const QSet<QString> consignors = consignorKeys(*incident);
    readNarrativesFor(inc, incident, consignors, errors);
    readConsignors(inc, incident, consignors, errors);
    readConfidential(inc, incident, consignors, errors);
}

} // namespace bd
