// Shared by the filings suites: the worked example of domain.md §5 (the demo incident, which carries its
// facts and narratives), the officer's decision on trigger 2, and a workspace with the demo imported.
#pragma once

#include "database.h"
#include "datementions.h"
#include "decision.h"
#include "incidentjson.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "outputtestsupport.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace bd::test {

inline IncidentDocumentData workedExample()
{
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    if (!IncidentJson::fromBytes(IncidentTransfer::demoIncidentJson(), &data, &errors))
        qFatal("The demo incident does not parse: %s", qPrintable(errors.value(0).text()));
    return data;
}

// Bank-account details alone: trigger 2 does not apply (PPC FAQ Q14-8, domain.md §5).
inline QList<Decision> workedExampleDecisions()
{
    return {Decision{
        QStringLiteral("JP-T2"), false, QStringLiteral("口座番号のみ。認証情報・カード番号は含まれない。"),
        QDateTime(QDate(2024, 9, 1), QTime(10, 0), QTimeZone(9 * 3600)), QStringLiteral("officer")}};
}

inline QDateTime jstAt(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(9 * 3600));
}

// The demo incident's narratives are written as of its 続報 (2024-11-01): they tell of the 確報 of 2024-10-18
// and the 続報. A document dated earlier cannot be issued with them (asofcheck.h); the officer words them as
// of that day first. This does what the officer would: it leaves out each sentence that tells of a day after
// `date`.
inline QString sentencesAsOf(const QString& text, const QDate& date)
{
    QList<qsizetype> cuts; // the sentence ends
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == u'。' || text.at(i) == u'\n' ||
            (text.at(i) == u'.' && text.mid(i + 1, 1) == QStringLiteral(" ")))
            cuts << i + 1;
    cuts << text.size();
    const QList<DateMention> mentions = findDateMentions(text, date);
    QString out;
    qsizetype start = 0;
    for (const qsizetype end : cuts) {
        bool later = false;
        for (const DateMention& m : mentions)
            later = later || (m.position >= start && m.position < end && m.firstDay() > date);
        if (!later)
            out += text.mid(start, end - start);
        start = end;
    }
    return out;
}

inline void narrativesAsOf(Incident& incident, const QDate& date)
{
    for (Narrative& n : incident.narratives) {
        n.textJa = sentencesAsOf(n.textJa, date);
        n.textEn = sentencesAsOf(n.textEn, date);
    }
}

// A workspace in a temporary directory with the demo incident imported.
struct DemoWorkspace
{
    QTemporaryDir dir;
    Database db;
    qint64 incidentId = 0;

    bool open()
    {
        StorageError error;
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("ws.breachdesk")), &error))
            return false;
        const std::optional<qint64> id = IncidentTransfer(db).ensureDemoIncident(&error);
        incidentId = id.value_or(0);
        return incidentId != 0;
    }

    // narrativesAsOf() on the stored incident.
    bool narrativesAsOf(const QDate& date)
    {
        StorageError error;
        IncidentRepository incidents(db);
        const std::optional<Incident> incident = incidents.load(incidentId, &error);
        if (!incident)
            return false;
        for (const Narrative& n : incident->narratives) {
            const Narrative edited = n.edited(Lang::Ja, sentencesAsOf(n.textJa, date))
                                         .edited(Lang::En, sentencesAsOf(n.textEn, date));
            if (edited.textJa != n.textJa || edited.textEn != n.textEn)
                if (!incidents.setNarrative(incidentId, edited, &error))
                    return false;
        }
        return true;
    }
};

} // namespace bd::test
