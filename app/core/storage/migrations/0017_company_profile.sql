-- Schema version 17: the company's own details, kept once per workspace (app/core/incident/companyprofile.h).
-- One row per field that is set, keyed as companyProfileFields() names it; a field without a row is empty.
-- Every change is in the workspace's own audit chain (entity "company_profile").
CREATE TABLE company_profile (
    field TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
