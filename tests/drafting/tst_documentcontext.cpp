// Honorifics and the context a template is rendered with: values in the document's language, dates in the
// chosen style, the group's items and counts, consignor data sets per client, and fallbacks reported.
#include "documentcontext.h"
#include "draftingfixtures.h"
#include "honorifics.h"
#include "placeholders.h"
#include "recipientrepository.h"

#include <QtTest>

using namespace bd;
using namespace bd::test;

class TestDocumentContext : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void honorific_data();
    void honorific();
    void honorific_neverBothOchuAndSama();
    void withoutHonorific_stripsTypedHonorifics();

    void employees_ja();
    void employees_wareki();
    void japaneseNarratives_indentEveryParagraph();
    void businessContacts_en();
    void everyTopLevelPlaceholder_isInTheContext();
    void emptyValues_areEmptyAndFalse();
    void englishMissing_fallsBackToJapaneseWithNote();
    void customItemWithoutEnglish_fallsBackWithNote();
    void consignor_dataSetsOfThatClientOnly();
    void consignor_unknownClient_hasNoDataSetsAndANote();
    void consignor_preview_takesTheFirstClient();
    void recipientValues_canBeReplaced();
    void recipientValues_withBidiControls_areIsolated();
    void groupFromRecipientGroup_linksByIds();

private:
    IncidentDocumentData m_demo;
};

void TestDocumentContext::initTestCase()
{
    m_demo = demoIncidentData();
}

void TestDocumentContext::honorific_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("organisations");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    const QString org = QStringLiteral("株式会社サンプル商事");
    QTest::newRow("person") << QStringLiteral("山田 太郎") << QString() << QString() << QString() << false
                            << QStringLiteral("山田　太郎　様") << QStringLiteral("山田 太郎");
    QTest::newRow("organisation") << QString() << org << QString() << QString() << true
                                  << QStringLiteral("株式会社サンプル商事　御中") << org;
    QTest::newRow("department of an organisation")
        << QString() << org << QStringLiteral("営業部") << QString() << true
        << QStringLiteral("株式会社サンプル商事　営業部　御中")
        << QStringLiteral("営業部, 株式会社サンプル商事");
    QTest::newRow("person at a company")
        << QStringLiteral("山田 太郎") << org << QStringLiteral("営業部") << QString() << false
        << QStringLiteral("株式会社サンプル商事　営業部　山田　太郎　様") << QStringLiteral("山田 太郎");
    QTest::newRow("person with title")
        << QStringLiteral("山田 太郎") << org << QStringLiteral("営業部") << QStringLiteral("部長") << true
        << QStringLiteral("株式会社サンプル商事　営業部　部長　山田　太郎　様")
        << QStringLiteral("山田 太郎");
    QTest::newRow("organisation in the name column") << org << QString() << QString() << QString() << true
                                                     << QStringLiteral("株式会社サンプル商事　御中") << org;
    QTest::newRow("typed honorific not doubled")
        << QStringLiteral("山田 太郎 様") << QString() << QString() << QString() << false
        << QStringLiteral("山田　太郎　様") << QStringLiteral("山田 太郎");
    QTest::newRow("typed 御中 dropped for a person")
        << QStringLiteral("山田 太郎") << QStringLiteral("株式会社サンプル商事 御中") << QString()
        << QString() << false << QStringLiteral("株式会社サンプル商事　山田　太郎　様")
        << QStringLiteral("山田 太郎");
    QTest::newRow("full-width spaces in Japanese, spaces in English")
        << QStringLiteral("山田　太郎") << QString() << QString() << QString() << false
        << QStringLiteral("山田　太郎　様") << QStringLiteral("山田 太郎");
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << false << QString()
                             << QString();
}

void TestDocumentContext::honorific()
{
    QFETCH(QString, name);
    QFETCH(QString, organisation);
    QFETCH(QString, department);
    QFETCH(QString, title);
    QFETCH(bool, organisations);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    Recipient r;
    r.name = name;
    r.organisation = organisation;
    r.department = department;
    r.title = title;
    QCOMPARE(honorificName(r, organisations, Lang::Ja), ja);
    QCOMPARE(honorificName(r, organisations, Lang::En), en);
}

