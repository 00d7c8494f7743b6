#include "filingsjson.h"

#include "textlimits.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

// The filing keys of the obligations engine (app/core/obligations/requiredfiling.h, FilingKey), which this
// library cannot include: a notice's key names its consignor client or people group after the prefix.
const QStringList plainKeys = {QStringLiteral("ppc_preliminary"),   QStringLiteral("ppc_final"),
                               QStringLiteral("ppc_follow_up"),     QStringLiteral("public_notice"),
                               QStringLiteral("pmark_preliminary"), QStringLiteral("pmark_final"),
                               QStringLiteral("gdpr_art33"),        QStringLiteral("gdpr_art34")};
const QString consignorPrefix = QStringLiteral("consignor_notice:");
const QString individualPrefix = QStringLiteral("individual_notice:");

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// A calendar date written exactly as YYYY-MM-DD (the format's dates; no time, no other separators).
bool readDate(const QJsonValue& v, QDate* out)
{
    const QString text = v.toString();
    *out = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return v.isString() && text.size() == 10 && out->isValid();
}

struct Problems
{
    QList<IncidentJsonError>* errors;
    void fail(const QString& path, const QString& message) { errors->append({path, message}); }
};

} // namespace

QJsonObject FilingsJson::toJson(const IncidentFilings& filings)
{
    QJsonArray records;
    for (const FilingRecord& r : filings.records)
        records.append(QJsonObject{{QStringLiteral("key"), r.key},
                                   {QStringLiteral("state"), r.state},
                                   {QStringLiteral("submitted_on"), dateValue(r.submittedOn)},
                                   {QStringLiteral("receipt_no"), r.receiptNo},
                                   {QStringLiteral("note"), r.note}});
    QJsonArray editions;
    for (const PublishedEdition& e : filings.editions) {
        QJsonArray languages;
        for (const Lang lang : e.languages)
            languages.append(langKey(lang));
        editions.append(QJsonObject{{QStringLiteral("edition"), e.edition},
                                    {QStringLiteral("languages"), languages},
                                    {QStringLiteral("published_on"), dateValue(e.publishedOn)},
                                    {QStringLiteral("url"), e.url},
                                    {QStringLiteral("note"), e.note}});
    }
    return QJsonObject{{QStringLiteral("records"), records},
                       {QStringLiteral("public_notice_editions"), editions}};
}

