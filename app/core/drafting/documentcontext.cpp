#include "documentcontext.h"

#include "bidicontrols.h"
#include "datementions.h"
#include "eventphrase.h"

#include "honorifics.h"
#include "letterwording.h"
#include "placeholders.h"
#include "recipientrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace bd {

namespace {

struct ItemLabel
{
    QString label;
    bool sensitive = false;
    QString key;
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// Empty texts are `false`, so that {{#x}}…{{/x}} shows its content only when x has text.
MustacheData textData(const QString& text)
{
    return text.isEmpty() ? MustacheData(false) : MustacheData(utf8(text));
}

void setText(MustacheData& object, const char* key, const QString& text)
{
    object.set(key, textData(text));
}

// Leading line breaks and trailing blanks go; a leading 全角スペース (a paragraph indent) stays.
QString tidy(const QString& text)
{
    const auto blank = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
               c == QLatin1Char('\n');
    };
    qsizetype begin = 0, end = text.size();
    while (begin < end && (text.at(begin) == QLatin1Char('\r') || text.at(begin) == QLatin1Char('\n')))
        ++begin;
    while (end > begin && blank(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// A line that starts a list item rather than a paragraph: ・…, ①…, (1)…, 1. … and the like.
bool startsListItem(const QString& line)
{
    static const QRegularExpression item(QStringLiteral(
        "^(?:[・•●○◎■□◆◇▪▶►※＊*\\-－‐–—→⇒]|[\\x{2460}-\\x{24FF}\\x{2776}-\\x{2793}]"
        "|[(（][0-9０-９A-Za-zＡ-Ｚａ-ｚ一二三四五六七八九十]+[)）]|[0-9０-９]{1,2}[.．)）])"));
    return item.match(line).hasMatch();
}

bool hasJapanese(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF9F);
    });
}

// Japanese prose begins each paragraph one 全角 space in (字下げ). A narrative is written one paragraph a
// line, and its line breaks become line breaks of one printed paragraph, where a template's text-indent would
// reach the first line only: so the indent is written into the text, at the start of each line that begins a
// paragraph — not a list item, not a line already indented as typed, not an empty line, not a line without
// Japanese (an English text standing in for a missing translation).
QString indentParagraphs(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.isEmpty() || line.at(0).isSpace() || startsListItem(line) || !hasJapanese(line))
            continue;
        line.prepend(QChar(0x3000));
    }
    return lines.join(QLatin1Char('\n'));
}

// Document texts in the document's language (not user-interface strings).
QString causeText(CauseKind cause, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    switch (cause) {
    case CauseKind::Unknown:
        return ja ? QStringLiteral("調査中") : QStringLiteral("under investigation");
    case CauseKind::UnauthorisedAccess:
        return ja ? QStringLiteral("不正アクセス") : QStringLiteral("unauthorised access");
    case CauseKind::Ransomware:
        return ja ? QStringLiteral("ランサムウェア") : QStringLiteral("ransomware");
    case CauseKind::Misdelivery:
        return ja ? QStringLiteral("誤送付") : QStringLiteral("misdelivery");
    case CauseKind::LossOrTheft:
        return ja ? QStringLiteral("紛失・盗難") : QStringLiteral("loss or theft");
    case CauseKind::Insider:
        return ja ? QStringLiteral("内部不正") : QStringLiteral("insider misconduct");
    case CauseKind::Other:
        return ja ? QStringLiteral("その他") : QStringLiteral("other");
    }
    return {};
}

QString joinLabels(const QList<ItemLabel>& labels, Lang lang)
{
    QStringList texts;
    for (const ItemLabel& l : labels)
        texts << l.label;
    return texts.join(lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(", "));
}

// `lang`: English labels inside a sentence start in lower case ("your name, address, …").
MustacheData itemListData(const QList<ItemLabel>& labels, Lang lang)
{
    QStringList phrases;
    for (const ItemLabel& l : labels)
        phrases << (lang == Lang::En ? englishLabelInSentence(l.label) : l.label);
    MustacheData list(MustacheData::type::list);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        MustacheData item;
        setText(item, "label", labels.at(i).label);
        setText(item, "phrase", phrases.at(i));
        item.set("sensitive", MustacheData(labels.at(i).sensitive));
        item.set("last", MustacheData(i == labels.size() - 1));
        list.push_back(item);
    }
    return list;
}