void TestDocumentContext::honorific_neverBothOchuAndSama()
{
    const QStringList names = {QString(), QStringLiteral("山田 太郎"), QStringLiteral("山田 太郎 様"),
                               QStringLiteral("株式会社サンプル商事 御中")};
    const QStringList organisations = {QString(), QStringLiteral("株式会社サンプル商事"),
                                       QStringLiteral("株式会社サンプル商事 御中")};
    const QStringList departments = {QString(), QStringLiteral("営業部")};
    for (const QString& name : names) {
        for (const QString& organisation : organisations) {
            for (const QString& department : departments) {
                for (const bool orgGroup : {false, true}) {
                    Recipient r;
                    r.name = name;
                    r.organisation = organisation;
                    r.department = department;
                    const QString text = honorificName(r, orgGroup, Lang::Ja);
                    QVERIFY2(!(text.contains(QStringLiteral("御中")) && text.contains(QStringLiteral("様"))),
                             qPrintable(text));
                    QVERIFY2(text.count(QStringLiteral("様")) <= 1 && text.count(QStringLiteral("御中")) <= 1,
                             qPrintable(text));
                }
            }
        }
    }
}

void TestDocumentContext::withoutHonorific_stripsTypedHonorifics()
{
    QCOMPARE(withoutHonorific(QStringLiteral(" 山田 太郎 様 ")), QStringLiteral("山田 太郎"));
    QCOMPARE(withoutHonorific(QStringLiteral("株式会社サンプル 御中")), QStringLiteral("株式会社サンプル"));
    QCOMPARE(withoutHonorific(QStringLiteral("従業員各位")), QStringLiteral("従業員"));
    QCOMPARE(withoutHonorific(QStringLiteral("様")), QStringLiteral("様"));
}

void TestDocumentContext::employees_ja()
{
    const DocumentContextBuilder builder(m_demo.incident, m_demo.customItems,
                                         groupFor(QStringLiteral("employees")), optionsFor(Lang::Ja));
    QCOMPARE(builder.linkedDataSets().size(), 1);
    const DocumentContext c = builder.build(person());
    QCOMPARE(c.text(QStringLiteral("incident.title")),
             QStringLiteral("不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ"));
    QCOMPARE(c.text(QStringLiteral("incident.event")), QStringLiteral("漏えい及び毀損"));
    // 毀損 happened (the files were encrypted), so 漏えい等 as a whole is no longer only possible; each kind
    // keeps its own certainty in event_phrase.
    QVERIFY(!c.find(QStringLiteral("incident.possible"))->is_true());
    QCOMPARE(c.text(QStringLiteral("incident.event_phrase")),
             QStringLiteral("毀損が発生し、漏えいが発生したおそれがある"));
    QCOMPARE(c.text(QStringLiteral("incident.cause_kind")), QStringLiteral("ランサムウェア"));
    QCOMPARE(c.text(QStringLiteral("incident.people")),
             QStringLiteral("調査中")); // one consignor count unknown
    QCOMPARE(c.text(QStringLiteral("org.name")), QStringLiteral("みなと損害鑑定株式会社"));
    QCOMPARE(c.text(QStringLiteral("desk.phone")), QStringLiteral("0120-000-123"));
    QCOMPARE(c.text(QStringLiteral("dates.today")), QStringLiteral("2024年12月25日"));
    QCOMPARE(c.text(QStringLiteral("dates.today_weekday")), QStringLiteral("水"));
    QCOMPARE(c.text(QStringLiteral("dates.known_on")), QStringLiteral("2024年8月29日"));
    QCOMPARE(c.text(QStringLiteral("dates.known_on_weekday")), QStringLiteral("木"));
    QCOMPARE(c.text(QStringLiteral("dates.occurred")), QStringLiteral("2024年8月27日～8月29日"));
    QCOMPARE(c.text(QStringLiteral("dates.contained_on")), QStringLiteral("2024年8月30日"));
    QCOMPARE(c.text(QStringLiteral("group.label")), QStringLiteral("従業員・元従業員"));
    QCOMPARE(c.text(QStringLiteral("group.people")), QStringLiteral("91名"));
    QCOMPARE(c.text(QStringLiteral("group.items")),
             QStringLiteral(
                 "氏名、住所、電話番号、メールアドレス、経歴、社員番号、金融口座情報、勤怠等の人事情報、"
                 "健康診断情報、その他雇用管理に必要な情報"));
    const MustacheData* items = c.find(QStringLiteral("items"));
    QVERIFY(items && items->is_list());
    QCOMPARE(items->list_value().size(), std::size_t(10));
    QVERIFY(items->list_value().at(8).get("sensitive")->is_true()); // 健康診断情報 is 要配慮
    QVERIFY(items->list_value().back().get("last")->is_true());
    QVERIFY(items->list_value().front().get("last")->is_false());
    QVERIFY(c.text(QStringLiteral("narrative.summary")).startsWith(QStringLiteral("　2024年8月29日午前")));
    QCOMPARE(c.text(QStringLiteral("recipient.honorific_name")), QStringLiteral("山田　太郎　様"));
    QCOMPARE(c.text(QStringLiteral("recipient.postcode")), QStringLiteral("〒105-0011"));
    QVERIFY(c.hasRecipient);
    QCOMPARE(c.recipientId, qint64(7));
    QCOMPARE(c.sourceRow, 12);
    QVERIFY(c.notes.isEmpty());
}

