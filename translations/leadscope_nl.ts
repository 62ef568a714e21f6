<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ApiFailure</name>
    <message>
        <source>an unnamed party</source>
        <translation>een onbekende partij</translation>
    </message>
    <message>
        <source>The server's certificate is for %1, not for %2. You may be talking to the wrong server.</source>
        <translation>Het certificaat van de server is voor %1, niet voor %2. Mogelijk praat u met de verkeerde server.</translation>
    </message>
    <message>
        <source>The server's certificate expired on %1.</source>
        <translation>Het certificaat van de server is verlopen op %1.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid until %1. Check this computer's clock.</source>
        <translation>Het certificaat van de server is pas geldig vanaf %1. Controleer de klok van deze computer.</translation>
    </message>
    <message>
        <source>The server's certificate has been revoked.</source>
        <translation>Het certificaat van de server is ingetrokken.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: issued by %1 for %2. Ask your administrator for the right certificate authority file.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd: uitgegeven door %1 voor %2. Vraag uw beheerder om het juiste bestand van de certificaatautoriteit.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).</source>
        <translation>Het certificaat van de server wordt niet vertrouwd (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2).</source>
        <translation>Er kon geen beveiligde verbinding met %1 worden gemaakt (%2).</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Geen verbinding met %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>De verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>De server antwoordde met fout %1.</translation>
    </message>
    <message>
        <source>The server sent an answer Leadscope does not understand (%1).</source>
        <translation>De server stuurde een antwoord dat Leadscope niet begrijpt (%1).</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>Leadscope server to connect to, e.g. https://leadscope.example.com.</source>
        <translation>Leadscope-server om mee te verbinden, bijv. https://leadscope.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Trust this certificate authority (PEM) for the server, in addition to the system's.</source>
        <translation>Vertrouw deze certificaatautoriteit (PEM) voor de server, naast die van het systeem.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Toon deze hulp en stop.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Toon de versie en stop.</translation>
    </message>
    <message>
        <source>Leadscope shows which companies visit your website and what they looked at, without storing IP addresses.</source>
        <translation>Leadscope laat zien welke bedrijven uw website bezoeken en wat ze bekeken, zonder IP-adressen op te slaan.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Onverwacht argument „%1”.</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server heeft een https://-adres nodig.</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>“%1” is not a server address. Use a form such as https://leadscope.example.com.</source>
        <translation>„%1” is geen serveradres. Gebruik een vorm als https://leadscope.example.com.</translation>
    </message>
    <message>
        <source>Leadscope only connects over HTTPS; “%1” does not start with https://.</source>
        <translation>Leadscope verbindt alleen via HTTPS; „%1” begint niet met https://.</translation>
    </message>
    <message>
        <source>The certificate authority file “%1” cannot be read: %2</source>
        <translation>Het bestand van de certificaatautoriteit „%1” kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file “%1” contains no PEM certificate.</source>
        <translation>Het bestand „%1” bevat geen PEM-certificaat.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::ApiJob</name>
    <message>
        <source>no HTTP status</source>
        <translation>geen HTTP-status</translation>
    </message>
</context>
<context>
    <name>leadscope::core::ConnectionMonitor</name>
    <message>
        <source>health</source>
        <translation>status</translation>
    </message>
    <message>
        <source>The server is running but its database does not answer.</source>
        <translation>De server draait, maar de database antwoordt niet.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so Leadscope cannot keep you signed in. Install and start a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Er is geen sleutelhanger beschikbaar op deze computer, dus Leadscope kan u niet aangemeld houden. Installeer en start een Secret Service zoals GNOME Keyring of KWallet.</translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain for this account yet.</source>
        <translation>Er is nog niets in de sleutelhanger opgeslagen voor dit account.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by signing in to your desktop session again) and try once more.</source>
        <translation>De sleutelhanger is vergrendeld of weigerde toegang. Ontgrendel hem (bijvoorbeeld door opnieuw in te loggen op uw bureaubladsessie) en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelhanger kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The keychain could not store the secret: %1</source>
        <translation>De sleutelhanger kon het geheim niet opslaan: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>De sleutelhanger kon het geheim niet verwijderen: %1</translation>
    </message>
</context>
<context>
    <name>leadscope::core::Session</name>
    <message>
        <source>no sign-in token</source>
        <translation>geen aanmeldtoken</translation>
    </message>
    <message>
        <source>no tokens</source>
        <translation>geen tokens</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>U bent afgemeld.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ConnectionPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation>Verbinding &amp;controleren</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Beveiliging van de verbinding</translation>
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
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <source>None. Start Leadscope with --server https://… (and --ca FILE for a private certificate authority).</source>
        <translation>Geen. Start Leadscope met --server https://… (en --ca BESTAND voor een eigen certificaatautoriteit).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Checking the server's certificate…</source>
        <translation>Certificaat van de server controleren…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>%1, certificate verified (issued by %2)</source>
        <translation>%1, certificaat gecontroleerd (uitgegeven door %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Leadscope server %1 is running on %2 storage.</source>
        <translation>Leadscope-server %1 draait op %2-opslag.</translation>
    </message>
    <message>
        <source>No verified connection</source>
        <translation>Geen gecontroleerde verbinding</translation>
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
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Leadscope</source>
        <translation>&amp;Over Leadscope</translation>
    </message>
    <message>
        <source>About Leadscope</source>
        <translation>Over Leadscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Shows which companies visit your website and what they looked at — without ever storing a visitor's IP address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Laat zien welke bedrijven uw website bezoeken en wat ze bekeken — zonder ooit het IP-adres van een bezoeker op te slaan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Leadscope — %1</source>
        <translation>Leadscope — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · %2 · certificate verified</source>
        <translation>Verbonden met %1 · %2 · certificaat gecontroleerd</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Niet verbonden met %1: %2</translation>
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