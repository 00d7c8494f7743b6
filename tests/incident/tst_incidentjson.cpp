// The incident exchange format: a full incident survives a round trip, and every kind of broken file is
// refused with the path of the offending field and without yielding any data.
#include "fields.h"
#include "incidentfixtures.h"
#include "incidentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>

using namespace bd;

namespace {

// Sets (or with `remove`, deletes) the value at a path such as "incident.data_sets[0].people".
QJsonValue patched(const QJsonValue& node, QStringView path, const QJsonValue& value, bool remove)
{
    static const QRegularExpression step(QStringLiteral("^([^.\\[]+)?(?:\\[(\\d+)\\])?\\.?"));
    const QRegularExpressionMatch m = step.match(path);
    Q_ASSERT(m.hasMatch() && m.capturedLength() > 0);
    const QString key = m.captured(1);
    const QStringView rest = path.mid(m.capturedLength());
    if (!key.isEmpty()) {
        QJsonObject o = node.toObject();
        if (rest.isEmpty() && m.captured(2).isEmpty()) {
            if (remove)
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        }
        if (m.captured(2).isEmpty()) {
            o.insert(key, patched(o.value(key), rest, value, remove));
            return o;
        }
        // key[index]…: descend into the array under `key`.
        QJsonArray a = o.value(key).toArray();
        const int index = m.captured(2).toInt();
        if (rest.isEmpty()) {
            if (remove)
                a.removeAt(index);
            else
                a.replace(index, value);
        } else {
            a.replace(index, patched(a.at(index), rest, value, remove));
        }
        o.insert(key, a);
        return o;
    }
    Q_UNREACHABLE();
    return {};
}

// Applies "path=JSON" (set) and "path!" (remove) patches to the JSON of the full incident.
QByteArray patchedIncident(const QStringList& patches)
{
    QJsonValue root = IncidentJson::toJson(test::fullIncident(), test::fixtureCustomItems());
    for (const QString& p : patches) {
        if (p.endsWith(QLatin1Char('!'))) {
            root = patched(root, QStringView(p).chopped(1), QJsonValue(), true);
            continue;
        }
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + p.mid(eq + 1).toUtf8() + "]", &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad patch %s", qPrintable(p));
        root = patched(root, QStringView(p).left(eq), doc.array().at(0), false);
    }
    return QJsonDocument(root.toObject()).toJson();
}

QString describe(const QList<IncidentJsonError>& errors)
{
    QStringList lines;
    for (const IncidentJsonError& e : errors)
        lines.append(e.text());
    return lines.join(QStringLiteral(" | "));
}

// A document that must never be touched by a failed read.
IncidentDocumentData sentinel()
{
    IncidentDocumentData d;
    d.incident.code = QStringLiteral("UNTOUCHED");
    return d;
}

} // namespace

class TestIncidentJson : public QObject
{
    Q_OBJECT
private slots:
    void fixture_setsEveryDeclaredFieldToANonDefaultValue();

    void roundTrip_fullIncidentIsEqualAfterToBytesFromBytes();
    void roundTrip_keepsNeedsUpdateMarks();
    void roundTrip_unknownValuesStayUnknown();
    void toJson_usesDocumentedPathsAndOmitsIds();

    void notJson_reportsLineAndColumnAndYieldsNothing();
    void notAnObject_isRefused();

    void invalidDocument_namesFieldPathAndYieldsNothing_data();
    void invalidDocument_namesFieldPathAndYieldsNothing();

    void severalProblems_areAllListed();
    void limits_textAtItsLimitIsAccepted();
    void limits_tenMegabyteTitleIsRefusedNamingIt();

    void version1_convertsAsMigration0011Does();
    void version1_oldDemoReadsWithItsOldMeaning();
    void version1_problemsNameVersion1Paths_data();
    void version1_problemsNameVersion1Paths();
    void futureVersion_isRefusedSayingSo();
    void demo_isVersion2WithTheModelCasesTruth();
};

