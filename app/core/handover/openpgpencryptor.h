// Encrypts a file for one OpenPGP key through GPGME, which runs the gpg program, so that a hand-over
// (export-archive / export-recipients --encrypt-to) can be read by its addressee only.
//
// The key is named by fingerprint, key id or e-mail address in the user's GnuPG keyring (GNUPGHOME is
// honoured), or is a file holding one exported public key. Such a file is read into a temporary keyring that
// is deleted afterwards: the user's keyring never changes behind their back (gpg --import keeps a key).
// The officer names the key explicitly, so it is used without a web-of-trust check (always-trust); the
// caller prints its full fingerprint and user id for the officer to compare with what the addressee gave.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace bd {

struct OpenPgpKey
{
    QByteArray fingerprint; // upper-case hex (40 characters for a version 4 key)
    QString userId;         // the primary user id, e.g. "Name (comment) <mail@example.jp>"
};

class OpenPgpEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(bd::OpenPgpEncryptor)
public:
    OpenPgpEncryptor();
    ~OpenPgpEncryptor(); // stops the gpg-agent of a temporary keyring, if one ran, and deletes the keyring
    OpenPgpEncryptor(const OpenPgpEncryptor&) = delete;
    OpenPgpEncryptor& operator=(const OpenPgpEncryptor&) = delete;

    // Chooses the key `spec` names: a fingerprint or key id (hex, spaces and "0x" allowed), an e-mail address
    // (matched exactly, not as a part of another address), or the path of a key file. False, with
    // errorString() naming `spec`, when no key or several keys match, or the key is expired, revoked,
    // disabled or has no subkey that can encrypt.
    bool setRecipient(const QString& spec);
    const OpenPgpKey& recipient() const;

    // ASCII armour instead of binary OpenPGP (default off).
    void setArmor(bool armor);
    // The file name stored inside the encrypted message (gpg --use-embedded-filename restores it).
    void setInnerFileName(const QString& name);

    // Encrypts `plain` for the recipient, and only for it (encrypt-to lines of gpg.conf are ignored), into
    // `out`, written front to back. The plain bytes go to gpg through a pipe, never through a file. False
    // with errorString().
    bool encrypt(const QByteArray& plain, QIODevice* out);

    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bd
