#pragma once

#include "core/query/SharedSegments.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// What can be done with a saved segment, wherever it lives: on the server
// (through AdminClient; the changed list comes back with the next sync) or —
// saved before segments moved to the server, or while signed out — on this
// computer only (core::SavedSegments), from where it can move to the server.
class SegmentActions : public QObject
{
    Q_OBJECT
public:
    using Segment = core::SharedSegments::Segment; // an empty id: on this computer only

    explicit SegmentActions(QObject* parent = nullptr);

    void setProfile(const QString& profile);
    // The signed-in account's client (null: signed out — saves stay on this computer).
    void setAccount(core::AdminClient* account);
    bool online() const { return m_account != nullptr; }

    // The segments kept on this computer, as segments without an id.
    QList<Segment> local() const;
    // Whether this computer's segments were offered for the move (once per profile).
    bool moveOffered() const;
    void setMoveOffered();

    // A new segment: on the server (personal) when signed in, else on this computer.
    void save(const QString& name, const protocol::LeadFilter& filter);
    void setSharing(const Segment& segment, const QString& sharing);
    void setFilter(const Segment& segment, const protocol::LeadFilter& filter);
    void remove(const Segment& segment);
    // This computer's segments to the server, personal, one by one; each leaves
    // this computer once the server has it (or has one of that name already).
    void moveToServer(const QList<Segment>& segments);

Q_SIGNALS:
    void localChanged();  // this computer's list changed
    void serverChanged(); // the server's list changed: a sync brings it
    void failed(const QString& message);

private:
    void change(const Segment& segment, const QJsonObject& change);

    QString m_profile;
    core::AdminClient* m_account = nullptr;
};

} // namespace leadscope::ui