void TestIncidentJson::fixture_setsEveryDeclaredFieldToANonDefaultValue()
{
    // Guards the round-trip tests: a field added to fields.cpp must be filled in incidentfixtures.h too.
    const Incident full = test::fullIncident();
    for (const IncidentFieldSpec& f : incidentFields())
        QVERIFY2(
            fieldToStorage(f.type, f.get(full)) != fieldToStorage(f.type, f.get(Incident())),
            qPrintable(
                QStringLiteral("incident field %1 has its default value in fullIncident()").arg(f.name())));
    for (const DataSetFieldSpec& f : dataSetFields()) {
        bool differs = false;
        for (const DataSet& ds : full.dataSets)
            differs =
                differs || fieldToStorage(f.type, f.get(ds)) != fieldToStorage(f.type, f.get(DataSet()));
        QVERIFY2(
            differs,
            qPrintable(QStringLiteral("data set field %1 is never set in fullIncident()").arg(f.name())));
    }
    for (const TimelineFieldSpec& f : timelineFields()) {
        bool differs = false;
        for (const TimelineEvent& e : full.timeline)
            differs =
                differs || fieldToStorage(f.type, f.get(e)) != fieldToStorage(f.type, f.get(TimelineEvent()));
        QVERIFY2(
            differs,
            qPrintable(QStringLiteral("timeline field %1 is never set in fullIncident()").arg(f.name())));
    }
    QCOMPARE(full.narratives.size(), NarrativeSectionCount);
    bool someStale = false, someOneSided = false;
    for (const Narrative& n : full.narratives) {
        someStale = someStale || n.needsUpdate(Lang::En) || n.needsUpdate(Lang::Ja);
        someOneSided = someOneSided || n.textEn.isEmpty() != n.textJa.isEmpty();
    }
    QVERIFY(someStale);
    QVERIFY(someOneSided);
}

void TestIncidentJson::roundTrip_fullIncidentIsEqualAfterToBytesFromBytes()
{
    const Incident full = test::fullIncident();
    const QList<DataItem> items = test::fixtureCustomItems();
    const QByteArray bytes = IncidentJson::toBytes(full, items);

    IncidentDocumentData read;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(bytes, &read, &errors), qPrintable(describe(errors)));
    QVERIFY(errors.isEmpty());

    QCOMPARE(read.customItems, items);
    QCOMPARE(read.incident.dataSets.size(), full.dataSets.size());
    for (int i = 0; i < full.dataSets.size(); ++i)
        QCOMPARE(read.incident.dataSets.at(i), full.dataSets.at(i));
    QCOMPARE(read.incident.timeline.size(), full.timeline.size());
    for (int i = 0; i < full.timeline.size(); ++i) {
        QCOMPARE(read.incident.timeline.at(i).at, full.timeline.at(i).at);
        QCOMPARE(read.incident.timeline.at(i).at.offsetFromUtc(), full.timeline.at(i).at.offsetFromUtc());
        QCOMPARE(read.incident.timeline.at(i), full.timeline.at(i));
    }
    for (int i = 0; i < NarrativeSectionCount; ++i)
        QCOMPARE(read.incident.narratives.at(i), full.narratives.at(i));
    QCOMPARE(read.incident.knownAt.offsetFromUtc(), 9 * 3600);
    QVERIFY(read.incident == full);

    // Writing what was read gives the same bytes again.
    QCOMPARE(IncidentJson::toBytes(read.incident, read.customItems), bytes);
}

void TestIncidentJson::roundTrip_keepsNeedsUpdateMarks()
{
    IncidentDocumentData read;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(IncidentJson::toBytes(test::fullIncident(), test::fixtureCustomItems()),
                                     &read, &errors),
             qPrintable(describe(errors)));
    const Narrative* cause = read.incident.narrative(NarrativeSection::Cause);
    QVERIFY(cause);
    QVERIFY(cause->needsUpdate(Lang::En));
    QVERIFY(!cause->needsUpdate(Lang::Ja));
    const Narrative* summary = read.incident.narrative(NarrativeSection::Summary);
    QVERIFY(!summary->needsUpdate(Lang::En));
    QVERIFY(!summary->needsUpdate(Lang::Ja));
}

