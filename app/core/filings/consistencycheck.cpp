#include "consistencycheck.h"

#include "asofcheck.h"
#include "confidentialitycheck.h"
#include "japaneseformat.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace bd {

namespace {

using W = ConsistencyWarning;

QString countText(const FactSet& s, Lang lang)
{
    return s.people ? formatPeopleCount(*s.people, s.estimate, lang)
                    : (lang == Lang::Ja ? QStringLiteral("調査中") : QStringLiteral("unknown"));
}

QString docName(const IssuedDocument& d)
{
    return ConsistencyChecker::tr("%1 %2 issued on %3")
        .arg(FilingTemplates::kindTitle(d.kind), d.label(), d.documentDate.toString(Qt::ISODate));
}

// Compares the facts of `draft` with `other` (the record, or an earlier document called `source`).
void compareFacts(const FactSheet& mine, const FactSheet& other, const QString& source, qint64 docId,
                  Lang lang, QList<W>* out)
{
    for (const FactSet& s : mine.sets) {
        const FactSet* o = other.set(s.id);
        if (!o)
            continue;
        if (s.people != o->people || s.estimate != o->estimate)
            out->append({W::Kind::Count,
                         ConsistencyChecker::tr("%1: this document says %2, %3 says %4.")
                             .arg(s.label, countText(s, lang), source, countText(*o, lang)),
                         docId});
        const QSet<QString> a(s.itemKeys.begin(), s.itemKeys.end()),
            b(o->itemKeys.begin(), o->itemKeys.end());
        if (a != b) {
            QStringList missing, extra;
            for (const QString& key : o->itemKeys)
                if (!a.contains(key))
                    missing << itemLabel(key, {}, lang);
            for (const QString& key : s.itemKeys)
                if (!b.contains(key))
                    extra << itemLabel(key, {}, lang);
            out->append(
                {W::Kind::Items,
                 ConsistencyChecker::tr(
                     "%1: the data items differ from %2 (missing here: %3; only here: %4).")
                     .arg(s.label, source,
                          missing.isEmpty() ? QStringLiteral("–") : missing.join(QStringLiteral(", ")),
                          extra.isEmpty() ? QStringLiteral("–") : extra.join(QStringLiteral(", "))),
                 docId});
        }
    }
    const auto date = [&](const QDate& a, const QDate& b, const QString& what) {
        if (a.isValid() && b.isValid() && a != b)
            out->append({W::Kind::Date,
                         ConsistencyChecker::tr("%1: this document says %2, %3 says %4.")
                             .arg(what, a.toString(Qt::ISODate), source, b.toString(Qt::ISODate)),
                         docId});
    };
    date(mine.knownOn, other.knownOn, ConsistencyChecker::tr("Date of awareness"));
    date(mine.occurredFrom, other.occurredFrom, ConsistencyChecker::tr("Start of the incident"));
    date(mine.occurredTo, other.occurredTo, ConsistencyChecker::tr("End of the incident"));
    if (!other.deskPhone.isEmpty() && mine.deskPhone != other.deskPhone)
        out->append({W::Kind::ContactDesk,
                     ConsistencyChecker::tr("Contact desk phone: this document says %1, %2 says %3.")
                         .arg(mine.deskPhone, source, other.deskPhone),
                     docId});
    if (!other.deskEmail.isEmpty() && mine.deskEmail != other.deskEmail)
        out->append({W::Kind::ContactDesk,
                     ConsistencyChecker::tr("Contact desk e-mail: this document says %1, %2 says %3.")
                         .arg(mine.deskEmail, source, other.deskEmail),
                     docId});
}

// Every count the record can justify: each data set's and the sum of any combination of them.
QSet<qint64> knownCounts(const Incident& incident)
{
    QList<qint64> counts;
    for (const DataSet& ds : incident.dataSets)
        if (ds.people)
            counts << *ds.people;
    QSet<qint64> sums;
    const int n = int(std::min<qsizetype>(counts.size(), 14));
    for (int mask = 1; mask < (1 << n); ++mask) {
        qint64 sum = 0;
        for (int i = 0; i < n; ++i)
            if (mask & (1 << i))
                sum += counts.at(i);
        sums.insert(sum);
    }
    return sums;
}

QString digitsOnly(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (c.isDigit())
            out.append(c);
    return out;
}

} // namespace

