#include "catalogue.h"

#include "incident.h"

namespace bd {

namespace {
DataItem item(const char* key, const char* ja, const char* en, bool sensitive = false, bool financial = false,
              bool judgement = false)
{
    return DataItem{QString::fromLatin1(key),
                    QString::fromUtf8(ja),
                    QString::fromUtf8(en),
                    sensitive,
                    financial,
                    judgement,
                    false};
}
} // namespace

const QList<DataItem>& builtinDataItems()
{
    // Sensitive items follow 法2条3項 and 施行令2条 (health-check results: 施行令2条2号, domain.md §1.1).
    // Financial-risk items follow PPC FAQ Q6-11; an account number alone needs judgement (FAQ Q14-8).
    static const QList<DataItem> items = {
        item("name", "氏名", "Name"),
        item("name_kana", "氏名（フリガナ）", "Name (kana)"),
        item("address", "住所", "Address"),
        item("phone", "電話番号", "Phone number"),
        item("email", "メールアドレス", "E-mail address"),
        item("birth_date", "生年月日", "Date of birth"),
        item("gender", "性別", "Gender"),
        item("age", "年齢", "Age"),
        item("company", "所属会社名", "Company name"),
        item("job_title", "肩書・役職", "Job title"),
        item("work_email", "勤務先メールアドレス", "Work e-mail address"),
        item("work_phone", "勤務先電話番号", "Work phone number"),
        item("employee_number", "社員番号", "Employee number"),
        item("career_history", "経歴", "Career history"),
        item("hr_records", "勤怠等の人事情報", "HR records such as attendance"),
        item("employment_management", "その他雇用管理に必要な情報", "Other employment-management data"),
        item("recruitment", "その他採用活動に必要な情報", "Other recruitment data"),
        item("policy_number", "証券番号", "Insurance policy number"),
        item("policy_details", "保険契約内容", "Insurance contract details"),
        item("accident_summary", "事故概要", "Accident summary"),
        item("appraisal_information", "鑑定業務において委託される情報",
             "Information entrusted for appraisal work"),
        item("bank_account", "金融口座情報", "Bank account details", false, false, true),
        item("credit_card", "クレジットカード番号", "Credit card number", false, true),
        item("banking_credentials", "ネットバンキングのID・パスワード", "Online banking login and password",
             false, true),
        item("login_credentials", "ログインID・パスワード", "Login ID and password", false, false, true),
        item("my_number", "個人番号（マイナンバー）", "Individual Number (My Number)"),
        item("drivers_licence", "運転免許証番号", "Driver's licence number"),
        item("passport_number", "旅券番号", "Passport number"),
        item("health_insurance_number", "健康保険被保険者番号", "Health insurance number"),
        item("face_photo", "顔写真", "Photograph"),
        item("health_checkup", "健康診断情報", "Health check-up results", true),
        item("medical_history", "病歴", "Medical history", true),
        item("disability", "障害の有無", "Disability", true),
        item("criminal_record", "犯罪の経歴", "Criminal record", true),
        item("crime_victim", "犯罪により害を被った事実", "Having been a victim of crime", true),
        item("beliefs", "信条", "Beliefs", true),
        item("race", "人種", "Race", true),
        item("social_status", "社会的身分", "Social status", true),
    };
    return items;
}

const DataItem* findBuiltinDataItem(const QString& key)
{
    for (const DataItem& i : builtinDataItems())
        if (i.key == key)
            return &i;
    return nullptr;
}

const QList<GroupInfo>& builtinGroups()
{
    static const QList<GroupInfo> groups = {
        {QString::fromLatin1(GroupKey::ConsignorCustomers), QStringLiteral("委託元のお客様（受託データ）"),
         QStringLiteral("Consignor clients' customers"), false},
        {QString::fromLatin1(GroupKey::Employees), QStringLiteral("従業員・元従業員"),
         QStringLiteral("Employees and former employees"), false},
        {QString::fromLatin1(GroupKey::Candidates), QStringLiteral("採用候補者"),
         QStringLiteral("Candidates"), false},
        {QString::fromLatin1(GroupKey::BusinessContacts), QStringLiteral("お取引先様担当者"),
         QStringLiteral("Business contacts"), false},
    };
    return groups;
}

const GroupInfo* findBuiltinGroup(const QString& key)
{
    for (const GroupInfo& g : builtinGroups())
        if (g.key == key)
            return &g;
    return nullptr;
}

} // namespace bd
