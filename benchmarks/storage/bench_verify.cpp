// Verification on open: what WorkspaceVerifier (app/core/storage/workspaceverifier.h) costs on a big
// workspace. Builds, in a temporary folder, a real SQLite workspace with ENTRIES audit entries (default
// 100,000) spread over ten incidents and the workspace's own chain, and DOCUMENTS issued documents (default
// 1,000), each a real PPC report PDF as BreachDesk renders it (about 166 KB, like the one in
// tests/data/storage/workspace-schema6.breachdesk) made distinct by a trailing PDF comment. Then, five times:
// opens it (Database::open) and verifies it, printing each phase; then the SHA-256 of all the PDFs once with
// Qt's QCryptographicHash, for comparison with OpenSSL's (sha256.h); then the one-time upgrade cost: the same
// number of entries written unchained at schema 7 and chained by migration "audit_chain".
//   build/benchmarks/storage/bench_verify [ENTRIES] [DOCUMENTS] [KEEP.breachdesk]
//   build/benchmarks/storage/bench_verify --only WORKSPACE   (the verification rounds alone, e.g. under perf)
#include "auditrepository.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "issueddocumentrepository.h"
#include "noticecontexts.h"
#include "ppcreport.h"
#include "workspaceverifier.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bd;

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_verify: %s\n", qPrintable(what));
    std::exit(1);
}

QList<qint64> makeIncidents(Database& db)
{
    StorageError error;
    const std::optional<qint64> demo = IncidentTransfer(db).ensureDemoIncident(&error);
    if (!demo)
        fail(error.text());
    QList<qint64> ids{*demo};
    for (int i = 1; i < 10; ++i) {
        const std::optional<qint64> copy =
            IncidentRepository(db).duplicate(*demo, QStringLiteral("INC-2024-%1").arg(100 + i), &error);
        if (!copy)
            fail(error.text());
        ids << *copy;
    }
    return ids;
}

