// The placeholder catalogue: well-formed entries, snippets and examples that validate, and the committed
// reference page docs/placeholders.md equal to the text generated from the catalogue.
#include "placeholders.h"
#include "templatevalidator.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace bd;

class TestPlaceholders : public QObject
{
    Q_OBJECT
private slots:
    void keys_areUniqueAndParentsAreLists();
    void entries_areDescribedInBothLanguages();
    void everyGroup_hasPlaceholders();
    void snippetsAndExamples_validate();
    void requiredNames_fromTheBrief();
    void referencePage_isInSyncWithCatalogue();
};

void TestPlaceholders::keys_areUniqueAndParentsAreLists()
{
    QSet<QString> keys;
    for (const Placeholder& p : placeholderCatalogue()) {
        QVERIFY2(!keys.contains(p.key()), qPrintable(p.key()));
        keys.insert(p.key());
        if (!p.parent.isEmpty()) {
            const Placeholder* parent = findPlaceholder(p.parent);
            QVERIFY2(parent, qPrintable(p.key()));
            QCOMPARE(parent->kind, PlaceholderKind::List);
            QVERIFY2(!p.name.contains(QLatin1Char('.')), qPrintable(p.key()));
        }
    }
    QVERIFY(findPlaceholder(QStringLiteral("items/label")));
    QVERIFY(!findPlaceholder(QStringLiteral("label")));
}

void TestPlaceholders::entries_areDescribedInBothLanguages()
{
    for (const Placeholder& p : placeholderCatalogue()) {
        QVERIFY2(!p.descriptionJa.isEmpty() && !p.descriptionEn.isEmpty(), qPrintable(p.key()));
        if (p.kind == PlaceholderKind::Text)
            QVERIFY2(!p.exampleJa.isEmpty() && !p.exampleEn.isEmpty(), qPrintable(p.key()));
        QCOMPARE(p.description(Lang::Ja), p.descriptionJa);
        QCOMPARE(p.example(Lang::En), p.exampleEn);
    }
}

void TestPlaceholders::everyGroup_hasPlaceholders()
{
    for (const PlaceholderGroup group :
         {PlaceholderGroup::Incident, PlaceholderGroup::Organisation, PlaceholderGroup::ContactDesk,
          PlaceholderGroup::DataSets, PlaceholderGroup::Recipient, PlaceholderGroup::Dates,
          PlaceholderGroup::Narrative}) {
        bool found = false;
        for (const Placeholder& p : placeholderCatalogue())
            found = found || p.group == group;
        QVERIFY2(found, qPrintable(placeholderGroupKey(group)));
        QVERIFY(!placeholderGroupTitle(group, Lang::Ja).isEmpty());
        QVERIFY(!placeholderGroupTitle(group, Lang::En).isEmpty());
    }
}

void TestPlaceholders::snippetsAndExamples_validate()
{
    for (const Placeholder& p : placeholderCatalogue()) {
        if (p.parent.isEmpty()) {
            const QList<Problem> problems = TemplateValidator::checkTemplate(p.snippet());
            QVERIFY2(problems.isEmpty(),
                     qPrintable(p.snippet() + QStringLiteral(": ") + problems.value(0).message));
        }
        for (const QString& example : {p.exampleJa, p.exampleEn}) {
            if (p.parent.isEmpty() && example.contains(QLatin1String("{{")))
                QVERIFY2(TemplateValidator::checkTemplate(example).isEmpty(), qPrintable(example));
        }
    }
    QCOMPARE(findPlaceholder(QStringLiteral("items"))->snippet(),
             QStringLiteral("{{#items}}{{label}}{{/items}}"));
    QCOMPARE(findPlaceholder(QStringLiteral("incident.title"))->snippet(),
             QStringLiteral("{{incident.title}}"));
}

void TestPlaceholders::requiredNames_fromTheBrief()
{
    const QStringList names = {
        QStringLiteral("incident.title"),
        QStringLiteral("org.name"),
        QStringLiteral("org.address"),
        QStringLiteral("org.representative"),
        QStringLiteral("desk.name"),
        QStringLiteral("desk.phone"),
        QStringLiteral("desk.email"),
        QStringLiteral("desk.hours"),
        QStringLiteral("dates.today"),
        QStringLiteral("dates.known_on"),
        QStringLiteral("dates.occurred"),
        QStringLiteral("group.label"),
        QStringLiteral("group.people"),
        QStringLiteral("items"),
        QStringLiteral("recipient.name"),
        QStringLiteral("recipient.honorific_name"),
        QStringLiteral("recipient.organisation"),
        QStringLiteral("recipient.department"),
        QStringLiteral("recipient.title"),
        QStringLiteral("recipient.postcode"),
        QStringLiteral("recipient.address"),
        QStringLiteral("recipient.email"),
        QStringLiteral("consignor.name"),
        QStringLiteral("consignor.data_sets"),
    };
    for (const QString& name : names)
        QVERIFY2(findPlaceholder(name), qPrintable(name));
    for (const NarrativeSection section : allNarrativeSections())
        QVERIFY(findPlaceholder(QStringLiteral("narrative.") + narrativeSectionKey(section)));
    QCOMPARE(findPlaceholder(QStringLiteral("desk.phone"))->requirement, Requirement::Required);
    QCOMPARE(findPlaceholder(QStringLiteral("recipient.address"))->requirement, Requirement::RequiredByPost);
}

void TestPlaceholders::referencePage_isInSyncWithCatalogue()
{
    const QString path = QStringLiteral(BD_DOCS_DIR "/placeholders.md");
    const QByteArray generated = placeholderReferenceMarkdown().toUtf8();
    if (qEnvironmentVariableIsSet("BD_UPDATE_DOCS")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(generated);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray committed = file.readAll();
    QVERIFY2(
        committed == generated,
        "docs/placeholders.md differs from the catalogue: run BD_UPDATE_DOCS=1 ctest -R tst_placeholders");
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