void TestIncidentJson::roundTrip_unknownValuesStayUnknown()
{
    Incident minimal;
    minimal.code = QStringLiteral("INC-2024-001");
    minimal.titleEn = QStringLiteral("Lost laptop");
    DataSet ds;
    ds.groupKey = QString::fromLatin1(GroupKey::Employees);
    ds.itemKeys = {QStringLiteral("name")};
    minimal.dataSets = {ds};
    for (NarrativeSection s : allNarrativeSections())
        minimal.narratives.append(test::inStep(s, QString(), QString()));

    const QByteArray bytes = IncidentJson::toBytes(minimal, {});
    const QJsonObject inc =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("incident")).toObject();
    QVERIFY(inc.value(QStringLiteral("event")).toObject().value(QStringLiteral("known_at")).isNull());
    QVERIFY(inc.value(QStringLiteral("data_sets"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("people"))
                .isNull());

    IncidentDocumentData read;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(bytes, &read, &errors), qPrintable(describe(errors)));
    QVERIFY(!read.incident.knownAt.isValid());
    QVERIFY(!read.incident.occurredFrom.isValid());
    QVERIFY(!read.incident.dataSets.at(0).people.has_value());
    QVERIFY(read.incident == minimal);
}

void TestIncidentJson::toJson_usesDocumentedPathsAndOmitsIds()
{
    Incident full = test::fullIncident();
    full.id = 77;
    full.dataSets[0].id = 501;
    const QJsonObject root = IncidentJson::toJson(full, test::fixtureCustomItems());
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QString::fromLatin1(IncidentJsonFormat));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), IncidentJsonVersion);
    const QJsonObject inc = root.value(QStringLiteral("incident")).toObject();
    QCOMPARE(inc.value(QStringLiteral("code")).toString(), full.code);
    QCOMPARE(inc.value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")).toString(),
             full.titleJa);
    QCOMPARE(inc.value(QStringLiteral("event")).toObject().value(QStringLiteral("known_at")).toString(),
             QStringLiteral("2024-08-29T09:30:00+09:00"));
    QVERIFY(!inc.contains(QStringLiteral("id")));
    const QJsonObject ds = inc.value(QStringLiteral("data_sets")).toArray().at(0).toObject();
    QVERIFY(!ds.contains(QStringLiteral("id")));
    QVERIFY(!ds.contains(QStringLiteral("position")));
    QCOMPARE(ds.value(QStringLiteral("people")).toInt(), 1200);
    QCOMPARE(inc.value(QStringLiteral("narratives"))
                 .toObject()
                 .value(QStringLiteral("cause"))
                 .toObject()
                 .value(QStringLiteral("needs_update"))
                 .toArray(),
             QJsonArray{QStringLiteral("en")});
}

void TestIncidentJson::notJson_reportsLineAndColumnAndYieldsNothing()
{
    // Line 4 holds a bare word where a key is expected.
    const QByteArray bytes = "{\n  \"format\": \"breachdesk-incident\",\n  \"version\": 1,\n  oops: 3\n}\n";
    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY(!IncidentJson::fromBytes(bytes, &data, &errors));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.constFirst().text();
    QVERIFY2(message.contains(QStringLiteral("line 4")), qPrintable(message));
    QVERIFY2(QRegularExpression(QStringLiteral("column [1-9]")).match(message).hasMatch(),
             qPrintable(message));
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));

    // A truncated file (e.g. a partial download) is reported the same way.
    const QByteArray full = IncidentJson::toBytes(test::fullIncident(), test::fixtureCustomItems());
    errors.clear();
    QVERIFY(!IncidentJson::fromBytes(full.left(full.size() / 2), &data, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().text().contains(QStringLiteral("line ")),
             qPrintable(errors.constFirst().text()));
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
}

