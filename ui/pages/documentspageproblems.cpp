// The Documents page's problem list: what is wrong before output, each entry leading to the place to fix (the
// editor's cursor on the tag, or the recipient, whose missing address is asked for at once).
#include "documentspage.h"

#include "dialogs.h"
#include "incidentdocument.h"
#include "recipientservice.h"
#include "templateeditor.h"
#include "workspace.h"

#include <QListWidget>
#include <QStyle>
#include <QTextEdit>

namespace bd {

namespace {

enum ProblemRole
{
    LangRole = Qt::UserRole,
    TagRole,
    OccurrenceRole,
    RecipientIdRole,
    PlaceholderRole
};

// The tag at `offset` ("{{no.such}}"), and which occurrence of it in the editor's text it is (the template's
// <head> is not in the editor).
std::pair<QString, int> tagAt(const QString& text, qsizetype offset)
{
    if (offset < 0 || offset >= text.size())
        return {};
    qsizetype end = text.indexOf(QLatin1String("}}"), offset);
    end = end < 0 ? std::min(text.size(), offset + 2)
                  : end + (text.mid(end, 3) == QLatin1String("}}}") ? 3 : 2);
    const QString tag = text.mid(offset, end - offset);
    const qsizetype body = std::max<qsizetype>(0, text.indexOf(QLatin1String("<body")));
    int occurrence = 0;
    for (qsizetype at = text.indexOf(tag, body); at >= 0 && at < offset; at = text.indexOf(tag, at + 1))
        ++occurrence;
    return {tag, occurrence};
}

} // namespace

void DocumentsPage::refreshProblems()
{
    m_problems->clear();
    if (!m_sessionOk)
        return;
    const auto add = [this](const Problem& p, std::optional<Lang> lang) {
        QString text = p.message;
        if (lang && p.line > 0)
            text = tr("%1, line %2: %3")
                       .arg(*lang == Lang::Ja ? tr("Japanese") : tr("English"))
                       .arg(p.line)
                       .arg(p.message);
        else if (lang)
            text = tr("%1: %2").arg(*lang == Lang::Ja ? tr("Japanese") : tr("English"), p.message);
        auto* item = new QListWidgetItem(
            style()->standardIcon(p.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            text, m_problems);
        item->setData(PlaceholderRole, p.placeholder);
        item->setData(RecipientIdRole, p.recipientId);
        if (lang) {
            item->setData(LangRole, langKey(*lang));
            const auto [tag, occurrence] = tagAt(m_session.templateText(*lang), p.offset);
            item->setData(TagRole, tag);
            item->setData(OccurrenceRole, occurrence);
        }
    };
    for (const Lang lang : {Lang::Ja, Lang::En})
        for (const Problem& p : m_session.templateProblems(lang))
            add(p, lang);
    for (const Problem& p : std::as_const(m_scan.problems))
        add(p, std::nullopt);
    if (m_scan.problemCount > m_scan.problems.size())
        new QListWidgetItem(
            tr("… and %1 more problems with recipients").arg(m_scan.problemCount - m_scan.problems.size()),
            m_problems);
    if (m_problems->count() == 0)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found"),
                            m_problems);
}

void DocumentsPage::scanRecipients()
{
    StorageError error;
    m_scan = m_sessionOk && m_session.format() == TemplateFormat::Html
                 ? m_session.scan(m_document->database(), 200, &error)
                 : RecipientScan();
}

void DocumentsPage::problemActivated(QListWidgetItem* item)
{
    const QString lang = item->data(LangRole).toString();
    if (!lang.isEmpty()) {
        Lang l = Lang::Ja;
        langFromKey(lang, &l);
        TemplateEditor* e = editor(l);
        if (!e->showTag(item->data(TagRole).toString(), item->data(OccurrenceRole).toInt()))
            e->textEdit()->setFocus();
        return;
    }
    const qint64 id = item->data(RecipientIdRole).toLongLong();
    if (id == 0)
        return;
    // Show that recipient, and for a missing address ask for it at once.
    StorageError error;
    RecipientService& recipients = m_document->workspace().recipients();
    const std::optional<Recipient> r = recipients.recipient(id, &error);
    if (!r)
        return;
    if (const int index = recipients.previewIndex(m_session.group().id, id, &error); index >= 0)
        showRecipient(index);
    const QString field = item->data(PlaceholderRole).toString();
    if (field != QLatin1String("recipient.address") && field != QLatin1String("recipient.email"))
        return;
    const bool address = field == QLatin1String("recipient.address");
    bool ok = false;
    const QString value = Dialogs::textInput(this, tr("Fix recipient"),
                                             address ? tr("Postal address of %1:").arg(r->name)
                                                     : tr("E-mail address of %1:").arg(r->name),
                                             address ? r->address : r->email, &ok);
    if (!ok || value.trimmed().isEmpty())
        return;
    if (!recipients.setField(id, address ? QStringLiteral("address") : QStringLiteral("email"),
                             value.trimmed(), &error)) {
        Dialogs::warning(this, tr("Documents"), tr("The recipient could not be saved."), error.text());
        return;
    }
    m_recipient = recipients.recipient(id, &error);
    scanRecipients();
    refreshProblems();
    startPreview();
}

} // namespace bd
