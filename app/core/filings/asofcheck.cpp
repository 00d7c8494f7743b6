#include "asofcheck.h"

#include "datementions.h"

#include <QSet>

namespace bd {

namespace {

using W = ConsistencyWarning;

constexpr qsizetype ExcerptChars = 16;  // either side of a mention, so that the officer finds the sentence
constexpr qsizetype SentenceChars = 80; // how far a sentence is searched for plan or deadline words

bool endsSentence(QChar c)
{
    return c == u'。' || c == u'\n' || c == u'\r' || c == u'．';
}

// The sentence around [position, position + length), at most SentenceChars either side.
QStringView sentenceAround(QStringView text, qsizetype position, qsizetype length)
{
    qsizetype start = position;
    while (start > 0 && position - start < SentenceChars && !endsSentence(text[start - 1]))
        --start;
    qsizetype end = position + length;
    while (end < text.size() && end - position < SentenceChars && !endsSentence(text[end]))
        ++end;
    return text.sliced(start, end - start);
}

// A date given as a plan or a deadline, not as something that happened: a word right before or after it
// (by 28 October, 10月28日までに, 10月28日以降), or a plan word in its sentence (予定, scheduled …).
bool statesPlanOrDeadline(QStringView text, qsizetype position, qsizetype length)
{
    const QStringView before = text.sliced(0, position).right(SentenceChars).trimmed();
    for (const QStringView word : {QStringView(u" by"), QStringView(u"until"), QStringView(u"no later than"),
                                   QStringView(u"before"), QStringView(u"scheduled for")})
        if (before.endsWith(word, Qt::CaseInsensitive))
            return true;
    const QStringView after = text.sliced(position + length).left(SentenceChars).trimmed();
    for (const QStringView word : {QStringView(u"まで"), QStringView(u"以降"), QStringView(u"頃"),
                                   QStringView(u"ごろ"), QStringView(u"を目途"), QStringView(u"を目処")})
        if (after.startsWith(word))
            return true;
    const QStringView sentence = sentenceAround(text, position, length);
    for (const QStringView word :
         {QStringView(u"予定"), QStringView(u"見込"), QStringView(u"期限"), QStringView(u"scheduled"),
          QStringView(u"expect"), QStringView(u"deadline"), QStringView(u" will ")})
        if (sentence.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

QString excerpt(QStringView text, qsizetype position, qsizetype length)
{
    const qsizetype start = std::max<qsizetype>(0, position - ExcerptChars);
    const qsizetype end = std::min(text.size(), position + length + ExcerptChars);
    QString out = text.sliced(start, end - start).toString().simplified();
    if (start > 0)
        out.prepend(QStringLiteral("…"));
    if (end < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The event's wording as a document would copy it: its first sentence, without spaces (the rendering
// indents and wraps), or "" when too short to tell it from ordinary words.
QString eventWording(const TimelineEvent& e, Lang lang)
{
    QString text = (lang == Lang::Ja ? e.textJa : e.textEn).trimmed();
    if (text.isEmpty())
        text = (lang == Lang::Ja ? e.textEn : e.textJa).trimmed();
    for (const QChar stop : {u'。', u'.'}) {
        const qsizetype at = text.indexOf(stop);
        if (at > 0)
            text.truncate(at);
    }
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text.size() >= 8 ? text : QString();
}

} // namespace

QList<ConsistencyWarning> AsOfCheck::check(const FilingDraft& draft, const Incident& incident)
{
    QList<W> out;
    const QDate asOf = draft.date;
    if (!asOf.isValid())
        return out;
    const QStringView text(draft.plainText);

    QSet<QString> reported;
    for (const DateMention& m : findDateMentions(text, asOf)) {
        if (m.firstDay() <= asOf)
            continue;
        const QString written = text.sliced(m.position, m.length).toString();
        if (reported.contains(written))
            continue;
        reported.insert(written);
        const QString where = excerpt(text, m.position, m.length);
        const QString year =
            m.yearWritten
                ? QString()
                : QLatin1Char(' ') + tr("The year is not written and was read as %1: write it if another "
                                        "year is meant.")
                                         .arg(m.date.year());
        if (!m.yearFromText)
            out.append(
                {W::Kind::LaterDate,
                 tr("The text mentions %1 without a year, read as %2, after this document's date %3: "
                    "\"%4\". If it means that day, it contradicts the document's date; if a yearly day, "
                    "nothing needs changing.")
                     .arg(written, iso(m.date), iso(asOf), where),
                 0, W::Severity::Warning});
        else if (statesPlanOrDeadline(text, m.position, m.length))
            out.append({W::Kind::LaterDate,
                        tr("The text gives %1 (%2) as a plan or deadline, after this document's date %3: "
                           "\"%4\". Check that it is meant as one.")
                                .arg(written, iso(m.date), iso(asOf), where) +
                            year,
                        0, W::Severity::Warning});
        else
            out.append({W::Kind::LaterDate,
                        tr("The text mentions %1 (%2), after this document's date %3: \"%4\". A document "
                           "speaks as of its own date: change the text or the document's date.")
                                .arg(written, iso(m.date), iso(asOf), where) +
                            year,
                        0, W::Severity::Error});
    }

    // A timeline event after the document's date, copied into its text.
    QString compact = draft.plainText;
    compact.removeIf([](QChar c) { return c.isSpace(); });
    for (const TimelineEvent& e : incident.timeline) {
        if (!e.at.isValid() || e.at.date() <= asOf)
            continue;
        const QString wording = eventWording(e, draft.lang);
        if (!wording.isEmpty() && compact.contains(wording, Qt::CaseInsensitive))
            out.append({W::Kind::LaterEvent,
                        tr("The text includes the timeline event of %1 (\"%2\"), which is after this "
                           "document's date %3. A document speaks as of its own date: take it out or change "
                           "the document's date.")
                            .arg(iso(e.at.date()), wording, iso(asOf)),
                        0, W::Severity::Error});
    }

    // "As of" an earlier day: the reader takes it that nothing is known since.
    for (const AsOfPhrase& p : findAsOfPhrases(text, asOf)) {
        if (p.mention.lastDay() >= asOf)
            continue;
        out.append({W::Kind::AsOfDate,
                    tr("The text speaks as of %1 (\"%2\") but the document is dated %3. If it still holds, "
                       "write 「本日時点において」 (\"as of the date of this document\"); otherwise keep the "
                       "earlier date on purpose.")
                        .arg(iso(p.mention.date), text.sliced(p.position, p.length).toString(), iso(asOf)),
                    0, W::Severity::Warning});
    }
    return out;
}

QList<ConsistencyWarning> AsOfCheck::errors(const FilingDraft& draft, const Incident& incident)
{
    QList<W> out = check(draft, incident);
    out.removeIf([](const W& w) { return w.severity != W::Severity::Error; });
    return out;
}

} // namespace bd
