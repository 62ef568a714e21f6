#include "Session.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "CredentialStore.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace leadscope::core {

using protocol::SecretBytes;

namespace {
QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// Calls `done(job)` once the job finishes, then disposes of it.
void onFinished(ApiJob* job, QObject* context, std::function<void(ApiJob*)> done)
{
    QObject::connect(job, &ApiJob::finished, context, [job, done = std::move(done)] {
        done(job);
        job->deleteLater();
    });
}
} // namespace

Session::Session(ApiClient* client, CredentialStore* keychain, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keychain(keychain)
{
}

Session::~Session()
{
    clearSecrets();
}

QString Session::keychainKey() const
{
    return CredentialStore::keyFor(m_client->endpoint().baseUrl(), m_email, QStringLiteral("refresh-token"));
}

// After the logout answer: drop the connections (their buffers hold earlier
// answers) — unless the user already started a new sign-in meanwhile.
void Session::forgetConnectionsUnlessResumed(int attempt)
{
    if (attempt == m_attempts)
        m_client->forgetConnections();
}

void Session::clearSecrets()
{
    m_mfaToken.clear();
    m_accessToken.clear();
    m_refreshToken.clear();
}

void Session::signIn(const QString& email, SecretBytes password, bool staySignedIn)
{
    ++m_attempts;
    clearSecrets();
    m_email = email.trimmed().toLower();
    m_staySignedIn = staySignedIn;
    QJsonObject body{{QStringLiteral("email"), m_email},
                     {QStringLiteral("password"), QString::fromUtf8(password.bytes())}};
    password.clear();
    ApiJob* job = m_client->post(QStringLiteral("/api/v1/auth/login"), QJsonDocument(body));
    body = QJsonObject(); // the QJsonDocument copy inside the request is gone with the job
    onFinished(job, this, [this](ApiJob* finished) {
        if (!finished->succeeded()) {
            Q_EMIT failed(finished->failure());
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(finished->body()).object();
        m_mfaToken = SecretBytes(text(answer, "mfa_token").toLatin1());
        if (m_mfaToken.isEmpty()) {
            Q_EMIT failed(ApiFailure::protocolError(tr("no sign-in token")));
            return;
        }
        m_state = State::AwaitingCode;
        const QJsonObject enrol = answer.value(QStringLiteral("enrol")).toObject();
        if (!enrol.isEmpty())
            Q_EMIT enrolmentRequired(text(enrol, "secret"), text(enrol, "otpauth_uri"));
        else
            Q_EMIT codeRequired();
    });
}

void Session::submitCode(const QString& code)
{
    if (m_state != State::AwaitingCode)
        return;
    const QJsonObject body{{QStringLiteral("mfa_token"), QString::fromLatin1(m_mfaToken.bytes())},
                           {QStringLiteral("code"), code.trimmed()}};
    onFinished(m_client->post(QStringLiteral("/api/v1/auth/mfa"), QJsonDocument(body)), this, [this](ApiJob* job) {
        if (!job->succeeded()) {
            if (job->failure().code == QLatin1String("invalid_mfa_token")) {
                m_state = State::SignedOut;
                m_mfaToken.clear();
            }
            Q_EMIT failed(job->failure());
            return;
        }
        m_mfaToken.clear();
        acceptTokens(job->body());
    });
}

void Session::acceptTokens(const QByteArray& body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonObject user = answer.value(QStringLiteral("user")).toObject();
    m_accessToken = SecretBytes(text(answer, "access_token").toLatin1());
    m_refreshToken = SecretBytes(text(answer, "refresh_token").toLatin1());
    if (m_accessToken.isEmpty() || m_refreshToken.isEmpty()) {
        m_state = State::SignedOut;
        Q_EMIT failed(ApiFailure::protocolError(tr("no tokens")));
        return;
    }
    ++m_tokenGeneration;
    if (!user.isEmpty())
        m_user = User{text(user, "id"), text(user, "email"), text(user, "role"), text(user, "org_id"),
                      user.value(QStringLiteral("must_change_password")).toBool()};
    const bool wasSignedIn = m_state == State::SignedIn;
    m_state = State::SignedIn;
    if (m_staySignedIn) {
        // The rotated refresh token replaces the kept one every time.
        m_keychain->write(keychainKey(), m_refreshToken.bytes(),
                          [this, self = QPointer<Session>(this)](CredentialResult result) {
                              if (!self)
                                  return; // the keychain answered after the session was gone
                              if (result.ok())
                                  Q_EMIT refreshTokenKept();
                              else
                                  Q_EMIT keychainProblem(
                                      tr("You stay signed in only until Leadscope closes. %1").arg(result.message));
                          });
    }
    if (!wasSignedIn)
        Q_EMIT signedIn(m_user);
    QStringList codes;
    for (const QJsonValue& code : answer.value(QStringLiteral("recovery_codes")).toArray())
        codes << code.toString();
    if (!codes.isEmpty())
        Q_EMIT recoveryCodesIssued(codes);
}

void Session::resume(const QString& email)
{
    ++m_attempts;
    m_email = email.trimmed().toLower();
    m_staySignedIn = true;
    m_keychain->read(keychainKey(), [this, self = QPointer<Session>(this)](CredentialResult result) {
        if (!self)
            return;
        if (!result.ok()) {
            Q_EMIT resumeFailed(result.message);
            return;
        }
        m_refreshToken = std::move(result.secret);
        const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken.bytes())}};
        onFinished(m_client->post(QStringLiteral("/api/v1/auth/refresh"), QJsonDocument(body)), this,
                   [this](ApiJob* job) {
                       if (!job->succeeded()) {
                           m_refreshToken.clear();
                           if (job->failure().code == QLatin1String("session_locked")) {
                               // Locked when Leadscope last ran: the lock screen, not the sign-in.
                               m_user.email = m_email;
                               m_state = State::Locked;
                               Q_EMIT locked();
                               return;
                           }
                           // A dead token is of no use any more: forget it.
                           if (job->failure().kind == ApiFailure::Kind::Http)
                               m_keychain->remove(keychainKey(), [](CredentialResult) {});
                           Q_EMIT resumeFailed(job->failure().message);
                           return;
                       }
                       acceptTokens(job->body());
                   });
    });
}

