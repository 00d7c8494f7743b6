// How a letter speaks to its reader (app/core/drafting/letterwording.h) and what the document context hands
// the templates from it: plain words for what happened, advice per data item, narratives without apologies
// and in the document's date style, full-width spaces in Japanese names, the free-dial note.
#include "draftingfixtures.h"
#include "letterwording.h"

#include <QtTest>

using namespace bd;
using namespace bd::test;

namespace {

EventStates states(EventCertainty leak, EventCertainty loss, EventCertainty damage)
{
    EventStates s;
    s.leak = leak;
    s.loss = loss;
    s.damage = damage;
    return s;
}

QStringList adviceTexts(const DocumentContext& context)
{
    QStringList texts;
    const MustacheData* list = context.find(QStringLiteral("advice"));
    if (!list || !list->is_list())
        return texts;
    for (const MustacheData& entry : list->list_value())
        texts << QString::fromStdString(entry.get("text")->string_value());
    return texts;
}

} // namespace

class TestLetterWording : public QObject
{
    Q_OBJECT
private slots:
    void plainEvent_data();
    void plainEvent();
    void advice_perItem();
    void apologies_leaveTheFacts();
    void datesInEra_westernYearsOnly();
    void nameSpacing();
    void englishLabels();
    void freeDial();
    void context_letterForIndividuals();
    void context_freeDialWithoutAbroadNumberIsNoted();
    void context_filingsKeepTheirNarratives();
};

void TestLetterWording::plainEvent_data()
{
    using C = EventCertainty;
    QTest::addColumn<int>("leak");
    QTest::addColumn<int>("loss");
    QTest::addColumn<int>("damage");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    QTest::newRow("ransomware: encrypted, maybe leaked")
        << int(C::Possible) << int(C::No) << int(C::Occurred) << int(CauseKind::Ransomware)
        << QStringLiteral("暗号化されて利用できない状態となり、外部に流出したおそれがある")
        << QStringLiteral("was encrypted by ransomware and may have been leaked");
    QTest::newRow("leak possible") << int(C::Possible) << int(C::No) << int(C::No)
                                   << int(CauseKind::UnauthorisedAccess)
                                   << QStringLiteral("外部に流出したおそれがある")
                                   << QStringLiteral("may have been leaked");
    QTest::newRow("leak occurred") << int(C::Occurred) << int(C::No) << int(C::No)
                                   << int(CauseKind::Misdelivery) << QStringLiteral("外部に流出した")
                                   << QStringLiteral("was leaked");
    QTest::newRow("stolen: lost, maybe leaked")
        << int(C::Possible) << int(C::Occurred) << int(C::No) << int(CauseKind::LossOrTheft)
        << QStringLiteral("失われ、外部に流出したおそれがある")
        << QStringLiteral("was lost and may have been leaked");
    QTest::newRow("two possible") << int(C::Possible) << int(C::Possible) << int(C::No)
                                  << int(CauseKind::Other)
                                  << QStringLiteral("外部に流出し、又は失われたおそれがある")
                                  << QStringLiteral("may have been leaked or lost");
    QTest::newRow("none") << int(C::No) << int(C::No) << int(C::No) << int(CauseKind::Other) << QString()
                          << QString();
}

void TestLetterWording::plainEvent()
{
    QFETCH(int, leak);
    QFETCH(int, loss);
    QFETCH(int, damage);
    QFETCH(int, cause);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    const EventStates s = states(EventCertainty(leak), EventCertainty(loss), EventCertainty(damage));
    QCOMPARE(plainEventPredicate(s, Lang::Ja, CauseKind(cause)), ja);
    QCOMPARE(plainEventPredicate(s, Lang::En, CauseKind(cause)), en);
    QVERIFY(!plainEventPredicate(s, Lang::Ja, CauseKind(cause)).contains(QStringLiteral("漏えい")));
    QVERIFY(!plainEventPredicate(s, Lang::Ja, CauseKind(cause)).contains(QStringLiteral("毀損")));
}

void TestLetterWording::advice_perItem()
{
    QCOMPARE(
        itemAdvice(QStringLiteral("bank_account"), Lang::Ja)
            .contains(QStringLiteral(
                "身に覚えのない入出金がないかご確認のうえ、不審な点はお取引の金融機関にご相談ください。")),
        true);
    QVERIFY(itemAdvice(QStringLiteral("email"), Lang::Ja).contains(QStringLiteral("フィッシングメール")));
    QCOMPARE(itemAdvice(QStringLiteral("email"), Lang::En),
             itemAdvice(QStringLiteral("work_email"), Lang::En));
    // Health data: no advice of our own invention, a contact for questions.
    QVERIFY(itemAdvice(QStringLiteral("health_checkup"), Lang::Ja)
                .contains(QStringLiteral("お問い合わせください")));
    QVERIFY(
        itemAdvice(QStringLiteral("health_checkup"), Lang::En).contains(QStringLiteral("please contact us")));
    QVERIFY(itemAdvice(QStringLiteral("name"), Lang::Ja).isEmpty());
    QVERIFY(itemAdvice(QStringLiteral("no_such_item"), Lang::En).isEmpty());
    for (const DataItem& item : builtinDataItems()) {
        const QString ja = itemAdvice(item.key, Lang::Ja), en = itemAdvice(item.key, Lang::En);
        QCOMPARE(ja.isEmpty(), en.isEmpty());
        QVERIFY2(!en.contains(QStringLiteral("ize")), qPrintable(en));
        if (item.sensitive)
            QVERIFY2(!ja.isEmpty(), qPrintable(item.key)); // at least where to ask
        if (item.financialRisk)
            QVERIFY2(!ja.isEmpty(), qPrintable(item.key));
    }
}

