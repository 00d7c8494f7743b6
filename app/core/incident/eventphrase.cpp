#include "eventphrase.h"

#include <QStringList>

namespace bd {

namespace {

struct Kind
{
    EventCertainty state;
    const char16_t* ja;
    const char* nounEn;
    const char* participleEn;
    bool damage; // 毀損: by ransomware, the files were encrypted
};

QList<Kind> kindsOf(const EventStates& s)
{
    return {{s.leak, u"漏えい", "leak", "leaked", false},
            {s.loss, u"滅失", "loss", "lost", false},
            {s.damage, u"毀損", "damage", "damaged", true}};
}

// 「A」, 「A及びB」, 「A、B及びC」 / "a", "a and b", "a, b and c".
QString joinList(QStringList parts, Lang lang)
{
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return lang == Lang::Ja ? parts.join(QStringLiteral("、")) + QStringLiteral("及び") + last
                            : parts.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QStringList kindWords(const EventStates& s, EventCertainty state, Lang lang, CauseKind cause)
{
    QStringList words;
    for (const Kind& k : kindsOf(s)) {
        if (k.state != state)
            continue;
        if (lang == Lang::Ja) {
            words << QString::fromUtf16(k.ja);
            continue;
        }
        QString word = QString::fromLatin1(k.participleEn);
        if (k.damage && cause == CauseKind::Ransomware)
            word += QStringLiteral(" (encrypted by ransomware)");
        words << word;
    }
    return words;
}

} // namespace

QString eventPredicate(const EventStates& states, Lang lang, CauseKind cause)
{
    const QString occurred = joinList(kindWords(states, EventCertainty::Occurred, lang, cause), lang);
    const QString possible = joinList(kindWords(states, EventCertainty::Possible, lang, cause), lang);
    if (lang == Lang::Ja) {
        if (!occurred.isEmpty() && !possible.isEmpty())
            return occurred + QStringLiteral("が発生し、") + possible +
                   QStringLiteral("が発生したおそれがある");
        if (!occurred.isEmpty())
            return occurred + QStringLiteral("が発生した");
        if (!possible.isEmpty())
            return possible + QStringLiteral("が発生したおそれがある");
        return {};
    }
    if (!occurred.isEmpty() && !possible.isEmpty())
        return QStringLiteral("was %1 and may have been %2").arg(occurred, possible);
    if (!occurred.isEmpty())
        return QStringLiteral("was ") + occurred;
    if (!possible.isEmpty())
        return QStringLiteral("may have been ") + possible;
    return {};
}

QString eventClause(const EventStates& states, Lang lang, CauseKind cause, const QString& subjectJa,
                    const QString& subjectEn)
{
    const QString predicate = eventPredicate(states, lang, cause);
    if (predicate.isEmpty())
        return {};
    return lang == Lang::Ja ? subjectJa + QStringLiteral("の") + predicate
                            : subjectEn + QLatin1Char(' ') + predicate;
}

QString eventKindList(const EventStates& states, Lang lang)
{
    QStringList words;
    for (const Kind& k : kindsOf(states))
        if (k.state != EventCertainty::No)
            words << (lang == Lang::Ja ? QString::fromUtf16(k.ja) : QString::fromLatin1(k.nounEn));
    return joinList(words, lang);
}

} // namespace bd