Problem note(Problem::Kind kind, const QString& placeholder, const QString& message)
{
    Problem p;
    p.severity = Problem::Severity::Warning;
    p.kind = kind;
    p.placeholder = placeholder;
    p.message = message;
    return p;
}

void appendUnique(QList<Problem>* notes, const Problem& p)
{
    for (const Problem& n : *notes)
        if (n.placeholder == p.placeholder && n.message == p.message)
            return;
    notes->append(p);
}

// The text in the document's language; the other language's text, with a note, when it is empty.
QString pick(Lang lang, const QString& ja, const QString& en, const QString& placeholder,
             QList<Problem>* notes)
{
    const bool japanese = lang == Lang::Ja;
    const QString wanted = tidy(japanese ? ja : en);
    if (!wanted.trimmed().isEmpty())
        return wanted;
    const QString other = tidy(japanese ? en : ja);
    if (other.trimmed().isEmpty())
        return {};
    appendUnique(notes, note(Problem::Kind::MissingTranslation, placeholder,
                             japanese ? DocumentContextBuilder::tr(
                                            "The Japanese text of {{%1}} is empty: the English text is used.")
                                            .arg(placeholder)
                                      : DocumentContextBuilder::tr(
                                            "The English text of {{%1}} is empty: the Japanese text is used.")
                                            .arg(placeholder)));
    return other;
}

// What the advice for `labels` says, each text once, in the order of the items (letterwording.h).
MustacheData adviceListData(const QList<ItemLabel>& labels, Lang lang)
{
    QStringList texts;
    for (const ItemLabel& l : labels) {
        const QString advice = itemAdvice(l.key, lang);
        if (!advice.isEmpty() && !texts.contains(advice))
            texts << advice;
    }
    MustacheData list(MustacheData::type::list);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        MustacheData entry;
        setText(entry, "text", texts.at(i));
        entry.set("last", MustacheData(i == texts.size() - 1));
        list.push_back(entry);
    }
    return list;
}

// 91名, 約6,400名 …; 調査中 while any count is unknown (the one word documents use for what is still being
// investigated, domain.md §11.4); empty without data sets.
QString peopleText(const QList<DataSet>& sets, Lang lang)
{
    if (sets.isEmpty())
        return {};
    qint64 total = 0;
    bool estimate = false;
    for (const DataSet& set : sets) {
        if (!set.people)
            return lang == Lang::Ja ? QStringLiteral("調査中") : QStringLiteral("under investigation");
        total += *set.people;
        estimate = estimate || set.peopleEstimate;
    }
    return formatPeopleCount(total, estimate, lang);
}

QString dataSetGroupLabel(const DataSet& set, Lang lang, const QString& placeholder, QList<Problem>* notes)
{
    if (const GroupInfo* builtin = findBuiltinGroup(set.groupKey))
        return pick(lang, builtin->labelJa, builtin->labelEn, placeholder, notes);
    const QString label = pick(lang, set.groupLabelJa, set.groupLabelEn, placeholder, notes);
    return label.isEmpty() ? set.groupKey : label;
}

// The labels of `keys` (custom items included); an unknown key prints as itself, with a note.
QList<ItemLabel> itemLabels(const QStringList& keys, const QHash<QString, DataItem>& items, Lang lang,
                            const QString& placeholder, QList<Problem>* notes)
{
    QList<ItemLabel> labels;
    for (const QString& key : keys) {
        const auto it = items.constFind(key);
        if (it == items.constEnd()) {
            appendUnique(notes, note(Problem::Kind::Context, placeholder,
                                     DocumentContextBuilder::tr(
                                         "The data item \"%1\" is not in the catalogue: its key is printed.")
                                         .arg(key)));
            labels.append({key, false, key});
        } else {
            labels.append({pick(lang, it->labelJa, it->labelEn, placeholder, notes), it->sensitive, key});
        }
    }
    return labels;
}

} // namespace

