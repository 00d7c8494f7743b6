#include "lettersession.h"

#include "redactionrepository.h"

#include "builtintemplates.h"
#include "draftmark.h"
#include "honorifics.h"
#include "incidentrepository.h"
#include "mergefields.h"
#include "recipientcursor.h"
#include "sha256.h"
#include "templaterepository.h"

#include <QTextDocument>

#include <memory>

namespace bd {

namespace {

// Section keys beyond this many make too many merge templates: such drafts are rendered whole per letter.
constexpr int maxSectionKeys = 6;

// The group named `key`: its exact key, else the one group whose key ends or starts with it as a word
// ("contacts" for "business_contacts").
std::optional<RecipientGroup> findGroup(RecipientRepository& repo, qint64 incidentId, const QString& key,
                                        QStringList* keys, StorageError* error)
{
    const QList<RecipientGroup> groups = repo.groups(incidentId, error);
    std::optional<RecipientGroup> partial;
    int partials = 0;
    for (const RecipientGroup& g : groups) {
        keys->append(g.key);
        if (g.key == key)
            return g;
        if (g.key.endsWith(QLatin1Char('_') + key) || g.key.startsWith(key + QLatin1Char('_'))) {
            partial = g;
            ++partials;
        }
    }
    return partials == 1 ? partial : std::nullopt;
}

} // namespace

bool letterLanguageFromKey(const QString& key, LetterLanguage* out)
{
    if (key == QLatin1String("auto"))
        *out = LetterLanguage::Auto;
    else if (key == QLatin1String("ja"))
        *out = LetterLanguage::Ja;
    else if (key == QLatin1String("en"))
        *out = LetterLanguage::En;
    else
        return false;
    return true;
}

const QStringList& LetterSession::recipientKeys()
{
    static const QStringList keys = {
        QStringLiteral("recipient.name"),           QStringLiteral("recipient.kana"),
        QStringLiteral("recipient.honorific_name"), QStringLiteral("recipient.organisation"),
        QStringLiteral("recipient.department"),     QStringLiteral("recipient.title"),
        QStringLiteral("recipient.postcode"),       QStringLiteral("recipient.address"),
        QStringLiteral("recipient.email"),          QStringLiteral("recipient.phone"),
        QStringLiteral("recipient.addressee"),      QStringLiteral("recipient.salutation"),
        QStringLiteral("recipient.valediction")};
    return keys;
}

bool LetterSession::load(Database& db, const LetterRequest& request, QString* error)
{
    m_request = request;
    StorageError storage;
    IncidentRepository incidents(db);
    const std::optional<Incident> incident = incidents.load(request.incidentId, &storage);
    if (!incident) {
        *error = storage ? storage.message : tr("The incident was not found.");
        return false;
    }
    m_incident = *incident;
    // After a redaction the recipients are blank: no letter can be made from them.
    if (!RedactionRepository(db).checkNotRedacted(request.incidentId, &storage)) {
        *error = storage.message;
        return false;
    }
    m_customItems = incidents.customItems(&storage);
    if (!BuiltinTemplates::kinds().contains(request.kind)) {
        *error = tr("There is no document kind \"%1\" (known: %2).")
                     .arg(request.kind, BuiltinTemplates::kinds().join(QStringLiteral(", ")));
        return false;
    }
    RecipientRepository recipients(db);
    QStringList keys;
    storage = StorageError();
    const std::optional<RecipientGroup> group =
        findGroup(recipients, request.incidentId, request.groupKey, &keys, &storage);
    if (!group) {
        *error = storage          ? storage.message
                 : keys.isEmpty() ? tr("The incident has no recipient group \"%1\" (it has no groups yet).")
                                        .arg(request.groupKey)
                                  : tr("The incident has no recipient group \"%1\" (groups: %2).")
                                        .arg(request.groupKey, keys.join(QStringLiteral(", ")));
        return false;
    }
    m_group = *group;
    m_request.groupKey = m_group.key;

    TemplateRepository templates(db, BuiltinTemplates::lookup());
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        const std::optional<TemplateDraft> draft =
            templates.load(request.incidentId, {request.kind, m_group.key, langKey(lang)}, &storage);
        if (!draft) {
            *error = storage.message;
            return false;
        }
        m_side[index(lang)].text = draft->body;
        m_side[index(lang)].version = draft->isCopy ? draft->basedOnVersion : draft->builtinVersion;
        m_side[index(lang)].edited = draft->isCopy;
    }
    m_format = BuiltinTemplates::format(request.kind);
    if (request.dateStyle) {
        m_dateStyle = *request.dateStyle;
    } else {
        DateStyle style = DateStyle::Seireki;
        dateStyleFromKey(templates.dateStyle(request.incidentId, request.kind, m_group.key, &storage),
                         &style);
        m_dateStyle = style;
    }
    rebuildBuilders();
    rebuild(Lang::Ja);
    rebuild(Lang::En);
    return true;
}