void FilingsJson::read(const QJsonValue& value, const Incident& incident, IncidentFilings* out,
                       QList<IncidentJsonError>* errors)
{
    Problems p{errors};
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        p.fail(QStringLiteral("filings"), tr("must be an object"));
        return;
    }
    const QJsonObject block = value.toObject();
    for (const QString& key : block.keys())
        if (key != QLatin1String("records") && key != QLatin1String("public_notice_editions"))
            p.fail(QStringLiteral("filings.") + key, tr("is not a field of this format (misspelt?)"));

    // A text field of an entry: absent is "", anything but a string is an error; at most `limit` characters.
    const auto text = [&](const QJsonObject& o, const QString& where, const char* key, int limit) {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString path = where + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined())
            return QString();
        if (!v.isString()) {
            p.fail(path, tr("must be text"));
            return QString();
        }
        if (const QString why = TextLimits::tooLong(QString(), v.toString(), limit); !why.isEmpty())
            p.fail(path, why);
        return v.toString();
    };
    const auto onlyKeys = [&](const QJsonObject& o, const QString& where, const QStringList& known) {
        for (const QString& k : o.keys())
            if (!known.contains(k))
                p.fail(where + QLatin1Char('.') + k, tr("is not a field of this format (misspelt?)"));
    };
    const auto list = [&](const char* key) {
        const QJsonValue v = block.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            p.fail(QStringLiteral("filings.") + QLatin1String(key), tr("must be a list"));
        return v.toArray();
    };

    QStringList clients, groups;
    for (const DataSet& ds : incident.dataSets) {
        if (ds.holder == Holder::Consignor)
            clients << ds.consignorName;
        groups << ds.groupKey;
    }
    const QStringList states = filingRecordStates();
    QHash<QString, QString> seenKeys; // key → where it was first listed
    const QJsonArray records = list("records");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString where = QStringLiteral("filings.records[%1]").arg(i);
        if (!records.at(i).isObject()) {
            p.fail(where, tr("must be an object"));
            continue;
        }
        const QJsonObject o = records.at(i).toObject();
        onlyKeys(o, where,
                 {QStringLiteral("key"), QStringLiteral("state"), QStringLiteral("submitted_on"),
                  QStringLiteral("receipt_no"), QStringLiteral("note")});
        FilingRecord r;
        const QJsonValue key = o.value(QStringLiteral("key"));
        r.key = key.toString();
        if (key.isUndefined())
            p.fail(where + QStringLiteral(".key"), tr("is required but missing"));
        else if (!key.isString())
            p.fail(where + QStringLiteral(".key"), tr("must be text"));
        else if (r.key.startsWith(consignorPrefix)) {
            if (!clients.contains(r.key.mid(consignorPrefix.size())))
                p.fail(where + QStringLiteral(".key"),
                       tr("\"%1\" names no consignor client of incident.data_sets (a data set with holder "
                          "\"consignor\" and that consignor)")
                           .arg(r.key.mid(consignorPrefix.size())));
        } else if (r.key.startsWith(individualPrefix)) {
            if (!groups.contains(r.key.mid(individualPrefix.size())))
                p.fail(where + QStringLiteral(".key"),
                       tr("\"%1\" is not the group of any of incident.data_sets")
                           .arg(r.key.mid(individualPrefix.size())));
        } else if (!plainKeys.contains(r.key)) {
            p.fail(where + QStringLiteral(".key"),
                   tr("expected one of %1, consignor_notice:CLIENT, individual_notice:GROUP")
                       .arg(plainKeys.join(QStringLiteral(", "))));
        }
        if (key.isString() && seenKeys.contains(r.key))
            p.fail(where + QStringLiteral(".key"),
                   tr("\"%1\" is listed twice (also %2)").arg(r.key, seenKeys.value(r.key)));
        else if (key.isString())
            seenKeys.insert(r.key, where);

        const QJsonValue state = o.value(QStringLiteral("state"));
        r.state = state.toString();
        if (state.isUndefined())
            p.fail(where + QStringLiteral(".state"), tr("is required but missing"));
        else if (!state.isString() || !states.contains(r.state))
            p.fail(where + QStringLiteral(".state"),
                   tr("expected one of %1").arg(states.join(QStringLiteral(", "))));

        const QJsonValue submitted = o.value(QStringLiteral("submitted_on"));
        if (!submitted.isUndefined() && !submitted.isNull() && !readDate(submitted, &r.submittedOn))
            p.fail(where + QStringLiteral(".submitted_on"), tr("expected a date as YYYY-MM-DD, or null"));
        else if (r.isFiled() && !r.submittedOn.isValid())
            p.fail(where + QStringLiteral(".submitted_on"),
                   tr("is required (a date as YYYY-MM-DD) when state is \"submitted\" or \"acknowledged\""));
        r.receiptNo = text(o, where, "receipt_no", TextLimit::Name);
        r.note = text(o, where, "note", TextLimit::Note);
        out->records.append(r);
    }

    // Edition N in one language is published once, and not before an earlier edition in that language.
    struct Seen
    {
        QString where;
        QDate on;
    };
    QHash<QString, Seen> seenEditions; // "ja/1" → first listing
    QList<qsizetype> positions;        // each read edition's index in the list
    const QJsonArray editions = list("public_notice_editions");
    for (qsizetype i = 0; i < editions.size(); ++i) {
        const QString where = QStringLiteral("filings.public_notice_editions[%1]").arg(i);
        if (!editions.at(i).isObject()) {
            p.fail(where, tr("must be an object"));
            continue;
        }
        const QJsonObject o = editions.at(i).toObject();
        onlyKeys(o, where,
                 {QStringLiteral("edition"), QStringLiteral("languages"), QStringLiteral("published_on"),
                  QStringLiteral("url"), QStringLiteral("note")});
        PublishedEdition e;
        const QJsonValue number = o.value(QStringLiteral("edition"));
        const double n = number.toDouble(0);
        if (number.isUndefined())
            p.fail(where + QStringLiteral(".edition"), tr("is required but missing"));
        else if (!number.isDouble() || n < 1 || n > 999 || n != double(int(n)))
            p.fail(where + QStringLiteral(".edition"), tr("must be a whole number from 1 to 999 (第N報)"));
        else
            e.edition = int(n);

        const QJsonValue languages = o.value(QStringLiteral("languages"));
        if (languages.isUndefined())
            p.fail(where + QStringLiteral(".languages"), tr("is required but missing"));
        else if (!languages.isArray() || languages.toArray().isEmpty())
            p.fail(where + QStringLiteral(".languages"), tr("must be a list of \"ja\" and/or \"en\""));
        const QJsonArray langs = languages.toArray();
        for (qsizetype k = 0; k < langs.size(); ++k) {
            Lang lang = Lang::Ja;
            const QString path = where + QStringLiteral(".languages[%1]").arg(k);
            if (!langs.at(k).isString() || !langFromKey(langs.at(k).toString(), &lang))
                p.fail(path, tr("expected \"ja\" or \"en\""));
            else if (e.languages.contains(lang))
                p.fail(path, tr("\"%1\" is listed twice").arg(langKey(lang)));
            else
                e.languages.append(lang);
        }

        const QJsonValue published = o.value(QStringLiteral("published_on"));
        if (published.isUndefined())
            p.fail(where + QStringLiteral(".published_on"), tr("is required but missing"));
        else if (!readDate(published, &e.publishedOn))
            p.fail(where + QStringLiteral(".published_on"), tr("expected a date as YYYY-MM-DD"));
        e.url = text(o, where, "url", TextLimit::Note);
        e.note = text(o, where, "note", TextLimit::Note);

        if (e.edition > 0) {
            for (const Lang lang : e.languages) {
                const QString id = QStringLiteral("%1/%2").arg(langKey(lang)).arg(e.edition);
                if (seenEditions.contains(id)) {
                    p.fail(where + QStringLiteral(".edition"),
                           tr("edition %1 in \"%2\" is listed twice (also %3)")
                               .arg(e.edition)
                               .arg(langKey(lang), seenEditions.value(id).where));
                    continue;
                }
                seenEditions.insert(id, {where, e.publishedOn});
            }
        }
        out->editions.append(e);
        positions.append(i);
    }
    // Checked once every edition is known, so that the order of the list does not matter.
    for (qsizetype i = 0; i < out->editions.size(); ++i) {
        const PublishedEdition& e = out->editions.at(i);
        for (const PublishedEdition& earlier : std::as_const(out->editions)) {
            const bool sharesLanguage = std::any_of(e.languages.cbegin(), e.languages.cend(),
                                                    [&](Lang l) { return earlier.languages.contains(l); });
            if (sharesLanguage && earlier.edition > 0 && earlier.edition < e.edition &&
                e.publishedOn.isValid() && earlier.publishedOn.isValid() &&
                e.publishedOn < earlier.publishedOn) {
                p.fail(QStringLiteral("filings.public_notice_editions[%1].published_on").arg(positions.at(i)),
                       tr("edition %1 is dated %2, before edition %3 (%4)")
                           .arg(e.edition)
                           .arg(e.publishedOn.toString(Qt::ISODate))
                           .arg(earlier.edition)
                           .arg(earlier.publishedOn.toString(Qt::ISODate)));
                break;
            }
        }
    }
}

} // namespace bd
