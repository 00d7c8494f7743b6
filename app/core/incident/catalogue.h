// The catalogue of personal-data items and of the built-in people groups, with Japanese and English labels.
#pragma once

#include <QList>
#include <QString>

namespace bd {

struct DataItem
{
    QString key;
    QString labelJa, labelEn;
    bool sensitive = false;      // 要配慮個人情報 (規則7条1号)
    bool financialRisk = false;  // misuse could cause financial loss (規則7条2号)
    bool needsJudgement = false; // trigger 2 depends on what else leaked (PPC FAQ Q6-11, Q14-8)
    bool custom = false;         // added by the officer (stored in the workspace)
    bool operator==(const DataItem&) const = default;
};

struct GroupInfo
{
    QString key;
    QString labelJa, labelEn;
    bool organisations = false; // recipients are organisations (御中), not people (様)
};

// The items shipped with the application. Custom items live in the workspace (storage) and are merged by
// callers.
const QList<DataItem>& builtinDataItems();
const DataItem* findBuiltinDataItem(const QString& key);

const QList<GroupInfo>& builtinGroups();
const GroupInfo* findBuiltinGroup(const QString& key);

} // namespace bd
