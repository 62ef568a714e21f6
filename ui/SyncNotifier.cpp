#include "SyncNotifier.h"

#include "core/Preferences.h"
#include "core/query/CompanyQuery.h"
#include "core/query/DataStore.h"

#include <QDateTime>
#include <QSettings>
#include <QStringList>
#include <QSystemTrayIcon>
#include <QWidget>

namespace leadscope::ui {

struct SyncNotifier::News
{
    QStringList fresh;   // names
    QStringList watched; // names
    QStringList rules;   // "Rule “…”: company"
    QString first;       // id to open
};

SyncNotifier::SyncNotifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

void SyncNotifier::notify(const core::SyncEngine::Result& result, core::DataStore* store, const QString& userId)
{
    const bool aboutNew = core::Preferences::notifyNewCompanies().value();
    const bool aboutWatched = core::Preferences::notifyWatched().value();
    const bool aboutRules = core::Preferences::notifyRules().value();
    // What rules asked to tell this user (a rule's name, the company's id).
    QList<std::pair<QString, QString>> alerts;
    if (aboutRules && !userId.isEmpty()) {
        for (const core::ChangeApplier::Outcome::RuleAlert& alert : result.ruleAlerts) {
            if (alert.notify.contains(userId))
                alerts.append({alert.ruleName, alert.companyId});
        }
    }
    if (!store || result.fullResync || !QSystemTrayIcon::isSystemTrayAvailable() ||
        ((!aboutNew || result.newCompanies.isEmpty()) && (!aboutWatched || result.companiesWithVisits.isEmpty()) &&
         alerts.isEmpty()))
        return;
    const QStringList fresh = aboutNew ? QStringList(result.newCompanies.values()) : QStringList();
    const QStringList visited = aboutWatched ? QStringList(result.companiesWithVisits.values()) : QStringList();
    store->run<News>(
        this,
        [fresh, visited, alerts](core::Cache& cache, QString* error) {
            News news;
            core::CompanyQuery query(cache);
            QList<core::CompanyQuery::Brief> briefs;
            if (query.briefs(fresh, &briefs, error)) {
                for (const core::CompanyQuery::Brief& brief : std::as_const(briefs))
                    news.fresh << brief.name;
                if (!briefs.isEmpty())
                    news.first = briefs.first().id;
            }
            if (query.briefs(visited, &briefs, error)) {
                for (const core::CompanyQuery::Brief& brief : std::as_const(briefs)) {
                    if (!brief.watched)
                        continue;
                    news.watched << brief.name;
                    news.first = brief.id; // a watched company matters most
                }
            }
            for (const auto& [rule, companyId] : alerts) {
                if (!query.briefs({companyId}, &briefs, error) || briefs.isEmpty())
                    continue;
                news.rules << SyncNotifier::tr("Rule “%1”: %2").arg(rule, briefs.first().name);
                news.first = companyId; // what a rule picked out for this user matters most
            }
            return news;
        },
        [this](News news, const QString&) { show(news); });
}

void SyncNotifier::show(const News& news)
{
    if (news.fresh.isEmpty() && news.watched.isEmpty() && news.rules.isEmpty())
        return;
    m_notifiedCompany = news.first;
    QStringList lines = news.rules.mid(0, 3);
    if (news.rules.size() > 3)
        lines << tr("…and %n more rule alert(s)", nullptr, int(news.rules.size() - 3));
    if (!news.watched.isEmpty())
        lines << tr("Watched companies visited again: %1").arg(news.watched.mid(0, 3).join(QStringLiteral(", ")));
    if (!news.fresh.isEmpty())
        lines << tr("New companies: %1 (%2 in all)")
                     .arg(news.fresh.mid(0, 3).join(QStringLiteral(", ")))
                     .arg(news.fresh.size());
    showTray(lines);
}

void SyncNotifier::showTray(const QStringList& lines)
{
    m_lastLines = lines;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(tr("Leadscope"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_notifiedCompany.isEmpty())
                Q_EMIT companyActivated(m_notifiedCompany);
        });
        m_tray->show();
    }
    m_tray->showMessage(tr("Leadscope"), lines.join(u'\n'));
}

void SyncNotifier::notifyPausedWebhooks(const QList<core::AdminClient::Webhook>& webhooks, const QString& account)
{
    // The latest pause already told, per account (pauses are told once, also across restarts).
    QSettings settings;
    const QString key = QStringLiteral("notices/webhooksPausedTold/") +
                        QString::fromLatin1(account.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    const QDateTime told = settings.value(key).toDateTime();
    QDateTime latest = told;
    QStringList lines;
    for (const core::AdminClient::Webhook& hook : webhooks) {
        if (!hook.pausedAt.isValid() || (told.isValid() && hook.pausedAt <= told))
            continue;
        lines << (hook.pausedReason.isEmpty()
                      ? tr("Webhook “%1” is paused. Resume it in Administration → Integrations.").arg(hook.name)
                      : tr("Webhook “%1” is paused: %2. Resume it in Administration → Integrations when its "
                           "receiver works again.")
                            .arg(hook.name, hook.pausedReason));
        if (!latest.isValid() || hook.pausedAt > latest)
            latest = hook.pausedAt;
    }
    if (lines.isEmpty())
        return;
    settings.setValue(key, latest);
    m_notifiedCompany.clear();
    showTray(lines);
    Q_EMIT noticed(lines.join(u' '));
}

} // namespace leadscope::ui
