// The incident's own copies of document templates. Built-in templates ship in the application and are never
// edited in place: loading returns the incident's copy when there is one, else the built-in; saving makes or
// updates the copy; resetting deletes it. Every change is recorded in the audit trail.
#pragma once

#include "auditrepository.h"
#include "database.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace bd {

// Which template: the document kind ("letter-individual", "consignor-notice", "cover-email"), the recipient
// group it is drafted for, and the language ("ja" / "en").
struct TemplateKey
{
    QString kind;
    QString groupKey;
    QString lang;
    QString text() const { return kind + QLatin1Char('/') + groupKey + QLatin1Char('/') + lang; }
    bool operator==(const TemplateKey&) const = default;
};

struct BuiltinTemplate
{
    QString body;
    int version = 0; // raised whenever the shipped text changes
};
// Supplies the built-in template of a kind and language (bd_drafting: builtinTemplate()).
using BuiltinTemplateLookup =
    std::function<std::optional<BuiltinTemplate>(const QString& kind, const QString& lang)>;

struct TemplateDraft
{
    TemplateKey key;
    QString body;
    bool isCopy = false;    // false: the built-in, unchanged
    qint64 id = 0;          // the copy's row
    int basedOnVersion = 0; // the built-in version the copy was made from
    int builtinVersion = 0; // the built-in version shipped now (0 when there is none)
    QDateTime updatedAt;    // of the copy
    // The built-in changed since the copy was made.
    bool builtinNewer() const { return isCopy && builtinVersion > basedOnVersion; }
};

class TemplateRepository
{
public:
    TemplateRepository(Database& db, BuiltinTemplateLookup builtins)
        : m_db(db), m_audit(db), m_builtins(std::move(builtins))
    {
    }

    // The incident's copy, else the built-in; nullopt (NotFound) when neither exists.
    std::optional<TemplateDraft> load(qint64 incidentId, const TemplateKey& key, StorageError* error) const;
    // The incident's copies (not the built-ins), by kind, group and language.
    QList<TemplateDraft> copies(qint64 incidentId, StorageError* error) const;

    // Makes the copy (from the built-in's version) or updates it. Saving the built-in's own text while there
    // is no copy changes nothing.
    bool save(qint64 incidentId, const TemplateKey& key, const QString& body, StorageError* error);
    // Deletes the copy, so that the built-in applies again. Nothing to do when there is no copy.
    bool reset(qint64 incidentId, const TemplateKey& key, StorageError* error);

    // The date style of the incident's document of `kind` for `groupKey` ("seireki" / "wareki"); "seireki"
    // when never set. Audited like the templates.
    QString dateStyle(qint64 incidentId, const QString& kind, const QString& groupKey,
                      StorageError* error) const;
    bool setDateStyle(qint64 incidentId, const QString& kind, const QString& groupKey, const QString& style,
                      StorageError* error);

private:
    std::optional<BuiltinTemplate> builtin(const TemplateKey& key) const;
    bool audit(qint64 incidentId, qint64 draftId, const TemplateKey& key, const QString& before,
               const QString& after, StorageError* error);

    Database& m_db;
    AuditRepository m_audit;
    BuiltinTemplateLookup m_builtins;
};

} // namespace bd