void TestIncidentJson::notAnObject_isRefused()
{
    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY(!IncidentJson::fromBytes("[1, 2, 3]", &data, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.constFirst().message.isEmpty());
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
    errors.clear();
    QVERIFY(!IncidentJson::fromBytes(QByteArray(), &data, &errors));
    QVERIFY(!errors.isEmpty());
}

void TestIncidentJson::invalidDocument_namesFieldPathAndYieldsNothing_data()
{
    QTest::addColumn<QStringList>("patches");
    QTest::addColumn<QString>("path");

    const auto row = [](const char* name, const QStringList& patches, const char* path) {
        QTest::newRow(name) << patches << QString::fromLatin1(path);
    };
    row("wrong format", {QStringLiteral("format=\"excel-export\"")}, "format");
    row("missing format", {QStringLiteral("format!")}, "format");
    row("newer format version", {QStringLiteral("version=3")}, "version");
    row("format version not a whole number", {QStringLiteral("version=1.5")}, "version");
    row("incident not an object", {QStringLiteral("incident=[]")}, "incident");
    row("missing code", {QStringLiteral("incident.code!")}, "incident.code");
    row("empty code", {QStringLiteral("incident.code=\"  \"")}, "incident.code");
    row("code not text", {QStringLiteral("incident.code=42")}, "incident.code");
    row("missing title in both languages", {QStringLiteral("incident.title!")}, "incident.title");
    row("empty title in both languages",
        {QStringLiteral("incident.title.ja=\"\""), QStringLiteral("incident.title.en=\" \"")},
        "incident.title");
    row("wrong type: people as text", {QStringLiteral("incident.data_sets[0].people=\"many\"")},
        "incident.data_sets[0].people");
    row("negative people", {QStringLiteral("incident.data_sets[2].people=-3")},
        "incident.data_sets[2].people");
    row("fractional people", {QStringLiteral("incident.data_sets[2].people=2.5")},
        "incident.data_sets[2].people");
    row("wrong type: flag as text", {QStringLiteral("incident.data_sets[0].protection.encrypted=\"yes\"")},
        "incident.data_sets[0].protection.encrypted");
    row("certainty not one of its words", {QStringLiteral("incident.event.damage=\"yes\"")},
        "incident.event.damage");
    row("certainty as a version 1 flag", {QStringLiteral("incident.event.leak=true")}, "incident.event.leak");
    row("version 1 kinds in a version 2 file", {QStringLiteral("incident.event.kinds={\"leak\":true}")},
        "incident.event.kinds.leak");
    row("version 1 protection on the incident in a version 2 file",
        {QStringLiteral("incident.protection={\"encrypted\":true}")}, "incident.protection.encrypted");
    row("unknown enum value", {QStringLiteral("incident.cause.kind=\"hacking\"")}, "incident.cause.kind");
    row("unknown holder", {QStringLiteral("incident.data_sets[1].holder=\"partner\"")},
        "incident.data_sets[1].holder");
    row("invalid date", {QStringLiteral("incident.event.occurred_from=\"2024-13-45\"")},
        "incident.event.occurred_from");
    row("date with slashes", {QStringLiteral("incident.event.contained_on=\"2024/08/30\"")},
        "incident.event.contained_on");
    row("date-time without offset", {QStringLiteral("incident.event.known_at=\"2024-08-29T09:30:00\"")},
        "incident.event.known_at");
    row("people beyond any real count", {QStringLiteral("incident.data_sets[2].people=3e9")},
        "incident.data_sets[2].people");
    row("invalid date-time", {QStringLiteral("incident.event.known_at=\"yesterday\"")},
        "incident.event.known_at");
    row("unknown key (typo) at the top", {QStringLiteral("comment=\"hi\"")}, "comment");
    row("unknown key (typo) in the incident", {QStringLiteral("incident.cuase={\"kind\":\"other\"}")},
        "incident.cuase.kind");
    row("unknown key (typo) in a nested object",
        {QStringLiteral("incident.organisation.adress={\"ja\":\"x\"}")}, "incident.organisation.adress.ja");
    row("unknown key (typo) in a data set", {QStringLiteral("incident.data_sets[1].peopel=3")},
        "incident.data_sets[1].peopel");
    row("item listed twice", {QStringLiteral("incident.data_sets[2].items=[\"name\",\"name\"]")},
        "incident.data_sets[2].items[1]");
    row("items not a list", {QStringLiteral("incident.data_sets[2].items=\"name\"")},
        "incident.data_sets[2].items");
    row("unknown item key", {QStringLiteral("incident.data_sets[0].items[1]=\"adress\"")},
        "incident.data_sets[0].items[1]");
    row("custom item used but not declared", {QStringLiteral("custom_items=[]")},
        "incident.data_sets[0].items[3]");
    row("custom item with a built-in key", {QStringLiteral("custom_items[0].key=\"name\"")},
        "custom_items[0].key");
    row("custom item without labels", {QStringLiteral("custom_items[1].label={\"ja\":\"\",\"en\":\"\"}")},
        "custom_items[1].label");
    row("consignor without name", {QStringLiteral("incident.data_sets[0].consignor=\"\"")},
        "incident.data_sets[0].consignor");
    row("consignor holder on a set without name",
        {QStringLiteral("incident.data_sets[2].holder=\"consignor\"")}, "incident.data_sets[2].consignor");
    row("data set without group", {QStringLiteral("incident.data_sets[1].group!")},
        "incident.data_sets[1].group");
    row("data set not an object", {QStringLiteral("incident.data_sets[1]=7")}, "incident.data_sets[1]");
    row("data sets not a list", {QStringLiteral("incident.data_sets={}")}, "incident.data_sets");
    row("timeline event without time", {QStringLiteral("incident.timeline[1].at!")},
        "incident.timeline[1].at");
    row("unknown narrative section", {QStringLiteral("incident.narratives.summery={\"ja\":\"x\"}")},
        "incident.narratives.summery");

    // Text limits (textlimits.h, docs/incident-json.md "Length limits"): one character over is refused.
    const auto text = [](const char* path, const QString& value) {
        return QStringLiteral("%1=\"%2\"").arg(QLatin1String(path), value);
    };
    row("title over 500 characters", {text("incident.title.ja", QStringLiteral("あ").repeated(501))},
        "incident.title.ja");
    row("organisation name over 200",
        {text("incident.organisation.name.en", QStringLiteral("n").repeated(201))},
        "incident.organisation.name.en");
    row("address over 500", {text("incident.organisation.address.ja", QStringLiteral("町").repeated(501))},
        "incident.organisation.address.ja");
    row("e-mail over 254",
        {text("incident.organisation.contact_desk.email", QStringLiteral("e").repeated(255))},
        "incident.organisation.contact_desk.email");
    row("consignor over 200", {text("incident.data_sets[0].consignor", QStringLiteral("社").repeated(201))},
        "incident.data_sets[0].consignor");
    row("timeline text over 2,000",
        {text("incident.timeline[0].text.en", QStringLiteral("t").repeated(2001))},
        "incident.timeline[0].text.en");
    row("narrative over 20,000", {text("incident.narratives.cause.ja", QStringLiteral("因").repeated(20001))},
        "incident.narratives.cause.ja");
    row("custom item label over 200", {text("custom_items[0].label.ja", QStringLiteral("項").repeated(201))},
        "custom_items[0].label.ja");
    row("code over 64 characters", {text("incident.code", QStringLiteral("C").repeated(65))},
        "incident.code");
    row("code with a line break", {text("incident.code", QStringLiteral("INC-2024\\n042"))}, "incident.code");
    row("code with NUL", {text("incident.code", QStringLiteral("INC\\u0000042"))}, "incident.code");
    row("code with a tab", {text("incident.code", QStringLiteral("INC\\t042"))}, "incident.code");
    row("code with a slash", {text("incident.code", QStringLiteral("INC/2024/042"))}, "incident.code");
    row("code with a backslash", {text("incident.code", QStringLiteral("..\\\\INC"))}, "incident.code");
}

void TestIncidentJson::invalidDocument_namesFieldPathAndYieldsNothing()
{
    QFETCH(QStringList, patches);
    QFETCH(QString, path);

    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY2(!IncidentJson::fromBytes(patchedIncident(patches), &data, &errors),
             "an invalid document was accepted");
    QVERIFY(!errors.isEmpty());
    QStringList paths;
    for (const IncidentJsonError& e : errors) {
        paths.append(e.path);
        QVERIFY2(!e.message.trimmed().isEmpty(), qPrintable(e.path));
    }
    QVERIFY2(paths.contains(path),
             qPrintable(QStringLiteral("expected %1 among: %2").arg(path, describe(errors))));
    // The person reading the message sees the path first.
    for (const IncidentJsonError& e : errors)
        if (e.path == path)
            QVERIFY(e.text().startsWith(path + QStringLiteral(": ")));
    // Nothing of a failed document is handed out.
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
    QVERIFY(data.incident.dataSets.isEmpty());
    QVERIFY(data.customItems.isEmpty());
}

void TestIncidentJson::severalProblems_areAllListed()
{
    const QByteArray bytes = patchedIncident({QStringLiteral("incident.code!"),
                                              QStringLiteral("incident.data_sets[0].people=\"many\""),
                                              QStringLiteral("incident.data_sets[1].items[0]=\"nmae\""),
                                              QStringLiteral("incident.timeline[2].at=\"soon\"")});
    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY(!IncidentJson::fromBytes(bytes, &data, &errors));
    QStringList paths;
    for (const IncidentJsonError& e : errors)
        paths.append(e.path);
    for (const char* expected : {"incident.code", "incident.data_sets[0].people",
                                 "incident.data_sets[1].items[0]", "incident.timeline[2].at"})
        QVERIFY2(
            paths.contains(QString::fromLatin1(expected)),
            qPrintable(QStringLiteral("%1 missing from: %2").arg(QLatin1String(expected), describe(errors))));
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
}

// Exactly at the limit is fine; characters outside the BMP count once.
void TestIncidentJson::limits_textAtItsLimitIsAccepted()
{
    QStringList patches{
        QStringLiteral("incident.code=\"%1\"").arg(QStringLiteral("C").repeated(64)),
        QStringLiteral("incident.title.ja=\"%1\"").arg(QStringLiteral("𠮷").repeated(500)),
        QStringLiteral("incident.organisation.name.ja=\"%1\"").arg(QStringLiteral("社").repeated(200)),
        QStringLiteral("incident.timeline[0].text.ja=\"%1\"").arg(QStringLiteral("時").repeated(2000))};
    for (const NarrativeSection section : allNarrativeSections())
        for (const char* lang : {"ja", "en"})
            patches.append(QStringLiteral("incident.narratives.%1.%2=\"%3\"")
                               .arg(narrativeSectionKey(section), QLatin1String(lang),
                                    QStringLiteral("文").repeated(20000)));
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(patchedIncident(patches), &data, &errors), qPrintable(describe(errors)));
    QCOMPARE(data.incident.titleJa.size(), 1000); // UTF-16 code units
    QCOMPARE(data.incident.narrative(NarrativeSection::Other)->textEn.size(), 20000);
}

