// The shipped templates: present in the resources, free of the rich-text traps, and — for the demo incident,
// in both languages — free of validation problems, naming the group's items, and laid out by QTextDocument
// with the text we wrote (全角スペース included).
#include "builtintemplates.h"
#include "draftingfixtures.h"
#include "templatevalidator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace bd;
using namespace bd::test;

namespace {

QString describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

struct Case
{
    QString kind;
    QString groupKey;
    QString channel;
    Recipient recipient;
};

QList<Case> cases()
{
    const QString letter = QString::fromLatin1(TemplateKind::LetterIndividual);
    const QString notice = QString::fromLatin1(TemplateKind::ConsignorNotice);
    const QString email = QString::fromLatin1(TemplateKind::CoverEmail);
    const QString consignors = QString::fromLatin1(ConsignorClientsGroupKey);
    return {
        {letter, QStringLiteral("employees"), QStringLiteral("post"), person()},
        {letter, QStringLiteral("candidates"), QStringLiteral("email"), person()},
        {letter, QStringLiteral("business_contacts"), QStringLiteral("email"), person()},
        {notice, consignors, QStringLiteral("post"), consignorClient()},
        {email, QStringLiteral("business_contacts"), QStringLiteral("email"), person()},
        {email, consignors, QStringLiteral("post"), consignorClient()},
    };
}

} // namespace

class TestBuiltinTemplates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resources_arePresentAndListedInQrc();
    void html_avoidsRichTextTraps();
    void demo_rendersWithoutProblems_data();
    void demo_rendersWithoutProblems();
    void japaneseLetter_layout();
    void englishLetter_californiaHeadings();
    void consignorNotice_onlyThatClientsData();
    void lookup_forRepository();

private:
    QString render(const QString& kind, Lang lang, const QString& groupKey, const QString& channel,
                   const Recipient& recipient, DateStyle style = DateStyle::Seireki) const;
    IncidentDocumentData m_demo;
};

void TestBuiltinTemplates::initTestCase()
{
    m_demo = demoIncidentData();
}

QString TestBuiltinTemplates::render(const QString& kind, Lang lang, const QString& groupKey,
                                     const QString& channel, const Recipient& recipient,
                                     DateStyle style) const
{
    const auto builtin = BuiltinTemplates::load(kind, langKey(lang));
    if (!builtin)
        return {};
    const DocumentContextBuilder builder(m_demo.incident, m_demo.customItems, groupFor(groupKey, channel),
                                         optionsFor(lang, style));
    return TemplateRenderer(builtin->body, BuiltinTemplates::format(kind)).render(builder.build(recipient));
}

void TestBuiltinTemplates::resources_arePresentAndListedInQrc()
{
    QFile qrc(QStringLiteral(BD_RESOURCES_DIR "/templates.qrc"));
    QVERIFY(qrc.open(QIODevice::ReadOnly));
    const QString listing = QString::fromUtf8(qrc.readAll());
    QCOMPARE(BuiltinTemplates::all().size(), 6);
    QCOMPARE(BuiltinTemplates::kinds().size(), 3);
    for (const BuiltinTemplateInfo& info : BuiltinTemplates::all()) {
        QFile file(info.resource);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(info.resource));
        QVERIFY(file.readAll().contains("{{"));
        const QString name = info.resource.mid(QStringLiteral(":/templates/").size());
        QVERIFY2(listing.contains(QStringLiteral("alias=\"%1\">templates/%1<").arg(name)), qPrintable(name));
        QCOMPARE(info.format, BuiltinTemplates::format(info.kind));
        QVERIFY(!BuiltinTemplates::kindTitle(info.kind).isEmpty());
    }
    QVERIFY(!BuiltinTemplates::load(QStringLiteral("no-such-kind"), QStringLiteral("ja")));
    QVERIFY(!BuiltinTemplates::load(QString::fromLatin1(TemplateKind::CoverEmail), QStringLiteral("fr")));
}

