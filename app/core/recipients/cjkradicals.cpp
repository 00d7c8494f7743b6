#include "cjkradicals.h"

#include <algorithm>
#include <iterator>

namespace bd {

namespace {

struct Entry
{
    char32_t from;
    char32_t to;
};

// {radical or stroke, its unified ideograph}, sorted: generated from EquivalentUnifiedIdeograph.txt by
// app/core/output/generateideographs.cmake (see this folder's CMakeLists.txt).
constexpr Entry kEquivalents[] = {
#include "ideographtable.inc"
};

char32_t equivalentOf(char32_t codePoint)
{
    const auto it = std::lower_bound(std::begin(kEquivalents), std::end(kEquivalents), codePoint,
                                     [](const Entry& e, char32_t c) { return e.from < c; });
    return it != std::end(kEquivalents) && it->from == codePoint ? it->to : 0;
}

} // namespace

char32_t unifiedIdeographOf(char16_t radical)
{
    if (radical >= 0x2F00 && radical <= 0x2FD5) {
        const QString nfkc = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
        const char32_t cp = nfkc.size() == 2 ? QChar::surrogateToUcs4(nfkc[0], nfkc[1]) : nfkc[0].unicode();
        return cp != radical ? cp : 0;
    }
    if (radical >= 0x2E80 && radical <= 0x2EF3)
        return equivalentOf(radical);
    return 0;
}

RadicalReplacement unifyCjkRadicals(QString& text)
{
    RadicalReplacement result;
    QString out;
    qsizetype copied = 0; // text before this index is in `out` (only once something was replaced)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (!isCjkRadical(u))
            continue;
        const char32_t ideograph = unifiedIdeographOf(u);
        if (!ideograph) {
            ++result.unmapped;
            continue;
        }
        out.append(QStringView(text).mid(copied, i - copied));
        out.append(QString::fromUcs4(&ideograph, 1));
        copied = i + 1;
        ++result.replaced;
    }
    if (result.replaced > 0) {
        out.append(QStringView(text).mid(copied));
        text = out;
    }
    return result;
}

} // namespace bd