// The file that used to import and then hang export-letters for minutes.
void TestIncidentJson::limits_tenMegabyteTitleIsRefusedNamingIt()
{
    const QByteArray bytes = patchedIncident(
        {QStringLiteral("incident.title.en=\"%1\"").arg(QStringLiteral("x").repeated(10'000'000))});
    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY(!IncidentJson::fromBytes(bytes, &data, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().path, QStringLiteral("incident.title.en"));
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("too long")) &&
                 errors.constFirst().message.contains(QStringLiteral("500")),
             qPrintable(errors.constFirst().message));
    QVERIFY(errors.constFirst().message.size() < 100); // the text itself is never quoted
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
}

namespace {
// A version 1 file as BreachDesk wrote it before the per-kind certainty: a stolen laptop whose disk was
// encrypted, one certainty ("occurred") for both ticked kinds, protection and notice on the incident.
QByteArray version1Laptop(const QByteArray& eventAndIncidentExtras = {})
{
    return R"({
  "format": "breachdesk-incident",
  "version": 1,
  "incident": {
    "code": "INC-2023-044",
    "title": { "ja": "ノートPCの盗難", "en": "Theft of a laptop" },
    "event": { "kinds": { "leak": false, "loss": true, "damage": true }, "state": "occurred" },
    "protection": { "encrypted": true, "key_may_have_leaked": false },
    "notice": { "contacts_unreachable": true, "contacts_unreachable_reason": "住所が古い" },
    "data_sets": [
      { "group": "employees", "holder": "own", "people": 12, "items": ["name"] },
      { "group": "business_contacts", "holder": "own", "people": 30, "items": ["name", "work_email"] }
    ])" + eventAndIncidentExtras +
           R"(
  }
})";
}
} // namespace

