// The data a template is rendered with: the incident, the recipient group, the recipient, the language and
// the date style, as kainjow Mustache data. The incident and group part is built once per document and shared
// by every recipient; each recipient adds only its own small part.
#pragma once

#include "catalogue.h"
#include "incident.h"
#include "japaneseformat.h"
#include "recipient.h"
#include "templateproblem.h"

#include <kainjow/mustache.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <memory>
#include <optional>

namespace bd {

struct RecipientGroup;

using MustacheData = kainjow::mustache::data;

// The recipient group a document is for.
struct DocumentGroup
{
    QString key; // the recipient group's key: "employees", "consignor_clients", or a custom key
    QString labelJa, labelEn;
    bool organisations = false;               // recipients are organisations (御中)
    QString channel = QStringLiteral("post"); // "post" or "email"
    // The data sets whose items the documents list. nullopt: linked by key like the built-in groups are
    // (consignor_clients: every data set held for a consignor; otherwise the data sets of the same group
    // key).
    std::optional<QList<qint64>> dataSetIds;

    static DocumentGroup from(const RecipientGroup& group);
};

inline constexpr auto ConsignorClientsGroupKey = "consignor_clients";

struct DocumentOptions
{
    Lang lang = Lang::Ja;
    DateStyle dateStyle = DateStyle::Seireki;
    QDate today; // the document's date; null = the current date
    // Who reads the document, for the narratives written for them (narrative.h); "" = by the group: each
    // consignor client in the consignor clients group, the people affected in any other.
    QString audience;
};

class DocumentContext
{
public:
    Lang lang = Lang::Ja;
    QString channel;
    bool hasRecipient = false;
    qint64 recipientId = 0;
    int sourceRow = 0;
    std::shared_ptr<const MustacheData> shared; // incident, org, desk, dates, narrative, group, items
    MustacheData own;                           // recipient, consignor
    // Remarks of the builder, each naming the top-level placeholder concerned (missing translations, a
    // consignor without data sets …). The validator reports those the template uses.
    QList<Problem> notes;

    // The value of a top-level placeholder ("recipient.address"), or nullptr.
    const MustacheData* find(const QString& name) const;
    // Empty text, false flag, empty list or missing.
    bool isEmpty(const QString& name) const;
    // The text of a text placeholder ("" when empty or not text).
    QString text(const QString& name) const;
};

class DocumentContextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(bd::DocumentContextBuilder)
public:
    // `customItems`: the officer-defined data items the data sets may name (built-in ones are in
    // catalogue.h).
    DocumentContextBuilder(const Incident& incident, const QList<DataItem>& customItems,
                           const DocumentGroup& group, const DocumentOptions& options);

    // Without a recipient: recipient.* are empty, consignor.* are those of the first consignor (a preview).
    DocumentContext build() const;
    DocumentContext build(const Recipient& recipient) const;
    // recipient.* set to `values` (keys "recipient.name" …, see recipientValues()) — e.g. merge markers for a
    // layout shared by many recipients. consignor.* are left empty: they differ per recipient.
    DocumentContext buildWithRecipientValues(const QHash<QString, QString>& values) const;

    // The recipient.* texts for `recipient` in this document's language.
    QHash<QString, QString> recipientValues(const Recipient& recipient) const;

    const QList<DataSet>& linkedDataSets() const { return m_linked; }
    const DocumentOptions& options() const { return m_options; }
    const DocumentGroup& group() const { return m_group; }

private:
    void buildShared();
    DocumentContext base() const;
    void addRecipient(DocumentContext& context, const QHash<QString, QString>& values) const;
    enum class ConsignorMode
    {
        Preview,      // the first consignor of the group's data sets
        ForRecipient, // the consignor named by the recipient
        None          // left empty
    };
    void addConsignor(DocumentContext& context, ConsignorMode mode, const QString& consignorName) const;
    // narrative.* as a document for `audience` reads them (narrative.h's fallback chain).
    MustacheData narrativeData(const QString& audience, QList<Problem>* notes) const;
    bool isConsignorGroup() const;
    // A letter to a recipient group (letters, consignor notices), not a filing.
    bool isLetter() const;

    Incident m_incident;
    QHash<QString, DataItem> m_items;
    DocumentGroup m_group;
    DocumentOptions m_options;
    QList<DataSet> m_linked;
    std::shared_ptr<MustacheData> m_shared;
    QList<Problem> m_sharedNotes;
};

} // namespace bd
