<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope shows which companies visit your website and what they looked at, without storing IP addresses.</source>
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
    <name>leadscope::core::ApiJob</name>
    <message>
        <source>no HTTP status</source>
        <translation type="unfinished"></translation>
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
        <source>No keychain is available on this computer, so Leadscope cannot keep you signed in. Install and start a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>None. Start Leadscope with --server https://… (and --ca FILE for a private certificate authority).</source>
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
</context>
<context>
    <name>leadscope::ui::MainWindow</name>
    <message>
        <source>Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server configured</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
