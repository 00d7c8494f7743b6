// The letters read as written by a native writer (domain.md §11.4 and §11.5), checked on what a reader gets:
// `breachdesk export-letters --each` through the real executable, each PDF read back with Poppler. Two
// incidents: the demo (ransomware; 0120 number) and tests/data/incident/stolen-laptop.json (a stolen laptop;
// 0800 number, other data items, an apology in its summary, an unknown count).
#include "clitestsupport.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "recipientrepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

namespace {

using Result = test::CliResult;

const QString demoCode = QStringLiteral("INC-2024-003");
const QString laptopCode = QStringLiteral("INC-2025-014");

Recipient person(const QString& name, const QString& language, int row)
{
    Recipient r;
    r.name = name;
    r.postcode = QStringLiteral("1000001");
    r.address = QStringLiteral("東京都千代田区千代田九丁目9番9号");
    r.email = QStringLiteral("person%1@example.com").arg(row);
    r.language = language;
    r.sourceRow = row;
    return r;
}

// An English business contact: every one of them prints name, title, department and organisation.
Recipient businessContact(int i)
{
    static const QStringList names = {QStringLiteral("Lucas Martin"), QStringLiteral("Amelia Hughes"),
                                      QStringLiteral("Noah Fischer"), QStringLiteral("Chloé Dubois"),
                                      QStringLiteral("Hiroshi Sato")};
    static const QStringList companies = {QStringLiteral("Cosmo Denki K.K."),
                                          QStringLiteral("Northern Freight Ltd"),
                                          QStringLiteral("Blue Harbour Trading GmbH")};
    Recipient r;
    r.name = names.at(i % names.size()) + QStringLiteral(" %1").arg(QChar(QLatin1Char('A' + i % 26)));
    r.organisation = companies.at(i % companies.size());
    r.department = i % 4 == 3 ? QString() : QStringLiteral("General Affairs Dept. %1").arg(i);
    r.title = i % 3 == 2 ? QString() : QStringLiteral("Manager %1").arg(i);
    r.postcode = QStringLiteral("3365167");
    r.address = QStringLiteral("Unit %1, 5-1-13 Mihondai, Saitama").arg(i);
    r.email = QStringLiteral("contact%1@example.com").arg(i);
    r.language = QStringLiteral("en");
    r.sourceRow = i + 2;
    return r;
}

Recipient consignor(const QString& organisation, const QString& department, int row)
{
    Recipient r;
    r.organisation = organisation;
    r.department = department;
    r.postcode = QStringLiteral("1000005");
    r.address = QStringLiteral("東京都千代田区丸の内一丁目1番1号");
    r.sourceRow = row;
    return r;
}

struct Letter
{
    QString text;
    QString path;
};

QString pdfText(const QString& path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return {};
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text;
}

// Whether `parts` are printed one after another on a line of the PDF, set apart by full-width spaces: a PDF
// reader gives each part as a word of its own, and the gap between two is about one em (a half-width space
// would leave a quarter of one). The em is the word box's height over the CJK font's line height (1.437).
bool printedWithFullWidthSpaces(const QString& path, const QStringList& parts, QString* found)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return false;
    for (int p = 0; p < doc->numPages(); ++p) {
        const auto boxes = doc->page(p)->textList();
        for (std::size_t i = 0; i + std::size_t(parts.size()) <= boxes.size(); ++i) {
            bool same = true;
            for (qsizetype k = 0; k < parts.size() && same; ++k)
                same = boxes.at(i + k)->text() == parts.at(k);
            if (!same)
                continue;
            QStringList gaps;
            bool ok = true;
            for (qsizetype k = 0; k + 1 < parts.size(); ++k) {
                const QRectF a = boxes.at(i + k)->boundingBox(), b = boxes.at(i + k + 1)->boundingBox();
                const qreal em = a.height() / 1.437;
                const qreal gap = b.left() - a.right();
                gaps << QString::number(gap / em, 'f', 2);
                ok = ok && qAbs(a.top() - b.top()) < 1 && gap > 0.8 * em && gap < 1.3 * em;
            }
            *found = gaps.join(u' ');
            if (ok)
                return true;
        }
    }
    return false;
}

