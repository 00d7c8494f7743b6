#include "filingrecords.h"

namespace bd {

QStringList filingRecordStates()
{
    return {QStringLiteral("not_started"), QStringLiteral("drafted"), QStringLiteral("issued"),
            QStringLiteral("submitted"), QStringLiteral("acknowledged")};
}

} // namespace bd
