#include "letterwording.h"

#include "datementions.h"

#include <QRegularExpression>
#include <QStringList>

namespace bd {

namespace {

struct PlainKind
{
    EventCertainty state;
    QString jaTe;   // the connective form: 「外部に流出し」
    QString jaPast; // 「外部に流出した」
    QString en;     // "leaked"
};

QList<PlainKind> plainKinds(const EventStates& s, CauseKind cause)
{
    const bool ransomware = cause == CauseKind::Ransomware;
    return {
        {s.leak, QStringLiteral("外部に流出し"), QStringLiteral("外部に流出した"), QStringLiteral("leaked")},
        {s.loss, QStringLiteral("失われ"), QStringLiteral("失われた"), QStringLiteral("lost")},
        {s.damage,
         ransomware ? QStringLiteral("暗号化されて利用できない状態となり") : QStringLiteral("損なわれ"),
         ransomware ? QStringLiteral("暗号化されて利用できない状態となった") : QStringLiteral("損なわれた"),
         ransomware ? QStringLiteral("encrypted by ransomware") : QStringLiteral("damaged")},
    };
}

// 「A」, 「Aし、又はB」 (each but the last in its connective form) / "a", "a and b", "a, b and c".
QString joinJa(const QList<PlainKind>& kinds, const QString& separator)
{
    QStringList parts;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        parts << (i + 1 < kinds.size() ? kinds.at(i).jaTe : kinds.at(i).jaPast);
    return parts.join(separator);
}

QString joinEn(const QList<PlainKind>& kinds, const QString& conjunction)
{
    QStringList parts;
    for (const PlainKind& k : kinds)
        parts << k.en;
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + conjunction + last;
}

bool isJapaneseChar(QChar c)
{
    return c.unicode() >= 0x2E80;
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x3000);
}

// One advice text per kind of data; items that share a kind share it.
struct Advice
{
    const char* keys[6];
    const char* ja;
    const char* en;
};

// Health data and the other 要配慮個人情報 (法2条3項) get no advice of our invention, only the desk.
constexpr const char* contactJa =
    "ご不明な点やご不安な点がございましたら、下記の窓口までお問い合わせください。";
constexpr const char* contactEn =
    "If you have any questions or concerns about this information, please contact us (details below).";

constexpr Advice advices[] = {
    {{"bank_account"},
     "ご登録の口座について、身に覚えのない入出金がないかご確認のうえ、不審な点はお取引の金融機関にご相談くだ"
     "さい。",
     "Please check your bank account for any payments in or out that you do not recognise, and talk to your "
     "bank about anything suspicious."},
    {{"credit_card"},
     "クレジットカードのご利用明細に身に覚えのない請求がないかご確認のうえ、不審な点はカード会社にご連絡くだ"
     "さい。",
     "Please check your card statements for any charges you do not recognise, and tell your card company "
     "about anything suspicious."},
    {{"banking_credentials"},
     "インターネットバンキングのパスワードを変更し、身に覚えのない取引がないかご確認のうえ、不審な点はお取引"
     "の金融"
     "機関にご相談ください。",
     "Please change your online banking password, check for any transactions you do not recognise, and talk "
     "to your bank about anything suspicious."},
    {{"login_credentials"},
     "パスワードを変更してください。同じパスワードを他のサービスでもお使いの場合は、そちらも変更してください"
     "。",
     "Please change your password, and change it too on any other service where you use the same one."},
    {{"email", "work_email"},
     "本件に便乗したフィッシングメールが届くおそれがあります。心当たりのないメールの添付ファイルを開いたり、"
     "記載され"
     "たリンク先にアクセスしたり、返信して個人情報を入力したりしないでください。",
     "You may receive phishing e-mails that exploit this incident: do not open attachments, follow links or "
     "give personal information in reply to an e-mail you do not recognise."},
    {{"phone", "work_phone"},
     "当社又は当社の関係者を名乗る不審な電話にご注意ください。当社からお電話で暗証番号やパスワードをお尋ねす"
     "ることは"
     "ございません。",
     "Be wary of telephone calls from anyone claiming to be from us: we will never ask you for a PIN or a "
     "password by telephone."},
    {{"address"},
     "本件に便乗した不審な郵便物や訪問にご注意ください。",
     "Be wary of unexpected letters or visits that refer to this incident."},
    {{"my_number"},
     "マイナンバーが不正に利用されたおそれがある場合は、お住まいの市区町村にご相談ください（番号の変更を請求"
     "できる"
     "場合があります）。",
     "If you think your Individual Number (My Number) is being misused, contact your municipal office, which "
     "may be able to change it."},
    {{"drivers_licence", "passport_number", "health_insurance_number"},
     "番号を悪用したなりすましのおそれがあります。身に覚えのない契約や請求のお知らせが届いた場合は、下記の窓"
     "口まで"
     "ご連絡ください。",
     "Someone could use these numbers to pose as you: if you are told of a contract or a bill you do not "
     "recognise, please contact us."},
    {{"health_checkup", "medical_history", "disability", "criminal_record", "crime_victim"},
     contactJa,
     contactEn},
    {{"beliefs", "race", "social_status"}, contactJa, contactEn},
};

} // namespace