// Without the whitespace a PDF reader infers or drops (line breaks, spaces, U+3000).
QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// The text's lines, trimmed, without empty ones.
QStringList linesOf(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines << t;
    }
    return lines;
}

// Where 記 stands on its own line (the start of the facts), in the squeezed text; -1 when it does not.
qsizetype kiAt(const QString& text)
{
    const QStringList lines = linesOf(text);
    const qsizetype line = lines.indexOf(QStringLiteral("記"));
    if (line < 0)
        return -1;
    return squeezed(lines.mid(0, line).join(QString())).size();
}

QString describe(const Result& r)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
}

} // namespace

class TestLetterTextCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void japaneseLetter_data();
    void japaneseLetter();
    void japaneseConsignorNotice_data();
    void japaneseConsignorNotice();
    void englishLetter_data();
    void englishLetter();
    void englishBusinessLetters_printTheCompany_data();
    void englishBusinessLetters_printTheCompany();
    void englishConsignorNotice_data();
    void englishConsignorNotice();

private:
    // Each letter's text, keyed by recipient id, from `export-letters --each`.
    QHash<qint64, Letter> letters(const QString& code, const QString& group, const QStringList& options);
    void addRecipients(qint64 incidentId, const QString& group, QList<Recipient> recipients);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    int m_runs = 0;
};

