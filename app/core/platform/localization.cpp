#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace bd {

namespace {
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
QString current = QStringLiteral("en");
constexpr auto LanguageKey = "ui/language";
} // namespace

void Localization::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BreachDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("breachdesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("BreachDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BREACHDESK_VERSION));
}

QString Localization::savedLanguage()
{
    const QString saved = QSettings().value(QLatin1String(LanguageKey)).toString();
    if (saved == QLatin1String("ja") || saved == QLatin1String("en"))
        return saved;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void Localization::saveLanguage(const QString& language)
{
    QSettings().setValue(QLatin1String(LanguageKey), language);
}

bool Localization::install(const QString& language)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return false;
    if (!appTranslator) {
        appTranslator = new QTranslator(app);
        qtTranslator = new QTranslator(app);
    }
    QCoreApplication::removeTranslator(appTranslator);
    QCoreApplication::removeTranslator(qtTranslator);
    const bool ok = appTranslator->load(QStringLiteral(":/i18n/breachdesk_%1.qm").arg(language));
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (ok)
        QCoreApplication::installTranslator(appTranslator);
    current = ok ? language : QStringLiteral("en");
    QLocale::setDefault(QLocale(current == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                current == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
    return ok;
}

QString Localization::currentLanguage()
{
    return current;
}

} // namespace bd
