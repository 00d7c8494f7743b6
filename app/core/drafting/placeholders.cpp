#include "placeholders.h"

#include <QStringList>

namespace bd {

namespace {

using G = PlaceholderGroup;
using K = PlaceholderKind;
using R = Requirement;

struct Row
{
    G group;
    const char* parent;
    const char* name;
    K kind;
    R requirement;
    bool perRecipient;
    const char* descriptionJa;
    const char* descriptionEn;
    const char* exampleJa;
    const char* exampleEn;
};

// The examples come from the demo incident (resources/demo/demo-incident.json) and a fictional recipient.
constexpr Row rows[] = {
    // Incident
    {G::Incident, "", "incident.code", K::Text, R::Optional, false, "事案番号", "Incident code",
     "INC-2024-003", "INC-2024-003"},
    {G::Incident, "", "incident.title", K::Text, R::Required, false, "事案の表題", "Title of the incident",
     "不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ",
     "Apology and notice concerning a possible leak of personal information due to unauthorised access"},
    {G::Incident, "", "incident.event", K::Text, R::Optional, false, "事態の種類（漏えい・滅失・毀損）",
     "What happened to the data (leak, loss, damage)", "漏えい及び毀損", "leak and damage"},
    {G::Incident, "", "incident.event_phrase", K::Text, R::Optional, false,
     "事態の種類ごとの確からしさ（「個人データの」などに続く）",
     "What happened to the data, each kind with its own certainty (follows the data's name)",
     "毀損が発生し、漏えいが発生したおそれがある",
     "was damaged (encrypted by ransomware) and may have been leaked"},
    {G::Incident, "", "incident.plain_phrase", K::Text, R::Optional, false,
     "事態を本人向けの平易な言葉で（「個人情報が」などに続く）",
     "What happened to the data in plain words, for letters to individuals (follows \"your personal "
     "information\")",
     "暗号化されて利用できない状態となり、外部に流出したおそれがある",
     "was encrypted by ransomware and may have been leaked"},
    {G::Incident, "", "incident.possible", K::Flag, R::Optional, false,
     "どの種類の事態も発生が確定しておらず「おそれ」の段階のとき真",
     "True while no kind of event has certainly happened, only may have happened",
     "{{#incident.possible}}のおそれ{{/incident.possible}}",
     "{{#incident.possible}}possible {{/incident.possible}}"},
    {G::Incident, "", "incident.uncertain", K::Flag, R::Optional, false,
     "いずれかの種類の事態が「おそれ」の段階のとき真（暗号化は確定、流出はおそれ、など）",
     "True while some kind of event only may have happened (the files were encrypted, a leak is possible)",
     "{{#incident.uncertain}}おそれがある{{/incident.uncertain}}",
     "{{#incident.uncertain}}may have been{{/incident.uncertain}}"},
    {G::Incident, "", "incident.cause_kind", K::Text, R::Optional, false, "原因の種類", "Kind of cause",
     "ランサムウェア", "ransomware"},
    {G::Incident, "", "incident.people", K::Text, R::Optional, false,
     "本人の数（全データセットの合計。不明な数があるときは「確認中」）",
     "Number of people over all data sets (\"still being confirmed\" while a count is unknown)", "約8,351名",
     "about 8,351 people"},

    // Organisation
    {G::Organisation, "", "org.name", K::Text, R::Required, false, "事業者の名称", "Name of the organisation",
     "みなと損害鑑定株式会社", "Minato Loss Adjusters Co., Ltd."},
    {G::Organisation, "", "org.address", K::Text, R::Optional, false, "事業者の所在地",
     "Address of the organisation", "〒108-0099 東京都港区芝浦九丁目8番7号",
     "9-8-7 Shibaura, Minato-ku, Tokyo 108-0099, Japan"},
    {G::Organisation, "", "org.representative", K::Text, R::Optional, false, "代表者（役職と氏名）",
     "Representative (name and title)", "代表取締役 浜田 誠", "Makoto Hamada, Representative Director"},

    // Contact desk
    {G::ContactDesk, "", "desk.name", K::Text, R::Required, false, "お問い合わせ窓口の名称",
     "Name of the inquiry desk", "個人情報に関するお問い合わせ窓口", "Personal Information Inquiry Desk"},
    {G::ContactDesk, "", "desk.phone", K::Text, R::Required, false, "窓口の電話番号",
     "Phone number of the inquiry desk", "0120-000-123", "0120-000-123"},
    {G::ContactDesk, "", "desk.free_dial", K::Flag, R::Optional, false,
     "窓口の電話番号がフリーダイヤル（0120・0800）のとき真（「（通話料無料）」を添える）",
     "True when the desk's number is free-dial (0120, 0800), which callers abroad cannot reach",
     "{{#desk.free_dial}}（通話料無料）{{/desk.free_dial}}",
     "{{#desk.free_dial}} (toll-free within Japan){{/desk.free_dial}}"},
    {G::ContactDesk, "", "desk.phone_abroad", K::Text, R::Optional, false, "海外からおかけの場合の電話番号",
     "Phone number for callers outside Japan", "+81-3-0000-0123", "+81-3-0000-0123"},
    {G::ContactDesk, "", "desk.email", K::Text, R::Optional, false, "窓口のメールアドレス",
     "E-mail address of the inquiry desk", "privacy-desk@minato-kantei.example.co.jp",
     "privacy-desk@minato-kantei.example.co.jp"},
    {G::ContactDesk, "", "desk.hours", K::Text, R::Optional, false, "窓口の受付時間",
     "Opening hours of the inquiry desk", "平日 9:00～18:00（土日祝日・年末年始を除く）",
     "Weekdays 9:00–18:00 JST"},

    // Data sets and items
    {G::DataSets, "", "group.label", K::Text, R::Optional, false, "宛先グループの名称",
     "Name of the recipient group", "従業員・元従業員", "Employees and former employees"},
    {G::DataSets, "", "group.people", K::Text, R::Optional, false,
     "宛先グループのデータセットに係る本人の数（不明のときは「確認中」）",
     "Number of people in the group's data sets (\"still being confirmed\" while unknown)", "91名",
     "91 people"},
    {G::DataSets, "", "group.items", K::Text, R::Optional, false,
     "宛先グループのデータセットに含まれる項目（「、」区切り）",
     "The data items of the group's data sets, separated by commas", "氏名、住所、電話番号",
     "Name, Address, Phone number"},
    {G::DataSets, "", "items", K::List, R::Required, false, "宛先グループのデータセットに含まれる項目の一覧",
     "The data items of the group's data sets, one by one",
     "{{#items}}{{label}}{{^last}}、{{/last}}{{/items}}",
     "{{#items}}{{label}}{{^last}}, {{/last}}{{/items}}"},
    {G::DataSets, "items", "label", K::Text, R::Optional, false, "項目名", "Label of the item", "氏名",
     "Name"},
    {G::DataSets, "items", "phrase", K::Text, R::Optional, false, "文中で使う項目名（日本語は項目名と同じ）",
     "Label of the item as it reads inside a sentence (\"your name, address, …\")", "氏名", "name"},
    {G::DataSets, "items", "sensitive", K::Flag, R::Optional, false, "要配慮個人情報の項目のとき真",
     "True for special-care-required personal information (要配慮個人情報)", "", ""},
    {G::DataSets, "items", "last", K::Flag, R::Optional, false, "最後の項目のとき真（区切り文字に使う）",
     "True for the last entry (for separators)", "", ""},
    {G::DataSets, "", "advice", K::List, R::Optional, false,
     "宛先グループの項目に応じたお願い（口座情報なら入出金の確認など。同じ文は一度だけ）",
     "What the reader can do, for the group's data items (check a bank account, beware of phishing …; each "
     "text once)",
     "{{#advice}}・{{text}}{{/advice}}", "{{#advice}}• {{text}}{{/advice}}"},
    {G::DataSets, "advice", "text", K::Text, R::Optional, false, "お願いの文", "The advice",
     "身に覚えのない入出金がないかご確認のうえ、…", "Please check your bank account for any payments …"},
    {G::DataSets, "advice", "last", K::Flag, R::Optional, false, "最後のお願いのとき真",
     "True for the last entry", "", ""},
    {G::DataSets, "", "consignor.name", K::Text, R::Optional, true,
     "規則9条の通知先である委託元の名称（宛先の会社名）",
     "The consignor client a Rule 9 notice is addressed to (the recipient's organisation)",
     "しおさい損害保険株式会社", "しおさい損害保険株式会社"},
    {G::DataSets, "", "consignor.data_sets", K::List, R::Required, true,
     "その委託元から委託を受けて取り扱っていたデータセットの一覧",
     "The data sets held on behalf of that consignor client, one by one",
     "{{#consignor.data_sets}}{{group_label}}：{{people}}{{/consignor.data_sets}}",
     "{{#consignor.data_sets}}{{group_label}}: {{people}}{{/consignor.data_sets}}"},
    {G::DataSets, "consignor.data_sets", "group_label", K::Text, R::Optional, true,
     "データセットの本人の区分", "Whose data the set holds", "委託元のお客様（受託データ）",
     "Consignor clients' customers"},
    {G::DataSets, "consignor.data_sets", "people", K::Text, R::Optional, true,
     "データセットの本人の数（不明のときは「確認中」）",
     "Number of people in the set (\"still being confirmed\" "
     "while unknown)",
     "約1,800名", "about 1,800 people"},
    {G::DataSets, "consignor.data_sets", "item_list", K::Text, R::Optional, true,
     "データセットの項目（「、」区切り）", "The set's data items, separated by commas",
     "氏名、住所、電話番号", "Name, Address, Phone number"},
    {G::DataSets, "consignor.data_sets", "items", K::List, R::Optional, true, "データセットの項目の一覧",
     "The set's data items, one by one", "{{#items}}{{label}}{{^last}}、{{/last}}{{/items}}",
     "{{#items}}{{label}}{{^last}}, {{/last}}{{/items}}"},
    {G::DataSets, "consignor.data_sets/items", "label", K::Text, R::Optional, true, "項目名",
     "Label of the item", "証券番号", "Insurance policy number"},
    {G::DataSets, "consignor.data_sets/items", "phrase", K::Text, R::Optional, true,
     "文中で使う項目名（日本語は項目名と同じ）", "Label of the item as it reads inside a sentence",
     "証券番号", "insurance policy number"},
    {G::DataSets, "consignor.data_sets/items", "sensitive", K::Flag, R::Optional, true,
     "要配慮個人情報の項目のとき真", "True for special-care-required personal information (要配慮個人情報)",
     "", ""},
    {G::DataSets, "consignor.data_sets/items", "last", K::Flag, R::Optional, true,
     "最後の項目のとき真（区切り文字に使う）", "True for the last entry (for separators)", "", ""},
    {G::DataSets, "consignor.data_sets", "last", K::Flag, R::Optional, true, "最後のデータセットのとき真",
     "True for the last data set", "", ""},

    // Recipient
    {G::Recipient, "", "recipient.name", K::Text, R::Optional, true,
     "宛先の氏名（和文では空白を全角に揃える）", "Name of the recipient", "山田　太郎", "Taro Yamada"},
    {G::Recipient, "", "recipient.kana", K::Text, R::Optional, true, "氏名のフリガナ",
     "Reading of the name (kana)", "ヤマダ タロウ", "ヤマダ タロウ"},
    {G::Recipient, "", "recipient.honorific_name", K::Text, R::Required, true,
     "敬称付きの宛名：個人は「山田　太郎　様」、団体は「株式会社○○　御中」、団体に属する個人は「株式会社○○　○"
     "○部　"
     "山田　太郎　様」（御中と様を併用しない）。英文では氏名（団体のみのときは団体名）",
     "The addressee with its Japanese honorific: 様 for a person, 御中 for an organisation, never both; in "
     "English the name (or the organisation when there is no name)",
     "株式会社サンプル商事　営業部　山田　太郎　様", "Taro Yamada"},
    {G::Recipient, "", "recipient.organisation", K::Text, R::Optional, true, "所属する会社・団体",
     "Organisation of the recipient", "株式会社サンプル商事", "Sample Trading Co., Ltd."},
    {G::Recipient, "", "recipient.department", K::Text, R::Optional, true, "部署", "Department", "営業部",
     "Sales Department"},
    {G::Recipient, "", "recipient.title", K::Text, R::Optional, true, "役職", "Job title", "部長", "Manager"},
    {G::Recipient, "", "recipient.postcode", K::Text, R::Optional, true, "郵便番号（〒を付けて整形）",
     "Postcode", "〒105-0011", "105-0011"},
    {G::Recipient, "", "recipient.address", K::Text, R::RequiredByPost, true, "住所（郵送のときは必須）",
     "Postal address (required for letters sent by post)", "東京都港区芝公園四丁目2番8号",
     "4-2-8 Shibakoen, Minato-ku, Tokyo"},
    {G::Recipient, "", "recipient.email", K::Text, R::RequiredByEmail, true,
     "メールアドレス（メール送付のときは必須）", "E-mail address (required when sent by e-mail)",
     "taro.yamada@example.jp", "taro.yamada@example.jp"},
    {G::Recipient, "", "recipient.phone", K::Text, R::Optional, true, "電話番号", "Phone number",
     "03-0000-0000", "03-0000-0000"},
    {G::Recipient, "", "recipient.addressee", K::Text, R::Optional, true,
     "宛名の行（住所の前後に置く）：和文では敬称付きの宛名、英文では氏名・役職・部署・団体名を1行ずつ",
     "The addressee, a line each, to print with the address: in English name, title, department and "
     "organisation; in Japanese the addressee with its honorific",
     "株式会社サンプル商事　営業部　山田　太郎　様",
     "Taro Yamada\nManager\nSales Department\nSample Trading Co., Ltd."},
    {G::Recipient, "", "recipient.salutation", K::Text, R::Optional, true,
     "頭語（「拝啓」）。英文では「Dear 氏名,」、氏名がないときは「Dear Sir or Madam,」",
     "The salutation: \"Dear Taro Yamada,\", or \"Dear Sir or Madam,\" without a name (拝啓 in Japanese)",
     "拝啓", "Dear Taro Yamada,"},
    {G::Recipient, "", "recipient.valediction", K::Text, R::Optional, true,
     "結語（「敬具」）。英文では氏名宛てなら「Yours sincerely,」、そうでなければ「Yours faithfully,」",
     "The complimentary close matching the salutation: \"Yours sincerely,\" to a named reader, \"Yours "
     "faithfully,\" after \"Dear Sir or Madam,\" (敬具 in Japanese)",
     "敬具", "Yours sincerely,"},

    // Dates
    {G::Dates, "", "dates.today", K::Text, R::Required, false, "文書の日付（西暦・和暦は文書ごとの設定）",
     "Date of the document (Western or Japanese era, set per document)", "令和6年12月25日",
     "25 December 2024"},
    {G::Dates, "", "dates.today_weekday", K::Text, R::Optional, false, "文書の日付の曜日",
     "Weekday of the document date", "水", "Wednesday"},
    {G::Dates, "", "dates.known_on", K::Text, R::Optional, false, "事態を知った日（発覚日）",
     "Date the organisation became aware of the incident", "2024年8月29日", "29 August 2024"},
    {G::Dates, "", "dates.known_on_weekday", K::Text, R::Optional, false, "発覚日の曜日",
     "Weekday of the date of awareness", "木", "Thursday"},
    {G::Dates, "", "dates.occurred", K::Text, R::Optional, false, "発生日（期間のときは「～」で結ぶ）",
     "When it happened (a range when it spans several days)", "2024年8月27日～8月29日", "27–29 August 2024"},
    {G::Dates, "", "dates.occurred_from", K::Text, R::Optional, false, "発生期間の初日",
     "First day it happened", "2024年8月27日", "27 August 2024"},
    {G::Dates, "", "dates.occurred_to", K::Text, R::Optional, false, "発生期間の末日", "Last day it happened",
     "2024年8月29日", "29 August 2024"},
    {G::Dates, "", "dates.contained_on", K::Text, R::Optional, false,
     "封じ込め（被害拡大の防止）が完了した日", "Date the incident was contained", "2024年8月30日",
     "30 August 2024"},

    // Narrative sections (plain text; line breaks are kept)
    {G::Narrative, "", "narrative.summary", K::Text, R::Required, false, "概要", "Summary: what happened",
     "2024年8月29日午前、当社の社内サーバにアクセスできない状態であることが判明いたしました。…",
     "On the morning of 29 August 2024 we found that our internal servers could not be accessed. …"},
    {G::Narrative, "", "narrative.cause", K::Text, R::Required, false, "原因", "Cause",
     "外部のセキュリティ専門会社による調査の結果、…",
     "The external security firm's investigation concluded …"},
    {G::Narrative, "", "narrative.secondary_harm", K::Text, R::Required, false,
     "二次被害又はそのおそれの有無及びその内容", "Secondary harm, or whether any is feared, and what it is",
     "2024年11月1日現在、本件に係る個人情報の不正利用等の二次被害は確認されておりません。…",
     "As of 1 November 2024 no secondary harm … has been found. …"},
    {G::Narrative, "", "narrative.individual_response", K::Text, R::Optional, false, "本人への対応の実施状況",
     "What has been done for the people concerned",
     "…当社から書面又は電子メールにて順次ご連絡を差し上げております。…",
     "We are contacting the people whose data we hold ourselves … by letter or e-mail. …"},
    {G::Narrative, "", "narrative.publication", K::Text, R::Optional, false, "公表の実施状況",
     "Public announcements", "2024年10月7日、当社ウェブサイトにて本件を公表いたしました（第1報）。…",
     "We published a notice of the incident on our website on 7 October 2024 (first report) …"},
    {G::Narrative, "", "narrative.prevention", K::Text, R::Optional, false, "再発防止のための措置",
     "Measures to prevent it from happening again", "当社は、セキュリティ専門会社の助言を受け、…",
     "On the advice of the security firm we have taken the following measures: …"},
    {G::Narrative, "", "narrative.other", K::Text, R::Optional, false,
     "その他参考となる事項（警察への相談、個人情報保護委員会への報告など）",
     "Other relevant matters (police, reports to the Personal Information Protection Commission …)",
     "当社は、2024年9月3日に警察のサイバー犯罪相談窓口に被害を相談し、…",
     "On 3 September 2024 we reported the attack to the police cyber-crime consultation desk, …"},
    {G::Narrative, "", "narrative.contact_desk", K::Text, R::Optional, false, "お問い合わせ窓口の案内文",
     "Text about the inquiry desk", "本件に関するお問い合わせは、下記の窓口までご連絡くださいますよう…",
     "If you have any questions about this incident, please contact: …"},
};

QString mdCell(const QString& text)
{
    QString cell = text;
    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return cell;
}

// A code span that may itself contain backticks-free Mustache text.
QString mdCode(const QString& text)
{
    return text.isEmpty() ? QString() : QLatin1Char('`') + mdCell(text) + QLatin1Char('`');
}

QString requirementText(const Placeholder& p)
{
    switch (p.requirement) {
    case Requirement::Required:
        return QStringLiteral("yes");
    case Requirement::RequiredByPost:
        return QStringLiteral("post");
    case Requirement::RequiredByEmail:
        return QStringLiteral("e-mail");
    case Requirement::Optional:
        break;
    }
    return {};
}

QString kindText(PlaceholderKind kind)
{
    switch (kind) {
    case PlaceholderKind::Text:
        return QStringLiteral("text");
    case PlaceholderKind::Flag:
        return QStringLiteral("flag");
    case PlaceholderKind::List:
        return QStringLiteral("list");
    case PlaceholderKind::Rich:
        return QStringLiteral("rich text");
    }
    return {};
}

} // namespace

QString placeholderGroupKey(PlaceholderGroup group)
{
    switch (group) {
    case G::Incident:
        return QStringLiteral("incident");
    case G::Organisation:
        return QStringLiteral("organisation");
    case G::ContactDesk:
        return QStringLiteral("contact_desk");
    case G::DataSets:
        return QStringLiteral("data_sets");
    case G::Recipient:
        return QStringLiteral("recipient");
    case G::Dates:
        return QStringLiteral("dates");
    case G::Narrative:
        return QStringLiteral("narrative");
    }
    return {};
}

QString placeholderGroupTitle(PlaceholderGroup group, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    switch (group) {
    case G::Incident:
        return ja ? QStringLiteral("事案") : QStringLiteral("Incident");
    case G::Organisation:
        return ja ? QStringLiteral("事業者") : QStringLiteral("Organisation");
    case G::ContactDesk:
        return ja ? QStringLiteral("お問い合わせ窓口") : QStringLiteral("Contact desk");
    case G::DataSets:
        return ja ? QStringLiteral("データセットと項目") : QStringLiteral("Data sets and items");
    case G::Recipient:
        return ja ? QStringLiteral("宛先") : QStringLiteral("Recipient");
    case G::Dates:
        return ja ? QStringLiteral("日付") : QStringLiteral("Dates");
    case G::Narrative:
        return ja ? QStringLiteral("説明文") : QStringLiteral("Narrative");
    }
    return {};
}

QString Placeholder::snippet() const
{
    switch (kind) {
    case PlaceholderKind::Text:
        return QStringLiteral("{{%1}}").arg(name);
    case PlaceholderKind::Flag:
        return QStringLiteral("{{#%1}}{{/%1}}").arg(name);
    case PlaceholderKind::Rich:
        return QStringLiteral("{{{%1}}}").arg(name);
    case PlaceholderKind::List:
        break;
    }
    // A list repeats its first text field.
    QString inner;
    for (const Placeholder& p : placeholderCatalogue()) {
        if (p.parent == key() && p.kind == PlaceholderKind::Text) {
            inner = QStringLiteral("{{%1}}").arg(p.name);
            break;
        }
    }
    return QStringLiteral("{{#%1}}%2{{/%1}}").arg(name, inner);
}

const QList<Placeholder>& placeholderCatalogue()
{
    static const QList<Placeholder> catalogue = [] {
        QList<Placeholder> list;
        for (const Row& r : rows) {
            list.append(Placeholder{QString::fromLatin1(r.name), QString::fromLatin1(r.parent), r.group,
                                    r.kind, r.requirement, r.perRecipient, QString::fromUtf8(r.descriptionJa),
                                    QString::fromUtf8(r.descriptionEn), QString::fromUtf8(r.exampleJa),
                                    QString::fromUtf8(r.exampleEn)});
        }
        return list;
    }();
    return catalogue;
}

const Placeholder* findPlaceholder(const QString& key, const QList<Placeholder>& catalogue)
{
    for (const Placeholder& p : catalogue)
        if (p.key() == key)
            return &p;
    return nullptr;
}

QString placeholderReferenceMarkdown(const QList<Placeholder>& catalogue)
{
    QStringList out;
    out << QStringLiteral("# Template placeholders / 差し込み項目") << QString()
        << QStringLiteral(
               "<!-- Generated from the placeholder catalogue (app/core/drafting/placeholders.cpp) by "
               "bd::placeholderReferenceMarkdown(). Do not edit by hand: after changing the catalogue, "
               "run `BD_UPDATE_DOCS=1 ctest -R tst_placeholders` to rewrite this file. -->")
        << QString()
        << QStringLiteral(
               "Document templates are HTML (Qt's rich-text subset) or plain text with "
               "[Mustache](https://mustache.github.io/mustache.5.html) tags, rendered by kainjow's "
               "Mustache library.")
        << QString()
        << QStringLiteral(
               "- `{{name}}` prints a value as text. Every value is escaped: `<`, `&` and quotes print as "
               "themselves, and Mustache tags inside a value are never expanded. In HTML templates a "
               "line break in a value becomes `<br/>`.")
        << QStringLiteral(
               "- `{{#name}}…{{/name}}` shows its content when a flag is true or a text is not empty, "
               "and repeats it for each entry of a list; `{{^name}}…{{/name}}` shows its content when "
               "the flag is false, the text empty or the list empty. Inside a list, its fields (below, "
               "written *list › field*) are available by their short name.")
        << QStringLiteral(
               "- `{{! comment}}` is ignored. Triple mustaches `{{{name}}}` and `{{&name}}` are refused "
               "unless the placeholder is rich text; partials `{{>name}}` and delimiter changes "
               "`{{=<% %>=}}` are always refused.")
        << QStringLiteral("- *Required*: `yes` means output is refused while the value is empty; `post` / "
                          "`e-mail` only when the recipient group's channel is post / e-mail.")
        << QStringLiteral(
               "- Texts are taken in the document's language. In an English document an empty English "
               "text falls back to the Japanese one, with a warning (and the other way round).")
        << QStringLiteral(
               "- In a Japanese document each paragraph of a `narrative.*` text starts with a full-width "
               "space (全角スペース), as Japanese paragraphs do, unless it is a list item (・, ①, （1）, 1.) "
               "or "
               "already starts with a space; the contact-desk text is left as it is.");
    PlaceholderGroup current = PlaceholderGroup::Incident;
    bool first = true;
    for (const Placeholder& p : catalogue) {
        if (first || p.group != current) {
            current = p.group;
            first = false;
            out << QString()
                << QStringLiteral("## %1 / %2")
                       .arg(placeholderGroupTitle(current, Lang::En),
                            placeholderGroupTitle(current, Lang::Ja))
                << QString()
                << QStringLiteral("| Placeholder | Kind | Required | Per recipient | Description | 説明 | "
                                  "Example (ja) | Example (en) |")
                << QStringLiteral("|---|---|---|---|---|---|---|---|");
        }
        const QString shown = p.parent.isEmpty()
                                  ? mdCode(p.name)
                                  : QString(p.parent).replace(QLatin1Char('/'), QStringLiteral(" › ")) +
                                        QStringLiteral(" › ") + mdCode(p.name);
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                   .arg(shown, kindText(p.kind), requirementText(p),
                        p.perRecipient ? QStringLiteral("yes") : QString(), mdCell(p.descriptionEn),
                        mdCell(p.descriptionJa),
                        p.exampleJa.contains(QLatin1String("{{")) ? mdCode(p.exampleJa) : mdCell(p.exampleJa),
                        p.exampleEn.contains(QLatin1String("{{")) ? mdCode(p.exampleEn)
                                                                  : mdCell(p.exampleEn));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace bd
