// What the trigger rules look at besides the incident: which data sets count, whether the encryption
// exclusion applies, the item catalogue (built-in plus the workspace's custom items) and the language of the
// data labels quoted in reasons.
#pragma once

#include "catalogue.h"
#include "incident.h"
#include "ruleresult.h"

#include <QList>

namespace bd {

struct RuleContext
{
    QList<int> scope;               // indexes into Incident::dataSets that count
    bool encryptionExcludes = true; // 規則7条 「高度な暗号化」 exclusion
    Lang labelLang = Lang::En;
    QList<DataItem> customItems;

    // The scope of the organisation's own PPC report: every data set except those held for a consignor that
    // has been given the 規則9条 notice (JP-P).
    static RuleContext ownReport(const Incident& incident, Lang labelLang,
                                 const QList<DataItem>& customItems);
    // Every data set (the consignor notices and the P-mark report look at all of them).
    static RuleContext allData(const Incident& incident, Lang labelLang, const QList<DataItem>& customItems);

    // The data sets in `scope` the triggers look at: without those the encryption exclusion protects, when
    // it applies (規則7条1号 「高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じたもの」 is
    // left out of all four triggers).
    QList<int> counted(const Incident& incident) const;

    const DataItem* item(const QString& key) const;
    QString groupLabel(const Incident& incident, int dataSet) const;
    // "Employees and former employees (data set 2)", translated.
    QString dataSetName(const Incident& incident, int dataSet) const;
    QString itemLabel(const QString& key) const;
    // A reason about a data set (and an item, when itemKey is set), with its labels filled in.
    Reason reason(const Incident& incident, const QString& code, int dataSet, const QString& text,
                  const QString& itemKey = {}) const;
};

// The language of data labels (groups, items, holiday names) in reasons: the interface language, which
// bd::Localization installs as the default QLocale.
Lang labelLanguage();

// 規則7条 encryption exclusion for one data set: 高度な暗号化 and no sign that the key leaked too.
bool encryptionProtects(const DataSet& dataSet);
// The exclusion protects every data set of the incident (and there is at least one).
bool encryptionProtectsAll(const Incident& incident);
// JP-P: a consignor's data set whose processor (we) gave the 規則9条 notice.
bool processorNotified(const DataSet& dataSet);
QString causeText(CauseKind cause); // translated, e.g. "ransomware"

} // namespace bd