void Session::signOut()
{
    const QByteArray access = m_accessToken.bytes();
    if (!access.isEmpty())
        onFinished(m_client->post(QStringLiteral("/api/v1/auth/logout"), QJsonDocument(QJsonObject()), access), this,
                   [this, attempt = m_attempts](ApiJob*) { forgetConnectionsUnlessResumed(attempt); });
    else
        m_client->forgetConnections();
    clearSecrets();
    m_state = State::SignedOut;
    m_user = User{};
    failWaiting(tr("You signed out."));
    m_keychain->remove(keychainKey(), [this, self = QPointer<Session>(this)](CredentialResult result) {
        if (!self)
            return; // signed out while closing: nobody is left to tell
        if (!result.ok())
            Q_EMIT keychainProblem(result.message);
        Q_EMIT signedOut();
    });
}

void Session::failWaiting(const QString& message)
{
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending& pending : waiting) {
        Reply reply;
        reply.failure.kind = ApiFailure::Kind::Cancelled;
        reply.failure.message = message;
        pending.done(reply);
    }
}

void Session::lock()
{
    if (m_state != State::SignedIn)
        return;
    if (!m_staySignedIn) {
        // Nothing will bring this session back without the password: end it.
        const QByteArray access = m_accessToken.bytes();
        onFinished(m_client->post(QStringLiteral("/api/v1/auth/logout"), QJsonDocument(QJsonObject()), access), this,
                   [this, attempt = m_attempts](ApiJob*) { forgetConnectionsUnlessResumed(attempt); });
    } else {
        // The server holds the lock: from now on the kept refresh token works
        // only through /auth/unlock with a fresh code, whoever has a copy.
        const QByteArray access = m_accessToken.bytes();
        onFinished(m_client->post(QStringLiteral("/api/v1/auth/lock"), QJsonDocument(QJsonObject()), access), this,
                   [this, attempt = m_attempts](ApiJob*) { forgetConnectionsUnlessResumed(attempt); });
    }
    clearSecrets();
    m_refreshing = false;
    m_state = State::Locked;
    failWaiting(tr("Leadscope is locked."));
    Q_EMIT locked();
}

