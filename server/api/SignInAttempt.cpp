#include "server/api/SignInAttempt.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/domain/Audit.h"
#include "server/domain/RateLimiter.h"
#include "server/domain/RecoveryCodes.h"
#include "server/domain/SuspiciousActivity.h"
#include "server/http/Metrics.h"
#include "server/store/Store.h"

#include "protocol/Totp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace leadscope::server {

SignInAttempt::SignInAttempt(const ServerContext& context, const HttpRequest& request, const SignIns::Account& account)
    : m_context(context)
    , m_request(request)
    , m_account(account)
{
}

SignInAttempt::~SignInAttempt()
{
    if (!m_holding)
        return; // never held, or already ended by the failure or the accepted code
    QString error;
    // If this fails too, the lease runs out by itself (SignIns::kAttemptLeaseMs).
    if (!SignIns::releaseAttempt(m_context.store.connection(), m_account.id, &error))
        qCWarning(lcStore) << "releasing a sign-in attempt failed:" << error;
}

HttpResponse SignInAttempt::tooMany(qint64 retryAfterMs, const QString& message)
{
    return HttpResponse::tooManyRequests(QStringLiteral("too_many_attempts"), message, (retryAfterMs + 999) / 1000);
}

std::optional<HttpResponse> SignInAttempt::sourceLimited(const ServerContext& context, const HttpRequest& request)
{
    const int retry = context.sourceLimiter.retryAfterSeconds(request.sourceKey, context.clock.nowMs());
    if (retry <= 0)
        return std::nullopt;
    return tooMany(retry * 1000LL, QStringLiteral("Too many failed sign-in attempts from your network; wait a while."));
}

void SignInAttempt::countSourceFailure(const ServerContext& context, const HttpRequest& request)
{
    context.sourceLimiter.record(request.sourceKey, context.clock.nowMs());
}

std::optional<HttpResponse> SignInAttempt::admit()
{
    if (auto limited = sourceLimited(m_context, m_request))
        return limited;
    SignIns::Admission admission;
    QString error;
    if (!SignIns::admit(m_context.store.connection(), m_context.clock.nowMs(), m_account.id, kMaxAttemptsPerHour,
                        &admission, &error))
        return ServerContext::storeError("admitting a sign-in attempt", error);
    using Refusal = SignIns::Admission::Refusal;
    switch (admission.refusal) {
    case Refusal::None:
        m_holding = true;
        return std::nullopt;
    case Refusal::Locked:
        return tooMany(admission.retryAfterMs,
                       QStringLiteral("This account is locked after too many failed attempts."));
    case Refusal::HourlyCap:
        return tooMany(admission.retryAfterMs, QStringLiteral("This account had too many sign-in attempts this hour."));
    case Refusal::Busy:
        return tooMany(admission.retryAfterMs,
                       QStringLiteral("Another sign-in attempt for this account is being checked; try again."));
    }
    return ServerContext::storeError();
}

HttpResponse SignInAttempt::fail(const QString& action, const HttpResponse& response)
{
    const qint64 now = m_context.clock.nowMs();
    countSourceFailure(m_context, m_request);
    QString error;
    SignIns::Failure failure;
    const bool ok = SignIns::recordFailure(m_context.store.connection(), now, m_account, action, m_context.suspicious,
                                           &failure, &error);
    m_holding = m_holding && !ok; // recorded: the attempt is over
    m_context.metrics.count(Metrics::Event::SignInFailure);
    if (!ok)
        return ServerContext::storeError("recording a failed attempt", error);
    if (failure.lockedUntil > 0)
        m_context.metrics.count(Metrics::Event::AccountLockout);
    if (failure.burst > 0) {
        m_context.metrics.count(Metrics::Event::SuspiciousActivity);
        // A JSON message: the structured log keeps its fields as fields.
        qCWarning(lcServer).noquote()
            << QStringLiteral("{\"event\":\"suspicious_activity\",\"org\":\"%1\",\"failed_sign_ins\":%2}")
                   .arg(m_account.orgId)
                   .arg(failure.burst);
    }
    return response;
}

std::optional<HttpResponse> SignInAttempt::checkCode(const QByteArray& secret, const QString& code,
                                                     const QString& failedAction, bool allowRecovery)
{
    Q_ASSERT(m_holding);
    const qint64 now = m_context.clock.nowMs();
    QSqlDatabase db = m_context.store.connection();
    QString error;
    if (allowRecovery && RecoveryCodes::looksLikeOne(code) && !m_account.disabled) {
        bool used = false;
        int remaining = 0;
        if (!RecoveryCodes::use(db, m_account.id, code, now, &used, &error) ||
            (used && !SignIns::clearFailures(db, m_account.id, &error)) ||
            (used && !RecoveryCodes::remaining(db, m_account.id, &remaining, &error)))
            return ServerContext::storeError();
        if (!used)
            return fail(failedAction, HttpResponse::error(401, QStringLiteral("invalid_code"),
                                                          QStringLiteral("That recovery code is wrong or was used "
                                                                         "already.")));
        m_holding = false; // clearFailures ended it
        Audit::record(db, now, m_account.orgId, m_account.actor(), QStringLiteral("recovery_code_used"),
                      QJsonObject{{QStringLiteral("remaining"), remaining}}, &error);
        return std::nullopt;
    }
    const auto step = protocol::Totp::verify(secret, code, now / 1000, 1);
    if (!step || m_account.disabled)
        return fail(failedAction, HttpResponse::error(401, QStringLiteral("invalid_code"),
                                                      QStringLiteral("The code is wrong or too old.")));
    // A code is accepted once: the step must be newer than the last one used.
    bool accepted = false;
    if (!SignIns::useTotpStep(db, m_account.id, *step, &accepted, &error))
        return ServerContext::storeError();
    m_holding = m_holding && !accepted; // the accepted code ended it
    if (!accepted)
        return fail(QStringLiteral("mfa_replay"),
                    HttpResponse::error(401, QStringLiteral("code_replayed"),
                                        QStringLiteral("That code was used already; wait for the next one.")));
    return std::nullopt;
}

std::optional<HttpResponse> SignInAttempt::freshCode(const ServerContext& context, const HttpRequest& request,
                                                     const QString& userId, const QString& failedAction)
{
    QJsonParseError parse{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parse);
    if (parse.error != QJsonParseError::NoError || !body.isObject())
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("The body is not a JSON object."));
    const QString code = body.object().value(QLatin1String("code")).toString().trimmed();
    if (code.isEmpty() || code.size() > 16)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("code: give a fresh code from your authenticator app."));
    SignIns::Account admin;
    bool found = false;
    QString error;
    if (!SignIns::loadById(context.store.connection(), userId, &admin, &found, &error) || !found)
        return ServerContext::storeError();
    SignInAttempt attempt(context, request, admin);
    if (auto refused = attempt.admit())
        return refused;
    return attempt.checkCode(admin.totpSecret, code, failedAction);
}

} // namespace leadscope::server