void LetterSession::rebuildBuilders()
{
    const DocumentGroup group = DocumentGroup::from(m_group);
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        const DocumentOptions options{lang, m_dateStyle, m_request.today, {}};
        m_side[index(lang)].builder.emplace(m_incident, m_customItems, group, options);
    }
}

void LetterSession::rebuild(Lang lang)
{
    Side& side = m_side[index(lang)];
    side.renderer = TemplateRenderer::cached(side.text, m_format);
    side.analysis = TemplateValidator::analyse(side.text);
    side.mergeable = m_format == TemplateFormat::Html;
    side.sectionKeys.clear();
    for (const PlaceholderUse& use : side.analysis.uses) {
        const Placeholder& p = *use.placeholder;
        const bool recipientField = p.parent.isEmpty() && recipientKeys().contains(p.name);
        if (p.perRecipient && !recipientField)
            side.mergeable = false;
        const bool section = use.tag.type == TemplateTag::Type::SectionBegin ||
                             use.tag.type == TemplateTag::Type::InvertedBegin;
        if (recipientField && section && !side.sectionKeys.contains(p.name))
            side.sectionKeys.append(p.name);
    }
    if (side.sectionKeys.size() > maxSectionKeys)
        side.mergeable = false;
    // Each consignor client reads its own narratives (documentcontext.h): no layout is shared between them.
    if (m_group.key == QLatin1String(ConsignorClientsGroupKey))
        side.mergeable = false;
}

QDate LetterSession::lettersDate() const
{
    return m_request.today.isValid() ? m_request.today : QDate::currentDate();
}

LetterBatchTemplate LetterSession::templateRecord(Lang lang) const
{
    const Side& side = m_side[index(lang)];
    LetterBatchTemplate t;
    t.version = side.version;
    t.edited = side.edited;
    t.sha256 = Sha256::hexOf(side.text.toUtf8());
    return t;
}

void LetterSession::setTemplateText(Lang lang, const QString& text)
{
    if (m_side[index(lang)].text == text)
        return;
    m_side[index(lang)].text = text;
    rebuild(lang);
}

void LetterSession::setDateStyle(DateStyle style)
{
    if (style == m_dateStyle)
        return;
    m_dateStyle = style;
    rebuildBuilders();
}

QList<Lang> LetterSession::languages() const
{
    switch (m_request.language) {
    case LetterLanguage::Ja:
        return {Lang::Ja};
    case LetterLanguage::En:
        return {Lang::En};
    case LetterLanguage::Auto:
        break;
    }
    return {Lang::Ja, Lang::En};
}

Lang LetterSession::languageOf(const Recipient& recipient) const
{
    if (m_request.language == LetterLanguage::Ja)
        return Lang::Ja;
    if (m_request.language == LetterLanguage::En)
        return Lang::En;
    Lang lang = Lang::Ja;
    if (!langFromKey(recipient.language, &lang))
        langFromKey(m_group.defaultLanguage, &lang);
    return lang;
}

QList<Problem> LetterSession::templateProblems(Lang lang) const
{
    const Side& side = m_side[index(lang)];
    return side.analysis.problems + TemplateValidator::checkContext(side.analysis, side.builder->build());
}

QList<Problem> LetterSession::recipientProblems(const Recipient& recipient) const
{
    const Side& side = m_side[index(languageOf(recipient))];
    QList<Problem> result;
    for (const Problem& p : TemplateValidator::checkContext(side.analysis, side.builder->build(recipient)))
        if (p.recipientId != 0 || p.kind == Problem::Kind::Recipient)
            result.append(p);
    return result;
}

