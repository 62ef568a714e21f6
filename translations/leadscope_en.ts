<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminClient</name>
    <message>
        <source>The server&apos;s answer was not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no agreement text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only after consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused 2FA code refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the DPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed tracking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen session detected and ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst of failed sign-ins (possible attack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong 2FA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong code to delete an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a user a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a user&apos;s two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong code for a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made new recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong code for new recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded all leads (full sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: too many full downloads today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: address or domain cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hid a company or industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showed a hidden company again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into a target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own e-mail alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a failed e-mail again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a webhook a new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a webhook delivery again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong code for a webhook change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong code for a new API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiFailure</name>
    <message>
        <source>an unnamed party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2. You may be talking to the wrong server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: issued by %1 for %2. Ask your administrator for the right certificate authority file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Leadscope does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Enter the code your authenticator app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was used already. Wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long. Start again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Sign-in is paused for this account for a while; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin of your organisation must accept the Data Processing Agreement before visit data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. You can try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The disk is full, so the local copy of your data cannot be written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data cannot be read: it was changed or damaged, or its key is not the right one. Discard it and sync again; nothing on the server is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data cannot be encrypted, so it is not opened. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data cannot be encrypted, so it is not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data would not be encrypted, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data was made by a newer Leadscope. Update Leadscope, or discard it and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy could not replace the old one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>Leadscope server to connect to, e.g. https://leadscope.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate authority (PEM) for the server, in addition to the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server profile; with --server, the name under which that server is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing in and syncing, save a PNG of every screen in this folder, then quit (for documentation and review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look of the window: system (default, follows the desktop), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme is system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope shows which companies visit your website and what they looked at, without storing IP addresses.

Without a window: leadscope login | logout | sync | status | export (each with --help).
Exit codes: 0 done, 1 failed, 2 bad arguments, 3 keychain problem, 4 DPA not accepted, 5 not signed in, 6 not allowed for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leadscope://company/… link from an e-mail: opens that company (in the Leadscope that is already running, if there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Leadscope link (leadscope://company/…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDecoding</name>
    <message>
        <source>The server sent its answer in an encoding Leadscope did not ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer unpacks to more than Leadscope accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>The server sent a list of reported matches this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a former colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register&apos;s operator kept it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies to your organisation&apos;s matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1 on %2: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IgnoredCompanies</name>
    <message>
        <source>Our own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a list of hidden companies this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadReport</name>
    <message>
        <source>Search engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n visit(s)</source>
        <translation>
            <numerusform>at least %n visit</numerusform>
            <numerusform>at least %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>visited a page containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with visits not yet seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected compan(y/ies)</source>
        <translation>
            <numerusform>%n selected company</numerusform>
            <numerusform>%n selected companies</numerusform>
        </translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last visit in the last %n day(s)</source>
        <translation>
            <numerusform>Last visit in the last %n day</numerusform>
            <numerusform>Last visit in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most in one day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies are identified from public company registers; no visitor&apos;s IP address is kept and nothing in this report identifies a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s)</source>
        <translation>
            <numerusform>%n page view</numerusform>
            <numerusform>%n page views</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per day, last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report holds at most %1 companies and this list has %2. Narrow the filter, or export CSV or Excel for the whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company is no longer in the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1%2. Companies are identified from public company registers; nothing in this profile identifies a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBI code %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n page(s)</source>
        <translation>
            <numerusform>at least %n page</numerusform>
            <numerusform>at least %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n minute(s) on the site</source>
        <translation>
            <numerusform>at least %n minute on the site</numerusform>
            <numerusform>at least %n minutes on the site</numerusform>
        </translation>
    </message>
    <message>
        <source>the company&apos;s first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>back within %n day(s)</source>
        <translation>
            <numerusform>back within %n day</numerusform>
            <numerusform>back within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a target list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadScore</name>
    <message>
        <source>Visited today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of pricing, contact or demo pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 or more employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 to 49 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 9 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation>
            <numerusform>Last visit %n day ago</numerusform>
            <numerusform>Last visit %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the site</source>
        <translation>
            <numerusform>%n minute on the site</numerusform>
            <numerusform>%n minutes on the site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchExplanation</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this company was matched was not kept: its visits were recorded before Leadscope kept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by your organisation&apos;s correction — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by your organisation&apos;s correction of %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched through a network the register&apos;s operator corrected on %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 /%1 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a /%1 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier register import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 register import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 register import (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched through %1 registered to this company in %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched through %1 whose owner&apos;s name is this company&apos;s in %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internet provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OlderVisits</name>
    <message>
        <source>The server&apos;s answer about older visits was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an older visit that was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in this year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSegments</name>
    <message>
        <source>Hot leads this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since I last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>“%1” is not a server address. Use a form such as https://leadscope.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope only connects over HTTPS; “%1” does not start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfiles</name>
    <message>
        <source>Give the server a name, such as “Production”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long; use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a server called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedSegments</name>
    <message>
        <source>The server sent a list of segments this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server sent a sync page Leadscope does not understand; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a change Leadscope does not understand; nothing of that sync page was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetLists</name>
    <message>
        <source>The server sent target-account lists this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The server sent a team list this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRules</name>
    <message>
        <source>The server sent a list of rules this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the site</source>
        <translation>
            <numerusform>%n minute on the site</numerusform>
            <numerusform>%n minutes on the site</numerusform>
        </translation>
    </message>
    <message>
        <source>came via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>back after %n day(s)</source>
        <translation>
            <numerusform>back after %n day</numerusform>
            <numerusform>back after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalClient</name>
    <message>
        <source>The server profile (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in and keeps the sign-in in the OS keychain. Asks for the password and the code from your authenticator app (one line each from stdin when it is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, e.g. https://leadscope.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate authority (PEM) for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server with --server (and --ca for a private certificate authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your e-mail address with --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is not set up yet. Add this key to your authenticator app: %1
(or open %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). The sign-in is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs out: ends the session on the server, forgets the kept sign-in and deletes the local copy of your data and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The local copy of your data and its key are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings the local copy of your organisation&apos;s data up to date. Progress goes to stderr, a one-line summary to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Run: leadscope login --server URL --email ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 changes in %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 changes in %2 pages: %3 new companies, %4 companies with new visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a full resync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the signed-in account, the server, the last sync and the size of the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server yet. Run: leadscope login --server URL --email ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:     %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:    not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:  never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:  %1 (%2 minutes ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local copy: %1 companies, %2 visits, %3 (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 to go (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a lead list from the local copy (run `leadscope sync` first for the newest data): the companies of a saved segment or a filter, newest visit first. Needs the manager or admin role; the server records every export. Only company data and your team&apos;s notes go into the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved segment, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter as JSON, e.g. {&quot;city&quot;:&quot;Utrecht&quot;,&quot;min_visits&quot;:2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: %1 (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field separator (default: the locale&apos;s, , or ;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte-order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the list: -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --segment or --filter, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns needs at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is one character, not a quote or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved segment called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing… %1 of %2 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 companies to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx (Excel) or pdf (a report: at most %1 companies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadscope %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery codes: each signs you in once instead of a code from your phone. They are shown only now; keep them somewhere other than this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: after the list, a page per company (profile, 90-day activity, latest visits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per request at most (1–10000, default 10000; a request also ends at about 4 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficQuery</name>
    <message>
        <source>The server sent traffic figures this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer internet providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosting networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks of organisations not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools and universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks your team said are no company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crawlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inhumanly fast sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits without the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of page views could not be tied to a company: mostly %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bot hit(s) filtered: %1.</source>
        <translation>
            <numerusform>%Ln bot hit filtered: %1.</numerusform>
            <numerusform>%Ln bot hits filtered: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: out of memory or no room for temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the worksheet could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::core::ApiJob</name>
    <message>
        <source>no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1: it did not answer within %n second(s).</source>
        <translation>
            <numerusform>No connection to %1: it did not answer within %n second.</numerusform>
            <numerusform>No connection to %1: it did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::core::ConnectionMonitor</name>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is running but its database does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::core::CredentialStore</name>
    <message>
        <source>Nothing is stored in the keychain for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by signing in to your desktop session again) and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer. Install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::core::DataStoreWorker</name>
    <message>
        <source>There is no data here yet: wait for the first sync to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::core::Session</name>
    <message>
        <source>no sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter your password as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay signed in only until Leadscope closes. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::core::SyncEngine</name>
    <message>
        <source>Sync cancelled. What arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit was refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::core::SyncScheduler</name>
    <message>
        <source>Your leads cannot be shown: Leadscope keeps the key of its encrypted copy of your data in this computer&apos;s keychain, and cannot use it. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AccountRemovalDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your account &lt;b&gt;%1&lt;/b&gt; at %2 will be removed &lt;b&gt;at once&lt;/b&gt;: you are signed out everywhere, your sign-in details and two-factor secret are deleted, and the audit log keeps that an account was removed but no longer your e-mail address.&lt;/p&gt;&lt;p&gt;Copies in Leadscope&apos;s backups disappear within &lt;b&gt;30 days&lt;/b&gt;. Billing records of your organisation are kept as long as the law requires. Your team&apos;s lead data stays with your organisation.&lt;/p&gt;&lt;p&gt;On this computer, the encrypted local copy and its key are destroyed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh &amp;code from your authenticator app:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Websites and snippets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove websites and copy their tracker snippet (Settings → Privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte&amp;grations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API to&amp;kens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AlertsPage</name>
    <message>
        <source>E-mail me when a &amp;rule tells me about a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours: hold rule e-mails from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save e-mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server sends no e-mail: its operator has not set up a mail relay. Leadscope still tells you on this desktop (General → Notify me).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day I choose below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, on the day I choose below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail is written in %1, the language of this desktop, with times in its time zone (%2). It names companies, pages and times — never anything about a visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day for the digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ApiTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Data warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies (what the lead list shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits of a company, with their pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared segments and their companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reads only; it cannot change anything. It is shown once, after it is created: keep it where the other system keeps its secrets. Revoke it here when it is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the token may read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ApiTokensTab</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API tokens yet. Create one to let a data warehouse, Zapier or n8n read your companies, visits and shared segments — read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New API token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “%1”? What uses it can read nothing more from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token “%1”: give it to the system that reads with it (Authorization: Bearer …). It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AuditTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whose actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::CompanyPage</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the leads list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and page views over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitor timeline&lt;/b&gt; — click a bar to see its visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor / visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. hot, watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team should know about this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company is no longer in your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its visits were removed (retention) or it was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SBI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visi&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague not in your team list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page view(s)</source>
        <translation>
            <numerusform>%Ln page view</numerusform>
            <numerusform>%Ln page views</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team histo&amp;ry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy company details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier time(s).</source>
        <translation>
            <numerusform>…and %n earlier time.</numerusform>
            <numerusform>…and %n earlier times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” fired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this company, or its whole industry, from the team&apos;s leads (our own offices, customers, competitors, suppliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-account lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a target-account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the target-account lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong company?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report wrong company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose network the latest visit really came from: an internet provider&apos;s, another company&apos;s, or no company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report wrong company for this visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by a rule, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by the rule “%1”, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ol&amp;der visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older visits could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching visits before %1 from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer keeps the visits since %1; older ones stay on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) before %1 shown, from the server (not kept on this computer).</source>
        <translation>
            <numerusform>%Ln visit before %1 shown, from the server (not kept on this computer).</numerusform>
            <numerusform>%Ln visits before %1 shown, from the server (not kept on this computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln visit(s) before %1 shown, from the server (not kept on this computer).</source>
        <translation>
            <numerusform>The one visit before %1 shown, from the server (not kept on this computer).</numerusform>
            <numerusform>All %Ln visits before %1 shown, from the server (not kept on this computer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1, from the server (not kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ConnectionPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate verified (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope server %1 is running on %2 storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Choose Sign in… and add your organisation&apos;s Leadscope server, or start Leadscope with --server https://… (and --ca FILE for a private certificate authority).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits in this period. Choose a longer period, or check that the tracker is on your websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top industries (companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top pages (page views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top sources (visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top campaigns (visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ new this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, against %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views of people Leadscope could not tie to a company are counted, never stored; hits of crawlers, automated browsers and data centres are not visits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::DataPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ExportDialog</name>
    <message>
        <source>&amp;All companies in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the &amp;selected companies (%n)</source>
        <translation>
            <numerusform>Only the &amp;selected company (%n)</numerusform>
            <numerusform>Only the &amp;selected companies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with a byte-order mark (helps Excel recognise UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (any spreadsheet or CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (at most %1 companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As this computer&apos;s language does (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only company data and your team&apos;s status, tags and assignee go into the file — no visitor keys, nothing about a person. Leadscope records the export in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches; there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins may export lead lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n compan(y/ies) to %1.</source>
        <translation>
            <numerusform>Wrote %n company to %1.</numerusform>
            <numerusform>Wrote %n companies to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;page per company (profile, 90-day activity, latest visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter and period, then the companies in the list&apos;s order, one line each (about 50 to a page): city, industry, visits, last visit, lead score, status and assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to &amp;sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Leadscope&lt;/h3&gt;&lt;p&gt;Leadscope shows which companies visit your organisation&apos;s websites. First, connect to your organisation&apos;s Leadscope server: your administrator has its address.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected to %1 over %2; the certificate is verified (issued by %3). Leadscope server %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not issued by an authority your computer trusts — usual for a company&apos;s own server. Leadscope never skips the check: choose the certificate authority file your administrator gave you (a .pem file), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the server&apos;s certificate (SHA-256), to compare with your administrator&apos;s:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::FlowWidget</name>
    <message>
        <source>Visit flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most visits start on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits with page views in this period. Choose a longer period or another website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Entry page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 left (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s).</source>
        <translation>
            <numerusform>%Ln visit.</numerusform>
            <numerusform>%Ln visits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HiddenPage</name>
    <message>
        <source>&amp;Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and industries the team hides from its leads, counts, dashboard, rules and exports. Nothing of them is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden companies and industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry: SBI %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A former colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is hidden. Hide a company from its profile (Hide…) — your own offices, customers, competitors or suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is hidden. Managers and admins can hide companies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HideDialog</name>
    <message>
        <source>&amp;This company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide “%1” from everyone&apos;s leads, counts, dashboard and exports; rules and alerts leave it alone. Nothing is deleted: show it again from Hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every company with SBI code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every company in “%1” (SBI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. our office in Utrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HubSpotCompaniesDialog</name>
    <message>
        <source>Matched by registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies written to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot companies of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company has been written to HubSpot yet. Companies arrive with the events this destination receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matched a company HubSpot already had</source>
        <translation>
            <numerusform>%n matched a company HubSpot already had</numerusform>
            <numerusform>%n matched a company HubSpot already had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created by Leadscope</source>
        <translation>
            <numerusform>%n created by Leadscope</numerusform>
            <numerusform>%n created by Leadscope</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::IntegrationsTab</name>
    <message>
        <source>Rule fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the receiver said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected delivery again, with the same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook gets a new secret; the old one keeps signing beside it for 24 hours, so the receiver can switch without missing a delivery.

Confirm with a fresh code from your authenticator app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? Nothing more is sent to it, and what it has not received yet is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n attempts in a row)</source>
        <translation>
            <numerusform>Failing (%n attempt in a row)</numerusform>
            <numerusform>Failing (%n attempts in a row)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “%1”: give it to the receiver to check signatures with. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret of “%1” (the old one signs too for 24 hours). It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Slack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to send rule firings, new companies and finished visits to your CRM, a workflow tool or a Slack or Teams channel — signed and retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HubSpot companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which companies the selected HubSpot destination matched or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HubSpot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · token %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::JourneysPage</name>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Journeys&lt;/b&gt; — how visits move through your site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry pages and their visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit pages and their visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadTriage</name>
    <message>
        <source>Next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch / stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as seen / new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (a new one, or one your team uses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to (type to find a colleague):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in your team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadsModel</name>
    <message>
        <source>Lead score %1 of 100:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — visits you have not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, new visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits within the period the list is filtered to; all visits when it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How surely the visits were tied to this company: the best of its matches. Its profile says how each was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search company, city or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited page contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited page, e.g. /pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see which companies visited your websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches these filters. Change them, or clear the filters to see every lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet. Companies appear here as soon as they visit a website with the Leadscope tracker — the first sync may take a moment. If nothing arrives, an admin may still have to accept the Data Processing Agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list, or the selected companies, as CSV, Excel or a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches “%1”. The search looks at company names, trade names, cities and websites of every company that visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the visited page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every company in this list stops showing as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unseen &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or high match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High match only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How surely the visits were tied to the company: a small network registered to it is a high match, a large or loosely linked one low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LockScreen</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Leadscope is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shown while you are away. Enter a fresh code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password and a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LoginDialog</name>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a sign-in token in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server yet — add one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::MailTab</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the relay said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail not yet delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every alert and digest went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected e-mail again now (after the relay was fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no mail relay, so nobody gets e-mail alerts or digests. Its operator sets one up with “leadscope-server serve --smtp”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in the last 24 hours: %1 · waiting: %2 · failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::MainWindow</name>
    <message>
        <source>Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Shows which companies visit your website and what they looked at — without ever storing a visitor&apos;s IP address.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope shows visit data only after an admin of your organisation has accepted the Data Processing Agreement (Account → Settings → Privacy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was deleted and the local copy on this computer destroyed. Copies in backups disappear within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, TLS and keychain backends, the size of the local copy. Nothing personal or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list and the selected company&apos;s profile side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PasswordChangeDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You signed in with a one-time password from an admin. Choose a password of your own to continue.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your other sessions end when the password changes; this one goes on.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh &amp;code from your authenticator app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few words of your own make a strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PrivacyPage</name>
    <message>
        <source>&amp;Accept the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Processing Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking on your websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep visits for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker snippet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;statement and register entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope DPA %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this agreement and accept it on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin of %1 can accept the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin of %1 can accept the agreement: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to new visits at once; older visits are removed when they pass the new period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Processing Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was accepted for %2 by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 is waiting for an admin.&lt;/b&gt; %2 accepted version %3 on %4; until the new version is accepted, no visit data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 has not been accepted yet.&lt;/b&gt; The law requires this agreement before Leadscope may process visits for %2, so no visit data is shown until an admin accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!-- Paste before &lt;/head&gt; on every page of %1. Call leadscope(&apos;consent&apos;) when the visitor agrees in your cookie banner; until then nothing is set or sent. --&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!-- Paste before &lt;/head&gt; on every page of %1. --&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must describe Leadscope in your privacy statement and in your register of processing activities. Leadscope writes both for you, in English, Dutch and German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website of the snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain of the website to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking the website chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your website&apos;s domain above to get its snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin adds the websites; their snippets show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the website&apos;s domain, e.g. www.company.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking %1? Its snippet stops working within a minute; its visits stay until the retention period removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy snippet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PrivacyStatementDialog</name>
    <message>
        <source>Privacy statement and register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your &amp;privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your &amp;register (Article 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from your organisation&apos;s websites, tracking mode and retention. Read it through and adapt it to your own statement&apos;s style; it is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy-statement.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register-entry.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy-statement.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register-entry.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RecoveryCodesDialog</name>
    <message>
        <source>Your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If you lose your phone, each of these codes signs you in &lt;b&gt;once&lt;/b&gt; instead of a code from your authenticator app. They are shown only now: print them or save them as PDF, and keep them somewhere other than this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ReportMatchDialog</name>
    <message>
        <source>An &amp;internet provider: people at home or on the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a company: a school, a shared office, a guest network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also change the &amp;past visits from this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report wrong company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope tied the latest visit to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope tied this visit to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose network is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know, e.g. “our contact there works from home”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits already recorded from this network move to the right company, or leave the leads when it is no company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and admins can change the visits already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s next visits from this network follow your report at once. The operator of the register sees it too, and may correct the register for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company of the register has that name or number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RuleEditor</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the rule acts on new visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pricing visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test on the last %n day(s)</source>
        <translation>
            <numerusform>Test on the last %n day</numerusform>
            <numerusform>Test on the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how often this rule would have acted, and on which companies, before you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies it would have acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and admins change rules; you see what they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /prijzen* — * stands for anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return within…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views a &amp;page like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes &amp;via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with &amp;campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…by a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 62 for IT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the &amp;industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an SBI code starting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with &amp;employees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on our &amp;website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ta&amp;gged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pricing, hot — separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a company nobody has yet; several colleagues take turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;add tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&amp;otify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the rule does: add a tag, set a status, assign or notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would not have acted on any of the %Ln visit(s) of the last %1 days.</source>
        <translation>
            <numerusform>Would not have acted on any of the %Ln visit of the last %1 days.</numerusform>
            <numerusform>Would not have acted on any of the %Ln visits of the last %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would have acted %Ln time(s)</source>
        <translation>
            <numerusform>Would have acted %Ln time</numerusform>
            <numerusform>Would have acted %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln compan(y/ies)</source>
        <translation>
            <numerusform>on %Ln company</numerusform>
            <numerusform>on %Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %1 % of the %Ln visit(s) of the last %2 days.</source>
        <translation>
            <numerusform>— %1 % of the %Ln visit of the last %2 days.</numerusform>
            <numerusform>— %1 % of the %Ln visits of the last %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln time)</numerusform>
            <numerusform>%1 (%Ln times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this rule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule would have acted on %1 % of all visits of the last %2 days: it would tag, assign or notify for nearly every company. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&amp;hange the status to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the target list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence, low too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High confidence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How surely the visit was tied to its company. Rules leave low-confidence matches (large or loosely linked networks) alone unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &amp;matched with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RulesPage</name>
    <message>
        <source>&amp;New rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules act on visits as they happen, also while Leadscope is closed: they tag, set a status, assign and notify. What a rule did shows on the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules act on visits as they happen: they tag, set a status, assign and notify. What a rule did shows on the company. Managers and admins change rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign in turn to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet. A rule can, for example, tag every company that looks at your prices and give it to a colleague: choose New rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet. Managers and admins can add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: rules are kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule “%1”? What it already did (tags, assignments, its notes on companies) stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ServerProfileDialog</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed for a server with its own certificate authority, such as the demo server or a self-hosted one. Verification is never switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;new companies visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When companies tagged “watch” &amp;return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Signed in as &lt;b&gt;%1&lt;/b&gt;, %2 at &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when Leadscope starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed; your other sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current recovery codes stop working. Enter a fresh code from your authenticator app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a rule asks to &amp;tell me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;erts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older visits stay on the server: a company&apos;s profile shows them when you ask. A longer period downloads your leads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep visits of the last:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SignInFlow</name>
    <message>
        <source>Add the server you want to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, certificate verified (issued by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing; what arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit data is shown once an admin has accepted the Data Processing Agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 · %2 · certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data until the DPA is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 changes, about %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 changes (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SyncNotifier</name>
    <message>
        <source>Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched companies visited again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New companies: %1 (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rule alert(s)</source>
        <translation>
            <numerusform>…and %n more rule alert</numerusform>
            <numerusform>…and %n more rule alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook “%1” is paused. Resume it in Administration → Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook “%1” is paused: %2. Resume it in Administration → Integrations when its receiver works again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TargetListsPage</name>
    <message>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts your team goes after. Rules can act when a company on a list visits; the leads list shows a list&apos;s companies with every filter at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-account lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add companies from a CSV file of registry numbers or websites, one per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list “%1”? Its companies stay where they are; rules that ask for the list stop matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target-account lists yet. Make one with New list…, then import your accounts or add companies from their profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target-account lists yet. Managers and admins can make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no registry numbers or websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched a company</source>
        <translation>
            <numerusform>%Ln matched a company</numerusform>
            <numerusform>%Ln matched a company</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added to the list</source>
        <translation>
            <numerusform>%Ln added to the list</numerusform>
            <numerusform>%Ln added to the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln did not match</source>
        <translation>
            <numerusform>%Ln did not match</numerusform>
            <numerusform>%Ln did not match</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the details for each row that matched nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TeamHistory</name>
    <message>
        <source>Team history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer assigned to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: when someone in your team changes the status, assignee, tags or note, it is listed here with who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TrackerCheck</name>
    <message>
        <source>⏳ Waiting for the first visit to %1… Once the snippet is on the website, open one of its pages in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The tracker works: %1 sent a visit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker works on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TwoFactorDialog</name>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Set up two-factor authentication.&lt;/b&gt; Leadscope asks for a code from an authenticator app (such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) each time you sign in, so a stolen password alone is not enough.&lt;/p&gt;&lt;p&gt;Scan this code with the app, or type the key below into it, then enter the six digits it shows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code changes in %n second(s).</source>
        <translation>
            <numerusform>The code changes in %n second.</numerusform>
            <numerusform>The code changes in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::ui::UsersTab</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? They are signed out at once and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new user&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor authentication of %1? They are signed out now and set up their authenticator app again at the next sign-in; their recovery codes stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their password stops working and they are signed out now; at the next sign-in they choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your own authenticator app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 this one-time password through a channel you trust. It is shown only now; at the next sign-in they choose a password of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 this one-time password through a channel you trust. It is shown only now; at the first sign-in they choose a password of their own and set up two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address of the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::WebhookDialog</name>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule fired (with the rule, why and what it did)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company visited for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit ended (30 minutes after its last page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague changed a company&apos;s status, tags, owner or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope signs each delivery; the secret to check it with is shown once, after the webhook is added. Deliveries that fail are tried again for up to 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// — webhooks are sent only encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook (signed JSON for your own systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Slack channel (incoming webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Microsoft Teams channel (workflow or incoming webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (the workflow&apos;s or the incoming webhook&apos;s address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope posts a message for each event to the channel, in the language chosen here. The address is a secret of its own: whoever has it can post to the channel. Messages that fail are tried again for up to 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private app to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot account (companies and visit notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope writes each company to HubSpot — matched to the one HubSpot has by registry number or website, otherwise created — with its owner when a colleague is assigned, and adds a note for each finished visit. Create a private app in HubSpot with the scopes listed in the Integrations guide and paste its access token: the server keeps it encrypted and never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged — paste a new token to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadscope::ui::Workspace</name>
    <message>
        <source>Search companies (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation and saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show until the encrypted local copy can be opened: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these filters: %1.

Name of the segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads, %1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 companies, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved segment(s) are on this computer only. Move them to the server, so that they are on every computer you sign in to? They stay personal until you share them.</source>
        <translation>
            <numerusform>%n saved segment is on this computer only. Move it to the server, so that it is on every computer you sign in to? It stays personal until you share it.</numerusform>
            <numerusform>%n saved segments are on this computer only. Move them to the server, so that they are on every computer you sign in to? They stay personal until you share them.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by %1; you may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with your team, who may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, on every computer you sign in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the current filters into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move “%1” to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team may &amp;look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team may &amp;change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-account list not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln past visit(s) from this network changed. They arrive with the next sync, in a moment.</source>
        <translation>
            <numerusform>%Ln past visit from this network changed. It arrives with the next sync, in a moment.</numerusform>
            <numerusform>%Ln past visits from this network changed. They arrive with the next sync, in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