void TestDocumentContext::employees_wareki()
{
    const DocumentContextBuilder builder(m_demo.incident, m_demo.customItems,
                                         groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::Ja, DateStyle::Wareki));
    const DocumentContext c = builder.build();
    QCOMPARE(c.text(QStringLiteral("dates.today")), QStringLiteral("令和6年12月25日"));
    QCOMPARE(c.text(QStringLiteral("dates.known_on")), QStringLiteral("令和6年8月29日"));
    QCOMPARE(c.text(QStringLiteral("dates.occurred")), QStringLiteral("令和6年8月27日～8月29日"));
}

void TestDocumentContext::japaneseNarratives_indentEveryParagraph()
{
    // Each paragraph of a Japanese narrative starts one 全角 space in (字下げ), the first as every later one;
    // list items, lines indented as typed, empty lines and the contact desk's address lines do not.
    Incident incident = m_demo.incident;
    for (Narrative& n : incident.narratives) {
        if (n.section == NarrativeSection::Prevention) {
            n.textJa = QStringLiteral("次の対策を講じました。\n・多要素認証の導入\n①監視の強化\n（1）教育\n\n"
                                      "　既に字下げした段落。\n2025年度も継続します。\nEnglish only.");
            n.textEn = QStringLiteral("We have:\n• introduced MFA.");
        }
    }
    const QString ja =
        QStringLiteral("　次の対策を講じました。\n・多要素認証の導入\n①監視の強化\n（1）教育\n\n"
                       "　既に字下げした段落。\n　2025年度も継続します。\nEnglish only.");
    const DocumentContextBuilder japanese(incident, {}, groupFor(QStringLiteral("employees")),
                                          optionsFor(Lang::Ja));
    const DocumentContext c = japanese.build();
    QCOMPARE(c.text(QStringLiteral("narrative.prevention")), ja);
    // The summary written for the people affected (three paragraphs, without the apology the letter makes).
    const QStringList summary = c.text(QStringLiteral("narrative.summary")).split(QLatin1Char('\n'));
    QCOMPARE(summary.size(), 3);
    for (const QString& paragraph : summary)
        QVERIFY2(paragraph.startsWith(QChar(0x3000)) && !paragraph.at(1).isSpace(), qPrintable(paragraph));
    for (const QString& line : c.text(QStringLiteral("narrative.contact_desk")).split(QLatin1Char('\n')))
        QVERIFY2(!line.startsWith(QChar(0x3000)), qPrintable(line));

    const DocumentContextBuilder english(incident, {}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::En));
    QCOMPARE(english.build().text(QStringLiteral("narrative.prevention")),
             QStringLiteral("We have:\n• introduced MFA."));
}