void TestBuiltinTemplates::html_avoidsRichTextTraps()
{
    const QRegularExpression pointsInBox(
        QStringLiteral("(margin|padding|text-indent)[a-z-]*\\s*:\\s*[0-9.]+\\s*(pt|mm|cm|em)"));
    for (const BuiltinTemplateInfo& info : BuiltinTemplates::all()) {
        if (info.format != TemplateFormat::Html)
            continue;
        const QString body = BuiltinTemplates::load(info.kind, langKey(info.lang))->body;
        QVERIFY2(!body.contains(QStringLiteral("text-align: justify")), qPrintable(info.resource));
        QVERIFY2(!pointsInBox.match(body).hasMatch(),
                 qPrintable(info.resource + pointsInBox.match(body).captured()));
        QVERIFY2(body.contains(QStringLiteral("font-family: 'Noto Serif CJK JP'")),
                 qPrintable(info.resource));
        // Japanese text is justified (the attribute, not CSS); English is set ragged right.
        QCOMPARE(body.contains(QStringLiteral("align=\"justify\"")), info.lang == Lang::Ja);
        QVERIFY(TemplateValidator::checkTemplate(body).isEmpty());
    }
}

void TestBuiltinTemplates::demo_rendersWithoutProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("lang");
    QTest::addColumn<QString>("groupKey");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("caseIndex");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i) {
        for (const Lang lang : {Lang::Ja, Lang::En}) {
            const Case& c = all.at(i);
            QTest::addRow("%s %s %s", qPrintable(c.kind), qPrintable(langKey(lang)), qPrintable(c.groupKey))
                << c.kind << int(lang) << c.groupKey << c.channel << i;
        }
    }
}

void TestBuiltinTemplates::demo_rendersWithoutProblems()
{
    QFETCH(QString, kind);
    QFETCH(int, lang);
    QFETCH(QString, groupKey);
    QFETCH(QString, channel);
    QFETCH(int, caseIndex);
    const Recipient recipient = cases().at(caseIndex).recipient;
    const auto builtin = BuiltinTemplates::load(kind, langKey(Lang(lang)));
    QVERIFY(builtin);
    for (const DateStyle style : {DateStyle::Seireki, DateStyle::Wareki}) {
        const DocumentContextBuilder builder(m_demo.incident, m_demo.customItems, groupFor(groupKey, channel),
                                             optionsFor(Lang(lang), style));
        const DocumentContext context = builder.build(recipient);
        const QList<Problem> problems = TemplateValidator::check(builtin->body, context);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

        const TemplateRenderer renderer(builtin->body, BuiltinTemplates::format(kind));
        QVERIFY(renderer.isValid());
        const QString out = renderer.render(context);
        QVERIFY(!out.contains(QStringLiteral("{{")));
        QString text = out;
        if (renderer.format() == TemplateFormat::Html) {
            QTextDocument doc;
            doc.setHtml(out);
            text = doc.toPlainText();
        }
        QVERIFY2(text.contains(context.text(QStringLiteral("org.name"))), qPrintable(text.left(300)));
        QVERIFY(text.contains(context.text(QStringLiteral("desk.phone"))));
        // The addressee: with its honorific in Japanese; in English as the address block or the salutation
        // writes it.
        if (Lang(lang) == Lang::Ja)
            QVERIFY(text.contains(context.text(QStringLiteral("recipient.honorific_name"))));
        else if (kind == QLatin1String(TemplateKind::CoverEmail))
            QVERIFY(text.contains(context.text(QStringLiteral("recipient.salutation"))));
        else
            QVERIFY(text.contains(context.text(QStringLiteral("recipient.addressee")).section(u'\n', 0, 0)));
        if (kind == QLatin1String(TemplateKind::CoverEmail))
            continue;
        QVERIFY(text.contains(context.text(QStringLiteral("dates.today"))));
        // The items of this group (or of this consignor's data sets), each label in the document's language.
        const QStringList labels =
            kind == QLatin1String(TemplateKind::ConsignorNotice)
                ? QStringList{Lang(lang) == Lang::Ja ? QStringLiteral("証券番号")
                                                     : QStringLiteral("Insurance policy number")}
                : context.text(QStringLiteral("group.items"))
                      .split(Lang(lang) == Lang::Ja ? QStringLiteral("、") : QStringLiteral(", "));
        QVERIFY(labels.size() >= 1 && !labels.first().isEmpty());
        // (An English letter writes them inside its sentence: "your name, address, …".)
        for (const QString& label : labels)
            QVERIFY2(text.contains(label, Lang(lang) == Lang::En ? Qt::CaseInsensitive : Qt::CaseSensitive),
                     qPrintable(label));
        // Multi-line narratives keep their line breaks.
        const QString summary = context.text(QStringLiteral("narrative.summary"));
        for (const QString& paragraph : summary.split(QLatin1Char('\n')))
            QVERIFY2(text.contains(paragraph), qPrintable(paragraph.left(40)));
    }
}

