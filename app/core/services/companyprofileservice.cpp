#include "companyprofileservice.h"

#include "companyprofilerepository.h"
#include "servicecommand.h"
#include "workspace.h"

#include <QCoreApplication>

namespace bd {

std::optional<CompanyProfile> CompanyProfileService::profile(StorageError* error) const
{
    return CompanyProfileRepository(m_workspace.database()).load(error);
}

bool CompanyProfileService::write(const CompanyProfile& profile, StorageError* error)
{
    if (!CompanyProfileRepository(m_workspace.database()).save(profile, error))
        return false;
    m_workspace.announce(0, Change::Profile);
    return true;
}

bool CompanyProfileService::setProfile(const CompanyProfile& profile, StorageError* error)
{
    const std::optional<CompanyProfile> before = this->profile(error);
    if (!before)
        return false;
    if (*before == profile)
        return true;
    if (!write(profile, error))
        return false;
    ServiceCommand::push(
        m_workspace, QCoreApplication::translate("bd::CompanyProfileService", "Edit the company profile"),
        [this, was = *before](StorageError* e) { return write(was, e); },
        [this, profile](StorageError* e) { return write(profile, e); });
    return true;
}

} // namespace bd
