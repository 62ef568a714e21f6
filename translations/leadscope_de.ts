<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiFailure</name>
    <message>
        <source>an unnamed party</source>
        <translation>einer unbekannten Stelle</translation>
    </message>
    <message>
        <source>The server's certificate is for %1, not for %2. You may be talking to the wrong server.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2. Möglicherweise sind Sie mit dem falschen Server verbunden.</translation>
    </message>
    <message>
        <source>The server's certificate expired on %1.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid until %1. Check this computer's clock.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The server's certificate has been revoked.</source>
        <translation>Das Zertifikat des Servers wurde widerrufen.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: issued by %1 for %2. Ask your administrator for the right certificate authority file.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: ausgestellt von %1 für %2. Fragen Sie Ihre Administration nach der richtigen Zertifizierungsstellen-Datei.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2).</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden (%2).</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Der Server antwortete mit Fehler %1.</translation>
    </message>
    <message>
        <source>The server sent an answer Leadscope does not understand (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die Leadscope nicht versteht (%1).</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>Leadscope server to connect to, e.g. https://leadscope.example.com.</source>
        <translation>Leadscope-Server, mit dem verbunden wird, z. B. https://leadscope.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Trust this certificate authority (PEM) for the server, in addition to the system's.</source>
        <translation>Dieser Zertifizierungsstelle (PEM) für den Server zusätzlich zu denen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Leadscope shows which companies visit your website and what they looked at, without storing IP addresses.</source>
        <translation>Leadscope zeigt, welche Unternehmen Ihre Website besuchen und was sie angesehen haben – ohne IP-Adressen zu speichern.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server braucht eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>“%1” is not a server address. Use a form such as https://leadscope.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie eine Form wie https://leadscope.example.com.</translation>
    </message>
    <message>
        <source>Leadscope only connects over HTTPS; “%1” does not start with https://.</source>
        <translation>Leadscope verbindet sich nur über HTTPS; „%1“ beginnt nicht mit https://.</translation>
    </message>
    <message>
        <source>The certificate authority file “%1” cannot be read: %2</source>
        <translation>Die Zertifizierungsstellen-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file “%1” contains no PEM certificate.</source>
        <translation>Die Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::ApiJob</name>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
</context>
<context>
    <name>leadscope::core::ConnectionMonitor</name>
    <message>
        <source>health</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The server is running but its database does not answer.</source>
        <translation>Der Server läuft, aber seine Datenbank antwortet nicht.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so Leadscope cannot keep you signed in. Install and start a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Leadscope Sie nicht angemeldet halten. Installieren und starten Sie einen Secret Service wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain for this account yet.</source>
        <translation>Für dieses Konto ist noch nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by signing in to your desktop session again) and try once more.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden an Ihrer Desktop-Sitzung) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The keychain could not store the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht speichern: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen: %1</translation>
    </message>
</context>
<context>
    <name>leadscope::core::Session</name>
    <message>
        <source>no sign-in token</source>
        <translation>kein Anmeldetoken</translation>
    </message>
    <message>
        <source>no tokens</source>
        <translation>keine Tokens</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ConnectionPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sicherheit der Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>None. Start Leadscope with --server https://… (and --ca FILE for a private certificate authority).</source>
        <translation>Keiner. Starten Sie Leadscope mit --server https://… (und --ca DATEI für eine eigene Zertifizierungsstelle).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Checking the server's certificate…</source>
        <translation>Zertifikat des Servers wird geprüft…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1, certificate verified (issued by %2)</source>
        <translation>%1, Zertifikat geprüft (ausgestellt von %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Leadscope server %1 is running on %2 storage.</source>
        <translation>Leadscope-Server %1 läuft mit %2-Speicher.</translation>
    </message>
    <message>
        <source>No verified connection</source>
        <translation>Keine geprüfte Verbindung</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::MainWindow</name>
    <message>
        <source>Leadscope</source>
        <translation>Leadscope</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Leadscope</source>
        <translation>&amp;Über Leadscope</translation>
    </message>
    <message>
        <source>About Leadscope</source>
        <translation>Über Leadscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Shows which companies visit your website and what they looked at — without ever storing a visitor's IP address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Zeigt, welche Unternehmen Ihre Website besuchen und was sie angesehen haben – ohne jemals die IP-Adresse eines Besuchers zu speichern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Leadscope — %1</source>
        <translation>Leadscope — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · %2 · certificate verified</source>
        <translation>Verbunden mit %1 · %2 · Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Nicht verbunden mit %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadscope</source>
        <translation>Leadscope</translation>
    </message>
</context>
</TS>