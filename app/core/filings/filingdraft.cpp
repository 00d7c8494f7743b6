#include "filingdraft.h"

#include "japaneseformat.h"
#include "pdfrenderer.h"
#include "templaterenderer.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace bd {

MustacheData mustacheText(const QString& text)
{
    return text.isEmpty() ? MustacheData(false) : MustacheData(text.toStdString());
}

MustacheData factSetsData(const FactSheet& facts, const QList<DataItem>& customItems, Lang lang,
                          const QString& unknownCount)
{
    MustacheData list(MustacheData::type::list);
    for (qsizetype i = 0; i < facts.sets.size(); ++i) {
        const FactSet& s = facts.sets.at(i);
        QStringList labels;
        bool sensitive = false;
        MustacheData items(MustacheData::type::list);
        for (qsizetype k = 0; k < s.itemKeys.size(); ++k) {
            const QString label = itemLabel(s.itemKeys.at(k), customItems, lang);
            const bool sens = itemSensitive(s.itemKeys.at(k), customItems);
            sensitive = sensitive || sens;
            labels << label;
            MustacheData item;
            item.set("label", mustacheText(label));
            item.set("sensitive", MustacheData(sens));
            item.set("last", MustacheData(k == s.itemKeys.size() - 1));
            items.push_back(item);
        }
        MustacheData entry;
        entry.set("group_label", mustacheText(s.label));
        entry.set("own", MustacheData(s.consignor.isEmpty()));
        entry.set("consignor", mustacheText(s.consignor));
        entry.set("people",
                  mustacheText(s.people ? formatPeopleCount(*s.people, s.estimate, lang) : unknownCount));
        entry.set("people_known", MustacheData(s.people.has_value()));
        entry.set("item_list",
                  mustacheText(labels.join(lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(", "))));
        entry.set("items", items);
        entry.set("sensitive", MustacheData(sensitive));
        entry.set("last", MustacheData(i == facts.sets.size() - 1));
        list.push_back(entry);
    }
    return list;
}

DocumentContext filingBaseContext(const Incident& incident, const QList<DataItem>& customItems, Lang lang,
                                  const QDate& date, const QString& audience)
{
    DocumentOptions options;
    options.lang = lang;
    options.today = date;
    options.audience = audience;
    DocumentGroup none; // no recipient group: the filings address an authority or the public
    return DocumentContextBuilder(incident, customItems, none, options).build();
}

bool renderDraft(FilingDraft& draft, const FilingTemplate& templ, const DocumentContext& context)
{
    draft.templ = templ;
    const TemplateRenderer renderer(templ.body, TemplateFormat::Html);
    if (!renderer.isValid()) {
        draft.problems += renderer.problems();
        draft.html.clear();
        return false;
    }
    draft.html = renderer.render(context);
    draft.plainText = plainTextOfHtml(draft.html);
    draft.problems += context.notes;
    return true;
}

PdfInfo filingPdfInfo(const FilingDraft& draft)
{
    PdfInfo info;
    info.title = draft.title;
    info.language = langKey(draft.lang);
    return info;
}

QByteArray renderFilingPdf(const FilingDraft& draft, QString* error)
{
    return PdfRenderer(PageSetup{}, filingPdfInfo(draft)).render(draft.html, error);
}

DocumentSurfaces filingSurfaces(const FilingDraft& draft, const QString& fileName)
{
    const PdfInfo info = filingPdfInfo(draft);
    DocumentSurfaces s;
    s.text = draft.plainText;
    s.metadata = QStringList{info.title, info.author, info.subject, info.creator};
    s.fileName = fileName;
    return s;
}

QString plainTextOfHtml(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QByteArray filingWebPage(const FilingDraft& draft)
{
    // The template is already a whole HTML document with inline styles. Print-oriented details are adapted
    // for screens: a viewport, a readable column, and web-safe fallbacks after the embedded-font families.
    QString page = draft.html;
    const QString head =
        QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<style>body{max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7;}"
                       "table{border-collapse:collapse;}td,th{vertical-align:top;}</style>\n");
    const qsizetype at = page.indexOf(QStringLiteral("</head>"), 0, Qt::CaseInsensitive);
    if (at >= 0)
        page.insert(at, head);
    if (!page.contains(QStringLiteral("<html lang"), Qt::CaseInsensitive))
        page.replace(QRegularExpression(QStringLiteral("<html>"), QRegularExpression::CaseInsensitiveOption),
                     QStringLiteral("<html lang=\"%1\">").arg(langKey(draft.lang)));
    page.replace(QStringLiteral("'Noto Serif CJK JP';"), QStringLiteral("'Noto Serif CJK JP', serif;"));
    page.replace(QStringLiteral("'Noto Sans CJK JP';"), QStringLiteral("'Noto Sans CJK JP', sans-serif;"));
    return page.toUtf8();
}

} // namespace bd