void TestDocumentContext::businessContacts_en()
{
    const DocumentContextBuilder builder(
        m_demo.incident, m_demo.customItems,
        groupFor(QStringLiteral("business_contacts"), QStringLiteral("email")), optionsFor(Lang::En));
    const DocumentContext c = builder.build(person());
    QCOMPARE(c.text(QStringLiteral("incident.title")),
             QStringLiteral("Apology and notice concerning a possible leak of personal information due to "
                            "unauthorised access"));
    QCOMPARE(c.text(QStringLiteral("incident.event")), QStringLiteral("leak and damage"));
    QCOMPARE(c.text(QStringLiteral("org.name")), QStringLiteral("Minato Loss Adjusters Co., Ltd."));
    QCOMPARE(c.text(QStringLiteral("dates.today")), QStringLiteral("25 December 2024"));
    QCOMPARE(c.text(QStringLiteral("dates.occurred")), QStringLiteral("27–29 August 2024"));
    QCOMPARE(c.text(QStringLiteral("group.label")), QStringLiteral("Business contacts"));
    QCOMPARE(c.text(QStringLiteral("group.people")), QStringLiteral("about 6,400 people"));
    QCOMPARE(c.text(QStringLiteral("group.items")),
             QStringLiteral("Name, Company name, Job title, Work e-mail address, Work phone number"));
    // An English letter spaces a name with spaces (full-width ones are for Japanese letters).
    QCOMPARE(c.text(QStringLiteral("recipient.honorific_name")), QStringLiteral("山田 太郎"));
    QCOMPARE(c.text(QStringLiteral("recipient.postcode")), QStringLiteral("105-0011"));
    QCOMPARE(c.channel, QStringLiteral("email"));
    QVERIFY(c.notes.isEmpty());
}

void TestDocumentContext::everyTopLevelPlaceholder_isInTheContext()
{
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        const DocumentContextBuilder builder(m_demo.incident, m_demo.customItems,
                                             groupFor(QString::fromLatin1(ConsignorClientsGroupKey)),
                                             optionsFor(lang));
        const DocumentContext c = builder.build(consignorClient());
        for (const Placeholder& p : placeholderCatalogue()) {
            if (!p.parent.isEmpty())
                continue;
            QVERIFY2(c.find(p.name), qPrintable(p.name));
        }
    }
}

void TestDocumentContext::emptyValues_areEmptyAndFalse()
{
    Incident incident = m_demo.incident;
    incident.org.desk.email.clear();
    incident.containedOn = QDate();
    const DocumentContextBuilder builder(incident, {}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::Ja));
    const DocumentContext c = builder.build();
    QVERIFY(c.isEmpty(QStringLiteral("desk.email")));
    QVERIFY(c.find(QStringLiteral("desk.email"))->is_false()); // so that {{#desk.email}} hides its line
    QVERIFY(c.isEmpty(QStringLiteral("dates.contained_on")));
    QVERIFY(c.isEmpty(QStringLiteral("recipient.address"))); // no recipient
    QVERIFY(c.isEmpty(QStringLiteral("no.such.thing")));
    QVERIFY(!c.isEmpty(QStringLiteral("desk.phone")));
    QVERIFY(!c.hasRecipient);
}

void TestDocumentContext::englishMissing_fallsBackToJapaneseWithNote()
{
    Incident incident = m_demo.incident;
    for (Narrative& n : incident.narratives)
        if (n.section == NarrativeSection::Summary)
            n.textEn.clear();
    incident.org.desk.hoursEn = QStringLiteral("  \n");
    const DocumentContextBuilder builder(incident, {}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::En));
    const DocumentContext c = builder.build();
    QVERIFY(c.text(QStringLiteral("narrative.summary")).startsWith(QStringLiteral("2024年8月29日午前")));
    QCOMPARE(c.text(QStringLiteral("desk.hours")),
             QStringLiteral("平日 9:00～18:00（土日祝日・年末年始を除く）"));
    QStringList placeholders;
    for (const Problem& n : c.notes) {
        QCOMPARE(n.kind, Problem::Kind::MissingTranslation);
        QCOMPARE(n.severity, Problem::Severity::Warning);
        placeholders << n.placeholder;
    }
    placeholders.sort();
    QCOMPARE(placeholders, (QStringList{QStringLiteral("desk.hours"), QStringLiteral("narrative.summary")}));
}