// Version 1 is read as migration 0011_event_certainty converts a workspace (tst_eventcertaintymigration
// checks the migration with the same facts): a ticked kind takes the one state, an unticked kind is "no", and
// the incident's protection and notice go to every data set.
void TestIncidentJson::version1_convertsAsMigration0011Does()
{
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(version1Laptop(), &data, &errors), qPrintable(describe(errors)));
    const Incident& i = data.incident;
    QCOMPARE(i.event.leak, EventCertainty::No);
    QCOMPARE(i.event.loss, EventCertainty::Occurred);
    QCOMPARE(i.event.damage, EventCertainty::Occurred);
    QCOMPARE(i.dataSets.size(), 2);
    for (const DataSet& ds : i.dataSets) {
        QVERIFY(ds.encrypted);
        QVERIFY(!ds.keyMayHaveLeaked);
        QVERIFY(ds.contactsUnreachable);
        QCOMPARE(ds.contactsUnreachableReason, QStringLiteral("住所が古い"));
    }
    // Written again, it is a version 2 file with the same facts.
    const QByteArray v2 = IncidentJson::toBytes(i, data.customItems);
    QVERIFY(v2.contains("\"version\": 2"));
    IncidentDocumentData again;
    QVERIFY2(IncidentJson::fromBytes(v2, &again, &errors), qPrintable(describe(errors)));
    QCOMPARE(again.incident, i);

    // The version 1 default state is "possible"; without kinds nothing happened.
    QByteArray noState = version1Laptop();
    noState.replace(R"(, "state": "occurred")", "");
    QVERIFY2(IncidentJson::fromBytes(noState, &data, &errors), qPrintable(describe(errors)));
    QCOMPARE(data.incident.event.loss, EventCertainty::Possible);
    QCOMPARE(data.incident.event.damage, EventCertainty::Possible);
    QCOMPARE(data.incident.event.leak, EventCertainty::No);
}