RecipientScan LetterSession::scan(Database& db, int limit, StorageError* error) const
{
    RecipientScan scan;
    RecipientCursor cursor(db, m_group.id);
    while (const std::optional<Recipient> r = cursor.next()) {
        ++scan.recipients;
        ++scan.perLanguage[index(languageOf(*r))];
        for (const Problem& p : recipientProblems(*r)) {
            ++scan.problemCount;
            if (p.isError())
                ++scan.errorCount;
            if (scan.problems.size() < limit)
                scan.problems.append(p);
        }
    }
    if (error)
        *error = cursor.error();
    return scan;
}

QString LetterSession::render(const Recipient& recipient) const
{
    return render(recipient, languageOf(recipient));
}

QString LetterSession::render(const Recipient& recipient, Lang lang) const
{
    const Side& side = m_side[index(lang)];
    return side.renderer.render(side.builder->build(recipient));
}

QString LetterSession::renderWithoutRecipient(Lang lang) const
{
    const Side& side = m_side[index(lang)];
    return side.renderer.render(side.builder->build());
}

QString LetterSession::printableHtml(const QString& rendered) const
{
    if (m_format == TemplateFormat::Html)
        return rendered;
    return QStringLiteral("<html><body style=\"font-family: 'Noto Sans CJK JP'; font-size: 10.5pt;\">"
                          "<p style=\"white-space: pre-wrap;\">%1</p></body></html>")
        .arg(rendered.toHtmlEscaped());
}

QString LetterSession::footerLabel(const Recipient& recipient) const
{
    return honorificName(recipient, m_group.organisations, languageOf(recipient));
}

QString LetterSession::fileBaseName(const QString& pattern, const Recipient& recipient, qsizetype index) const
{
    QString name = withoutHonorific(recipient.name);
    if (name.isEmpty())
        name = withoutHonorific(recipient.organisation);
    QString result = pattern;
    result.replace(QLatin1String("{group}"), m_group.key)
        .replace(QLatin1String("{row}"),
                 QString::number(recipient.sourceRow > 0 ? qsizetype(recipient.sourceRow) : index + 1))
        .replace(QLatin1String("{index}"), QString::number(index + 1))
        .replace(QLatin1String("{id}"), QString::number(recipient.id))
        .replace(QLatin1String("{lang}"), langKey(languageOf(recipient)))
        .replace(QLatin1String("{name}"), name);
    return result;
}

// The merge template for `lang` and the pattern of empty section fields in `values`; registers it in
// `templates` on first use. -1 when the template's markers do not all land in printed text.
int LetterSession::mergeTemplate(Lang lang, const QHash<QString, QString>& values, QStringList* templates,
                                 QHash<QString, int>* byKey) const
{
    const Side& side = m_side[index(lang)];
    QString key = langKey(lang);
    for (const QString& field : side.sectionKeys)
        key += values.value(field).isEmpty() ? QLatin1Char('0') : QLatin1Char('1');
    if (const auto it = byKey->constFind(key); it != byKey->constEnd())
        return *it;
    QHash<QString, QString> markers;
    for (int i = 0; i < recipientKeys().size(); ++i) {
        const QString& field = recipientKeys().at(i);
        const bool empty = side.sectionKeys.contains(field) && values.value(field).isEmpty();
        markers.insert(field, empty ? QString() : mergefields::marker(i));
    }
    const QString html = side.renderer.render(side.builder->buildWithRecipientValues(markers));
    // Every marker must be printed text (not inside an attribute), as often as in the HTML.
    QTextDocument check;
    check.setHtml(html);
    const QString printed = check.toPlainText();
    for (int i = 0; i < recipientKeys().size(); ++i) {
        const QChar m = mergefields::marker(i).at(0);
        if (html.count(m) != printed.count(m)) {
            byKey->insert(key, -1);
            return -1;
        }
    }
    templates->append(html);
    byKey->insert(key, int(templates->size() - 1));
    return int(templates->size() - 1);
}