void TestDocumentContext::customItemWithoutEnglish_fallsBackWithNote()
{
    Incident incident = m_demo.incident;
    const DataItem custom{
        QStringLiteral("x_locker_no"), QStringLiteral("ロッカー番号"), QString(), false, false, false, true};
    for (DataSet& set : incident.dataSets)
        if (set.groupKey == QLatin1String("employees"))
            set.itemKeys << custom.key << QStringLiteral("x_unknown");
    const DocumentContextBuilder builder(incident, {custom}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::En));
    const DocumentContext c = builder.build();
    QVERIFY(c.text(QStringLiteral("group.items")).endsWith(QStringLiteral(", ロッカー番号, x_unknown")));
    QCOMPARE(c.notes.size(), 2);
    QCOMPARE(c.notes.at(0).placeholder, QStringLiteral("items"));
    QCOMPARE(c.notes.at(0).kind, Problem::Kind::MissingTranslation);
    QCOMPARE(c.notes.at(1).kind, Problem::Kind::Context);
}

void TestDocumentContext::consignor_dataSetsOfThatClientOnly()
{
    const DocumentContextBuilder builder(
        m_demo.incident, {}, groupFor(QString::fromLatin1(ConsignorClientsGroupKey)), optionsFor(Lang::Ja));
    QCOMPARE(builder.linkedDataSets().size(), 2);
    const DocumentContext c = builder.build(consignorClient());
    QCOMPARE(c.text(QStringLiteral("consignor.name")), QStringLiteral("しおさい損害保険株式会社"));
    QCOMPARE(c.text(QStringLiteral("recipient.honorific_name")),
             QStringLiteral("しおさい損害保険株式会社　個人情報保護管理部　御中"));
    const MustacheData* sets = c.find(QStringLiteral("consignor.data_sets"));
    QVERIFY(sets && sets->is_list());
    QCOMPARE(sets->list_value().size(), std::size_t(1));
    const MustacheData& set = sets->list_value().front();
    QCOMPARE(QString::fromStdString(set.get("people")->string_value()), QStringLiteral("約1,800名"));
    QCOMPARE(QString::fromStdString(set.get("group_label")->string_value()),
             QStringLiteral("委託元のお客様（受託データ）"));
    QCOMPARE(QString::fromStdString(set.get("item_list")->string_value()),
             QStringLiteral("氏名、住所、電話番号、証券番号、保険契約内容、事故概要"));
    QCOMPARE(set.get("items")->list_value().size(), std::size_t(6));

    // The other client, written with a full-width space and 様, and a count nobody knows yet.
    Recipient aoba = consignorClient();
    aoba.organisation = QStringLiteral("あおば損害保険　株式会社 様");
    const DocumentContext other = builder.build(aoba);
    const MustacheData* otherSets = other.find(QStringLiteral("consignor.data_sets"));
    QCOMPARE(otherSets->list_value().size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(otherSets->list_value().front().get("people")->string_value()),
             QStringLiteral("調査中"));
    QCOMPARE(other.text(QStringLiteral("consignor.name")), QStringLiteral("あおば損害保険株式会社"));
}

void TestDocumentContext::consignor_unknownClient_hasNoDataSetsAndANote()
{
    const DocumentContextBuilder builder(
        m_demo.incident, {}, groupFor(QString::fromLatin1(ConsignorClientsGroupKey)), optionsFor(Lang::Ja));
    Recipient stranger = consignorClient();
    stranger.organisation = QStringLiteral("かもめ生命保険株式会社");
    const DocumentContext c = builder.build(stranger);
    QVERIFY(c.isEmpty(QStringLiteral("consignor.data_sets")));
    QCOMPARE(c.notes.size(), 1);
    QCOMPARE(c.notes.first().placeholder, QStringLiteral("consignor.data_sets"));
}

