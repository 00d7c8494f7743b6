#pragma once

// Realistic letters and Poppler helpers shared by the output tests (and the letters benchmark).

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#ifdef BD_WITH_POPPLER
#include <poppler-qt6.h>

#include <memory>
#endif

namespace bd::test {

struct Addressee
{
    QString name;
    QString postcode = QStringLiteral("100-0001");
    QString address = QStringLiteral("東京都千代田区千代田一丁目1番1号");
};

// The characters Qt 6.4 puts wrongly into the text layer (design.md "Traps"), and friends.
inline const QString trickyCharacters = QStringLiteral("髙﨑①月日長西田一高金子山工心支用目立行走力");

// A Japanese 本人通知 of about one A4 page: title, 宛名 様, date, apology, a 記 block with numbered sections,
// 以上 and the sender. `extraSections` appends sections to make it run over several pages. Values are escaped
// here the way the Mustache renderer escapes them.
inline QString japaneseLetter(const Addressee& to, int extraSections = 0)
{
    const QString heading = QStringLiteral("<p style=\"font-family:'Noto Sans CJK JP'; font-weight:bold; "
                                           "margin-top:8px; margin-bottom:2px;\">%1</p>\n");
    const QString body = QStringLiteral(
        "<p align=\"justify\" style=\"margin-left:14px; margin-top:0; margin-bottom:0;\">%1</p>\n");
    QString html =
        QStringLiteral(
            "<html><body style=\"font-family:'Noto Serif CJK JP'; font-size:10.5pt;\">\n"
            "<p align=\"right\" style=\"margin-top:0;\">2024年10月25日</p>\n"
            "<p style=\"margin-bottom:4px;\">〒%1<br/>%2<br/>%3 様</p>\n"
            "<p align=\"right\" style=\"white-space:pre-wrap; "
            "margin-top:4px;\">株式会社サンプル西日本<br/>代表取締役社長　高山 金子</p>\n"
            "<p align=\"center\" style=\"font-family:'Noto Sans CJK JP'; font-size:13pt; font-weight:bold; "
            "margin-top:12px; "
            "margin-bottom:8px;\">不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ</p>\n"
            "<p align=\"justify\" style=\"margin-top:0; "
            "margin-bottom:4px;\">"
            "このたび、当社が運用するサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした"
            "おそれがあることが判明いたしました。お客様には多大なるご迷惑とご心配をおかけしますことを、心より"
            "深くお詫び申し上げ"
            "ます。以下のとおり、概要と当社の対応についてご報告いたします。</p>\n"
            "<p align=\"center\" style=\"margin-top:8px; margin-bottom:4px;\">記</p>\n")
            .arg(to.postcode.toHtmlEscaped(), to.address.toHtmlEscaped(), to.name.toHtmlEscaped());
    html += heading.arg(QStringLiteral("1. 概要")) +
            body.arg(QStringLiteral(
                "2024年8月29日、当社の業務用サーバーがランサムウェアに感染し、保存されていたデータが"
                "暗号化されました。同年9月2日には攻撃者から脅迫文が届き、データが外部に持ち出された"
                "おそれがあることが判明しました。"));
    html += heading.arg(QStringLiteral("2. 漏えい等のおそれがある個人情報の項目")) +
            body.arg(QStringLiteral(
                "氏名、住所、電話番号、生年月日、健康診断の結果、銀行口座情報（金融機関名・支店名・"
                "口座番号）"));
    html += heading.arg(QStringLiteral("3. 原因")) +
            body.arg(QStringLiteral(
                "外部から利用可能なVPN機器の脆弱性を悪用され、管理者の認証情報が窃取されました。"
                "工場の生産管理システムと人事システムが同一のネットワークにあったため、不正な通信の"
                "走査が社内全体に及びました。"));
    html += heading.arg(QStringLiteral("4. 二次被害の有無")) +
            body.arg(QStringLiteral(
                "現時点で二次被害は確認されておりません。当社を装った不審な電話やメールにご注意"
                "ください。"));
    html += heading.arg(QStringLiteral("5. 当社の対応")) +
            body.arg(QStringLiteral(
                "① 対象機器をネットワークから切り離し、対策本部を立ち上げました。② 個人情報保護"
                "委員会に報告し、警察に相談しました。③ 多要素認証の導入と監視の強化を進めています。"));
    for (int i = 0; i < extraSections; ++i) {
        html += heading.arg(QStringLiteral("補足 %1").arg(i + 1)) +
                body.arg(QStringLiteral(
                    "当社は、再発防止のため外部の専門機関の助言を受けながら、社内規程の見直し、従業員"
                    "教育の徹底、システムの監視体制の強化に全力で取り組んでまいります。ご不明な点がござい"
                    "ましたら、下記窓口までお問い合わせください。"));
    }
    html += heading.arg(QStringLiteral("6. お客様へのお願い")) +
            body.arg(QStringLiteral(
                "不審な連絡を受けた場合は、個人情報を伝えず、下記窓口までご連絡ください。ご協力を"
                "お願い申し上げます。"));
    html += heading.arg(QStringLiteral("7. お問い合わせ窓口")) +
            QStringLiteral("<p style=\"margin-left:14px; margin-top:0;\">株式会社サンプル西日本 "
                           "個人情報お問い合わせ窓口<br/>"
                           "電話：0120-000-000（受付時間：平日9時～18時）<br/>"
                           "URL：https://www.example.co.jp/security/incident-notice/2024/"
                           "ransomware-response-and-frequently-asked-questions.html</p>\n"
                           "<p align=\"right\" style=\"margin-top:4px;\">以上</p>\n</body></html>\n");
    return html;
}

// The English counterpart (shorter), with the headings US readers expect.
inline QString englishLetter(const Addressee& to)
{
    return QStringLiteral(
               "<html><body style=\"font-family:'Noto Serif CJK JP'; font-size:10.5pt;\">\n"
               "<p align=\"right\">October 25, 2024</p>\n<p>Dear %1,</p>\n"
               "<p align=\"center\" style=\"font-family:'Noto Sans CJK JP'; font-size:13pt; "
               "font-weight:bold;\">"
               "Notice of Data Breach</p>\n"
               "<p style=\"font-weight:bold;\">What Happened</p>\n<p align=\"justify\">On August 29, 2024 – "
               "a "
               "Thursday – we found that ransomware had encrypted one of our servers. On September 2 the "
               "attackers "
               "claimed to have copied ‘personnel files’.</p>\n"
               "<p style=\"font-weight:bold;\">What Information Was Involved</p>\n<p>Name, address, "
               "health-check "
               "results and bank account details.</p>\n"
               "<p style=\"font-weight:bold;\">For More Information</p>\n<p>Call 0120-000-000 or visit "
               "https://www.example.co.jp/security/incident-notice/2024/en/</p>\n"
               "<p>Sincerely,<br/>Sample West Japan Co., Ltd.</p>\n</body></html>\n")
        .arg(to.name.toHtmlEscaped());
}

// Sample recipients: ordinary, tricky (髙﨑, 𠮷), long and hostile names.
inline QStringList sampleNames()
{
    return {QStringLiteral("山田 太郎"), QStringLiteral("髙﨑 𠮷男"),
            QStringLiteral("西田 一心"), QStringLiteral("<script>alert(1)</script> & {{incident.title}}"),
            QStringLiteral("佐藤 花子"), QStringLiteral("Alexander Montgomery-Fitzwilliam")};
}

// Whitespace-insensitive form for comparing extracted text with what was written (line breaks and the spaces
// a PDF reader infers differ, and Poppler turns U+3000 into a space).
inline QString squeezed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\t') && c != QChar::LineSeparator && c != QChar::ParagraphSeparator &&
            c != QChar::Nbsp && c != QChar(0x3000))
            out.append(c);
    }
    return out;
}

#ifdef BD_WITH_POPPLER
inline std::unique_ptr<Poppler::Document> loadPdf(const QByteArray& pdf)
{
    return Poppler::Document::loadFromData(pdf);
}

// Text of page `index`, top to bottom (Poppler 22.12's RawOrderLayout returns nothing for some pages).
inline QString pageText(const Poppler::Document& doc, int index)
{
    const std::unique_ptr<Poppler::Page> page = doc.page(index);
    return page ? page->text(QRectF()) : QString();
}

// Splits "… 1 / 2" into the body and the page number, as "1 / 2" (empty if none). Poppler may drop the
// spaces.
inline std::pair<QString, QString> withoutFooter(const QString& text)
{
    static const QRegularExpression footer(QStringLiteral("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch m = footer.match(text);
    if (!m.hasMatch())
        return {text, QString()};
    return {text.left(m.capturedStart()), m.captured(1) + QStringLiteral(" / ") + m.captured(2)};
}
#endif

} // namespace bd::test