BatchJob LetterSession::makeJob(Database& db, int count, const Output& output)
{
    BatchJob job;
    job.count = count;
    job.mergedPath = output.mergedPath;
    job.perLetterDirectory = output.perLetterDirectory;
    job.protectedFiles = db.files();
    job.beforeCommit = output.beforeCommit;
    const bool marks = output.layout.marks && !output.controlBatch.isEmpty();
    if (marks) {
        job.controlBatch = output.controlBatch;
        job.manifestPath = output.manifestPath;
        job.padEven = output.layout.padEven;
        job.page = withAddressWindow(job.page, output.layout.windowMm);
        // The recipient fields an address block is made of (recipientKeys() order).
        for (const char* key :
             {"recipient.name", "recipient.honorific_name", "recipient.addressee", "recipient.organisation",
              "recipient.department", "recipient.title", "recipient.postcode", "recipient.address"})
            job.addressFields.append(int(recipientKeys().indexOf(QLatin1String(key))));
    }
    const bool window = marks && !output.layout.windowMm.isNull();
    const bool english = m_request.language == LetterLanguage::En;
    job.info.title = english ? (m_incident.titleEn.isEmpty() ? m_incident.titleJa : m_incident.titleEn)
                             : (m_incident.titleJa.isEmpty() ? m_incident.titleEn : m_incident.titleJa);
    job.info.author = english ? m_incident.org.nameEn : m_incident.org.nameJa;
    job.info.language = english ? QStringLiteral("en") : QStringLiteral("ja");
    // The letters' own date, so that the same letters made again are the same bytes (pdfassembler.h).
    job.info.creationDate = QDateTime(lettersDate(), QTime(0, 0), Qt::UTC);
    const bool draft = output.draft;

    // Shared by the two callbacks, which the runner calls in turn for each index on this thread.
    struct State
    {
        std::unique_ptr<RecipientCursor> cursor;
        Recipient current;
        qsizetype index = -1;
        QHash<QString, int> templateByKey;
        QStringList templates;
    };
    auto state = std::make_shared<State>();
    state->cursor = std::make_unique<RecipientCursor>(db, m_group.id);
    const LetterSession* self = this;
    const QString pattern = output.pattern;
    // Merge templates are made up front for every pattern of empty section fields (at most 2 × 2^6).
    for (const Lang lang : languages()) {
        const Side& side = m_side[index(lang)];
        if (!side.mergeable)
            continue;
        const qsizetype patterns = qsizetype(1) << side.sectionKeys.size();
        for (qsizetype mask = 0; mask < patterns; ++mask) {
            QHash<QString, QString> values;
            for (qsizetype b = 0; b < side.sectionKeys.size(); ++b)
                values.insert(side.sectionKeys.at(b), (mask >> b) & 1 ? QStringLiteral("x") : QString());
            mergeTemplate(lang, values, &state->templates, &state->templateByKey);
        }
    }
    job.templates = state->templates;
    job.letter = [self, state, draft, window](qsizetype i) {
        while (state->index < i) {
            const std::optional<Recipient> r = state->cursor->next();
            state->current = r ? *r : Recipient();
            ++state->index;
        }
        const Recipient& r = state->current;
        const Lang lang = self->languageOf(r);
        const Side& side = self->m_side[index(lang)];
        LetterInput input;
        input.footerLabel = self->footerLabel(r);
        input.english = lang == Lang::En;
        // What the address block of the letter is made of (addresswindow.h).
        if (window)
            input.addressValues = {r.postcode,   r.address, input.footerLabel, r.name, r.organisation,
                                   r.department, r.title};
        if (draft)
            input.draftMark = DraftMark::forLetterLanguage(lang == Lang::En);
        if (side.mergeable) {
            const QHash<QString, QString> values = side.builder->recipientValues(r);
            QString key = langKey(lang);
            for (const QString& field : side.sectionKeys)
                key += values.value(field).isEmpty() ? QLatin1Char('0') : QLatin1Char('1');
            const int t = state->templateByKey.value(key, -1);
            if (t >= 0) {
                input.templateIndex = t;
                for (const QString& field : recipientKeys())
                    input.fields.append(values.value(field));
                return input;
            }
        }
        input.html = self->printableHtml(self->render(r, lang));
        return input;
    };
    job.fileName = [self, state, pattern](qsizetype i) {
        return self->fileBaseName(pattern, state->current, i);
    };
    job.recordId = [state](qsizetype) { return state->current.id; };
    return job;
}

} // namespace bd
