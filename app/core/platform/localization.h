// The interface language (Japanese or English): which translators are installed, and the remembered choice.
#pragma once

#include <QString>

namespace bd {

class Localization
{
public:
    // Application name, organisation and version for QSettings and QStandardPaths.
    static void setIdentity();
    // "ja" or "en": the saved choice, else the system locale's language when it is Japanese, else English.
    static QString savedLanguage();
    static void saveLanguage(const QString& language);
    // Replaces the installed translators (ours and Qt's own) with those of `language`; false when ours is
    // missing.
    static bool install(const QString& language);
    static QString currentLanguage();
};

} // namespace bd