void TestLetterWording::apologies_leaveTheFacts()
{
    QCOMPARE(withoutApologies(
                 QStringLiteral("サーバが暗号化されました。皆様にご迷惑をおかけし、深くお詫び申し上げます。調"
                                "査を続けております。\n関係者の皆様に心よりお詫び申し上げます。")),
             QStringLiteral("サーバが暗号化されました。調査を続けております。"));
    QCOMPARE(withoutApologies(
                 QStringLiteral("A laptop was stolen. We sincerely apologise for the worry this causes. "
                                "We reported it to the police.\nWe are deeply sorry.")),
             QStringLiteral("A laptop was stolen. We reported it to the police."));
    const QString facts = QStringLiteral("2024年9月2日、ファイルを発見いたしました。\n・EDRの導入");
    QCOMPARE(withoutApologies(facts), facts);
}

void TestLetterWording::datesInEra_westernYearsOnly()
{
    QCOMPARE(
        datesInEra(
            QStringLiteral("2024年8月29日午前、…同年9月2日、…2019年5月1日、2019年4月30日、2024年10月")),
        QStringLiteral("令和6年8月29日午前、…同年9月2日、…令和元年5月1日、平成31年4月30日、令和6年10月"));
    QCOMPARE(datesInEra(QStringLiteral("10月18日と2024/10/18")), QStringLiteral("10月18日と2024/10/18"));
    QCOMPARE(datesInEra(QStringLiteral("1,800名、2024年度")), QStringLiteral("1,800名、2024年度"));
}

void TestLetterWording::nameSpacing()
{
    QCOMPARE(japaneseNameSpacing(QStringLiteral("代表取締役 浜田 誠")),
             QStringLiteral("代表取締役　浜田　誠"));
    QCOMPARE(japaneseNameSpacing(QStringLiteral(" 山田　 太郎 ")), QStringLiteral("山田　太郎"));
    QCOMPARE(japaneseNameSpacing(QStringLiteral("John  Smith")), QStringLiteral("John Smith"));
    QCOMPARE(japaneseNameSpacing(QStringLiteral("ABC 営業部")), QStringLiteral("ABC　営業部"));
    QCOMPARE(englishNameSpacing(QStringLiteral("山田　太郎")), QStringLiteral("山田 太郎"));
    QCOMPARE(englishNameSpacing(QStringLiteral("  Emma   Clarke ")), QStringLiteral("Emma Clarke"));
}

void TestLetterWording::englishLabels()
{
    QCOMPARE(englishLabelInSentence(QStringLiteral("Bank account details")),
             QStringLiteral("bank account details"));
    QCOMPARE(englishLabelInSentence(QStringLiteral("E-mail address")), QStringLiteral("e-mail address"));
    QCOMPARE(englishLabelInSentence(QStringLiteral("Name (kana)")), QStringLiteral("name (kana)"));
    QCOMPARE(englishLabelInSentence(QStringLiteral("Login ID and password")),
             QStringLiteral("login ID and password"));
    QCOMPARE(englishLabelInSentence(QStringLiteral("Individual Number (My Number)")),
             QStringLiteral("Individual Number (My Number)"));
    QCOMPARE(englishLabelInSentence(QStringLiteral("HR records such as attendance")),
             QStringLiteral("HR records such as attendance"));
}

void TestLetterWording::freeDial()
{
    QVERIFY(isFreeDial(QStringLiteral("0120-000-123")));
    QVERIFY(isFreeDial(QStringLiteral("０８００－０００－４５６７")));
    QVERIFY(isFreeDial(QStringLiteral("+81 120 000 123")));
    QVERIFY(!isFreeDial(QStringLiteral("03-0000-0123")));
    QVERIFY(!isFreeDial(QStringLiteral("+81-3-0000-0123")));
    QVERIFY(!isFreeDial(QString()));
}