void TestLetterTextCli::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    {
        Database db;
        StorageError error;
        QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
        QVERIFY2(IncidentTransfer(db).ensureDemoIncident(&error), qPrintable(error.text()));
    }
    const Result imported = test::runBreachdesk(
        m_dir->path(), {QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws,
                        QStringLiteral(BD_TEST_DATA_DIR "/incident/stolen-laptop.json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));

    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    IncidentRepository incidents(db);
    for (const QString& code : {demoCode, laptopCode}) {
        const auto id = incidents.findByCode(code, &error);
        QVERIFY2(id, qPrintable(code));
        QVERIFY2(RecipientRepository(db).ensureBuiltinGroups(*id, &error), qPrintable(error.text()));
        addRecipients(*id, QStringLiteral("employees"),
                      {person(QStringLiteral("山田 太郎"), QStringLiteral("ja"), 2),
                       person(QStringLiteral("Emma Clarke"), QStringLiteral("en"), 3)});
        addRecipients(*id, QStringLiteral("candidates"),
                      {person(QStringLiteral("月岡　さくら"), QStringLiteral("ja"), 2)});
        QList<Recipient> contacts;
        for (int i = 0; i < 12; ++i)
            contacts << businessContact(i);
        addRecipients(*id, QStringLiteral("business_contacts"), contacts);
    }
    const auto demo = incidents.findByCode(demoCode, &error);
    const auto laptop = incidents.findByCode(laptopCode, &error);
    addRecipients(
        *demo, QStringLiteral("consignor_clients"),
        {consignor(QStringLiteral("あおば損害保険株式会社"), QStringLiteral("個人情報保護管理室"), 2),
         consignor(QStringLiteral("しおさい損害保険株式会社"), QStringLiteral("コンプライアンス部"), 3)});
    addRecipients(*laptop, QStringLiteral("consignor_clients"),
                  {consignor(QStringLiteral("ひかり通信販売株式会社"), QStringLiteral("総務部"), 2)});
}

void TestLetterTextCli::addRecipients(qint64 incidentId, const QString& group, QList<Recipient> recipients)
{
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    RecipientRepository repo(db);
    const auto g = repo.groupByKey(incidentId, group, &error);
    QVERIFY2(g, qPrintable(group));
    QVERIFY2(repo.insertMany(g->id, recipients, group + QStringLiteral(".csv"), &error),
             qPrintable(error.text()));
}

QHash<qint64, Letter> TestLetterTextCli::letters(const QString& code, const QString& group,
                                                 const QStringList& options)
{
    QHash<qint64, Letter> texts;
    const QString dir = m_dir->filePath(QStringLiteral("out-%1").arg(++m_runs));
    const Result r =
        test::runBreachdesk(m_dir->path(),
                            QStringList{QStringLiteral("export-letters"), QStringLiteral("--workspace"), m_ws,
                                        QStringLiteral("--incident"), code, QStringLiteral("--group"), group,
                                        QStringLiteral("--each"), dir} +
                                options,
                            {{QStringLiteral("QT_QPA_PLATFORM"), QString()}}, 240000);
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return texts;
    }
    QFile file(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    const QJsonArray files = QJsonDocument::fromJson(file.readAll()).object().value(u"files").toArray();
    for (const QJsonValue& entry : files) {
        const QJsonObject o = entry.toObject();
        const QString path = QDir(dir).filePath(o.value(u"file").toString());
        texts.insert(qint64(o.value(u"recipient_id").toDouble()), Letter{pdfText(path), path});
    }
    return texts;
}

// What every Japanese letter and notice must be (domain.md §11.4): no seasonal greeting, apologies only
// before 記, one date style, the sender's address, the free-dial note and a number for callers abroad, one
// word for "under investigation", full-width spaces in names.
static void checkJapaneseConventions(const Letter& letter, const QString& date, bool wareki,
                                     const QString& senderAddress, const QString& phone,
                                     const QString& abroad, const QList<QStringList>& names)
{
    const QString& text = letter.text;
    const QString s = squeezed(text);
    QVERIFY2(s.contains(QStringLiteral("拝啓このたび、当社において")), qPrintable(text.left(600)));
    for (const QString& greeting :
         {QStringLiteral("時下"), QStringLiteral("ご清祥"), QStringLiteral("ご清栄"),
          QStringLiteral("お慶び"), QStringLiteral("平素は格別")})
        QVERIFY2(!s.contains(greeting), qPrintable(greeting));
    // Apologies in the opening and the closing, before 記; none among the facts.
    const qsizetype ki = kiAt(text);
    QVERIFY2(ki > 0, "記 on its own line");
    QVERIFY2(s.count(QStringLiteral("お詫び")) >= 2, qPrintable(text.left(800)));
    QVERIFY2(s.lastIndexOf(QStringLiteral("お詫び")) < ki, qPrintable(s.mid(ki, 1200)));
    QVERIFY(s.indexOf(QStringLiteral("以上")) > ki);
    // One date style.
    QVERIFY2(s.contains(squeezed(date)), qPrintable(date));
    static const QRegularExpression western(QStringLiteral("[0-9０-９]{4}年"));
    static const QRegularExpression era(QStringLiteral("(令和|平成)[0-9元]+年"));
    if (wareki)
        QVERIFY2(!western.match(s).hasMatch(),
                 qPrintable(s.mid(qMax(0, western.match(s).capturedStart() - 40), 80)));
    else
        QVERIFY2(!era.match(s).hasMatch(), qPrintable(era.match(s).captured()));
    // The sender's address in Japanese, in the sender's block (before the letter's title and 拝啓).
    const qsizetype address = s.indexOf(squeezed(senderAddress));
    QVERIFY2(address >= 0 && address < s.indexOf(QStringLiteral("拝啓")), qPrintable(senderAddress));
    // A free-dial number says so; callers abroad get a number they can dial.
    QVERIFY2(s.contains(phone + QStringLiteral("（通話料無料）")), qPrintable(phone));
    QVERIFY2(s.contains(QStringLiteral("海外からおかけの場合：") + abroad), qPrintable(abroad));
    // One word for what is still being investigated.
    QVERIFY(!s.contains(QStringLiteral("確認中")));
    QVERIFY(!s.contains(QStringLiteral("検討中")));
    // Names and their parts set apart by full-width spaces: the sender, the desk.
    for (const QStringList& name : names) {
        QString gaps;
        QVERIFY2(printedWithFullWidthSpaces(letter.path, name, &gaps),
                 qPrintable(name.join(u'|') + QStringLiteral(" gaps (em): ") + gaps));
    }
}

void TestLetterTextCli::japaneseLetter_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateText");
    QTest::addColumn<QStringList>("advice");
    QTest::addColumn<QStringList>("absent");
    const QString bank = QStringLiteral(
        "身に覚えのない入出金がないかご確認のうえ、不審な点はお取引の金融機関にご相談ください。");
    const QString phishing = QStringLiteral("本件に便乗したフィッシングメールが届くおそれがあります。");
    const QString health =
        QStringLiteral("ご不明な点やご不安な点がございましたら、下記の窓口までお問い合わせください。");
    QTest::newRow("demo employees, 和暦")
        << demoCode << QStringLiteral("employees") << QStringLiteral("wareki") << QStringLiteral("2024-12-25")
        << QStringLiteral("令和6年12月25日") << QStringList{bank, phishing, health} << QStringList{};
    QTest::newRow("demo candidates, 西暦")
        << demoCode << QStringLiteral("candidates") << QStringLiteral("seireki")
        << QStringLiteral("2024-12-25") << QStringLiteral("2024年12月25日") << QStringList{phishing}
        << QStringList{bank, health};
    QTest::newRow("stolen laptop employees, 和暦")
        << laptopCode << QStringLiteral("employees") << QStringLiteral("wareki")
        << QStringLiteral("2025-07-01") << QStringLiteral("令和7年7月1日")
        << QStringList{bank, health, QStringLiteral("お住まいの市区町村にご相談ください"),
                       QStringLiteral("なりすまし")}
        << QStringList{phishing};
}

void TestLetterTextCli::japaneseLetter()
{
    QFETCH(QString, code);
    QFETCH(QString, group);
    QFETCH(QString, style);
    QFETCH(QString, date);
    QFETCH(QString, dateText);
    QFETCH(QStringList, advice);
    QFETCH(QStringList, absent);
    const QHash<qint64, Letter> texts =
        letters(code, group,
                {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--date-style"), style,
                 QStringLiteral("--date"), date});
    QVERIFY(!texts.isEmpty());
    const bool demo = code == demoCode;
    const QList<QStringList> senderNames =
        demo
            ? QList<QStringList>{{QStringLiteral("代表取締役"), QStringLiteral("浜田"), QStringLiteral("誠")},
                                 {QStringLiteral("みなと損害鑑定株式会社"),
                                  QStringLiteral("個人情報に関するお問い合わせ窓口")}}
            : QList<QStringList>{
                  {QStringLiteral("代表取締役"), QStringLiteral("川口"), QStringLiteral("恵美")},
                  {QStringLiteral("あさひ会計サービス株式会社"), QStringLiteral("お客様相談室")}};
    for (const Letter& letter : texts) {
        const QString& text = letter.text;
        checkJapaneseConventions(letter, dateText, style == QLatin1String("wareki"),
                                 demo ? QStringLiteral("〒108-0099 東京都港区芝浦九丁目8番7号")
                                      : QStringLiteral("〒460-0099 愛知県名古屋市中区錦九丁目2番3号"),
                                 demo ? QStringLiteral("0120-000-123") : QStringLiteral("0800-000-4567"),
                                 demo ? QStringLiteral("+81-3-0000-0123") : QStringLiteral("+81-52-000-4567"),
                                 senderNames);
        if (QTest::currentTestFailed())
            return;
        const QString s = squeezed(text);
        // Plain words for individuals: what happened, not the terms of the Act.
        QVERIFY2(s.contains(QStringLiteral("外部に流出したおそれ")), qPrintable(text.left(800)));
        for (const QString& jargon : {QStringLiteral("毀損"), QStringLiteral("漏えい等"),
                                      QStringLiteral("個人データ"), QStringLiteral("滅失")})
            QVERIFY2(!s.contains(jargon), qPrintable(jargon));
        if (demo)
            QVERIFY(s.contains(
                QStringLiteral("個人情報が暗号化されて利用できない状態となり、外部に流出したおそれがある")));
        else
            QVERIFY(s.contains(QStringLiteral("個人情報が失われ、外部に流出したおそれがある")));
        // Advice for the data items this group's letters list, each once.
        for (const QString& a : advice)
            QVERIFY2(s.count(squeezed(a)) == 1, qPrintable(a));
        for (const QString& a : absent)
            QVERIFY2(!s.contains(squeezed(a)), qPrintable(a));
    }
    // The addressee: 「山田 太郎」 as imported is printed 「山田　太郎　様」, full-width spaces throughout.
    const QStringList addressee =
        group == QLatin1String("employees")
            ? QStringList{QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("様")}
            : QStringList{QStringLiteral("月岡"), QStringLiteral("さくら"), QStringLiteral("様")};
    bool found = false;
    QString gaps;
    for (const Letter& letter : texts)
        found = found || printedWithFullWidthSpaces(letter.path, addressee, &gaps);
    QVERIFY2(found, qPrintable(addressee.join(u'|') + QStringLiteral(" gaps (em): ") + gaps));
}

void TestLetterTextCli::japaneseConsignorNotice_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateText");
    QTest::newRow("demo, 和暦") << demoCode << QStringLiteral("wareki") << QStringLiteral("2024-12-25")
                                << QStringLiteral("令和6年12月25日");
    QTest::newRow("demo, 西暦") << demoCode << QStringLiteral("seireki") << QStringLiteral("2024-09-02")
                                << QStringLiteral("2024年9月2日");
    QTest::newRow("stolen laptop, 和暦") << laptopCode << QStringLiteral("wareki")
                                         << QStringLiteral("2025-07-01") << QStringLiteral("令和7年7月1日");
}

