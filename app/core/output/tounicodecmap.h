#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace bd::tounicode {

// A PDF ToUnicode CMap for 2-byte codes: code → the text it stands for (one or more UTF-16 units).
using Map = std::map<quint16, QString>;

// Reads the bfchar and bfrange sections (both the "<lo> <hi> <dst>" and the "<lo> <hi> [<dst> …]" form).
Map parse(const QByteArray& cmap);

// Writes a CMap with one bfchar entry per code, 100 entries per section (the limit the format sets).
QByteArray write(const Map& map);

} // namespace bd::tounicode