void TestLetterWording::context_letterForIndividuals()
{
    const IncidentDocumentData demo = demoIncidentData();
    const DocumentContextBuilder ja(demo.incident, demo.customItems, groupFor(QStringLiteral("employees")),
                                    optionsFor(Lang::Ja, DateStyle::Wareki));
    const DocumentContext c = ja.build(person());
    QCOMPARE(c.text(QStringLiteral("incident.plain_phrase")),
             QStringLiteral("暗号化されて利用できない状態となり、外部に流出したおそれがある"));
    QCOMPARE(c.text(QStringLiteral("recipient.honorific_name")), QStringLiteral("山田　太郎　様"));
    QCOMPARE(c.text(QStringLiteral("org.representative")), QStringLiteral("代表取締役　浜田　誠"));
    QVERIFY(!c.isEmpty(QStringLiteral("desk.free_dial")));
    QCOMPARE(c.text(QStringLiteral("desk.phone_abroad")), QStringLiteral("+81-3-0000-0123"));
    // The narratives hold facts in 和暦, without the apology the letter makes itself.
    const QString summary = c.text(QStringLiteral("narrative.summary"));
    QVERIFY2(summary.contains(QStringLiteral("令和6年8月29日午前")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("2024年")));
    QVERIFY(!summary.contains(QStringLiteral("お詫び")));
    QVERIFY(
        c.text(QStringLiteral("narrative.secondary_harm")).contains(QStringLiteral("令和6年11月1日現在")));
    QStringList advice = adviceTexts(c);
    QVERIFY(advice.size() >= 3);
    QCOMPARE(advice.removeDuplicates(), 0);
    QVERIFY(advice.join(QString()).contains(QStringLiteral("身に覚えのない入出金")));

    const DocumentContextBuilder en(demo.incident, demo.customItems,
                                    groupFor(QStringLiteral("business_contacts")), optionsFor(Lang::En));
    Recipient contact = person();
    contact.name = QStringLiteral("Lucas  Martin");
    contact.organisation = QStringLiteral("Cosmo Denki K.K.");
    contact.department = QStringLiteral("General Affairs Dept.");
    contact.title = QStringLiteral("Manager");
    const DocumentContext e = en.build(contact);
    QCOMPARE(e.text(QStringLiteral("recipient.addressee")),
             QStringLiteral("Lucas Martin\nManager\nGeneral Affairs Dept.\nCosmo Denki K.K."));
    QCOMPARE(e.text(QStringLiteral("recipient.salutation")), QStringLiteral("Dear Lucas Martin,"));
    QCOMPARE(e.text(QStringLiteral("recipient.valediction")), QStringLiteral("Yours sincerely,"));
    QCOMPARE(e.text(QStringLiteral("incident.plain_phrase")),
             QStringLiteral("was encrypted by ransomware and may have been leaked"));
    QVERIFY(!e.text(QStringLiteral("narrative.summary")).contains(QStringLiteral("apologise")));

    const DocumentContextBuilder clients(demo.incident, demo.customItems,
                                         groupFor(QString::fromLatin1(ConsignorClientsGroupKey)),
                                         optionsFor(Lang::En));
    const DocumentContext k = clients.build(consignorClient());
    QCOMPARE(k.text(QStringLiteral("recipient.salutation")), QStringLiteral("Dear Sir or Madam,"));
    QCOMPARE(k.text(QStringLiteral("recipient.valediction")), QStringLiteral("Yours faithfully,"));
    QCOMPARE(k.text(QStringLiteral("recipient.addressee")),
             QStringLiteral("個人情報保護管理部\nしおさい損害保険株式会社"));
}

void TestLetterWording::context_freeDialWithoutAbroadNumberIsNoted()
{
    IncidentDocumentData demo = demoIncidentData();
    demo.incident.org.desk.phoneAbroad.clear();
    const DocumentContext c =
        DocumentContextBuilder(demo.incident, demo.customItems, groupFor(QStringLiteral("employees")),
                               optionsFor(Lang::Ja))
            .build(person());
    QVERIFY(std::any_of(c.notes.cbegin(), c.notes.cend(), [](const Problem& p) {
        return p.placeholder == QLatin1String("desk.phone") && p.message.contains(QStringLiteral("abroad"));
    }));
    demo.incident.org.desk.phone = QStringLiteral("03-0000-0123");
    const DocumentContext d =
        DocumentContextBuilder(demo.incident, demo.customItems, groupFor(QStringLiteral("employees")),
                               optionsFor(Lang::Ja))
            .build(person());
    QVERIFY(d.isEmpty(QStringLiteral("desk.free_dial")));
    QVERIFY(std::none_of(d.notes.cbegin(), d.notes.cend(),
                         [](const Problem& p) { return p.placeholder == QLatin1String("desk.phone"); }));
}

// A filing (no recipient group) keeps its narratives as written: the apology stripping is for letters only.
void TestLetterWording::context_filingsKeepTheirNarratives()
{
    const IncidentDocumentData demo = demoIncidentData();
    DocumentOptions options = optionsFor(Lang::Ja);
    options.audience = QString::fromLatin1(Audience::Public);
    const DocumentContext c =
        DocumentContextBuilder(demo.incident, demo.customItems, DocumentGroup(), options).build();
    QVERIFY(c.text(QStringLiteral("narrative.summary")).contains(QStringLiteral("お詫び")));
}

QTEST_GUILESS_MAIN(TestLetterWording)
#include "tst_letterwording.moc"