DocumentGroup DocumentGroup::from(const RecipientGroup& group)
{
    DocumentGroup g;
    g.key = group.key;
    g.labelJa = group.labelJa;
    g.labelEn = group.labelEn;
    g.organisations = group.organisations;
    g.channel = group.channel;
    g.dataSetIds = group.dataSetIds;
    return g;
}

const MustacheData* DocumentContext::find(const QString& name) const
{
    const QStringList parts = name.split(QLatin1Char('.'));
    for (const MustacheData* root : {&own, shared.get()}) {
        const MustacheData* value = root;
        for (const QString& part : parts) {
            value = value ? value->get(utf8(part)) : nullptr;
            if (!value)
                break;
        }
        if (value)
            return value;
    }
    return nullptr;
}

bool DocumentContext::isEmpty(const QString& name) const
{
    const MustacheData* value = find(name);
    return !value || value->is_false() || value->is_empty_list() ||
           (value->is_string() && value->string_value().empty());
}

QString DocumentContext::text(const QString& name) const
{
    const MustacheData* value = find(name);
    return value && value->is_string() ? QString::fromStdString(value->string_value()) : QString();
}

DocumentContextBuilder::DocumentContextBuilder(const Incident& incident, const QList<DataItem>& customItems,
                                               const DocumentGroup& group, const DocumentOptions& options)
    : m_incident(incident), m_group(group), m_options(options)
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
    for (const DataItem& item : builtinDataItems())
        m_items.insert(item.key, item);
    for (const DataItem& item : customItems)
        m_items.insert(item.key, item);
    for (const DataSet& set : m_incident.dataSets) {
        const bool linked = m_group.dataSetIds ? m_group.dataSetIds->contains(set.id)
                                               : (m_group.key == QLatin1String(ConsignorClientsGroupKey)
                                                      ? set.holder == Holder::Consignor
                                                      : set.groupKey == m_group.key);
        if (linked)
            m_linked.append(set);
    }
    buildShared();
}

