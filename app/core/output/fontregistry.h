#pragma once

#include <QRawFont>
#include <QString>

namespace bd::fontregistry {

// The installed font whose PostScript name (as Qt writes it into /BaseFont) is `postscriptName`, or an
// invalid QRawFont. The search runs once per name and process; the QRawFont is made for the calling thread,
// because font engines must not be shared between threads.
QRawFont rawFont(const QString& postscriptName);

} // namespace bd::fontregistry
