// Shared by the drafting suites: the demo incident, recipients and context builders for its groups.
#pragma once

#include "documentcontext.h"
#include "incidentjson.h"
#include "incidenttransfer.h"

#include <QtTest>

namespace bd::test {

inline IncidentDocumentData demoIncidentData()
{
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    const bool ok = IncidentJson::fromBytes(IncidentTransfer::demoIncidentJson(), &data, &errors);
    if (!ok)
        qFatal("The demo incident does not parse: %s", qPrintable(errors.value(0).text()));
    return data;
}

inline DocumentGroup groupFor(const QString& key, const QString& channel = QStringLiteral("post"))
{
    DocumentGroup group;
    group.key = key;
    group.channel = channel;
    group.organisations = key == QLatin1String(ConsignorClientsGroupKey);
    return group;
}

inline DocumentOptions optionsFor(Lang lang, DateStyle style = DateStyle::Seireki)
{
    DocumentOptions options;
    options.lang = lang;
    options.dateStyle = style;
    options.today = QDate(2024, 12, 25);
    return options;
}

inline Recipient person()
{
    Recipient r;
    r.id = 7;
    r.groupId = 2;
    r.name = QStringLiteral("山田　太郎"); // with a 全角スペース, as imported files often have
    r.postcode = QStringLiteral("1050011");
    r.address = QStringLiteral("東京都港区芝公園四丁目2番8号");
    r.email = QStringLiteral("taro.yamada@example.jp");
    r.language = QStringLiteral("ja");
    r.sourceFile = QStringLiteral("employees.csv");
    r.sourceRow = 12;
    return r;
}

inline Recipient consignorClient()
{
    Recipient r;
    r.id = 3;
    r.groupId = 1;
    r.organisation = QStringLiteral("しおさい損害保険株式会社");
    r.department = QStringLiteral("個人情報保護管理部");
    r.postcode = QStringLiteral("100-0005");
    r.address = QStringLiteral("東京都千代田区丸の内一丁目1番1号");
    r.sourceRow = 2;
    return r;
}

} // namespace bd::test