void TestDocumentContext::consignor_preview_takesTheFirstClient()
{
    const DocumentContextBuilder builder(
        m_demo.incident, {}, groupFor(QString::fromLatin1(ConsignorClientsGroupKey)), optionsFor(Lang::Ja));
    const DocumentContext c = builder.build();
    QCOMPARE(c.text(QStringLiteral("consignor.name")), QStringLiteral("あおば損害保険株式会社"));
    QCOMPARE(c.find(QStringLiteral("consignor.data_sets"))->list_value().size(), std::size_t(1));
}

void TestDocumentContext::recipientValues_withBidiControls_areIsolated()
{
    // U+202E RIGHT-TO-LEFT OVERRIDE in a name would turn the rest of the letter's line around: the value is
    // printed between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. A value without controls is
    // untouched.
    Recipient r = person();
    r.name = QStringLiteral("山田\u202Eオハイオ");
    const DocumentContextBuilder builder(m_demo.incident, m_demo.customItems,
                                         groupFor(QStringLiteral("employees")), optionsFor(Lang::Ja));
    const DocumentContext c = builder.build(r);
    QCOMPARE(c.text(QStringLiteral("recipient.name")), QStringLiteral("\u2068山田\u202Eオハイオ\u2069"));
    QCOMPARE(c.text(QStringLiteral("recipient.honorific_name")),
             QStringLiteral("\u2068山田\u202Eオハイオ\u2069　様")); // 様 outside the isolate
    QCOMPARE(c.text(QStringLiteral("recipient.address")), QStringLiteral("東京都港区芝公園四丁目2番8号"));
}

void TestDocumentContext::recipientValues_canBeReplaced()
{
    const DocumentContextBuilder builder(
        m_demo.incident, {}, groupFor(QString::fromLatin1(ConsignorClientsGroupKey)), optionsFor(Lang::Ja));
    const QHash<QString, QString> values = builder.recipientValues(person());
    QStringList catalogueNames;
    for (const Placeholder& p : placeholderCatalogue())
        if (p.group == PlaceholderGroup::Recipient)
            catalogueNames << p.name;
    QStringList valueNames = values.keys();
    catalogueNames.sort();
    valueNames.sort();
    QCOMPARE(valueNames, catalogueNames);
    QCOMPARE(values.value(QStringLiteral("recipient.address")),
             QStringLiteral("東京都港区芝公園四丁目2番8号"));
    QHash<QString, QString> markers;
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        markers.insert(it.key(), QString(QChar(char16_t(0xE000 + i++))));
    const DocumentContext c = builder.buildWithRecipientValues(markers);
    QCOMPARE(c.text(QStringLiteral("recipient.name")), markers.value(QStringLiteral("recipient.name")));
    QVERIFY(c.isEmpty(QStringLiteral("consignor.data_sets"))); // per recipient: never another client's data
    QVERIFY(!c.hasRecipient);
}

void TestDocumentContext::groupFromRecipientGroup_linksByIds()
{
    Incident incident = m_demo.incident;
    for (int i = 0; i < incident.dataSets.size(); ++i)
        incident.dataSets[i].id = 100 + i;
    RecipientGroup rg;
    rg.key = QStringLiteral("custom_mix");
    rg.labelJa = QStringLiteral("特別なグループ");
    rg.labelEn = QStringLiteral("Special group");
    rg.channel = QStringLiteral("email");
    rg.dataSetIds = {102, 103}; // employees and candidates
    const DocumentGroup group = DocumentGroup::from(rg);
    QCOMPARE(group.channel, QStringLiteral("email"));
    const DocumentContextBuilder builder(incident, {}, group, optionsFor(Lang::Ja));
    QCOMPARE(builder.linkedDataSets().size(), 2);
    const DocumentContext c = builder.build();
    QCOMPARE(c.text(QStringLiteral("group.label")), QStringLiteral("特別なグループ"));
    QCOMPARE(c.text(QStringLiteral("group.people")), QStringLiteral("151名"));
    QVERIFY(c.text(QStringLiteral("group.items")).contains(QStringLiteral("その他採用活動に必要な情報")));

    rg.dataSetIds.clear(); // explicitly linked to nothing: not linked by key
    QVERIFY(DocumentContextBuilder(incident, {}, DocumentGroup::from(rg), optionsFor(Lang::Ja))
                .linkedDataSets()
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentContext)
#include "tst_documentcontext.moc"
