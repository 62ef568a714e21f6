#include "server/mail/SmtpSender.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QUuid>

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace leadscope::server {

namespace {

struct CurlDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_mime* mime) const { curl_mime_free(mime); }
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
template <typename T>
using Owned = std::unique_ptr<T, CurlDeleter>;

bool readPassword(const QString& passwordFile, QByteArray* password, QString* error)
{
    QString path = passwordFile;
    // A systemd credential (LoadCredential=smtp-password:…) when no file is named.
    if (path.isEmpty() && qEnvironmentVariableIsSet("CREDENTIALS_DIRECTORY")) {
        const QString credential = qEnvironmentVariable("CREDENTIALS_DIRECTORY") + QStringLiteral("/smtp-password");
        if (QFileInfo::exists(credential))
            path = credential;
    }
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the SMTP password file %1: %2").arg(path, file.errorString());
        return false;
    }
    *password = file.readAll();
    while (password->endsWith('\n') || password->endsWith('\r'))
        password->chop(1);
    return true;
}

QByteArray address(const QString& email)
{
    return '<' + email.toUtf8() + '>';
}

bool addPart(curl_mime* mime, const QByteArray& data, const char* type)
{
    curl_mimepart* part = curl_mime_addpart(mime);
    return part && curl_mime_data(part, data.constData(), static_cast<size_t>(data.size())) == CURLE_OK &&
           curl_mime_type(part, type) == CURLE_OK && curl_mime_encoder(part, "quoted-printable") == CURLE_OK;
}

} // namespace

bool SmtpSender::Settings::parse(const QString& url, const QString& passwordFile, const QString& from,
                                 const QString& caFile, Settings* settings, QString* error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("smtp") && parsed.scheme() != QLatin1String("smtps")) ||
        parsed.host().isEmpty()) {
        *error = QStringLiteral("--smtp takes smtp://[user@]host[:port] (STARTTLS) or smtps://[user@]host[:port]");
        return false;
    }
    if (!parsed.password().isEmpty()) {
        *error = QStringLiteral("--smtp: put the password in --smtp-password-file (or the systemd credential "
                                "smtp-password), never on the command line");
        return false;
    }
    if (from.isEmpty() || !from.contains(u'@') || from.contains(u'<') || from.contains(u'\n')) {
        *error = QStringLiteral("--smtp needs --smtp-from ADDRESS, the sender of Leadscope's e-mail");
        return false;
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable()) {
        *error = QStringLiteral("--smtp-ca %1 cannot be read").arg(caFile);
        return false;
    }
    Settings out;
    out.url = parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    out.user = parsed.userName();
    out.from = from;
    out.caFile = caFile;
    if (!readPassword(passwordFile, &out.password, error))
        return false;
    if (!out.user.isEmpty() && out.password.isEmpty()) {
        *error = QStringLiteral("--smtp names the user %1: give its password with --smtp-password-file").arg(out.user);
        return false;
    }
    *settings = out;
    return true;
}

SmtpSender::SmtpSender(Settings settings)
    : m_settings(std::move(settings))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

SmtpSender::~SmtpSender()
{
    m_settings.password.fill('\0');
    curl_global_cleanup();
}

QByteArray SmtpSender::encodedHeader(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    // Encoded words of at most 75 characters, split between whole characters.
    QByteArray out;
    QString chunk;
    const auto flush = [&out, &chunk] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        if ((chunk + text.mid(i, width)).toUtf8().size() > 45)
            flush();
        chunk += text.mid(i, width);
        i += width - 1;
    }
    flush();
    return out;
}

bool SmtpSender::send(const Mail& mail, qint64 nowMs, QString* error, bool* permanent) const
{
    *permanent = false;
    Owned<CURL> curl(curl_easy_init());
    Owned<curl_mime> mime(curl ? curl_mime_init(curl.get()) : nullptr);
    Owned<curl_mime> alternative(curl ? curl_mime_init(curl.get()) : nullptr);
    if (!curl || !mime || !alternative) {
        *error = QStringLiteral("libcurl could not start");
        return false;
    }
    CURL* c = curl.get();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_settings.url.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray from = address(m_settings.from);
    const QByteArray ca = QFile::encodeName(m_settings.caFile);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL)); // STARTTLS or fail
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_settings.password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    const QByteArray to = address(mail.to);
    Owned<curl_slist> recipients(curl_slist_append(nullptr, to.constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);

    const QByteArray domain = m_settings.from.mid(m_settings.from.indexOf(u'@') + 1).toUtf8();
    const QList<QByteArray> headerLines{
        "Date: " + QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(Qt::RFC2822Date).toLatin1(),
        "From: Leadscope " + from,
        "To: " + to,
        "Subject: " + encodedHeader(mail.subject),
        "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain + '>',
        "Auto-Submitted: auto-generated"};
    Owned<curl_slist> headers;
    for (const QByteArray& line : headerLines)
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    // multipart/alternative: plain text first, HTML preferred by readers that show it.
    const QByteArray text = mail.text.toUtf8();
    const QByteArray html = mail.html.toUtf8();
    if (!addPart(alternative.get(), text, "text/plain; charset=utf-8") ||
        !addPart(alternative.get(), html, "text/html; charset=utf-8")) {
        *error = QStringLiteral("libcurl could not build the message");
        return false;
    }
    curl_mimepart* body = curl_mime_addpart(mime.get());
    if (!body || curl_mime_subparts(body, alternative.release()) != CURLE_OK ||
        curl_mime_type(body, "multipart/alternative") != CURLE_OK) {
        *error = QStringLiteral("libcurl could not build the message");
        return false;
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode result = curl_easy_perform(c);
    if (result == CURLE_OK)
        return true;
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    // 550-553: the relay refuses this recipient or sender; trying again will not help.
    *permanent = code >= 550 && code <= 553;
    *error = QStringLiteral("%1%2").arg(
        QString::fromUtf8(curl_easy_strerror(result)),
        std::strlen(errorBuffer) > 0 ? QStringLiteral(": ") + QString::fromUtf8(errorBuffer).trimmed() : QString());
    if (code > 0)
        *error += QStringLiteral(" (SMTP %1)").arg(code);
    return false;
}

} // namespace leadscope::server
