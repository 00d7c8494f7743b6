#include "ideographs.h"

#include <algorithm>
#include <iterator>

namespace bd::ideographs {
namespace {

struct Entry
{
    char32_t from;
    char32_t to;
};

constexpr Entry table[] = {
#include "ideographtable.inc"
};

static_assert(std::is_sorted(std::begin(table), std::end(table),
                             [](const Entry& a, const Entry& b) { return a.from < b.from; }));

} // namespace

char32_t unified(char32_t codePoint)
{
    const auto it = std::lower_bound(std::begin(table), std::end(table), codePoint,
                                     [](const Entry& e, char32_t c) { return e.from < c; });
    return it != std::end(table) && it->from == codePoint ? it->to : 0;
}

int tableSize()
{
    return int(std::size(table));
}

} // namespace bd::ideographs