void DocumentContextBuilder::buildShared()
{
    const Lang lang = m_options.lang;
    QList<Problem>* notes = &m_sharedNotes;
    const auto text = [&](const QString& ja, const QString& en, const char* placeholder) {
        return pick(lang, ja, en, QString::fromLatin1(placeholder), notes);
    };
    MustacheData root;

    MustacheData incident;
    setText(incident, "code", m_incident.code);
    setText(incident, "title", text(m_incident.titleJa, m_incident.titleEn, "incident.title"));
    setText(incident, "event", eventKindList(m_incident.event, lang));
    // Each kind with its own certainty: 「毀損が発生し、漏えいが発生したおそれがある」.
    setText(incident, "event_phrase", eventPredicate(m_incident.event, lang, m_incident.cause));
    // The same in plain words, for letters to individuals (「外部に流出したおそれがある」, domain.md §11.1).
    setText(incident, "plain_phrase", plainEventPredicate(m_incident.event, lang, m_incident.cause));
    incident.set("possible", MustacheData(m_incident.event.onlyPossible()));
    // Some kind only may have happened (a possible leak beside a certain encryption): "may have been
    // involved".
    const EventStates& e = m_incident.event;
    incident.set("uncertain",
                 MustacheData(e.leak == EventCertainty::Possible || e.loss == EventCertainty::Possible ||
                              e.damage == EventCertainty::Possible));
    setText(incident, "cause_kind", causeText(m_incident.cause, lang));
    setText(incident, "people", peopleText(m_incident.dataSets, lang));
    root.set("incident", incident);

    // Names set apart by full-width spaces in Japanese (代表取締役　浜田　誠), by spaces in English.
    const auto spaced = [lang](const QString& name) {
        return lang == Lang::Ja ? japaneseNameSpacing(name) : englishNameSpacing(name);
    };
    const Organisation& o = m_incident.org;
    MustacheData org;
    setText(org, "name", spaced(text(o.nameJa, o.nameEn, "org.name")));
    setText(org, "address", text(o.addressJa, o.addressEn, "org.address"));
    setText(org, "representative",
            spaced(text(o.representativeJa, o.representativeEn, "org.representative")));
    root.set("org", org);

    MustacheData desk;
    setText(desk, "name", spaced(text(o.desk.nameJa, o.desk.nameEn, "desk.name")));
    setText(desk, "phone", o.desk.phone.trimmed());
    // A free-dial number is printed with 「（通話料無料）」 and cannot be dialled from abroad: the number for
    // callers abroad goes beside it (domain.md §11.4).
    const bool freeDial = isFreeDial(o.desk.phone);
    desk.set("free_dial", MustacheData(freeDial));
    setText(desk, "phone_abroad", o.desk.phoneAbroad.trimmed());
    if (freeDial && o.desk.phoneAbroad.trimmed().isEmpty())
        appendUnique(notes, note(Problem::Kind::Context, QStringLiteral("desk.phone"),
                                 tr("The inquiry desk's number %1 is free-dial, which cannot be called from "
                                    "abroad: enter a number for callers abroad as well.")
                                     .arg(o.desk.phone.trimmed())));
    setText(desk, "email", o.desk.email.trimmed());
    setText(desk, "hours", text(o.desk.hoursJa, o.desk.hoursEn, "desk.hours"));
    root.set("desk", desk);

    const DateStyle style = m_options.dateStyle;
    const QDate today = m_options.today;
    const QDate known = m_incident.knownAt.date();
    MustacheData dates;
    setText(dates, "today", formatDate(today, lang, style));
    setText(dates, "today_weekday", formatWeekday(today, lang));
    setText(dates, "known_on", formatDate(known, lang, style));
    setText(dates, "known_on_weekday", formatWeekday(known, lang));
    setText(dates, "occurred", formatDateRange(m_incident.occurredFrom, m_incident.occurredTo, lang, style));
    setText(dates, "occurred_from", formatDate(m_incident.occurredFrom, lang, style));
    setText(dates, "occurred_to", formatDate(m_incident.occurredTo, lang, style));
    setText(dates, "contained_on", formatDate(m_incident.containedOn, lang, style));
    root.set("dates", dates);

    QString audience = m_options.audience;
    if (audience.isEmpty())
        audience = QString::fromLatin1(isConsignorGroup() ? Audience::Consignors : Audience::Individuals);
    const MustacheData narrative = narrativeData(audience, notes);
    root.set("narrative", narrative);

    // The group: its label, its people and the items of its data sets (each once, in order of appearance).
    QString label = text(m_group.labelJa, m_group.labelEn, "group.label");
    if (label.isEmpty()) {
        if (const GroupInfo* builtin = findBuiltinGroup(m_group.key))
            label = text(builtin->labelJa, builtin->labelEn, "group.label");
        else if (!m_linked.isEmpty())
            label = dataSetGroupLabel(m_linked.first(), lang, QStringLiteral("group.label"), notes);
    }
    QStringList keys;
    for (const DataSet& set : m_linked)
        for (const QString& key : set.itemKeys)
            if (!keys.contains(key))
                keys << key;
    const QList<ItemLabel> labels = itemLabels(keys, m_items, lang, QStringLiteral("items"), notes);
    MustacheData group;
    setText(group, "label", label);
    setText(group, "people", peopleText(m_linked, lang));
    setText(group, "items", joinLabels(labels, lang));
    root.set("group", group);
    root.set("items", itemListData(labels, lang));
    root.set("advice", adviceListData(labels, lang));

    m_shared = std::make_shared<MustacheData>(std::move(root));
}

DocumentContext DocumentContextBuilder::base() const
{
    DocumentContext context;
    context.lang = m_options.lang;
    context.channel = m_group.channel;
    context.shared = m_shared;
    context.notes = m_sharedNotes;
    return context;
}

