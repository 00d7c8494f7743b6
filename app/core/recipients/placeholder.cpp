// Replaced by the recipients module.
