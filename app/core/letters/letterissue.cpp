#include "letterissue.h"

#include "confidentialitycheck.h"
#include "japaneseformat.h"
#include "recipientrepository.h"

#include <QTextDocument>

namespace bd {

namespace {

QString plainText(const QString& html, TemplateFormat format)
{
    if (format != TemplateFormat::Html)
        return html;
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

QStringList LetterIssue::confidentialityErrors(Database& db, const LetterSession& session,
                                               StorageError* storage)
{
    const Incident& incident = session.incident();
    QStringList errors;
    const auto surfaces = [&](const QString& text, Lang lang) {
        DocumentSurfaces s;
        s.text = plainText(text, session.format());
        const QString title = lang == Lang::Ja ? incident.titleJa : incident.titleEn;
        const QString author = lang == Lang::Ja ? incident.org.nameJa : incident.org.nameEn;
        s.metadata = QStringList{title, author};
        return s;
    };
    if (session.group().key != QLatin1String(ConsignorClientsGroupKey)) {
        // The people affected: what every letter shares (a recipient's own fields, such as the company a
        // business contact works for, are theirs to read).
        for (const Lang lang : session.languages())
            errors += ConfidentialityCheck::check(incident, QString::fromLatin1(Audience::Individuals),
                                                  surfaces(session.renderWithoutRecipient(lang), lang));
    } else {
        // Each consignor client reads its own notice.
        RecipientRepository(db).forEach(
            session.group().id, false,
            [&](const Recipient& r) {
                const QString client = r.organisation.trimmed().isEmpty() ? r.name : r.organisation;
                errors += ConfidentialityCheck::check(incident, consignorAudience(client),
                                                      surfaces(session.render(r), session.languageOf(r)));
                return true;
            },
            storage);
    }
    errors.removeDuplicates();
    return errors;
}

QString LetterIssue::languageKey(LetterLanguage language)
{
    switch (language) {
    case LetterLanguage::Ja:
        return QStringLiteral("ja");
    case LetterLanguage::En:
        return QStringLiteral("en");
    case LetterLanguage::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool LetterIssue::plan(Database& db, const LetterSession& session, LetterIntent intent, const QString& reason,
                       bool merged, LetterPlan* plan, QString* error, StorageError* storage)
{
    *plan = LetterPlan();
    plan->merged = merged;
    plan->issued = LetterBatchRepository(db).latest(session.request().incidentId, session.request().kind,
                                                    session.group().key, storage);
    if (*storage)
        return false;
    const QString trimmed = reason.trimmed();
    if (!trimmed.isEmpty() && (intent != LetterIntent::Issue || !plan->issued)) {
        *error = plan->issued ? tr("A reason to issue again is given only with issuing.")
                              : tr("The %1 letters to %2 were never issued: issue them without a reason to "
                                   "issue again.")
                                    .arg(session.request().kind, session.group().key);
        return false;
    }
    switch (intent) {
    case LetterIntent::Draft:
        plan->role = LetterRole::Draft;
        return true;
    case LetterIntent::Issue:
        if (plan->issued && trimmed.isEmpty()) {
            *error =
                tr("The %1 letters to %2 were issued already (batch %3 of %4, %5 letters dated %6). Give "
                   "the reason to issue them again, or export a copy of batch %3.")
                    .arg(session.request().kind, session.group().key)
                    .arg(plan->issued->id)
                    .arg(plan->issued->issuedAt.toString(Qt::ISODate))
                    .arg(plan->issued->recipients)
                    .arg(plan->issued->lettersDate.toString(Qt::ISODate));
            return false;
        }
        // Each reader only what is theirs (confidentialitycheck.h): another reader's names block issuing.
        if (const QStringList hidden = confidentialityErrors(db, session, storage); !hidden.isEmpty()) {
            *error = tr("The letters cannot be issued: %1").arg(hidden.join(QLatin1Char('\n')));
            return false;
        }
        if (*storage)
            return false;
        plan->role = LetterRole::Issue;
        plan->reissueReason = trimmed;
        return true;
    case LetterIntent::Default:
        break;
    }
    if (!plan->issued) {
        plan->role = LetterRole::Draft;
        return true;
    }
    plan->role = LetterRole::Copy;
    const std::optional<PrintLayout> layout = PrintLayout::fromKey(plan->issued->layout);
    if (!layout) {
        *error = tr("Batch %1 records a print layout this version does not know (%2): it cannot be copied "
                    "here.")
                     .arg(plan->issued->id)
                     .arg(plan->issued->layout);
        return false;
    }
    plan->layout = *layout;
    const bool batchMerged = plan->issued->outputMode == QLatin1String("merged");
    if (batchMerged != merged) {
        *error = batchMerged ? tr("Batch %1 was issued as one merged PDF: a copy of it is one merged PDF too "
                                  "(or ask for a draft).")
                                   .arg(plan->issued->id)
                             : tr("Batch %1 was issued as one PDF per recipient: a copy of it is one PDF per "
                                  "recipient too (or ask for a draft).")
                                   .arg(plan->issued->id);
        return false;
    }
    return true;
}

QString LetterPlan::controlBatch() const
{
    switch (role) {
    case LetterRole::Draft:
        break;
    case LetterRole::Issue:
        // Without a reserved id (LetterBatchRepository::nextId()) the letters cannot name their batch.
        return batchId > 0 ? QStringLiteral("B%1").arg(batchId) : QString();
    case LetterRole::Copy:
        return QStringLiteral("B%1").arg(issued ? issued->id : 0);
    }
    return QStringLiteral("D");
}

LetterRequest LetterIssue::copyRequest(const LetterRequest& asked, const LetterBatch& batch)
{
    LetterRequest request = asked;
    request.groupKey = batch.groupKey;
    request.today = batch.lettersDate;
    letterLanguageFromKey(batch.language, &request.language);
    DateStyle style = DateStyle::Seireki;
    if (dateStyleFromKey(batch.dateStyle, &style))
        request.dateStyle = style;
    return request;
}

bool LetterIssue::sameAsIssued(const LetterBatch& batch, const BatchResult& result, QString* why)
{
    QList<QByteArray> made;
    if (batch.outputMode == QLatin1String("merged"))
        made.append(result.mergedSha256);
    else
        made = result.letterSha256;
    QList<QByteArray> issued;
    for (const LetterBatchFile& file : batch.files)
        issued.append(file.sha256);
    if (made == issued && !made.isEmpty())
        return true;
    *why = tr("The letters are no longer those issued in batch %1 (%2 letters dated %3): the template, the "
              "incident or the recipients changed since. Nothing was written. Export a draft to see the "
              "current text, or issue the letters again with a reason.")
               .arg(batch.id)
               .arg(batch.recipients)
               .arg(batch.lettersDate.toString(Qt::ISODate));
    return false;
}

std::function<bool(const BatchResult&, QString*)> LetterIssue::checkCopy(const LetterBatch& batch)
{
    return [batch](const BatchResult& made, QString* why) { return sameAsIssued(batch, made, why); };
}

LetterBatch LetterIssue::batchFor(const LetterSession& session, const RecipientScan& scan,
                                  const LetterPlan& plan, const BatchResult& result)
{
    LetterBatch batch;
    batch.incidentId = session.request().incidentId;
    batch.kind = session.request().kind;
    batch.groupKey = session.group().key;
    batch.recipients = int(result.letters);
    batch.language = languageKey(session.request().language);
    batch.dateStyle = dateStyleKey(session.dateStyle());
    batch.lettersDate = session.lettersDate();
    batch.templateJa = session.templateRecord(Lang::Ja);
    batch.templateJa.used = scan.perLanguage[0] > 0;
    batch.templateEn = session.templateRecord(Lang::En);
    batch.templateEn.used = scan.perLanguage[1] > 0;
    batch.outputMode = plan.merged ? QStringLiteral("merged") : QStringLiteral("each");
    batch.outputSha256 = result.outputSha256();
    batch.id = plan.batchId;
    // What the letters were made with, whatever was asked.
    batch.layout = PrintLayout{!result.controlBatch.isEmpty(), result.padEven, result.addressWindowMm}.key();
    if (plan.merged) {
        batch.files.append({1, 0, int(result.pages), result.mergedSha256});
    } else {
        for (qsizetype i = 0; i < result.letterSha256.size(); ++i)
            batch.files.append({int(i + 1), result.letterIds.value(i), result.letterPages.value(i),
                                result.letterSha256.at(i)});
    }
    if (plan.issued && !plan.reissueReason.isEmpty()) {
        batch.reissueOf = plan.issued->id;
        batch.reissueReason = plan.reissueReason;
    }
    return batch;
}

QString LetterIssue::exportDetail(const LetterSession& session, const LetterPlan& plan)
{
    QString detail = session.group().key + QStringLiteral(", ") + session.request().kind;
    if (plan.role == LetterRole::Copy && plan.issued)
        detail += QStringLiteral(", copy of batch %1, identical").arg(plan.issued->id);
    else if (plan.issued)
        detail += QStringLiteral(", draft (batch %1 was issued)").arg(plan.issued->id);
    else
        detail += QStringLiteral(", draft");
    return detail;
}

} // namespace bd
