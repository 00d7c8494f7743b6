#include "ppcreport.h"

#include "datementions.h"
#include "eventphrase.h"
#include "japaneseformat.h"
#include "obligationreport.h"

#include <QJsonArray>

namespace bd {

namespace {

// Document text of the PPC form, which is Japanese only: not user-interface strings.
const char* const itemKeys[9] = {"summary",     "items",          "people",
                                 "cause",       "secondary_harm", "individual_response",
                                 "publication", "prevention",     "other"};
const char* const itemTitles[9] = {"概要",
                                   "漏えい等が発生し、又は発生したおそれがある個人データの項目",
                                   "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数",
                                   "原因",
                                   "二次被害又はそのおそれの有無及びその内容",
                                   "本人への対応の実施状況",
                                   "公表の実施状況",
                                   "再発防止のための措置",
                                   "その他参考となる事項"};

QString jaDate(const QDate& d)
{
    return formatJapaneseDate(d, DateStyle::Seireki);
}

// 「…現在」 of the report's own day reads 「本日時点において」 (datementions.h).
// The report is the regulator's: its narratives as written for the regulator, else for all readers.
QString narrativeJa(const Incident& incident, NarrativeSection section, const QDate& date)
{
    const Narrative n = incident.narrativeFor(section, QString::fromLatin1(Audience::Regulator));
    return speakAsOfDocumentDate(n.textJa.trimmed(), date);
}

// 「個人データの毀損が発生し、漏えいが発生したおそれがある事態」: each kind with its own certainty (規則7条).
QString eventJa(const Incident& incident)
{
    const QString clause = eventClause(incident.event, Lang::Ja);
    return clause.isEmpty() ? QString::fromUtf8(UnderInvestigationJa) : clause + QStringLiteral("事態");
}

// 本人への通知が困難な場合の代替措置 (法26条2項ただし書), for the data sets of this report whose people
// cannot be reached, each group with its reason.
QString substituteJa(const Incident& incident, const QList<int>& scope)
{
    QStringList groups;
    for (int i : scope) {
        const DataSet& ds = incident.dataSets.at(i);
        if (!ds.contactsUnreachable)
            continue;
        const QString reason = ds.contactsUnreachableReason.trimmed();
        const QString label = dataSetLabel(ds, Lang::Ja);
        // The group is named once: a reason that already names it stands alone.
        groups << (reason.isEmpty()         ? label
                   : reason.contains(label) ? reason
                                            : QStringLiteral("%1：%2").arg(label, reason));
    }
    if (groups.isEmpty())
        return {};
    return QStringLiteral("本人への通知が困難な場合の代替措置：公表及び問合せ窓口の設置（%1）")
        .arg(groups.join(QStringLiteral("／")));
}

QString causeKindJa(CauseKind cause)
{
    switch (cause) {
    case CauseKind::Unknown:
        return QString::fromUtf8(UnderInvestigationJa);
    case CauseKind::UnauthorisedAccess:
        return QStringLiteral("不正アクセス");
    case CauseKind::Ransomware:
        return QStringLiteral("ランサムウェアによる攻撃");
    case CauseKind::Misdelivery:
        return QStringLiteral("誤送付・誤送信");
    case CauseKind::LossOrTheft:
        return QStringLiteral("紛失・盗難");
    case CauseKind::Insider:
        return QStringLiteral("内部不正");
    case CauseKind::Other:
        return QStringLiteral("その他");
    }
    return {};
}

// 規則7条各号: the triggers of the organisation's own report.
QString triggersJa(const ObligationReport& report, bool* undecided)
{
    static const struct
    {
        const char* id;
        const char* text;
    } triggers[] = {
        {RuleId::JpT1, "第1号（要配慮個人情報が含まれる個人データの漏えい等）"},
        {RuleId::JpT2,
         "第2号（不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等）"},
        {RuleId::JpT3, "第3号（不正の目的をもって行われたおそれがある個人データの漏えい等）"},
        {RuleId::JpT4, "第4号（個人データに係る本人の数が千人を超える漏えい等）"},
    };
    QStringList fired, open;
    for (const auto& t : triggers) {
        const RuleResult* r = report.rule(QString::fromLatin1(t.id));
        if (!r)
            continue;
        if (r->fires())
            fired << QString::fromUtf8(t.text);
        else if (r->undecided())
            open << QString::fromUtf8(t.text).section(QStringLiteral("（"), 0, 0);
    }
    *undecided = !open.isEmpty();
    QString text = fired.isEmpty() ? QStringLiteral("該当なし") : fired.join(QStringLiteral("、"));
    if (!open.isEmpty())
        text += QStringLiteral("（%1の該当性は調査中）").arg(open.join(QStringLiteral("、")));
    return text;
}

// Events up to the report's date: a report never tells what happened after it.
QString timelineJa(const Incident& incident, const QDate& upTo)
{
    QList<TimelineEvent> events = incident.timeline;
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
    QStringList lines;
    for (const TimelineEvent& e : events) {
        if (e.textJa.trimmed().isEmpty() || !e.at.isValid() || (upTo.isValid() && e.at.date() > upTo))
            continue;
        QString when = jaDate(e.at.date());
        if (!e.dateOnly)
            when += QLatin1Char(' ') + e.at.toString(QStringLiteral("H:mm"));
        lines << QStringLiteral("・%1　%2").arg(when, e.textJa.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

struct Builder
{
    const Incident& incident;
    const QList<DataItem>& customItems;
    ReportStage stage;
    QDate date;
    QList<int> scope;

    QString unknownText() const
    {
        return stage == ReportStage::Preliminary ? QString::fromUtf8(UnderInvestigationJa)
                                                 : QStringLiteral("調査中（判明次第、追完いたします。）");
    }

    ReportItem make(int number, const QString& text, bool unknown) const
    {
        ReportItem item;
        item.number = number;
        item.key = QString::fromLatin1(itemKeys[number - 1]);
        item.title = QString::fromUtf8(itemTitles[number - 1]);
        item.text = text.isEmpty() ? unknownText() : text;
        item.unknown = unknown || text.isEmpty();
        return item;
    }

    // An item that is only a narrative section.
    ReportItem narrativeItem(int number, NarrativeSection section, const QString& extra = {}) const
    {
        QString text = narrativeJa(incident, section, date);
        const bool unknown = text.isEmpty();
        if (unknown)
            text = unknownText();
        if (!extra.isEmpty())
            text += QLatin1Char('\n') + extra;
        return make(number, text, unknown);
    }

    ReportItem summary(const ObligationReport& obligations) const
    {
        bool unknown = false;
        const auto orUnknown = [&](const QString& text) {
            if (!text.isEmpty())
                return text;
            unknown = true;
            return QString::fromUtf8(UnderInvestigationJa);
        };
        bool undecided = false;
        QStringList lines;
        lines << QStringLiteral("発生日：") +
                     orUnknown(formatDateRange(incident.occurredFrom, incident.occurredTo, Lang::Ja,
                                               DateStyle::Seireki));
        lines << QStringLiteral("発覚日：") + orUnknown(jaDate(incident.knownAt.date()));
        lines << QStringLiteral("発生事案：") + eventJa(incident);
        lines << QStringLiteral("規則7条各号該当性：") + triggersJa(obligations, &undecided);
        unknown = unknown || undecided;
        QStringList consignors, notified;
        for (const DataSet& ds : incident.dataSets) {
            if (ds.holder != Holder::Consignor || ds.consignorName.trimmed().isEmpty())
                continue;
            const QString name = ds.consignorName.trimmed();
            if (!consignors.contains(name))
                consignors << name;
            if (ds.consignorNotifiedOn.isValid() && ds.consignorNotifiedOn <= date &&
                !notified.contains(name))
                notified << QStringLiteral("%1（%2通知）").arg(name, jaDate(ds.consignorNotifiedOn));
        }
        QString commission =
            consignors.isEmpty()
                ? QStringLiteral("委託元なし")
                : QStringLiteral("委託元あり（%1）").arg(consignors.join(QStringLiteral("、")));
        if (!notified.isEmpty())
            commission +=
                QStringLiteral("。委託元に規則9条に基づく通知を行った個人データ（%1）は本報告の対象外")
                    .arg(notified.join(QStringLiteral("、")));
        lines << QStringLiteral("委託元及び委託先の有無：") + commission;
        const QString timeline = timelineJa(incident, date);
        if (!timeline.isEmpty())
            lines << QStringLiteral("事実経過：") << timeline;
        const QString narrative = narrativeJa(incident, NarrativeSection::Summary, date);
        unknown = unknown || narrative.isEmpty();
        lines << QString() << (narrative.isEmpty() ? unknownText() : narrative);
        return make(1, lines.join(QLatin1Char('\n')), unknown);
    }

    ReportItem items() const
    {
        QStringList lines;
        bool unknown = scope.isEmpty();
        for (const int i : scope) {
            const DataSet& ds = incident.dataSets.at(i);
            const QString holder =
                ds.holder == Holder::Consignor
                    ? QStringLiteral("%1から委託を受けて取り扱う個人データ").arg(ds.consignorName.trimmed())
                    : QStringLiteral("当社が保有する個人データ");
            lines << QStringLiteral("【%1】（%2）").arg(dataSetLabel(ds, Lang::Ja), holder);
            QStringList labels;
            for (const QString& key : ds.itemKeys)
                labels << itemLabel(key, customItems, Lang::Ja) + (itemSensitive(key, customItems)
                                                                       ? QStringLiteral("（要配慮個人情報）")
                                                                       : QString());
            if (labels.isEmpty()) {
                unknown = true;
                labels << unknownText();
            }
            lines << labels.join(QStringLiteral("、"));
        }
        return make(2, lines.join(QLatin1Char('\n')), unknown);
    }

    ReportItem people() const
    {
        QStringList lines;
        qint64 total = 0;
        bool estimate = false, unknown = scope.isEmpty();
        for (const int i : scope) {
            const DataSet& ds = incident.dataSets.at(i);
            QString count;
            if (ds.people) {
                total += *ds.people;
                estimate = estimate || ds.peopleEstimate;
                count = formatPeopleCount(*ds.people, ds.peopleEstimate, Lang::Ja);
            } else {
                unknown = true;
                count = QString::fromUtf8(UnderInvestigationJa);
            }
            lines << QStringLiteral("・%1：%2").arg(dataSetLabel(ds, Lang::Ja), count);
        }
        if (scope.isEmpty())
            return make(3, QString(), true);
        const QString head =
            unknown ? QStringLiteral("合計：%1（判明分 %2）")
                          .arg(unknownText(), formatPeopleCount(total, estimate, Lang::Ja))
                    : QStringLiteral("合計：%1").arg(formatPeopleCount(total, estimate, Lang::Ja));
        lines.prepend(QStringLiteral("内訳："));
        lines.prepend(head);
        return make(3, lines.join(QLatin1Char('\n')), unknown);
    }

    ReportItem cause() const
    {
        QStringList lines;
        lines << QStringLiteral("原因の種類：") + causeKindJa(incident.cause);
        if (incident.malicious)
            lines << QStringLiteral("不正の目的をもって行われたおそれ：あり") +
                         (incident.maliciousReason.trimmed().isEmpty()
                              ? QString()
                              : QStringLiteral("（%1）").arg(incident.maliciousReason.trimmed()));
        const QString narrative = narrativeJa(incident, NarrativeSection::Cause, date);
        lines << QString() << (narrative.isEmpty() ? unknownText() : narrative);
        return make(4, lines.join(QLatin1Char('\n')),
                    narrative.isEmpty() || incident.cause == CauseKind::Unknown);
    }
};

} // namespace

int ReportItem::characterCount() const
{
    return int(text.toUcs4().size());
}

QStringList ppcItemKeys()
{
    QStringList keys;
    for (const char* k : itemKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

QString previousReportText(ReportStage stage, const QDate& submittedOn, const QString& receiptNo)
{
    QStringList details;
    if (submittedOn.isValid())
        details << jaDate(submittedOn) + QStringLiteral("提出");
    if (!receiptNo.trimmed().isEmpty())
        details << QStringLiteral("受付番号 ") + receiptNo.trimmed();
    return reportStageLabelJa(stage) +
           (details.isEmpty() ? QString() : QStringLiteral("（%1）").arg(details.join(QStringLiteral("、"))));
}

QString ppcItemTitle(int number)
{
    return number >= 1 && number <= 9 ? QString::fromUtf8(itemTitles[number - 1]) : QString();
}

const ReportItem* PpcReport::item(int number) const
{
    for (const ReportItem& i : items)
        if (i.number == number)
            return &i;
    return nullptr;
}

const ReportItem* PpcReport::item(const QString& key) const
{
    for (const ReportItem& i : items)
        if (i.key == key)
            return &i;
    return nullptr;
}

QList<int> PpcReport::unknownItems() const
{
    QList<int> numbers;
    for (const ReportItem& i : items)
        if (i.unknown)
            numbers << i.number;
    return numbers;
}

QString PpcReport::plainText() const
{
    QStringList lines;
    lines << QStringLiteral("個人データの漏えい等報告（%1）").arg(reportStageLabelJa(stage));
    lines << QStringLiteral("報告日：") + jaDate(date);
    lines << QStringLiteral("報告者：") + reporter;
    for (const ReportItem& i : items)
        lines << QString() << QStringLiteral("（%1）%2").arg(i.number).arg(i.title) << i.text;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject PpcReport::toJson() const
{
    QJsonArray list;
    for (const ReportItem& i : items)
        list.append(QJsonObject{{QStringLiteral("number"), i.number},
                                {QStringLiteral("key"), i.key},
                                {QStringLiteral("title"), i.title},
                                {QStringLiteral("text"), i.text},
                                {QStringLiteral("unknown"), i.unknown}});
    return {{QStringLiteral("stage"), reportStageKey(stage)},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("reporter"), reporter},
            {QStringLiteral("representative"), representative},
            {QStringLiteral("address"), address},
            {QStringLiteral("desk_name"), deskName},
            {QStringLiteral("desk_phone"), deskPhone},
            {QStringLiteral("desk_email"), deskEmail},
            {QStringLiteral("industry"), industry},
            {QStringLiteral("reporter_department"), reporterDepartment},
            {QStringLiteral("reporter_name"), reporterName},
            {QStringLiteral("reporter_phone"), reporterPhone},
            {QStringLiteral("reporter_email"), reporterEmail},
            {QStringLiteral("previous_report"), previousReport},
            {QStringLiteral("items"), list},
            {QStringLiteral("facts"), facts.toJson()}};
}

std::optional<PpcReport> PpcReport::fromJson(const QJsonObject& o)
{
    PpcReport r;
    if (!reportStageFromKey(o.value(QStringLiteral("stage")).toString(), &r.stage))
        return std::nullopt;
    r.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    r.reporter = o.value(QStringLiteral("reporter")).toString();
    r.representative = o.value(QStringLiteral("representative")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.deskName = o.value(QStringLiteral("desk_name")).toString();
    r.deskPhone = o.value(QStringLiteral("desk_phone")).toString();
    r.deskEmail = o.value(QStringLiteral("desk_email")).toString();
    r.industry = o.value(QStringLiteral("industry")).toString();
    r.reporterDepartment = o.value(QStringLiteral("reporter_department")).toString();
    r.reporterName = o.value(QStringLiteral("reporter_name")).toString();
    r.reporterPhone = o.value(QStringLiteral("reporter_phone")).toString();
    r.reporterEmail = o.value(QStringLiteral("reporter_email")).toString();
    r.previousReport = o.value(QStringLiteral("previous_report")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        r.items.append(ReportItem{
            i.value(QStringLiteral("number")).toInt(), i.value(QStringLiteral("key")).toString(),
            i.value(QStringLiteral("title")).toString(), i.value(QStringLiteral("text")).toString(),
            i.value(QStringLiteral("unknown")).toBool()});
    }
    if (r.items.size() != 9)
        return std::nullopt;
    r.facts = FactSheet::fromJson(o.value(QStringLiteral("facts")).toObject());
    return r;
}

PpcReport buildPpcReport(const Incident& incident, const QList<DataItem>& customItems, ReportStage stage,
                         const QDate& date, const ObligationReport* obligations)
{
    ObligationReport evaluated;
    if (!obligations) {
        evaluated = evaluate(incident, {}, {}, QDateTime(date, QTime(12, 0)), customItems);
        obligations = &evaluated;
    }
    Builder b{incident, customItems, stage, date, ownReportScope(incident, date)};
    PpcReport r;
    r.stage = stage;
    r.date = date;
    r.reporter = incident.org.nameJa.trimmed();
    r.representative = incident.org.representativeJa.trimmed();
    r.address = incident.org.addressJa.trimmed();
    r.deskName = incident.org.desk.nameJa.trimmed();
    r.deskPhone = incident.org.desk.phone.trimmed();
    r.deskEmail = incident.org.desk.email.trimmed();
    const QString substitute = substituteJa(incident, b.scope);
    r.items = {b.summary(*obligations),
               b.items(),
               b.people(),
               b.cause(),
               b.narrativeItem(5, NarrativeSection::SecondaryHarm),
               b.narrativeItem(6, NarrativeSection::IndividualResponse, substitute),
               b.narrativeItem(7, NarrativeSection::Publication),
               b.narrativeItem(8, NarrativeSection::Prevention),
               b.narrativeItem(9, NarrativeSection::Other)};
    r.facts = factSheetOf(incident, Lang::Ja, b.scope);
    return r;
}

} // namespace bd