// The demo incident as shipped before version 2 (tests/data/incident/demo-incident-v1.json): its one
// "possible" covered leak and damage, and its unreachable business contacts made every group unreachable.
// Read now, it keeps exactly that meaning; the shipped demo (version 2) corrects the facts themselves.
void TestIncidentJson::version1_oldDemoReadsWithItsOldMeaning()
{
    QFile file(QStringLiteral(BD_TEST_DATA_DIR "/incident/demo-incident-v1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(file.readAll(), &data, &errors), qPrintable(describe(errors)));
    QCOMPARE(data.incident.event.leak, EventCertainty::Possible);
    QCOMPARE(data.incident.event.damage, EventCertainty::Possible);
    QCOMPARE(data.incident.event.loss, EventCertainty::No);
    QCOMPARE(data.incident.dataSets.size(), 5);
    for (const DataSet& ds : data.incident.dataSets) {
        QVERIFY(ds.contactsUnreachable);
        QVERIFY(ds.contactsUnreachableReason.startsWith(QStringLiteral("お取引先様担当者")));
        QVERIFY(!ds.encrypted);
    }
}

void TestIncidentJson::version1_problemsNameVersion1Paths_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::newRow("kind flag as text") << QByteArray(R"("loss": true)") << QByteArray(R"("loss": "yes")")
                                       << QStringLiteral("incident.event.kinds.loss");
    QTest::newRow("state not a word of version 1")
        << QByteArray(R"("state": "occurred")") << QByteArray(R"("state": "no")")
        << QStringLiteral("incident.event.state");
    QTest::newRow("kinds not an object")
        << QByteArray(R"("kinds": { "leak": false, "loss": true, "damage": true })")
        << QByteArray(R"("kinds": true)") << QStringLiteral("incident.event.kinds");
    QTest::newRow("misspelt kind") << QByteArray(R"("damage": true })") << QByteArray(R"("damgae": true })")
                                   << QStringLiteral("incident.event.kinds.damgae");
    QTest::newRow("encrypted as a number")
        << QByteArray(R"("encrypted": true)") << QByteArray(R"("encrypted": 1)")
        << QStringLiteral("incident.protection.encrypted");
    QTest::newRow("reason not text") << QByteArray(R"("住所が古い")") << QByteArray("42")
                                     << QStringLiteral("incident.notice.contacts_unreachable_reason");
    QTest::newRow("version 2 certainty in a version 1 file")
        << QByteArray(R"("state": "occurred")") << QByteArray(R"("state": "occurred", "leak": "possible")")
        << QStringLiteral("incident.event.leak");
    QTest::newRow("version 2 data set protection in a version 1 file")
        << QByteArray(R"("people": 12,)") << QByteArray(R"("people": 12, "protection": {"encrypted": true},)")
        << QStringLiteral("incident.data_sets[0].protection");
}

void TestIncidentJson::version1_problemsNameVersion1Paths()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QByteArray bytes = version1Laptop();
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY(!IncidentJson::fromBytes(bytes, &data, &errors));
    QVERIFY2(std::any_of(errors.cbegin(), errors.cend(),
                         [&](const IncidentJsonError& e) { return e.path == path; }),
             qPrintable(describe(errors)));
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
}