void TestLetterTextCli::japaneseConsignorNotice()
{
    QFETCH(QString, code);
    QFETCH(QString, style);
    QFETCH(QString, date);
    QFETCH(QString, dateText);
    const QHash<qint64, Letter> texts = letters(
        code, QStringLiteral("consignor_clients"),
        {QStringLiteral("--kind"), QStringLiteral("consignor"), QStringLiteral("--lang"),
         QStringLiteral("ja"), QStringLiteral("--date-style"), style, QStringLiteral("--date"), date});
    QCOMPARE(texts.size(), code == demoCode ? 2 : 1);
    const bool demo = code == demoCode;
    bool unknownCount = false;
    const QList<QStringList> senderNames =
        demo
            ? QList<QStringList>{{QStringLiteral("代表取締役"), QStringLiteral("浜田"), QStringLiteral("誠")},
                                 {QStringLiteral("みなと損害鑑定株式会社"),
                                  QStringLiteral("個人情報に関するお問い合わせ窓口")}}
            : QList<QStringList>{
                  {QStringLiteral("代表取締役"), QStringLiteral("川口"), QStringLiteral("恵美")},
                  {QStringLiteral("あさひ会計サービス株式会社"), QStringLiteral("お客様相談室")}};
    for (const Letter& letter : texts) {
        const QString& text = letter.text;
        checkJapaneseConventions(letter, dateText, style == QLatin1String("wareki"),
                                 demo ? QStringLiteral("〒108-0099 東京都港区芝浦九丁目8番7号")
                                      : QStringLiteral("〒460-0099 愛知県名古屋市中区錦九丁目2番3号"),
                                 demo ? QStringLiteral("0120-000-123") : QStringLiteral("0800-000-4567"),
                                 demo ? QStringLiteral("+81-3-0000-0123") : QStringLiteral("+81-52-000-4567"),
                                 senderNames);
        if (QTest::currentTestFailed())
            return;
        const QString s = squeezed(text);
        QVERIFY(
            s.contains(QStringLiteral("個人情報の保護に関する法律第26条第1項ただし書及び同法施行規則第9条")));
        QVERIFY(s.contains(QStringLiteral("御中")));
        // あおば's count is not known yet: 調査中.
        unknownCount = unknownCount || s.contains(QStringLiteral("委託元のお客様（受託データ）：調査中"));
        // The addressee: organisation, department and 御中 set apart by full-width spaces.
        QString gaps;
        const QStringList addressee =
            s.contains(QStringLiteral("あおば損害保険株式会社個人情報保護管理室御中"))
                ? QStringList{QStringLiteral("あおば損害保険株式会社"), QStringLiteral("個人情報保護管理室")}
            : s.contains(QStringLiteral("しおさい損害保険株式会社コンプライアンス部御中"))
                ? QStringList{QStringLiteral("しおさい損害保険株式会社"),
                              QStringLiteral("コンプライアンス部")}
                : QStringList{QStringLiteral("ひかり通信販売株式会社"), QStringLiteral("総務部")};
        QVERIFY2(
            printedWithFullWidthSpaces(letter.path, addressee + QStringList{QStringLiteral("御中")}, &gaps),
            qPrintable(addressee.join(u'|') + QStringLiteral(" gaps (em): ") + gaps));
    }
    QCOMPARE(unknownCount, demo);
}