QHash<QString, QString> DocumentContextBuilder::recipientValues(const Recipient& recipient) const
{
    // A field holding bidirectional controls (flagged on import) is printed isolated, so that it cannot
    // reorder the letter's text around it, not even the 様 after a name (bidicontrols.h). Other fields stay
    // as they are: an isolate in every letter would only add invisible characters to the text layer.
    Recipient r = recipient;
    for (QString* field : {&r.name, &r.kana, &r.organisation, &r.department, &r.title, &r.postcode,
                           &r.address, &r.email, &r.phone}) {
        if (hasBidiControls(*field))
            *field = isolatedForPrinting(field->trimmed());
    }
    const Lang lang = m_options.lang;
    const bool ja = lang == Lang::Ja;
    const auto spaced = [ja](const QString& name) {
        return ja ? japaneseNameSpacing(name) : englishNameSpacing(name);
    };
    const QString person = spaced(addresseePerson(r, m_group.organisations));
    const QString honorific = honorificName(r, m_group.organisations, lang);
    const QString organisation = spaced(withoutHonorific(r.organisation));
    const QString department = spaced(r.department);
    const QString title = spaced(r.title);
    // The addressee, a line each, in the order the language writes it (the address follows): name, title,
    // department and organisation in English (domain.md §11.5); in Japanese the name with its honorific.
    QStringList block;
    if (ja) {
        block = {honorific};
    } else {
        block = {person, title, department};
        // In a group of organisations the organisation may be written in the name column.
        block << (organisation.isEmpty() && person.isEmpty() ? spaced(withoutHonorific(r.name))
                                                             : organisation);
    }
    block.removeAll(QString());
    const QString salutation = ja                 ? QStringLiteral("拝啓")
                               : person.isEmpty() ? QStringLiteral("Dear Sir or Madam,")
                                                  : QStringLiteral("Dear %1,").arg(person);
    const QString valediction = ja                 ? QStringLiteral("敬具")
                                : person.isEmpty() ? QStringLiteral("Yours faithfully,")
                                                   : QStringLiteral("Yours sincerely,");
    return {
        {QStringLiteral("recipient.name"), spaced(withoutHonorific(r.name))},
        {QStringLiteral("recipient.kana"), r.kana.trimmed()},
        {QStringLiteral("recipient.honorific_name"), honorific},
        {QStringLiteral("recipient.organisation"), organisation},
        {QStringLiteral("recipient.department"), department},
        {QStringLiteral("recipient.title"), title},
        {QStringLiteral("recipient.postcode"), formatPostcode(r.postcode, lang)},
        {QStringLiteral("recipient.address"), tidy(r.address)},
        {QStringLiteral("recipient.email"), r.email.trimmed()},
        {QStringLiteral("recipient.phone"), r.phone.trimmed()},
        {QStringLiteral("recipient.addressee"), block.join(QLatin1Char('\n'))},
        {QStringLiteral("recipient.salutation"), salutation},
        {QStringLiteral("recipient.valediction"), valediction},
    };
}

bool DocumentContextBuilder::isLetter() const
{
    return !m_group.key.isEmpty();
}

bool DocumentContextBuilder::isConsignorGroup() const
{
    return m_group.key == QLatin1String(ConsignorClientsGroupKey);
}

MustacheData DocumentContextBuilder::narrativeData(const QString& audience, QList<Problem>* notes) const
{
    const Lang lang = m_options.lang;
    MustacheData narrative;
    for (const NarrativeSection section : allNarrativeSections()) {
        const QString key = narrativeSectionKey(section);
        const Narrative n = m_incident.narrativeFor(section, audience);
        QString value = pick(lang, n.textJa, n.textEn, QStringLiteral("narrative.") + key, notes);
        // 「2024年12月25日現在」 in a document of that day reads 「本日時点において」 (datementions.h).
        value = speakAsOfDocumentDate(value, m_options.today);
        // A letter (a document for a recipient group) apologises in its opening and closing; the narratives
        // it prints inside 記 hold the facts (domain.md §11.4).
        if (isLetter())
            value = withoutApologies(value);
        // One date style through the document: 和暦 in the date line means 和暦 in the text.
        if (lang == Lang::Ja && m_options.dateStyle == DateStyle::Wareki)
            value = datesInEra(value);
        // The contact desk is lines of an address block, not prose.
        if (lang == Lang::Ja && section != NarrativeSection::ContactDesk)
            value = indentParagraphs(value);
        narrative.set(utf8(key), textData(value));
    }
    return narrative;
}

