// The workspace's company profile (companyprofile.h): read, and saved as one undoable step, announced as
// Change::Profile.
#pragma once

#include "companyprofile.h"
#include "storageerror.h"

#include <optional>

namespace bd {

class Workspace;

class CompanyProfileService
{
public:
    explicit CompanyProfileService(Workspace& workspace) : m_workspace(workspace) {}

    std::optional<CompanyProfile> profile(StorageError* error) const;
    bool setProfile(const CompanyProfile& profile, StorageError* error);

private:
    bool write(const CompanyProfile& profile, StorageError* error);
    Workspace& m_workspace;
};

} // namespace bd