// What every English letter must be (domain.md §11.5): British spelling throughout, the salutation and its
// matching close, the free-dial note and a number for callers abroad.
static void checkEnglishConventions(const QString& text, bool named, const QString& phone,
                                    const QString& abroad)
{
    const QStringList lines = linesOf(text);
    static const QRegularExpression american(
        QStringLiteral(
            "\\b(apologiz|organiz|authoriz|recogniz|realiz|minimiz|prioritiz|behavior|color\\b|center\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!american.match(text).hasMatch(), qPrintable(american.match(text).captured()));
    QVERIFY2(lines.contains(named ? QStringLiteral("Yours sincerely,") : QStringLiteral("Yours faithfully,")),
             qPrintable(text.right(600)));
    QVERIFY(
        !lines.contains(named ? QStringLiteral("Yours faithfully,") : QStringLiteral("Yours sincerely,")));
    QVERIFY(!lines.contains(QStringLiteral("Sincerely,")));
    if (!named)
        QVERIFY(lines.contains(QStringLiteral("Dear Sir or Madam,")));
    QVERIFY2(text.contains(QStringLiteral("Phone: %1 (toll-free within Japan)").arg(phone)),
             qPrintable(phone));
    QVERIFY2(text.contains(QStringLiteral("From outside Japan: ") + abroad), qPrintable(abroad));
    QVERIFY(!text.contains(QStringLiteral("still being confirmed")));
    QVERIFY(!text.contains(QStringLiteral("Under consideration")));
}

void TestLetterTextCli::englishLetter_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("involved");
    QTest::addColumn<QString>("police");
    QTest::addColumn<QStringList>("advice");
    const QString bank =
        QStringLiteral("Please check your bank account for any payments in or out that you do not recognise");
    QTest::newRow("demo")
        << demoCode
        << QStringLiteral("The information about you that may have been involved: your name, address, phone "
                          "number, e-mail address, career history")
        << QStringLiteral("reported the attack to the police")
        << QStringList{bank, QStringLiteral("You may receive phishing e-mails that exploit this incident"),
                       QStringLiteral("questions or concerns")};
    QTest::newRow("stolen laptop")
        << laptopCode
        << QStringLiteral("The information about you that may have been involved: your name, address, "
                          "Individual Number (My Number), bank account details")
        << QStringLiteral("reported the theft to the police")
        << QStringList{bank, QStringLiteral("Individual Number (My Number) is being misused"),
                       QStringLiteral("pose as you")};
}

void TestLetterTextCli::englishLetter()
{
    QFETCH(QString, code);
    QFETCH(QString, involved);
    QFETCH(QString, police);
    QFETCH(QStringList, advice);
    const QHash<qint64, Letter> texts = letters(code, QStringLiteral("employees"),
                                                {QStringLiteral("--lang"), QStringLiteral("en"),
                                                 QStringLiteral("--date"), QStringLiteral("2025-07-01")});
    QCOMPARE(texts.size(), 2);
    const bool demo = code == demoCode;
    for (const Letter& letter : texts) {
        const QString& text = letter.text;
        checkEnglishConventions(text, true,
                                demo ? QStringLiteral("0120-000-123") : QStringLiteral("0800-000-4567"),
                                demo ? QStringLiteral("+81-3-0000-0123") : QStringLiteral("+81-52-000-4567"));
        if (QTest::currentTestFailed())
            return;
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
        QVERIFY2(flat.contains(involved),
                 qPrintable(flat.mid(flat.indexOf(QStringLiteral("The information")), 300)));
        QVERIFY2(flat.contains(police), qPrintable(police));
        for (const QString& a : advice)
            QVERIFY2(flat.count(a) == 1, qPrintable(a));
        // The letter apologises in its opening and its closing; the facts do not repeat it.
        QCOMPARE(flat.count(QStringLiteral("apologise")), 2);
        QVERIFY(flat.contains(
            demo ? QStringLiteral("your personal information was encrypted by ransomware and may "
                                  "have been leaked")
                 : QStringLiteral("your personal information was lost and may have been leaked")));
    }
    QStringList salutations;
    for (const Letter& letter : texts)
        salutations << linesOf(letter.text).filter(QStringLiteral("Dear "));
    QVERIFY2(salutations.contains(QStringLiteral("Dear Emma Clarke,")), qPrintable(salutations.join(u'|')));
    QVERIFY2(salutations.contains(QStringLiteral("Dear 山田 太郎,")), qPrintable(salutations.join(u'|')));
}

void TestLetterTextCli::englishBusinessLetters_printTheCompany_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("demo") << demoCode;
    QTest::newRow("stolen laptop") << laptopCode;
}

