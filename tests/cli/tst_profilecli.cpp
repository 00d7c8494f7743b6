// company-profile: prints the workspace's company profile as JSON; --set changes the fields a file names,
// and refuses a wrong file whole (file, key and why); the PPC report names the reporter it records.
#include "clitestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileCli : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_workspace = m_dir.filePath(QStringLiteral("ws%1.breachdesk").arg(++m_count)); }
    void setAndShow();
    void wrongFileRefusedWhole();
    void ppcReportNamesTheReporterAndIndustry();

private:
    test::CliResult run(const QStringList& args) const
    {
        return test::runBreachdesk(
            m_dir.path(),
            QStringList{args.constFirst(), QStringLiteral("--workspace"), m_workspace} + args.mid(1));
    }
    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
    QString m_workspace;
    int m_count = 0;
};

void TestProfileCli::setAndShow()
{
    QCOMPARE(run({QStringLiteral("list-incidents"), QStringLiteral("--create")}).exitCode, 0);
    const QString file =
        write(QStringLiteral("p.json"), QStringLiteral(R"({"org_name_ja": "株式会社東和損害調査",
             "reporter_department_ja": "総務部", "reporter_phone": "03-0000-2222", "pmark_holder": true})")
                                            .toUtf8());
    test::CliResult r = run({QStringLiteral("company-profile"), QStringLiteral("--set"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("company-profile")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("org_name_ja")).toString(), QStringLiteral("株式会社東和損害調査"));
    QCOMPARE(shown.value(QStringLiteral("reporter_department_ja")).toString(), QStringLiteral("総務部"));
    QCOMPARE(shown.value(QStringLiteral("pmark_holder")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("desk_phone")).toString(), QString());
}

void TestProfileCli::wrongFileRefusedWhole()
{
    QCOMPARE(run({QStringLiteral("list-incidents"), QStringLiteral("--create")}).exitCode, 0);
    const QString file = write(QStringLiteral("bad.json"),
                               R"({"org_name_ja": "正しい名称", "reporter_phon": "03", "pmark_holder": "yes",
                                   "letter_date_style": "showa"})");
    const test::CliResult r = run({QStringLiteral("company-profile"), QStringLiteral("--set"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("bad.json: reporter_phon: is not a field of the company profile")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.json: pmark_holder: must be true or false")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.json: letter_date_style: must be one of seireki, wareki")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Nothing was changed.")));
    // The good field in the same file was not saved either.
    const QJsonObject shown =
        QJsonDocument::fromJson(run({QStringLiteral("company-profile")}).out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("org_name_ja")).toString(), QString());
}

void TestProfileCli::ppcReportNamesTheReporterAndIndustry()
{
    QCOMPARE(
        run({QStringLiteral("import-incident"), QStringLiteral("--create"), QStringLiteral(BD_DEMO_JSON)})
            .exitCode,
        0);
    const QStringList draft{QStringLiteral("draft-filing"), QStringLiteral("--incident"),
                            QStringLiteral("INC-2024-003"), QStringLiteral("--kind"),
                            QStringLiteral("ppc_final"),    QStringLiteral("--date"),
                            QStringLiteral("2024-10-18"),   QStringLiteral("--text")};
    // Without a profile: the public desk, and the officer is told what the PPC will ask for.
    test::CliResult r = run(draft);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("direct line are not in the company profile")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("業種")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("電話（直通）")));

    const QString file =
        write(QStringLiteral("reporter.json"),
              QStringLiteral(R"({"industry_ja": "損害保険調査業", "reporter_department_ja": "総務部",
                                   "reporter_name_ja": "山田　花子", "reporter_phone": "03-0000-2222"})")
                  .toUtf8());
    QCOMPARE(run({QStringLiteral("company-profile"), QStringLiteral("--set"), file}).exitCode, 0);
    r = run(draft);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("業種")) && r.out.contains(QStringLiteral("損害保険調査業")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("総務部")) && r.out.contains(QStringLiteral("山田　花子")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("電話（直通）：03-0000-2222")), qPrintable(r.out));
    QVERIFY(!r.err.contains(QStringLiteral("direct line are not in the company profile")));
}

QTEST_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
