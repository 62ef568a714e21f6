#pragma once

#include "ApiTestClient.h"

#include <QByteArray>
#include <QString>

namespace leadscope::test {

// An organisation set up the way an operator does it, through the real
// leadscope-server commands: a registry import, `org add` with one website
// an admin added with `user add --password-stdin`, and the DPA recorded as
// signed (`dpa record`).
struct TestOrganisation
{
    QString orgId;
    QString siteId;
    TestUser admin;

    // companyRows / rangeRows: CSV lines without the header.
    static bool create(const QString& dbUrl, const QString& workDir, const QString& name, const QString& domain,
                       const QByteArray& companyRows, const QByteArray& rangeRows, TestOrganisation* out,
                       QString* error);
};

} // namespace leadscope::test
