#include "bidicontrols.h"

namespace bd {

namespace {
constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

bool isIsolateInitiator(char16_t u)
{
    return u >= 0x2066 && u <= 0x2068; // LRI, RLI, FSI
}
} // namespace

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F ||
           u == 0x061C;
}

bool hasBidiControls(QStringView text)
{
    for (QChar c : text) {
        if (isBidiControl(c))
            return true;
    }
    return false;
}

QString isolatedForPrinting(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QChar(FirstStrongIsolate));
    int open = 0; // isolates opened by the value and not closed yet
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (isIsolateInitiator(u)) {
            ++open;
        } else if (u == PopDirectionalIsolate) {
            if (open == 0)
                continue; // it would match the wrapper's FSI (UAX #9, BD9)
            --open;
        }
        out.append(c);
    }
    for (; open > 0; --open)
        out.append(QChar(PopDirectionalIsolate));
    out.append(QChar(PopDirectionalIsolate)); // also ends embeddings and overrides inside (UAX #9, X6a)
    return out;
}

} // namespace bd