void TestBuiltinTemplates::japaneseLetter_layout()
{
    const QString html =
        render(QString::fromLatin1(TemplateKind::LetterIndividual), Lang::Ja, QStringLiteral("employees"),
               QStringLiteral("post"), person(), DateStyle::Wareki);
    QTextDocument doc;
    doc.setHtml(html);
    const QString text = doc.toPlainText();
    const QStringList inOrder = {
        QStringLiteral("令和6年12月25日"),
        QStringLiteral("〒105-0011"),
        QStringLiteral("山田　太郎　様"), // full-width spaces (white-space: pre-wrap keeps them)
        QStringLiteral("〒108-0099 東京都港区芝浦九丁目8番7号"), // the sender's address
        QStringLiteral("みなと損害鑑定株式会社"),
        QStringLiteral("代表取締役　浜田　誠"),
        QStringLiteral("不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ"),
        // No seasonal greeting in an apology: 拝啓, then what happened, in plain words, each kind with its
        // own certainty (the files were encrypted, a leak is possible).
        QStringLiteral(
            "拝啓　このたび、当社において、従業員・元従業員の皆様の個人情報が暗号化されて利用できない状"
            "態となり、外部に流出したおそれがあることが判明"),
        QStringLiteral("敬具"),
        QStringLiteral("記"),
        QStringLiteral("1. 概要"),
        QStringLiteral("2. 対象となる個人情報の項目"),
        QStringLiteral("健康診断情報（要配慮個人情報）"),
        QStringLiteral("（対象：従業員・元従業員　91名）"),
        QStringLiteral("3. 原因"),
        QStringLiteral("4. 二次被害の有無"),
        QStringLiteral("5. 当社の対応"),
        QStringLiteral("6. お願い"),
        QStringLiteral(
            "身に覚えのない入出金がないかご確認のうえ、不審な点はお取引の金融機関にご相談ください。"),
        QStringLiteral("7. お問い合わせ窓口"),
        QStringLiteral("みなと損害鑑定株式会社　個人情報に関するお問い合わせ窓口"),
        QStringLiteral("電話：0120-000-123（通話料無料）"),
        QStringLiteral("海外からおかけの場合：+81-3-0000-0123"),
        QStringLiteral("受付時間：平日 9:00～18:00（土日祝日・年末年始を除く）"),
        QStringLiteral("以上"),
    };
    qsizetype at = 0;
    for (const QString& part : inOrder) {
        const qsizetype found = text.indexOf(part, at);
        QVERIFY2(found >= 0, qPrintable(part));
        at = found + part.size();
    }
    QVERIFY(!text.contains(QStringLiteral("御中")));
    QVERIFY(!text.contains(QStringLiteral("時下")) && !text.contains(QStringLiteral("お慶び")));
    // Apologies in the opening and the closing, none among the facts after 記 (the summary's own apology is
    // left out there).
    QVERIFY(text.lastIndexOf(QStringLiteral("お詫び")) < text.indexOf(QStringLiteral("\n記\n")));
    // The advice to readers is 6. お願い's, by data item, each once.
    QCOMPARE(text.count(QStringLiteral("本件に便乗したフィッシングメールが届くおそれがあります。")), 1);

    // Every paragraph of a narrative starts one 全角 space in, the later ones as the first (the template adds
    // no text-indent of its own there, which would indent the first twice); the template's own paragraph in
    // the 記 block is indented by the same 14 px.
    int narratives = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(QStringLiteral("サーバ保守業者")) ||
            block.text().contains(QStringLiteral("ファイル転送ツール"))) {
            ++narratives;
            QCOMPARE(block.blockFormat().textIndent(), 0.0);
            const QStringList paragraphs = block.text().split(QChar::LineSeparator);
            QVERIFY(paragraphs.size() >= 2);
            for (const QString& paragraph : paragraphs)
                QVERIFY2(paragraph.startsWith(QChar(0x3000)) && !paragraph.at(1).isSpace(),
                         qPrintable(paragraph.left(20)));
        }
        if (block.text().startsWith(QStringLiteral("当社又は当社の関係者を装った")))
            QCOMPARE(block.blockFormat().textIndent(), 14.0);
    }
    QCOMPARE(narratives, 2);
}

