// The escape OOXML uses inside string cells for characters XML 1.0 cannot carry: _xHHHH_ (ECMA-376 Part 1,
// ST_Xstring). Control characters are written that way, and a literal "_xHHHH_" in the text escapes its
// underscore as _x005F_.
#pragma once

#include <QString>

namespace bd {

QString escapeOoxmlText(QStringView text);
QString unescapeOoxmlText(QStringView text);

} // namespace bd
