#include "columnmapping.h"
#include "recipientexport.h"

#include <QJsonDocument>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TstColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessField_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field"); // empty: not a fixed field

        const QList<std::pair<QString, QStringList>> table{
            {u"name"_s,
             {u"氏名"_s, u"名前"_s, u"お名前"_s, u"Name"_s, u"Full name"_s, u"FULL NAME"_s, u"ＮＡＭＥ"_s,
              u" 氏 名 "_s, u"氏名（漢字）"_s, u"氏名※"_s, u"担当者氏名"_s, u"姓"_s, u"名"_s}},
            {u"kana"_s,
             {u"フリガナ"_s, u"ふりがな"_s, u"カナ"_s, u"氏名カナ"_s, u"ﾌﾘｶﾞﾅ"_s, u"氏名(カナ)"_s,
              u"Furigana"_s, u"Name (kana)"_s, u"セイ"_s}},
            {u"organisation"_s,
             {u"会社名"_s, u"所属会社"_s, u"勤務先"_s, u"Company"_s, u"Organisation"_s, u"Organization"_s,
              u"取引先会社名"_s}},
            {u"department"_s, {u"部署"_s, u"所属部署"_s, u"Department"_s, u"部署名"_s}},
            {u"title"_s, {u"役職"_s, u"肩書"_s, u"肩書き"_s, u"Title"_s, u"Job title"_s}},
            {u"postcode"_s,
             {u"郵便番号"_s, u"〒"_s, u"Postcode"_s, u"ZIP"_s, u"zip code"_s, u"Postal Code"_s}},
            {u"address"_s,
             {u"住所"_s, u"Address"_s, u"住所1"_s, u"住所２"_s, u"送付先住所"_s, u"Address line 2"_s}},
            {u"email"_s,
             {u"メール"_s, u"メールアドレス"_s, u"E-mail"_s, u"Ｅメール"_s, u"email"_s, u"E-Mail Address"_s,
              u"連絡先メールアドレス"_s}},
            {u"phone"_s,
             {u"電話"_s, u"電話番号"_s, u"TEL"_s, u"Tel."_s, u"Phone"_s, u"携帯電話番号"_s, u"ＴＥＬ"_s}},
            {u"language"_s, {u"言語"_s, u"Language"_s, u"使用言語"_s}},
            {QString(), {u"社員番号"_s, u"備考"_s, u"Notes"_s, u""_s, u"入社日"_s, u"メール送信可否"_s}},
        };
        for (const auto& [field, headers] : table) {
            for (const QString& h : headers)
                QTest::newRow(qPrintable(field + u" <- "_s + h)) << h << field;
        }
    }

    void guessField()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const auto guessed = ColumnMapping::guessField(header);
        QCOMPARE(guessed ? recipientFieldKey(*guessed) : QString(), field);
    }

    void guessWholeHeader()
    {
        const QStringList header{u"社員番号"_s,       u"姓"_s,    u"名"_s,
                                 u"メールアドレス"_s, u"住所1"_s, u"住所2"_s,
                                 u"Email"_s,          u""_s,      u"備考"_s};
        const ColumnMapping m = ColumnMapping::guess(header);
        QCOMPARE(m.columnCount(), header.size());
        QCOMPARE(m.field(0), u"custom:社員番号"_s);
        QCOMPARE(m.columnsFor(u"name"), (QList<int>{1, 2}));
        QCOMPARE(m.columnsFor(u"email"), QList<int>{3});
        QCOMPARE(m.columnsFor(u"address"), (QList<int>{4, 5}));
        QCOMPARE(m.field(6), u"custom:Email"_s); // e-mail takes one column: the first
        QCOMPARE(m.field(7), QString());         // empty header: ignored
        QCOMPARE(m.field(8), u"custom:備考"_s);
        QVERIFY(m.validate().isEmpty());
    }

    void exportHeadersMapBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void exportHeadersMapBack()
    {
        QFETCH(QString, language);
        const QStringList keys = recipientExportKeys({u"社員番号"_s});
        const ColumnMapping m = ColumnMapping::guess(recipientExportHeader(keys, language));
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(m.field(i), keys[i]);
    }

    void validate()
    {
        ColumnMapping m(3);
        m.setField(0, u"email"_s);
        m.setField(1, u"email"_s);
        m.setField(2, u"bogus"_s);
        const QStringList errors = m.validate();
        QCOMPARE(errors.size(), 3); // no name, e-mail twice, unknown key

        ColumnMapping organisations(1);
        organisations.setField(0, u"organisation"_s);
        QVERIFY(organisations.validate(true).isEmpty());
        QCOMPARE(organisations.validate(false).size(), 1);
    }

    void json()
    {
        const QStringList header{u"氏名"_s, u"メール"_s, u"コード"_s, u"メモ"_s};
        ColumnMapping m = ColumnMapping::guess(header);
        m.setField(2, u"phone"_s); // the user's choice
        m.setField(3, QString());  // ignored
        const QJsonObject json = m.toJson(header);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);

        // Through text, as stored per group.
        const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(ColumnMapping::fromJson(stored, header), m);

        // A later file with the columns moved, spelled differently, and one new column.
        const QStringList later{u"ＭＥＭＯ"_s, u"メ ー ル"_s, u"新しい列"_s,
                                u"コード"_s,   u"氏名"_s,     u"メモ"_s};
        const ColumnMapping applied = ColumnMapping::fromJson(stored, later);
        QCOMPARE(applied.field(0), u"custom:ＭＥＭＯ"_s); // not remembered: guessed
        QCOMPARE(applied.field(1), u"email"_s);
        QCOMPARE(applied.field(2), u"custom:新しい列"_s);
        QCOMPARE(applied.field(3), u"phone"_s);
        QCOMPARE(applied.field(4), u"name"_s);
        QCOMPARE(applied.field(5), QString());
    }

    void spec()
    {
        const QStringList header{u"氏名"_s, u"メール"_s, u"連絡先"_s, u"住所1"_s, u"住所2"_s, u"備考"_s};
        const ColumnMapping base = ColumnMapping::guess(header);
        QString error;
        auto m = ColumnMapping::fromSpec(u"email=連絡先, phone=2,address=4+5,ignore=備考,custom:区分=1"_s,
                                         header, base, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->field(0), u"custom:区分"_s);
        QCOMPARE(m->field(1), u"phone"_s);
        QCOMPARE(m->field(2), u"email"_s);
        QCOMPARE(m->columnsFor(u"address"), (QList<int>{3, 4}));
        QCOMPARE(m->field(5), QString());

        // Starting from nothing.
        m = ColumnMapping::fromSpec(u"name=1"_s, header, ColumnMapping(), &error);
        QVERIFY(m.has_value());
        QCOMPARE(m->field(0), u"name"_s);
        QCOMPARE(m->field(1), QString());

        QVERIFY(!ColumnMapping::fromSpec(u"nmae=1"_s, header, base, &error));
        QVERIFY(error.contains(u"nmae"));
        QVERIFY(!ColumnMapping::fromSpec(u"name=7"_s, header, base, &error));
        QVERIFY(!ColumnMapping::fromSpec(u"name=存在しない"_s, header, base, &error));
        QVERIFY(!ColumnMapping::fromSpec(u"name"_s, header, base, &error));
    }
};

QTEST_GUILESS_MAIN(TstColumnMapping)
#include "tst_columnmapping.moc"