void TestBuiltinTemplates::englishLetter_californiaHeadings()
{
    const QString html = render(QString::fromLatin1(TemplateKind::LetterIndividual), Lang::En,
                                QStringLiteral("business_contacts"), QStringLiteral("email"), person());
    QTextDocument doc;
    doc.setHtml(html);
    const QString text = doc.toPlainText();
    qsizetype at = 0;
    for (const QString& heading :
         {QStringLiteral("Notice of Data Breach"), QStringLiteral("What Happened"),
          QStringLiteral("What Information Was Involved"), QStringLiteral("What We Are Doing"),
          QStringLiteral("What You Can Do"), QStringLiteral("For More Information")}) {
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(heading));
        at = found + heading.size();
    }
    QVERIFY(text.contains(QStringLiteral("25 December 2024")));
    QVERIFY(
        text.contains(QStringLiteral("The information about you that may have been involved: your name, "
                                     "company name, job title, work e-mail address, work phone number.")));
    QVERIFY(!text.contains(QStringLiteral("勤務先メールアドレス")));
    // What You Can Do is the advice, said once; the narrative on secondary harm is part of What Happened.
    const QString canDo = text.section(QStringLiteral("What You Can Do"), 1)
                              .section(QStringLiteral("For More Information"), 0, 0);
    QVERIFY2(canDo.trimmed().startsWith(QStringLiteral("• You may receive phishing e-mails")),
             qPrintable(canDo));
    QCOMPARE(text.count(QStringLiteral("telephone calls")), 1);
    QVERIFY(text.indexOf(QStringLiteral("no secondary harm")) <
            text.indexOf(QStringLiteral("What Information")));
}

void TestBuiltinTemplates::consignorNotice_onlyThatClientsData()
{
    const QString consignors = QString::fromLatin1(ConsignorClientsGroupKey);
    QTextDocument doc;
    doc.setHtml(render(QString::fromLatin1(TemplateKind::ConsignorNotice), Lang::Ja, consignors,
                       QStringLiteral("post"), consignorClient()));
    const QString text = doc.toPlainText();
    QVERIFY(text.contains(QStringLiteral("しおさい損害保険株式会社　個人情報保護管理部　御中")));
    QVERIFY(!text.contains(QStringLiteral("様\n")));
    QVERIFY(text.contains(QStringLiteral("委託元のお客様（受託データ）：約1,800名")));
    QVERIFY(text.contains(QStringLiteral("施行規則第9条")));
    // The other client's data set (with its extra item) is not disclosed.
    QVERIFY(!text.contains(QStringLiteral("鑑定業務において委託される情報")));
    for (const QString& heading :
         {QStringLiteral("6. 本人への対応の実施状況"), QStringLiteral("7. 公表の実施状況"),
          QStringLiteral("8. 再発防止のための措置"), QStringLiteral("9. その他参考となる事項")})
        QVERIFY2(text.contains(heading), qPrintable(heading));

    Recipient aoba = consignorClient();
    aoba.organisation = QStringLiteral("あおば損害保険株式会社");
    doc.setHtml(render(QString::fromLatin1(TemplateKind::ConsignorNotice), Lang::En, consignors,
                       QStringLiteral("post"), aoba));
    const QString en = doc.toPlainText();
    QVERIFY(en.contains(QStringLiteral("Information entrusted for appraisal work")));
    QVERIFY(en.contains(QStringLiteral("Consignor clients' customers: under investigation")));
}

void TestBuiltinTemplates::lookup_forRepository()
{
    const BuiltinTemplateLookup lookup = BuiltinTemplates::lookup();
    const auto t = lookup(QString::fromLatin1(TemplateKind::LetterIndividual), QStringLiteral("en"));
    QVERIFY(t);
    QCOMPARE(t->version, 2);
    QVERIFY(t->body.contains(QStringLiteral("Notice of Data Breach")));
}

QTEST_MAIN(TestBuiltinTemplates)
#include "tst_builtintemplates.moc"