void DocumentContextBuilder::addRecipient(DocumentContext& context,
                                          const QHash<QString, QString>& values) const
{
    // Every recipient.* placeholder of the catalogue, empty when `values` does not have it.
    static const QString prefix = QStringLiteral("recipient.");
    MustacheData recipient;
    for (const Placeholder& p : placeholderCatalogue()) {
        if (p.group == PlaceholderGroup::Recipient && p.parent.isEmpty() && p.name.startsWith(prefix))
            recipient.set(utf8(p.name.mid(prefix.size())), textData(values.value(p.name)));
    }
    context.own.set("recipient", recipient);
}

void DocumentContextBuilder::addConsignor(DocumentContext& context, ConsignorMode mode,
                                          const QString& consignorName) const
{
    const Lang lang = m_options.lang;
    QList<DataSet> held;
    for (const DataSet& set : m_linked)
        if (set.holder == Holder::Consignor)
            held.append(set);
    QString name = consignorName;
    if (mode == ConsignorMode::Preview && !held.isEmpty())
        name = held.first().consignorName;
    QList<DataSet> sets;
    if (mode != ConsignorMode::None) {
        for (const DataSet& set : held)
            if (consignorKey(set.consignorName) == consignorKey(name))
                sets.append(set);
    }
    if (mode == ConsignorMode::ForRecipient && sets.isEmpty() && !held.isEmpty()) {
        context.notes.append(
            note(Problem::Kind::Context, QStringLiteral("consignor.data_sets"),
                 tr("No data set of this group is held for \"%1\": check that the recipient's "
                    "organisation is written as in the data sets.")
                     .arg(name)));
    }
    MustacheData list(MustacheData::type::list);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const DataSet& set = sets.at(i);
        const QList<ItemLabel> labels =
            itemLabels(set.itemKeys, m_items, lang, QStringLiteral("consignor.data_sets"), &context.notes);
        MustacheData entry;
        setText(entry, "group_label",
                dataSetGroupLabel(set, lang, QStringLiteral("consignor.data_sets"), &context.notes));
        setText(entry, "people", peopleText({set}, lang));
        setText(entry, "item_list", joinLabels(labels, lang));
        entry.set("items", itemListData(labels, lang));
        entry.set("last", MustacheData(i == sets.size() - 1));
        list.push_back(entry);
    }
    MustacheData consignor;
    setText(consignor, "name",
            sets.isEmpty() ? (mode == ConsignorMode::None ? QString() : name)
                           : sets.first().consignorName.trimmed());
    consignor.set("data_sets", list);
    context.own.set("consignor", consignor);
    // Each consignor client reads the narratives written for it (a notice to one client never carries what
    // was written for another).
    if (isConsignorGroup() && m_options.audience.isEmpty() && mode != ConsignorMode::None && !name.isEmpty())
        context.own.set("narrative",
                        narrativeData(consignorAudience(sets.isEmpty() ? name : sets.first().consignorName),
                                      &context.notes));
}

DocumentContext DocumentContextBuilder::build() const
{
    DocumentContext context = base();
    addRecipient(context, {});
    addConsignor(context, ConsignorMode::Preview, QString());
    return context;
}

DocumentContext DocumentContextBuilder::build(const Recipient& recipient) const
{
    DocumentContext context = base();
    context.hasRecipient = true;
    context.recipientId = recipient.id;
    context.sourceRow = recipient.sourceRow;
    const QHash<QString, QString> values = recipientValues(recipient);
    addRecipient(context, values);
    // A consignor client is named by the organisation column, or by the name column in a group of
    // organisations.
    QString consignor = values.value(QStringLiteral("recipient.organisation"));
    if (consignor.isEmpty())
        consignor = values.value(QStringLiteral("recipient.name"));
    addConsignor(context, ConsignorMode::ForRecipient, consignor);
    return context;
}

DocumentContext DocumentContextBuilder::buildWithRecipientValues(const QHash<QString, QString>& values) const
{
    DocumentContext context = base();
    addRecipient(context, values);
    addConsignor(context, ConsignorMode::None, QString());
    return context;
}

} // namespace bd
