// The public notice must not identify anyone: recipients' names and e-mail addresses are found in its text.
#include "filingfixtures.h"
#include "identitycheck.h"
#include "incidentrepository.h"
#include "noticecontexts.h"
#include "recipientrepository.h"

using namespace bd;
using namespace bd::test;

class TestIdentityCheck : public QObject
{
    Q_OBJECT

private slots:
    void matcherRules()
    {
        IdentityMatcher m;
        Recipient taro;
        taro.id = 1;
        taro.name = QStringLiteral("山田　太郎 様");
        taro.email = QStringLiteral("Taro.Yamada@Example.jp");
        m.add(taro, QStringLiteral("employees"));
        Recipient shortName;
        shortName.id = 2;
        shortName.name = QStringLiteral("林"); // one character: would match ordinary words
        m.add(shortName, QStringLiteral("employees"));
        Recipient latin;
        latin.id = 3;
        latin.name = QStringLiteral("Anna Berg");
        m.add(latin, QStringLiteral("candidates"));
        QCOMPARE(m.size(), 3);

        const QString text = QStringLiteral(
            "森林の管理について。山田 太郎氏から taro.yamada@example.jp に連絡。Annabergstraße。");
        const QList<IdentityHit> hits = m.find(text);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).field, QStringLiteral("name"));
        QCOMPARE(hits.at(0).matched, QStringLiteral("山田 太郎"));
        QCOMPARE(hits.at(0).position, text.indexOf(QStringLiteral("山田")));
        QCOMPARE(hits.at(1).field, QStringLiteral("email"));
        QCOMPARE(hits.at(1).matched, QStringLiteral("taro.yamada@example.jp"));
        QVERIFY(
            !hits.at(0).message().contains(QStringLiteral("山田"))); // the message carries no personal data
        QCOMPARE(m.find(QStringLiteral("Contact Anna  Berg today")).size(), 1);
        QCOMPARE(m.find(QStringLiteral("ＹＡＭＡＤＡ：taro.yamada＠example.jp")).size(), 1); // full width
    }

    void publicNoticeAgainstTheWorkspace()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        RecipientRepository recipients(ws.db);
        QVERIFY(recipients.ensureBuiltinGroups(ws.incidentId, &error));
        const std::optional<RecipientGroup> employees =
            recipients.groupByKey(ws.incidentId, QStringLiteral("employees"), &error);
        QVERIFY(employees);
        Recipient r;
        r.name = QStringLiteral("佐藤　花子");
        r.email = QStringLiteral("hanako.sato@example.jp");
        QList<Recipient> people{r};
        QVERIFY2(recipients.insertMany(employees->id, people, QStringLiteral("test.csv"), &error),
                 qPrintable(error.text()));

        IdentityMatcher matcher;
        QVERIFY(IdentityMatcher::fromWorkspace(ws.db, ws.incidentId, &matcher, &error));

        IncidentRepository incidents(ws.db);
        Incident incident = *incidents.load(ws.incidentId, &error);
        PublicNoticeOptions o;
        o.date = QDate(2024, 10, 7);
        const FilingDraft clean = draftPublicNotice(incident, {}, o);
        QVERIFY(clean.isValid());
        QVERIFY(matcher.find(clean.plainText).isEmpty());

        for (Narrative& n : incident.narratives)
            if (n.section == NarrativeSection::Summary)
                n.textJa += QStringLiteral(
                    "\n従業員の佐藤 花子（hanako.sato@example.jp）が最初に異常に気付きました。");
        const FilingDraft leaky = draftPublicNotice(incident, {}, o);
        const QList<IdentityHit> hits = matcher.find(leaky.plainText);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).groupKey, QStringLiteral("employees"));
        QCOMPARE(hits.at(0).recipientId, people.first().id);
    }
};

QTEST_MAIN(TestIdentityCheck)
#include "tst_identitycheck.moc"