void Session::unlock(const QString& code, SecretBytes password)
{
    if (m_state != State::Locked)
        return;
    ++m_attempts;
    const auto onTokens = [this](ApiJob* job) {
        if (!job->succeeded()) {
            const QString reason = job->failure().code;
            if (reason == QLatin1String("invalid_refresh_token") || reason == QLatin1String("refresh_token_reused")) {
                // The kept session is gone: from now on unlocking needs the password.
                m_keychain->remove(keychainKey(), [](CredentialResult) {});
                m_staySignedIn = false;
            }
            Q_EMIT failed(job->failure());
            return;
        }
        acceptTokens(job->body());
    };
    if (m_staySignedIn) {
        password.clear();
        m_keychain->read(
            keychainKey(), [this, self = QPointer<Session>(this), code, onTokens](CredentialResult result) {
                if (!self)
                    return;
                if (!result.ok()) {
                    m_staySignedIn = false;
                    ApiFailure failure;
                    failure.kind = ApiFailure::Kind::Cancelled;
                    failure.message = tr("%1 Enter your password as well.").arg(result.message);
                    Q_EMIT failed(failure);
                    return;
                }
                const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(result.secret.bytes())},
                                       {QStringLiteral("code"), code.trimmed()}};
                result.secret.clear();
                onFinished(m_client->post(QStringLiteral("/api/v1/auth/unlock"), QJsonDocument(body)), this, onTokens);
            });
        return;
    }
    // Password first, then the code: the same two steps as signing in.
    const QJsonObject body{{QStringLiteral("email"), m_email},
                           {QStringLiteral("password"), QString::fromUtf8(password.bytes())}};
    password.clear();
    onFinished(m_client->post(QStringLiteral("/api/v1/auth/login"), QJsonDocument(body)), this,
               [this, code, onTokens](ApiJob* job) {
                   if (!job->succeeded()) {
                       Q_EMIT failed(job->failure());
                       return;
                   }
                   const QJsonObject answer = QJsonDocument::fromJson(job->body()).object();
                   const QJsonObject mfa{{QStringLiteral("mfa_token"), text(answer, "mfa_token")},
                                         {QStringLiteral("code"), code.trimmed()}};
                   onFinished(m_client->post(QStringLiteral("/api/v1/auth/mfa"), QJsonDocument(mfa)), this, onTokens);
               });
}

void Session::request(const QByteArray& method, const QString& path, const QJsonDocument& body, ReplyHandler done,
                      ApiClient::Body answer)
{
    if (m_state == State::Locked) {
        Reply reply;
        reply.failure.kind = ApiFailure::Kind::Cancelled;
        reply.failure.message = tr("Leadscope is locked.");
        done(reply);
        return;
    }
    send(Pending{method, path, body, std::move(done), answer}, true);
}

void Session::send(Pending pending, bool mayRefresh)
{
    if (m_refreshing) {
        m_waiting.append(std::move(pending));
        return;
    }
    ApiJob* job = m_client->send(pending.method, pending.path, pending.body, m_accessToken.bytes(), pending.answer);
    const int generation = m_tokenGeneration;
    onFinished(job, this, [this, pending = std::move(pending), mayRefresh, generation](ApiJob* finished) mutable {
        if (finished->httpStatus() == 401 && mayRefresh && m_state == State::SignedIn) {
            if (generation != m_tokenGeneration && !m_refreshing) {
                // Sent with a token that a refresh has replaced since: just try again.
                send(std::move(pending), false);
                return;
            }
            // Expired: wait for one refresh (shared), then try once more.
            m_waiting.append(std::move(pending));
            refresh();
            return;
        }
        pending.done(Reply{finished->httpStatus(), finished->body(), finished->failure(), finished->headers()});
    });
}

QByteArray Session::Reply::header(QByteArrayView name) const
{
    for (const auto& [field, value] : headers) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void Session::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_refreshes;
    const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken.bytes())}};
    onFinished(m_client->post(QStringLiteral("/api/v1/auth/refresh"), QJsonDocument(body)), this, [this](ApiJob* job) {
        if (job->succeeded())
            acceptTokens(job->body());
        finishRefresh(job->succeeded() && m_state == State::SignedIn, job->failure());
    });
}

void Session::finishRefresh(bool ok, const ApiFailure& failure)
{
    m_refreshing = false;
    QList<Pending> waiting = std::exchange(m_waiting, {});
    if (!ok) {
        clearSecrets();
        m_state = State::SignedOut;
        for (const Pending& pending : std::as_const(waiting))
            pending.done(Reply{failure.httpStatus, {}, failure, {}});
        Q_EMIT failed(failure);
        return;
    }
    for (Pending& pending : waiting)
        send(std::move(pending), false);
}

void Session::invalidateAccessTokenForTesting()
{
    m_accessToken = SecretBytes(QByteArrayLiteral("expired-access-token-for-testing-0000000000000"));
}

} // namespace leadscope::core