QString plainEventPredicate(const EventStates& states, Lang lang, CauseKind cause)
{
    QList<PlainKind> occurred, possible;
    for (const PlainKind& k : plainKinds(states, cause)) {
        if (k.state == EventCertainty::Occurred)
            occurred << k;
        else if (k.state == EventCertainty::Possible)
            possible << k;
    }
    if (lang == Lang::Ja) {
        const QString maybe =
            possible.isEmpty() ? QString()
                               : joinJa(possible, QStringLiteral("、又は")) + QStringLiteral("おそれがある");
        if (possible.isEmpty())
            return joinJa(occurred, QStringLiteral("、"));
        // What happened, each in its connective form, then what may have happened: 「暗号化されて利用できない
        // 状態となり、外部に流出したおそれがある」.
        QStringList parts;
        for (const PlainKind& k : occurred)
            parts << k.jaTe;
        parts << maybe;
        return parts.join(QStringLiteral("、"));
    }
    const QString done = joinEn(occurred, QStringLiteral(" and "));
    const QString maybe = joinEn(possible, QStringLiteral(" or "));
    if (!done.isEmpty() && !maybe.isEmpty())
        return QStringLiteral("was %1 and may have been %2").arg(done, maybe);
    if (!done.isEmpty())
        return QStringLiteral("was ") + done;
    if (!maybe.isEmpty())
        return QStringLiteral("may have been ") + maybe;
    return {};
}

QString itemAdvice(const QString& itemKey, Lang lang)
{
    for (const Advice& a : advices) {
        for (const char* key : a.keys) {
            if (key && itemKey == QLatin1String(key))
                return QString::fromUtf8(lang == Lang::Ja ? a.ja : a.en);
        }
    }
    return {};
}

QString withoutApologies(const QString& text)
{
    static const QRegularExpression apologyJa(QStringLiteral("お詫び|おわび|陳謝|謝罪"));
    static const QRegularExpression apologyEn(
        QStringLiteral("\\bapologi[sz]e|\\bapolog(y|ies)\\b|\\b(we are|we're) (deeply |very |truly )?sorry"),
        QRegularExpression::CaseInsensitiveOption);
    // A Japanese sentence ends with 。！？; an English one with . ! ? before a space and a capital.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[。！？])|(?<=[.!?])\\s+(?=[A-Z\"“(])"));
    QStringList kept;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!apologyJa.match(line).hasMatch() && !apologyEn.match(line).hasMatch()) {
            kept << line;
            continue;
        }
        QStringList sentences;
        qsizetype start = 0;
        auto it = sentenceEnd.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedEnd() <= start)
                continue;
            sentences << line.mid(start, m.capturedStart() - start);
            start = m.capturedEnd();
        }
        sentences << line.mid(start);
        QStringList left;
        for (const QString& s : sentences) {
            if (s.trimmed().isEmpty() || apologyJa.match(s).hasMatch() || apologyEn.match(s).hasMatch())
                continue;
            left << s;
        }
        // English sentences were split at their spaces: put one back.
        const bool english = !line.contains(QChar(0x3002));
        const QString joined = left.join(english ? QStringLiteral(" ") : QString());
        if (!joined.trimmed().isEmpty())
            kept << joined;
    }
    return kept.join(QLatin1Char('\n'));
}

QString datesInEra(const QString& text)
{
    QString out;
    qsizetype at = 0;
    for (const DateMention& m : findDateMentions(text)) {
        if (!m.yearWritten || m.position < at)
            continue;
        // Only a Western year written before 年: 2024年 / ２０２４ 年.
        qsizetype i = m.position, digits = 0;
        while (i < text.size() && text.at(i).isDigit()) {
            ++i;
            ++digits;
        }
        while (i < text.size() && isBlank(text.at(i)))
            ++i;
        if (digits != 4 || i >= text.size() || text.at(i) != QChar(0x5E74)) // 年
            continue;
        const std::optional<EraYear> era = eraYear(m.date);
        if (!era)
            continue;
        out += text.mid(at, m.position - at);
        out +=
            era->era + (era->year == 1 ? QStringLiteral("元") : QString::number(era->year)) + QChar(0x5E74);
        at = i + 1;
    }
    out += text.mid(at);
    return out;
}

QString japaneseNameSpacing(const QString& text)
{
    QString out;
    const QString t = text.trimmed();
    for (qsizetype i = 0; i < t.size();) {
        if (!isBlank(t.at(i))) {
            out += t.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < t.size() && isBlank(t.at(end)))
            ++end;
        const bool japanese =
            (i > 0 && isJapaneseChar(t.at(i - 1))) || (end < t.size() && isJapaneseChar(t.at(end)));
        out += japanese ? QChar(0x3000) : QChar(QLatin1Char(' '));
        i = end;
    }
    return out;
}

QString englishNameSpacing(const QString& text)
{
    QString out;
    const QString t = text.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (isBlank(t.at(i))) {
            if (!out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            continue;
        }
        out += t.at(i);
    }
    return out.trimmed();
}

QString englishLabelInSentence(const QString& label)
{
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return label;
    const QString& first = words.first();
    if (first.size() < 2 || !first.at(0).isUpper())
        return label;
    for (qsizetype i = 1; i < first.size(); ++i)
        if (first.at(i).isUpper())
            return label; // an abbreviation: HR, ID
    // A name: every word that starts with a letter is capitalised ("Individual Number (My Number)").
    int lettered = 0, capitalised = 0;
    for (const QString& word : words) {
        const qsizetype k = word.startsWith(QLatin1Char('(')) ? 1 : 0;
        if (k < word.size() && word.at(k).isLetter()) {
            ++lettered;
            if (word.at(k).isUpper())
                ++capitalised;
        }
    }
    if (lettered > 1 && capitalised == lettered)
        return label;
    QString out = label;
    out[0] = out.at(0).toLower();
    return out;
}

bool isFreeDial(const QString& phone)
{
    QString digits;
    for (const QChar c : phone.normalized(QString::NormalizationForm_KC))
        if (c.isDigit())
            digits += c;
    // +81 120 … is the same number written for callers abroad: still free-dial, still out of their reach.
    if (phone.trimmed().startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("81")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits.startsWith(QLatin1String("0120")) || digits.startsWith(QLatin1String("0800"));
}

} // namespace bd