// Every English letter to a business contact carries name, title, department and organisation, in that
// order, before the address (domain.md §11.5).
void TestLetterTextCli::englishBusinessLetters_printTheCompany()
{
    QFETCH(QString, code);
    const QHash<qint64, Letter> texts = letters(code, QStringLiteral("business_contacts"),
                                                {QStringLiteral("--lang"), QStringLiteral("auto"),
                                                 QStringLiteral("--date"), QStringLiteral("2025-07-01")});
    QCOMPARE(texts.size(), 12);
    QSet<QString> seen;
    for (const Letter& letter : texts) {
        const QString& text = letter.text;
        const QStringList lines = linesOf(text);
        // The contact this letter is for: the one whose name is the salutation.
        int found = -1;
        for (int i = 0; i < 12; ++i)
            if (lines.contains(QStringLiteral("Dear %1,").arg(businessContact(i).name)))
                found = i;
        QVERIFY2(found >= 0, qPrintable(text.left(600)));
        const Recipient r = businessContact(found);
        seen.insert(r.name);
        QStringList block = {r.name, r.title, r.department, r.organisation, r.address};
        block.removeAll(QString());
        const qsizetype at = lines.indexOf(r.name);
        QVERIFY2(at >= 0, qPrintable(r.name));
        QCOMPARE(lines.mid(at, block.size()), block);
        QVERIFY(lines.contains(QStringLiteral("Yours sincerely,")));
    }
    QCOMPARE(seen.size(), 12);
}