void issueDocuments(Database& db, qint64 incidentId, int count, qint64* pdfBytes)
{
    StorageError error;
    const Incident incident = *IncidentRepository(db).load(incidentId, &error);
    IssuedDocument original;
    QString message;
    // Dated on the demo's last event: its narratives are written as of that day (asofcheck.h).
    if (!freezeDraft(
            draftPpcReport(buildPpcReport(incident, {}, ReportStage::Preliminary, QDate(2024, 11, 1)),
                           incident, {}),
            incident, {}, &original, &message))
        fail(message);
    const bool ok = db.transaction(
        [&](StorageError* err) {
            for (int i = 0; i < count; ++i) {
                IssuedDocument doc = original;
                doc.id = 0;
                doc.incidentId = incidentId;
                doc.pdf += QByteArray("%bench ") + QByteArray::number(i) + '\n';
                doc.sha256 = sha256Hex(doc.pdf);
                *pdfBytes += doc.pdf.size();
                if (!IssuedDocumentRepository(db).issue(doc, err))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        fail(error.text());
}

void appendEntries(Database& db, const QList<qint64>& incidents, qint64 count)
{
    StorageError error;
    AuditRepository audit(db);
    const bool ok = db.transaction(
        [&](StorageError* err) {
            for (qint64 i = 0; i < count; ++i) {
                AuditEntry e;
                // Every 50th entry is the workspace's own (backups, restores); the rest round the incidents.
                e.incidentId = i % 50 == 0 ? 0 : incidents.at(i % incidents.size());
                e.entity = QStringLiteral("narrative");
                e.field = QStringLiteral("summary.ja");
                e.before =
                    QStringLiteral("不正アクセスにより顧客情報が閲覧された可能性があります。%1").arg(i);
                e.after = e.before + QStringLiteral(" 調査を継続しています。");
                if (!audit.append(e, err))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        fail(error.text());
}

qint64 countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

void measureUpgrade(const QString& path, qint64 entries)
{
    StorageError error;
    {
        Database old;
        if (!old.openAtVersion(path, 7, &error))
            fail(error.text());
        const bool ok = old.transaction(
            [&](StorageError* err) {
                QSqlQuery q(old.connection());
                q.prepare(
                    QStringLiteral("INSERT INTO audit_log (at, who, incident_id, incident_code, entity, "
                                   "entity_id, field, before_value, after_value) VALUES (?, 'officer', ?, "
                                   "'INC', 'narrative', NULL, 'summary.ja', ?, ?)"));
                for (qint64 i = 0; i < entries; ++i) {
                    q.addBindValue(QStringLiteral("2024-09-02T10:00:00.000+09:00"));
                    q.addBindValue(i % 50 == 0 ? QVariant() : QVariant(1 + i % 10));
                    q.addBindValue(QStringLiteral("不正アクセス %1").arg(i));
                    q.addBindValue(QStringLiteral("不正アクセスの可能性 %1").arg(i));
                    if (!Database::exec(q, err))
                        return false;
                }
                return true;
            },
            &error);
        if (!ok)
            fail(error.text());
    }
    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.open(path, &error))
        fail(error.text());
    const qint64 migrated = timer.elapsed();
    const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(db);
    std::printf(
        "upgrade from schema 7: %lld entries chained by the migration in %lld ms; verified %s in %lld ms\n",
        static_cast<long long>(entries), static_cast<long long>(migrated), integrity.ok() ? "ok" : "NOT ok",
        static_cast<long long>(integrity.elapsedMs));
}

void verifyRounds(const QString& path)
{
    QList<qint64> opens, verifies;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        Database db;
        StorageError error;
        if (!db.open(path, OpenMode{OpenMode::PreferWrite, false}, &error))
            fail(error.text());
        const qint64 opened = timer.elapsed();
        const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(db);
        if (!integrity.ok())
            fail(integrity.details());
        opens << opened;
        verifies << integrity.elapsedMs;
        std::printf("round %d: open %lld ms, verify %lld ms (%lld entries in %lld chains, %lld documents)\n",
                    round + 1, static_cast<long long>(opened), static_cast<long long>(integrity.elapsedMs),
                    static_cast<long long>(integrity.entries), static_cast<long long>(integrity.chains),
                    static_cast<long long>(integrity.documents));
    }
    std::sort(opens.begin(), opens.end());
    std::sort(verifies.begin(), verifies.end());
    std::printf("median: open %lld ms, verify %lld ms\n", static_cast<long long>(opens.at(2)),
                static_cast<long long>(verifies.at(2)));
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // the PDF is laid out with fonts
    // bench_verify --only FILE: the five verification rounds on an existing workspace (for a profiler).
    if (argc > 2 && qstrcmp(argv[1], "--only") == 0) {
        verifyRounds(QString::fromLocal8Bit(argv[2]));
        return 0;
    }
    const qint64 entries = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const int documents = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    QTemporaryDir dir;
    const QString path =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("big.breachdesk"));
    qint64 pdfBytes = 0;
    {
        QElapsedTimer timer;
        timer.start();
        Database db;
        StorageError error;
        if (!db.open(path, &error))
            fail(error.text());
        const QList<qint64> incidents = makeIncidents(db);
        issueDocuments(db, incidents.first(), documents, &pdfBytes);
        const qint64 have = countRows(db, QStringLiteral("audit_log"));
        appendEntries(db, incidents, std::max<qint64>(0, entries - have));
        std::printf("built: %lld audit entries, %lld issued documents (%.1f MB of PDF) in %.1f s\n",
                    static_cast<long long>(countRows(db, QStringLiteral("audit_log"))),
                    static_cast<long long>(countRows(db, QStringLiteral("issued_document"))), pdfBytes / 1e6,
                    timer.elapsed() / 1000.0);
    }

    verifyRounds(path);

    {
        Database db;
        StorageError error;
        if (!db.open(path, &error))
            fail(error.text());
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT pdf FROM issued_document"));
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        while (q.next()) {
            const QByteArray pdf = q.value(0).toByteArray();
            bytes += pdf.size();
            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256);
        }
        std::printf(
            "for comparison: reading and hashing the %.1f MB of PDF with QCryptographicHash: %lld ms\n",
            bytes / 1e6, static_cast<long long>(timer.elapsed()));
    }
    measureUpgrade(dir.filePath(QStringLiteral("old.breachdesk")), entries);
    return 0;
}
