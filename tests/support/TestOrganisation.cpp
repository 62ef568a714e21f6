#include "TestOrganisation.h"

#include "ServerProcess.h"

#include <QDir>
#include <QFile>

namespace leadscope::test {

bool TestOrganisation::create(const QString& dbUrl, const QString& workDir, const QString& name, const QString& domain,
                              const QByteArray& companyRows, const QByteArray& rangeRows, TestOrganisation* out,
                              QString* error)
{
    const QDir dir(workDir);
    QFile companies(dir.filePath(QStringLiteral("companies.csv")));
    QFile ranges(dir.filePath(QStringLiteral("ranges.csv")));
    if (!companies.open(QIODevice::WriteOnly) || !ranges.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the registry CSVs in ") + workDir;
        return false;
    }
    companies.write("registry_number,name,trade_name,legal_form,sbi_code,sbi_label,employee_band,street,postcode,"
                    "city,country,website,phone,linkedin\n" +
                    companyRows);
    ranges.write("start,end,registry_number,kind,name\n" + rangeRows);
    companies.close();
    ranges.close();
    QString output;
    if (!ServerProcess::run({QStringLiteral("import"), QStringLiteral("--db"), dbUrl, QStringLiteral("--companies"),
                             companies.fileName(), QStringLiteral("--ranges"), ranges.fileName()},
                            &output, error) ||
        !ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), dbUrl,
                             QStringLiteral("--name"), name, QStringLiteral("--domain"), domain},
                            &output, error))
        return false;
    out->orgId = output.section(u'\n', 0, 0);
    out->siteId = output.section(u'\n', 1, 1).section(u' ', 0, 0);
    out->admin = TestUser{};
    out->admin.email = QStringLiteral("admin@") + domain;
    out->admin.password = "an admin's test password";
    if (!ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), dbUrl,
                             QStringLiteral("--org"), out->orgId, QStringLiteral("--email"), out->admin.email,
                             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                            &output, error, out->admin.password + '\n'))
        return false;
    out->admin.id = output.trimmed();
    // Signed outside the product: visits are recorded from the first hit.
    return !out->orgId.isEmpty() && !out->siteId.isEmpty() &&
           ServerProcess::run({QStringLiteral("dpa"), QStringLiteral("record"), QStringLiteral("--db"), dbUrl,
                               QStringLiteral("--org"), out->orgId, QStringLiteral("--signed-by"), out->admin.email},
                              &output, error);
}

} // namespace leadscope::test
