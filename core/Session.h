#pragma once

#include "ApiClient.h"
#include "ApiFailure.h"

#include "protocol/Crypto.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace leadscope::core {

class ApiJob;
class CredentialStore;

// One signed-in user: password, then the mandatory second factor (enrolment
// the first time), then tokens. The access token lives in memory only; the
// refresh token is kept in the OS keychain only when the user chose "stay
// signed in" — never in a file. An expired access token is refreshed once
// for any number of requests waiting on it (single flight).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        AwaitingCode,
        SignedIn,
        Locked // signed in, but every token is out of memory until unlock()
    };
    Q_ENUM(State)

    struct User
    {
        QString id;
        QString email;
        QString role;
        QString orgId;
        bool mustChangePassword = false; // signed in with an admin's one-time password
    };

    struct Reply
    {
        int status = 0;
        QByteArray body;
        ApiFailure failure;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool ok() const { return !failure.isError(); }
        QByteArray header(QByteArrayView name) const; // the first field of that name (any case), or empty
    };
    using ReplyHandler = std::function<void(const Reply&)>;

    Session(ApiClient* client, CredentialStore* keychain, QObject* parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    const User& user() const { return m_user; }

    // Step 1. Emits enrolmentRequired() or codeRequired(), or failed().
    void signIn(const QString& email, protocol::SecretBytes password, bool staySignedIn);
    // Step 2. Emits signedIn() or failed() (a wrong code keeps AwaitingCode).
    void submitCode(const QString& code);
    // Signs in with the refresh token kept in the keychain for this account.
    // Emits signedIn(), or resumeFailed() with the reason (then ask for the password).
    void resume(const QString& email);
    // Revokes the session on the server and forgets every secret here.
    void signOut();

    // Idle lock: wipes the tokens from memory. With "stay signed in" the
    // session lives on (its refresh token stays in the keychain only);
    // otherwise it is revoked on the server. Emits locked().
    void lock();
    // Unlocking asks for a fresh code — and the password when no refresh
    // token is kept. Emits signedIn() or failed() (staying Locked).
    bool unlockNeedsPassword() const { return !m_staySignedIn; }
    void unlock(const QString& code, protocol::SecretBytes password);
    const QString& email() const { return m_email; }

    // A request as the signed-in user. On an expired token it refreshes once
    // (shared with every other request that needs it) and retries.
    void request(const QByteArray& method, const QString& path, const QJsonDocument& body, ReplyHandler done,
                 ApiClient::Body answer = ApiClient::Body::Decoded);

    // For tests: pretend the access token expired.
    void invalidateAccessTokenForTesting();
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    void enrolmentRequired(const QString& secret, const QString& otpauthUri);
    void codeRequired();
    void signedIn(const leadscope::core::Session::User& user);
    void failed(const leadscope::core::ApiFailure& failure);
    void resumeFailed(const QString& reason);
    void signedOut();
    void locked();
    // At enrolment: the ten single-use recovery codes, shown once.
    void recoveryCodesIssued(const QStringList& codes);
    // The refresh token (a new one after every rotation) is safely in the keychain.
    void refreshTokenKept();
    // The keychain could not keep (or forget) the refresh token; the session itself works.
    void keychainProblem(const QString& message);

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        QJsonDocument body;
        ReplyHandler done;
        ApiClient::Body answer = ApiClient::Body::Decoded;
    };
    void acceptTokens(const QByteArray& body);
    void failWaiting(const QString& message);
    void send(Pending pending, bool mayRefresh);
    void refresh();
    void finishRefresh(bool ok, const ApiFailure& failure);
    void clearSecrets();
    QString keychainKey() const;

    ApiClient* m_client;
    CredentialStore* m_keychain;
    State m_state = State::SignedOut;
    User m_user;
    QString m_email;
    bool m_staySignedIn = false;
    protocol::SecretBytes m_mfaToken;
    protocol::SecretBytes m_accessToken;
    protocol::SecretBytes m_refreshToken;
    bool m_refreshing = false;
    QList<Pending> m_waiting; // requests waiting for the refresh
    int m_refreshes = 0;
    int m_tokenGeneration = 0; // bumps with every new access token
    int m_attempts = 0;        // bumps with every sign-in, resume or unlock
    void forgetConnectionsUnlessResumed(int attempt);
};

} // namespace leadscope::core