QList<ConsistencyChecker::CountMention> ConsistencyChecker::countsIn(const QString& text)
{
    static const QRegularExpression ja(
        QStringLiteral("(約|およそ|概ね)?\\s*([0-9０-９][0-9０-９,，]*)\\s*(名|人)"));
    static const QRegularExpression en(
        QStringLiteral(
            "(about |approximately |around )?([0-9][0-9,]*) (people|persons|individuals|data subjects)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<CountMention> out;
    for (const QRegularExpression* re : {&ja, &en}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            bool ok = false;
            const qint64 n = digitsOnly(m.captured(2)).toLongLong(&ok);
            if (ok)
                out.append({n, !m.captured(1).isEmpty(), m.captured(0).trimmed()});
        }
    }
    return out;
}

QList<ConsistencyWarning> ConsistencyChecker::check(const FilingDraft& draft, const Incident& incident,
                                                    const QList<IssuedDocument>& issued)
{
    QList<W> out;
    const FactSheet mine = draft.facts();
    compareFacts(mine, factSheetOf(incident, draft.lang), tr("the incident record"), 0, draft.lang, &out);
    for (const IssuedDocument& d : issued)
        compareFacts(mine, d.facts(), docName(d), d.id, draft.lang, &out);

    // Counts written in the text, e.g. a narrative that still says 約6,400名 after the count became 6,312.
    const QSet<qint64> counts = knownCounts(incident);
    QSet<QString> reported;
    for (const CountMention& m : countsIn(draft.plainText)) {
        if (counts.contains(m.count) || m.count == 1000 || reported.contains(m.text))
            continue;
        reported.insert(m.text);
        out.append({W::Kind::Count,
                    tr("The text mentions \"%1\", which matches no people count in the incident "
                       "record.")
                        .arg(m.text),
                    0});
    }
    // Phone numbers and e-mail addresses that are not the contact desk's.
    static const QRegularExpression phone(QStringLiteral("0\\d{1,4}-\\d{1,4}-\\d{3,4}"));
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    QSet<QString> seen;
    for (auto it = phone.globalMatch(draft.plainText); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (digitsOnly(p) != digitsOnly(incident.org.desk.phone) && !seen.contains(p)) {
            seen.insert(p);
            out.append({W::Kind::ContactDesk,
                        tr("The text gives the phone number %1, which is not the contact desk's (%2).")
                            .arg(p, incident.org.desk.phone),
                        0});
        }
    }
    for (auto it = email.globalMatch(draft.plainText); it.hasNext();) {
        const QString e = it.next().captured(0);
        if (e.compare(incident.org.desk.email.trimmed(), Qt::CaseInsensitive) != 0 && !seen.contains(e)) {
            seen.insert(e);
            out.append({W::Kind::ContactDesk,
                        tr("The text gives the e-mail address %1, which is not the contact desk's.").arg(e),
                        0});
        }
    }
    // A 確報 should leave nothing under investigation; what is still unknown goes in a later 追完.
    if (draft.kind == FilingKind::PpcReport && draft.stage != ReportStage::Preliminary) {
        for (const QJsonValue& v : draft.content.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("unknown")).toBool())
                out.append(
                    {W::Kind::StillUnknown,
                     tr("Item %1 (%2) is still under investigation: report it by 追完 once it is known.")
                         .arg(item.value(QStringLiteral("number")).toInt())
                         .arg(item.value(QStringLiteral("title")).toString()),
                     0});
        }
    }
    // The document speaks as of its own date (asofcheck.h).
    out += AsOfCheck::check(draft, incident);
    // Each reader only what is theirs (confidentialitycheck.h).
    for (const QString& message :
         ConfidentialityCheck::check(incident, draft.audience, filingSurfaces(draft)))
        out.append({W::Kind::Confidential, message, 0, W::Severity::Error});
    return out;
}

} // namespace bd
