// Reads and writes the workspace's company profile (companyprofile.h). A save is one transaction with one
// audit entry per changed field, in the workspace's own chain.
#pragma once

#include "companyprofile.h"
#include "database.h"

#include <optional>

namespace bd {

class CompanyProfileRepository
{
public:
    explicit CompanyProfileRepository(Database& db) : m_db(db) {}

    // The stored profile; an empty one when nothing was ever saved.
    std::optional<CompanyProfile> load(StorageError* error) const;
    // Refused (Invalid, nothing written) when a text is beyond its field's limits.
    bool save(const CompanyProfile& profile, StorageError* error);

private:
    Database& m_db;
};

} // namespace bd
