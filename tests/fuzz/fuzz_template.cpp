// A document template as the officer edits it (app/core/drafting): the tag scanner, the validator (alone and
// against a context) and, when the template is valid, rendering as HTML and as plain text with the demo
// incident (resources/demo/demo-incident.json) for a recipient.
#include "fuzzsupport.h"

#include "documentcontext.h"
#include "incidentjson.h"
#include "templaterenderer.h"
#include "templatesyntax.h"
#include "templatevalidator.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace bd;

namespace {

struct Contexts
{
    DocumentContext preview;   // no recipient
    DocumentContext recipient; // one person
};

std::optional<Contexts> contexts;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    QFile file(QStringLiteral(BD_DEMO_INCIDENT));
    IncidentDocumentData demo;
    QList<IncidentJsonError> errors;
    if (!file.open(QIODevice::ReadOnly) || !IncidentJson::fromBytes(file.readAll(), &demo, &errors)) {
        std::fprintf(stderr, "cannot read %s\n", BD_DEMO_INCIDENT);
        std::abort();
    }
    DocumentGroup group;
    group.key = QStringLiteral("employees");
    group.labelJa = QStringLiteral("従業員");
    group.labelEn = QStringLiteral("Employees");
    DocumentOptions options;
    options.today = QDate(2024, 6, 3);
    const DocumentContextBuilder builder(demo.incident, demo.customItems, group, options);
    Recipient person;
    person.name = QStringLiteral("髙橋 一郎 <b>&amp;</b> {{incident.code}}");
    person.address = QStringLiteral("東京都千代田区丸の内１－１");
    person.postcode = QStringLiteral("100-0005");
    person.email = QStringLiteral("ichiro@example.jp");
    contexts = Contexts{builder.build(), builder.build(person)};
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const TemplateSyntax syntax = TemplateSyntax::scan(text);
    for (const TemplateTag& tag : syntax.tags) {
        if (tag.offset < 0 || tag.length < 0 || tag.offset + tag.length > text.size())
            std::abort(); // a tag outside the text it was read from
    }
    (void)TemplateValidator::check(text, contexts->recipient);
    for (TemplateFormat format : {TemplateFormat::Html, TemplateFormat::PlainText}) {
        const TemplateRenderer renderer(text, format);
        if (!renderer.isValid())
            continue;
        (void)renderer.render(contexts->preview);
        (void)renderer.render(contexts->recipient);
    }
    return 0;
}
