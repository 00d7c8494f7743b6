#include "recordsource.h"

namespace bd {

bool SourceRecord::isBlank() const
{
    for (const QString& cell : cells) {
        for (QChar c : cell) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

} // namespace bd
