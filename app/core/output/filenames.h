#pragma once

#include <QSet>
#include <QString>

namespace bd::filenames {

// `name` made into a file name that works on Linux, Windows and macOS, ending in `extension` (e.g. ".pdf"):
// strips / \ : * ? " < > | , control characters and bidirectional overrides (which could disguise the
// extension), turns line breaks and tabs into spaces, trims spaces and dots at the ends, prefixes Windows
// device names (CON, NUL, COM1 …) with "_", and keeps at most 200 bytes of UTF-8 before the extension.
// Japanese and other scripts are kept. An empty result becomes `fallback`.
QString safe(const QString& name, const QString& extension,
             const QString& fallback = QStringLiteral("letter"));

// Hands out names that differ from each other also for case-insensitive file systems: "a.pdf", "a (2).pdf" …
class UniqueNames
{
public:
    QString take(const QString& safeName);

private:
    QSet<QString> m_taken;
};

} // namespace bd::filenames