void TestLetterTextCli::englishConsignorNotice_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("demo") << demoCode;
    QTest::newRow("stolen laptop") << laptopCode;
}

void TestLetterTextCli::englishConsignorNotice()
{
    QFETCH(QString, code);
    const QHash<qint64, Letter> texts =
        letters(code, QStringLiteral("consignor_clients"),
                {QStringLiteral("--kind"), QStringLiteral("consignor"), QStringLiteral("--lang"),
                 QStringLiteral("en"), QStringLiteral("--date"), QStringLiteral("2025-07-01")});
    const bool demo = code == demoCode;
    QCOMPARE(texts.size(), demo ? 2 : 1);
    bool unknownCount = false;
    for (const Letter& letter : texts) {
        const QString& text = letter.text;
        checkEnglishConventions(text, false,
                                demo ? QStringLiteral("0120-000-123") : QStringLiteral("0800-000-4567"),
                                demo ? QStringLiteral("+81-3-0000-0123") : QStringLiteral("+81-52-000-4567"));
        if (QTest::currentTestFailed())
            return;
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
        // The consignor is the entrusting business operator; "principal" is the data subject in the official
        // translation of the Act, so it has no place here.
        QVERIFY2(flat.contains(QStringLiteral(
                     "the proviso to Article 26(1) of the Act and Article 9 of the Enforcement Rules")),
                 qPrintable(flat.left(1500)));
        QVERIFY(!flat.contains(QStringLiteral("principal"), Qt::CaseInsensitive));
        const QStringList lines = linesOf(text);
        const qsizetype dear = lines.indexOf(QStringLiteral("Dear Sir or Madam,"));
        QVERIFY(dear > 0);
        // The department, then the organisation, then the address, before the salutation.
        const qsizetype organisation = lines.indexOf(QRegularExpression(QStringLiteral(".*株式会社$")));
        QVERIFY2(organisation > 0 && organisation < dear, qPrintable(lines.mid(0, 12).join(u'|')));
        QVERIFY(lines.at(organisation - 1).endsWith(QStringLiteral("部")) ||
                lines.at(organisation - 1).endsWith(QStringLiteral("室")));
        QCOMPARE(lines.at(organisation + 1), QStringLiteral("東京都千代田区丸の内一丁目1番1号"));
        unknownCount = unknownCount ||
                       flat.contains(QStringLiteral("Consignor clients' customers: under investigation"));
    }
    QCOMPARE(unknownCount, demo);
}

QTEST_GUILESS_MAIN(TestLetterTextCli)
#include "tst_lettertextcli.moc"
