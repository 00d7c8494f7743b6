#include "datementions.h"

#include <array>
#include <cstdlib>
#include <optional>

namespace bd {

namespace {

constexpr int MaxDigits = 4;  // no number of a date has more digits; a longer run is not one
constexpr int MaxSpaces = 2;  // spaces allowed between the parts (「2024 年 10 月」)
constexpr int MinYear = 1868; // a four-digit number before this is no year of a document
constexpr int MaxYear = 2999;

int arabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width ０-９
        return u - 0xFF10;
    return -1;
}

int kanjiDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

bool isKanjiNumeral(QChar c)
{
    return kanjiDigit(c) >= 0 || c == u'十';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u3000' || c == u'\u00A0';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isLatinLetter(QChar c) // ASCII or full-width
{
    const char16_t u = c.unicode();
    return isAsciiLetter(c) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

bool isDateSeparator(QChar c)
{
    return c == u'-' || c == u'/' || c == u'.' || c == u'－' || c == u'／' || c == u'．';
}

bool isSlash(QChar c)
{
    return c == u'/' || c == u'／';
}

bool isNumberPunctuation(QChar c) // what joins digits into something else: 1,800 / 1.5 / 10:15 / 3-4
{
    return c == u',' || c == u'.' || c == u':' || c == u'，' || c == u'．' || c == u'：' || c == u'/' ||
           c == u'／' || c == u'-' || c == u'－';
}

bool isPercent(QChar c)
{
    return c == u'%' || c == u'％';
}

struct Number
{
    int value = -1; // -1: not a number of a date (too many digits, malformed kanji)
    int digits = 0;
    qsizetype end = 0;
    bool kanji = false;
};

const std::array<const char16_t*, 12> monthNames = {u"january",   u"february", u"march",    u"april",
                                                    u"may",       u"june",     u"july",     u"august",
                                                    u"september", u"october",  u"november", u"december"};
const std::array<const char16_t*, 7> weekdayNames = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                                     u"friday", u"saturday", u"sunday"};

// 1-based index of `word` in `names`, written in full or as its first three letters (and "Sept"); 0 if none.
template<std::size_t N>
int nameIndex(QStringView word, const std::array<const char16_t*, N>& names)
{
    if (word.size() < 3)
        return 0;
    for (std::size_t n = 0; n < N; ++n) {
        const QStringView full(names[n]);
        if (word.compare(full, Qt::CaseInsensitive) == 0 ||
            (word.size() == 3 && word.compare(full.first(3), Qt::CaseInsensitive) == 0))
            return int(n) + 1;
    }
    if (N == 12 && word.compare(u"sept", Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

class Finder
{
public:
    Finder(QStringView text, QDate reference)
        : m_text(text), m_ref(reference.isValid() ? reference : QDate::currentDate())
    {
    }

    QList<DateMention> run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text[i];
            qsizetype next = i + 1;
            if (c == u'\n' || c == u'\r' || c == u'\u2029') {
                m_contextYear = 0; // a year written once holds for its paragraph
            } else if (arabicDigit(c) >= 0 || isKanjiNumeral(c)) {
                const Number number = readNumber(i);
                next = std::max(number.end, i + 1);
                if (const std::optional<DateMention> m = numberFirst(i, number))
                    next = add(*m);
            } else if (startsWith(i, u"令和") || startsWith(i, u"平成")) {
                if (const std::optional<DateMention> m = era(i))
                    next = add(*m);
                else
                    next = i + 2;
            } else if (isAsciiLetter(c)) {
                qsizetype w = i;
                while (w < n && isAsciiLetter(m_text[w]))
                    ++w;
                if (c.isUpper() && !isLatinLetter(at(i - 1)) && arabicDigit(at(i - 1)) < 0)
                    if (const std::optional<DateMention> m = monthFirst(i, w))
                        w = add(*m);
                next = w;
            }
            i = next;
        }
        return m_out;
    }

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i] : QChar(); }

    bool startsWith(qsizetype i, QStringView word) const
    {
        return i + word.size() <= m_text.size() && m_text.sliced(i, word.size()) == word;
    }

    qsizetype skipSpaces(qsizetype i) const
    {
        for (int k = 0; k < MaxSpaces && isSpace(at(i)); ++k)
            ++i;
        return i;
    }

    qsizetype add(const DateMention& m)
    {
        m_out.append(m);
        return m.position + m.length;
    }

    // A run of ASCII/full-width digits, or of kanji numerals (二〇二四, 十八, 三十一).
    Number readNumber(qsizetype i) const
    {
        Number number;
        qsizetype e = i;
        if (arabicDigit(at(i)) >= 0) {
            int value = 0;
            while (arabicDigit(at(e)) >= 0) {
                if (e - i < MaxDigits)
                    value = value * 10 + arabicDigit(at(e));
                ++e;
            }
            number.end = e;
            number.digits = int(e - i);
            number.value = number.digits <= MaxDigits ? value : -1;
            return number;
        }
        while (isKanjiNumeral(at(e)))
            ++e;
        number.end = e;
        number.kanji = true;
        number.digits = int(e - i);
        if (number.digits > MaxDigits)
            return number;
        const QStringView run = m_text.sliced(i, e - i);
        const qsizetype ten = run.indexOf(u'十');
        if (ten < 0) { // positional: 二〇二四
            int value = 0;
            for (const QChar c : run)
                value = value * 10 + kanjiDigit(c);
            number.value = value;
        } else if (run.lastIndexOf(u'十') == ten && ten <= 1 &&
                   run.size() - ten <= 2) { // 十, 十八, 二十, 三十一
            const int tens = ten == 0 ? 1 : kanjiDigit(run[0]);
            const int ones = ten + 1 < run.size() ? kanjiDigit(run[ten + 1]) : 0;
            if (tens > 0 && ones >= 0)
                number.value = tens * 10 + ones;
        }
        return number;
    }

    // Something before a number that makes it part of another token: v2024.10.18, 1.10/18, A-10/18.
    bool gluedBefore(qsizetype i) const
    {
        const QChar p = at(i - 1);
        return isLatinLetter(p) || arabicDigit(p) >= 0 || isNumberPunctuation(p) || p == u'_' || p == u'#' ||
               p == u'〒' || p == u'+' || p == u'＃';
    }

    // A number is followed by digits again after punctuation (1,800 / 10:15 / 2024.10.18.1 / 1/2/3).
    bool continuesAsNumber(qsizetype e) const
    {
        return arabicDigit(at(e)) >= 0 || isPercent(at(e)) ||
               (isNumberPunctuation(at(e)) && arabicDigit(at(e + 1)) >= 0);
    }

    DateMention make(qsizetype start, qsizetype end, QDate date, DateMention::Precision precision,
                     bool yearWritten) const
    {
        DateMention m;
        m.position = start;
        m.length = end - start;
        m.date = date;
        m.precision = precision;
        m.yearWritten = yearWritten;
        return m;
    }

    // A weekday in brackets after a day: （金）, (金曜日), (Fri), (Friday). The end of the mention.
    qsizetype withWeekday(qsizetype end) const
    {
        const qsizetype k = skipSpaces(end);
        if (at(k) != u'(' && at(k) != u'（')
            return end;
        qsizetype j = k + 1;
        if (QStringView(u"日月火水木金土").contains(at(j))) {
            ++j;
            if (at(j) == u'曜')
                ++j;
            if (at(j) == u'日')
                ++j;
        } else {
            qsizetype w = j;
            while (w - j < 10 && isAsciiLetter(at(w)))
                ++w;
            if (!nameIndex(m_text.sliced(j, w - j), weekdayNames))
                return end;
            j = w;
            if (at(j) == u'.')
                ++j;
        }
        return at(j) == u')' || at(j) == u'）' ? j + 1 : end;
    }

    // The year for a month and day written without one (see datementions.h), or 0 when the day exists in
    // none of the candidate years (29 February). `start`: where the month's number begins.
    int inferYear(qsizetype start, int month, int day, bool* fromText)
    {
        *fromText = true;
        // A prefix right before: 同年, 翌年 …
        const qsizetype p = start - 2;
        const int ref = m_ref.year();
        const auto prefixed = [&](QStringView word) { return p >= 0 && m_text.sliced(p, 2) == word; };
        int year = 0;
        if (prefixed(u"同年"))
            year = m_contextYear;
        else if (prefixed(u"翌年"))
            year = (m_contextYear ? m_contextYear : ref) + 1;
        else if (prefixed(u"前年"))
            year = (m_contextYear ? m_contextYear : ref) - 1;
        else if (prefixed(u"本年") || prefixed(u"今年"))
            year = ref;
        else if (prefixed(u"昨年"))
            year = ref - 1;
        else if (prefixed(u"来年"))
            year = ref + 1;
        if (!year)
            year = m_contextYear;
        if (year)
            return QDate(year, month, day).isValid() ? year : 0;
        *fromText = false;
        int best = 0;
        qint64 bestDistance = 0;
        for (int y = ref - 1; y <= ref + 1; ++y) {
            const QDate d(y, month, day);
            if (!d.isValid())
                continue;
            const qint64 distance = std::abs(m_ref.daysTo(d));
            if (!best || distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    std::optional<DateMention> withoutYear(qsizetype start, qsizetype end, int month, int day)
    {
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return std::nullopt;
        bool fromText = false;
        const int year = inferYear(start, month, day, &fromText);
        if (!year)
            return std::nullopt;
        if (fromText)
            m_contextYear = year;
        DateMention m =
            make(start, withWeekday(end), QDate(year, month, day), DateMention::Precision::Day, false);
        m.yearFromText = fromText;
        return m;
    }

    std::optional<DateMention> withYear(qsizetype start, qsizetype end, QDate date,
                                        DateMention::Precision precision)
    {
        if (!date.isValid() || date.year() < MinYear || date.year() > MaxYear)
            return std::nullopt;
        m_contextYear = date.year();
        return make(start, precision == DateMention::Precision::Day ? withWeekday(end) : end, date, precision,
                    true);
    }

    // After 年 at `k`: M月D日 (a day) or M月 (a month); nothing when no month follows.
    std::optional<DateMention> afterJapaneseYear(qsizetype start, qsizetype k, int year)
    {
        k = skipSpaces(k);
        if (arabicDigit(at(k)) < 0 && !isKanjiNumeral(at(k)))
            return std::nullopt;
        const Number month = readNumber(k);
        const qsizetype m = skipSpaces(month.end);
        if (month.value < 1 || month.value > 12 || month.digits > 2 || at(m) != u'月')
            return std::nullopt;
        const qsizetype d = skipSpaces(m + 1);
        if (arabicDigit(at(d)) >= 0 || isKanjiNumeral(at(d))) {
            const Number day = readNumber(d);
            const qsizetype close = skipSpaces(day.end);
            if (day.value >= 1 && day.digits <= 2 && at(close) == u'日')
                return withYear(start, close + 1, QDate(year, month.value, day.value),
                                DateMention::Precision::Day);
        }
        return withYear(start, m + 1, QDate(year, month.value, 1), DateMention::Precision::Month);
    }

    std::optional<DateMention> numberFirst(qsizetype i, const Number& number)
    {
        if (number.value < 0)
            return std::nullopt;
        const qsizetype e = number.end;
        const bool arabic = !number.kanji;
        const bool glued = gluedBefore(i);
        // 2024-10-18, 2024/10/18, 2024.10.18
        if (arabic && number.digits == 4 && isDateSeparator(at(e)) && !glued) {
            const QChar separator = at(e);
            const Number month = arabicDigit(at(e + 1)) >= 0 ? readNumber(e + 1) : Number{};
            if (month.value >= 0 && month.digits <= 2 && at(month.end) == separator &&
                arabicDigit(at(month.end + 1)) >= 0) {
                const Number day = readNumber(month.end + 1);
                if (day.value >= 0 && day.digits <= 2 && !continuesAsNumber(day.end))
                    return withYear(i, day.end, QDate(number.value, month.value, day.value),
                                    DateMention::Precision::Day);
            }
            return std::nullopt;
        }
        // 10/18, and 10/18/2024 or 18/10/2024 when one part is over 12
        if (arabic && number.digits <= 2 && isSlash(at(e)) && !glued && arabicDigit(at(e + 1)) >= 0) {
            const Number second = readNumber(e + 1);
            if (second.value < 0 || second.digits > 2)
                return std::nullopt;
            if (isSlash(at(second.end)) && arabicDigit(at(second.end + 1)) >= 0) {
                const Number year = readNumber(second.end + 1);
                if (year.digits != 4 || continuesAsNumber(year.end))
                    return std::nullopt;
                const int a = number.value, b = second.value;
                if (a <= 12 && b <= 12 && a != b)
                    return std::nullopt; // 10/11/2024: the 11th of October or the 10th of November
                const QDate date = a <= 12 ? QDate(year.value, a, b) : QDate(year.value, b, a);
                return withYear(i, year.end, date, DateMention::Precision::Day);
            }
            if (continuesAsNumber(second.end) || fractionOf(second.end))
                return std::nullopt;
            return withoutYear(i, second.end, number.value, second.value);
        }
        const qsizetype k = skipSpaces(e);
        const bool gluedJa =
            arabicDigit(at(i - 1)) >= 0 || isLatinLetter(at(i - 1)) || isNumberPunctuation(at(i - 1));
        // 2024年10月18日, 二〇二四年十月十八日
        if (at(k) == u'年' && number.digits == 4 && !gluedJa)
            return afterJapaneseYear(i, k + 1, number.value);
        // 10月18日, 十月十八日
        if (at(k) == u'月' && number.digits <= 2 && !gluedJa) {
            const qsizetype d = skipSpaces(k + 1);
            if (arabicDigit(at(d)) < 0 && !isKanjiNumeral(at(d)))
                return std::nullopt;
            const Number day = readNumber(d);
            const qsizetype close = skipSpaces(day.end);
            if (day.value < 0 || day.digits > 2 || at(close) != u'日')
                return std::nullopt;
            return withoutYear(i, close + 1, number.value, day.value);
        }
        // 18 October 2024, 18th Oct.
        if (arabic && number.digits <= 2 && !glued)
            return dayFirst(i, number);
        return std::nullopt;
    }

    // "1/3 of the files" is a fraction.
    bool fractionOf(qsizetype e) const
    {
        const qsizetype k = skipSpaces(e);
        return k > e && at(k).toLower() == u'o' && at(k + 1).toLower() == u'f' && !isAsciiLetter(at(k + 2));
    }

    qsizetype skipOrdinal(qsizetype e) const
    {
        for (QStringView suffix : {u"st", u"nd", u"rd", u"th"})
            if (e + 2 <= m_text.size() && m_text.sliced(e, 2).compare(suffix, Qt::CaseInsensitive) == 0 &&
                !isAsciiLetter(at(e + 2)))
                return e + 2;
        return e;
    }

    // A capitalised month name spanning [i, w), or 0.
    int monthAt(qsizetype i, qsizetype w) const
    {
        return at(i).isUpper() ? nameIndex(m_text.sliced(i, w - i), monthNames) : 0;
    }

    // ", 2024" / " 2024" after a day or month: the year's number and its end, or value -1.
    Number yearAfter(qsizetype e, bool commaAllowed) const
    {
        qsizetype k = e;
        if (commaAllowed && at(k) == u',')
            ++k;
        const qsizetype y = skipSpaces(k);
        if (y == k && k == e) // "October2024"
            return {};
        if (arabicDigit(at(y)) < 0)
            return {};
        Number year = readNumber(y);
        if (year.digits != 4 || continuesAsNumber(year.end) || year.value < MinYear)
            return {};
        return year;
    }

    std::optional<DateMention> dayFirst(qsizetype i, const Number& day)
    {
        const qsizetype afterOrdinal = skipOrdinal(day.end);
        if (!isSpace(at(afterOrdinal)))
            return std::nullopt;
        const qsizetype w0 = skipSpaces(afterOrdinal);
        qsizetype w = w0;
        while (w - w0 < 10 && isAsciiLetter(at(w)))
            ++w;
        if (isAsciiLetter(at(w)))
            return std::nullopt;
        const int month = monthAt(w0, w);
        if (!month || day.value < 1 || day.value > 31)
            return std::nullopt;
        qsizetype end = w;
        if (at(end) == u'.')
            ++end;
        const Number year = yearAfter(end, false);
        if (year.value > 0)
            return withYear(i, year.end, QDate(year.value, month, day.value), DateMention::Precision::Day);
        return withoutYear(i, end, month, day.value);
    }

    // October 18, 2024 / Oct. 18 / October 2024, the month's name spanning [i, w).
    std::optional<DateMention> monthFirst(qsizetype i, qsizetype w)
    {
        const int month = monthAt(i, w);
        if (!month)
            return std::nullopt;
        qsizetype k = w;
        if (at(k) == u'.')
            ++k;
        const qsizetype d = skipSpaces(k);
        if (d == k && k == w) // "October18"
            return std::nullopt;
        if (arabicDigit(at(d)) < 0)
            return std::nullopt;
        const Number number = readNumber(d);
        if (number.digits == 4) { // October 2024
            if (continuesAsNumber(number.end))
                return std::nullopt;
            return withYear(i, number.end, QDate(number.value, month, 1), DateMention::Precision::Month);
        }
        if (number.digits > 2 || number.value < 1 || number.value > 31 || continuesAsNumber(number.end))
            return std::nullopt;
        const qsizetype end = skipOrdinal(number.end);
        if (isAsciiLetter(at(end)))
            return std::nullopt;
        const Number year = yearAfter(end, true);
        if (year.value > 0)
            return withYear(i, year.end, QDate(year.value, month, number.value), DateMention::Precision::Day);
        if (at(end) == u',' && arabicDigit(at(skipSpaces(end + 1))) >= 0)
            return std::nullopt; // "October 1, 800": not a year we know
        return withoutYear(i, end, month, number.value);
    }

    // 令和6年10月18日, 令和元年5月1日, 平成31年4月30日. 令和 began on 2019-05-01, 平成 on 1989-01-08
    // (平成31年政令第143号; 昭和64年政令第1号); a day outside its era is read as the same count of years.
    std::optional<DateMention> era(qsizetype i)
    {
        const int first = m_text[i] == u'令' ? 2019 : 1989;
        const qsizetype k = skipSpaces(i + 2);
        int count = 0;
        qsizetype e = k;
        if (at(k) == u'元') {
            count = 1;
            e = k + 1;
        } else if (arabicDigit(at(k)) >= 0 || isKanjiNumeral(at(k))) {
            const Number number = readNumber(k);
            if (number.value < 1 || number.digits > 2)
                return std::nullopt;
            count = number.value;
            e = number.end;
        } else {
            return std::nullopt;
        }
        const qsizetype y = skipSpaces(e);
        if (at(y) != u'年')
            return std::nullopt;
        return afterJapaneseYear(i, y + 1, first + count - 1);
    }

    QStringView m_text;
    QDate m_ref;
    int m_contextYear = 0; // the year of the paragraph so far (0: none written yet)
    QList<DateMention> m_out;
};

} // namespace

QList<DateMention> findDateMentions(QStringView text, QDate reference)
{
    return Finder(text, reference).run();
}

QList<AsOfPhrase> findAsOfPhrases(QStringView text, QDate reference)
{
    QList<AsOfPhrase> out;
    for (const DateMention& m : findDateMentions(text, reference)) {
        qsizetype end = m.position + m.length;
        while (end < text.size() && end - (m.position + m.length) < MaxSpaces && isSpace(text[end]))
            ++end;
        if (text.sliced(end).startsWith(u"現在") || text.sliced(end).startsWith(u"時点")) {
            out.append({m, m.position, end + 2 - m.position, true});
            continue;
        }
        qsizetype start = m.position;
        while (start > 0 && m.position - start < MaxSpaces && isSpace(text[start - 1]))
            --start;
        if (start >= 5 && text.sliced(start - 5, 5).compare(u"as of", Qt::CaseInsensitive) == 0 &&
            (start == 5 || !isAsciiLetter(text[start - 6])))
            out.append({m, start - 5, m.position + m.length - (start - 5), false});
    }
    return out;
}

QString speakAsOfDocumentDate(const QString& text, const QDate& documentDate)
{
    if (!documentDate.isValid())
        return text;
    const QList<AsOfPhrase> phrases = findAsOfPhrases(text, documentDate);
    QString out = text;
    for (qsizetype n = phrases.size() - 1; n >= 0; --n) {
        const AsOfPhrase& p = phrases.at(n);
        if (p.mention.precision != DateMention::Precision::Day || p.mention.date != documentDate)
            continue;
        if (!p.japanese) {
            out.replace(p.mention.position, p.mention.length, QStringLiteral("the date of this document"));
            continue;
        }
        const qsizetype end = p.position + p.length;
        const QStringView after = QStringView(out).sliced(end);
        const bool wasNow = QStringView(out).sliced(end - 2, 2) == u"現在";
        // 「…現在、」 becomes 「本日時点において、」; 「…時点で」 keeps its particle.
        const bool particleFollows = after.startsWith(u"において") || after.startsWith(u"で") ||
                                     after.startsWith(u"の") || after.startsWith(u"まで") ||
                                     after.startsWith(u"に");
        const QString replacement =
            wasNow && !particleFollows ? QStringLiteral("本日時点において") : QStringLiteral("本日時点");
        out.replace(p.position, p.length, replacement);
    }
    return out;
}

} // namespace bd