void TestIncidentJson::futureVersion_isRefusedSayingSo()
{
    QByteArray bytes = IncidentJson::toBytes(test::fullIncident(), test::fixtureCustomItems());
    bytes.replace("\"version\": 2", "\"version\": 3");
    IncidentDocumentData data = sentinel();
    QList<IncidentJsonError> errors;
    QVERIFY(!IncidentJson::fromBytes(bytes, &data, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().path, QStringLiteral("version"));
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("newer BreachDesk")) &&
                 errors.constFirst().message.contains(QStringLiteral("1 to 2")),
             qPrintable(errors.constFirst().message));
    QCOMPARE(data.incident.code, QStringLiteral("UNTOUCHED"));
}

// The shipped demo (resources/demo/demo-incident.json) says what the model case says: the ransomware
// encrypted the files (毀損 occurred) and the extortion note makes a 漏えい possible; only the business
// contacts cannot all be reached.
void TestIncidentJson::demo_isVersion2WithTheModelCasesTruth()
{
    QFile file(QStringLiteral(BD_DEMO_INCIDENT));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version")).toInt(), 2);
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    QVERIFY2(IncidentJson::fromBytes(bytes, &data, &errors), qPrintable(describe(errors)));
    QCOMPARE(data.incident.event.damage, EventCertainty::Occurred);
    QCOMPARE(data.incident.event.leak, EventCertainty::Possible);
    QCOMPARE(data.incident.event.loss, EventCertainty::No);
    QStringList unreachable;
    for (const DataSet& ds : data.incident.dataSets) {
        QVERIFY(!ds.encrypted);
        if (ds.contactsUnreachable) {
            unreachable << ds.groupKey;
            QVERIFY(!ds.contactsUnreachableReason.isEmpty());
        } else {
            QVERIFY(ds.contactsUnreachableReason.isEmpty());
        }
    }
    QCOMPARE(unreachable, QStringList{QStringLiteral("business_contacts")});
}

QTEST_GUILESS_MAIN(TestIncidentJson)
#include "tst_incidentjson.moc"
