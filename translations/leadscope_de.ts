<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminClient</name>
    <message>
        <source>The server&apos;s answer was not JSON.</source>
        <translation>Die Antwort des Servers war kein JSON.</translation>
    </message>
    <message>
        <source>The server sent no agreement text.</source>
        <translation>Der Server hat keinen Vertragstext gesendet.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Only after consent</source>
        <translation>Nur nach Einwilligung</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation>Passwort akzeptiert</translation>
    </message>
    <message>
        <source>Reused 2FA code refused</source>
        <translation>Wiederverwendeter 2FA-Code abgelehnt</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>Konto nach fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung eingerichtet</translation>
    </message>
    <message>
        <source>Accepted the DPA</source>
        <translation>AVV akzeptiert</translation>
    </message>
    <message>
        <source>Exported leads</source>
        <translation>Leads exportiert</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>Deleted own account</source>
        <translation>Eigenes Konto gelöscht</translation>
    </message>
    <message>
        <source>Added a website</source>
        <translation>Website hinzugefügt</translation>
    </message>
    <message>
        <source>Removed a website</source>
        <translation>Website entfernt</translation>
    </message>
    <message>
        <source>Changed tracking settings</source>
        <translation>Tracking-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Stolen session detected and ended</source>
        <translation>Gestohlene Sitzung erkannt und beendet</translation>
    </message>
    <message>
        <source>Burst of failed sign-ins (possible attack)</source>
        <translation>Häufung fehlgeschlagener Anmeldungen (möglicher Angriff)</translation>
    </message>
    <message>
        <source>Wrong 2FA code</source>
        <translation>Falscher 2FA-Code</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Fehlgeschlagenes Entsperren</translation>
    </message>
    <message>
        <source>Locked (idle)</source>
        <translation>Gesperrt (inaktiv)</translation>
    </message>
    <message>
        <source>Wrong code to delete an account</source>
        <translation>Falscher Code zum Löschen eines Kontos</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Eigenes Passwort geändert</translation>
    </message>
    <message>
        <source>Failed password change</source>
        <translation>Fehlgeschlagene Passwortänderung</translation>
    </message>
    <message>
        <source>Gave a user a one-time password</source>
        <translation>Einem Benutzer ein Einmalpasswort gegeben</translation>
    </message>
    <message>
        <source>Reset a user&apos;s two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung eines Benutzers zurückgesetzt</translation>
    </message>
    <message>
        <source>Wrong code for a reset</source>
        <translation>Falscher Code für ein Zurücksetzen</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Mit einem Wiederherstellungscode angemeldet</translation>
    </message>
    <message>
        <source>Made new recovery codes</source>
        <translation>Neue Wiederherstellungscodes erstellt</translation>
    </message>
    <message>
        <source>Wrong code for new recovery codes</source>
        <translation>Falscher Code für neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Downloaded all leads (full sync)</source>
        <translation>Alle Leads heruntergeladen (vollständige Synchronisierung)</translation>
    </message>
    <message>
        <source>Stopped: too many full downloads today</source>
        <translation>Gestoppt: zu viele vollständige Downloads heute</translation>
    </message>
    <message>
        <source>Refused: address or domain cannot be added</source>
        <translation>Abgelehnt: Adresse oder Domain kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Created a rule</source>
        <translation>Regel erstellt</translation>
    </message>
    <message>
        <source>Changed a rule</source>
        <translation>Regel geändert</translation>
    </message>
    <message>
        <source>Deleted a rule</source>
        <translation>Regel gelöscht</translation>
    </message>
    <message>
        <source>Saved a segment</source>
        <translation>Segment gespeichert</translation>
    </message>
    <message>
        <source>Changed a segment</source>
        <translation>Segment geändert</translation>
    </message>
    <message>
        <source>Shared a segment</source>
        <translation>Segment geteilt</translation>
    </message>
    <message>
        <source>Deleted a segment</source>
        <translation>Segment gelöscht</translation>
    </message>
    <message>
        <source>Hid a company or industry</source>
        <translation>Unternehmen oder Branche ausgeblendet</translation>
    </message>
    <message>
        <source>Showed a hidden company again</source>
        <translation>Ausgeblendetes Unternehmen wieder angezeigt</translation>
    </message>
    <message>
        <source>Created a target list</source>
        <translation>Zielliste erstellt</translation>
    </message>
    <message>
        <source>Changed a target list</source>
        <translation>Zielliste geändert</translation>
    </message>
    <message>
        <source>Deleted a target list</source>
        <translation>Zielliste gelöscht</translation>
    </message>
    <message>
        <source>Imported into a target list</source>
        <translation>In eine Zielliste importiert</translation>
    </message>
    <message>
        <source>Changed own e-mail alerts</source>
        <translation>Eigene E-Mail-Benachrichtigungen geändert</translation>
    </message>
    <message>
        <source>Sent a failed e-mail again</source>
        <translation>Fehlgeschlagene E-Mail erneut gesendet</translation>
    </message>
    <message>
        <source>Added a webhook</source>
        <translation>Webhook hinzugefügt</translation>
    </message>
    <message>
        <source>Changed a webhook</source>
        <translation>Webhook geändert</translation>
    </message>
    <message>
        <source>Removed a webhook</source>
        <translation>Webhook entfernt</translation>
    </message>
    <message>
        <source>Gave a webhook a new secret</source>
        <translation>Webhook ein neues Geheimnis gegeben</translation>
    </message>
    <message>
        <source>Paused a webhook</source>
        <translation>Webhook angehalten</translation>
    </message>
    <message>
        <source>Resumed a webhook</source>
        <translation>Webhook fortgesetzt</translation>
    </message>
    <message>
        <source>Sent a webhook delivery again</source>
        <translation>Webhook-Zustellung erneut gesendet</translation>
    </message>
    <message>
        <source>Wrong code for a webhook change</source>
        <translation>Falscher Code für eine Webhook-Änderung</translation>
    </message>
    <message>
        <source>Created an API token</source>
        <translation>API-Token erstellt</translation>
    </message>
    <message>
        <source>Revoked an API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Wrong code for a new API token</source>
        <translation>Falscher Code für ein neues API-Token</translation>
    </message>
</context>
<context>
    <name>ApiFailure</name>
    <message>
        <source>an unnamed party</source>
        <translation>einer unbekannten Stelle</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2. You may be talking to the wrong server.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2. Möglicherweise sind Sie mit dem falschen Server verbunden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1. Check this computer&apos;s clock.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Das Zertifikat des Servers wurde widerrufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: issued by %1 for %2. Ask your administrator for the right certificate authority file.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: ausgestellt von %1 für %2. Fragen Sie Ihre Administration nach der richtigen Zertifizierungsstellen-Datei.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1).</source>
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
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>That code is not right. Enter the code your authenticator app shows now.</source>
        <translation>Dieser Code stimmt nicht. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.</translation>
    </message>
    <message>
        <source>That code was used already. Wait for the next one.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Start again with your password.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Beginnen Sie erneut mit Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Too many attempts. Sign-in is paused for this account for a while; try again later.</source>
        <translation>Zu viele Versuche. Die Anmeldung ist für dieses Konto vorübergehend gesperrt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Zu Ihrer Sicherheit wurde diese Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>An admin of your organisation must accept the Data Processing Agreement before visit data is shown.</source>
        <translation>Eine Administratorin oder ein Administrator Ihrer Organisation muss den Auftragsverarbeitungsvertrag annehmen, bevor Besuchsdaten angezeigt werden.</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again at %1.</source>
        <translation>Zu viele Versuche. Sie können es um %1 erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The disk is full, so the local copy of your data cannot be written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher kann die lokale Kopie Ihrer Daten nicht geschrieben werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be opened: %1</source>
        <translation>Die lokale Kopie Ihrer Daten kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be read: it was changed or damaged, or its key is not the right one. Discard it and sync again; nothing on the server is lost.</source>
        <translation>Die lokale Kopie Ihrer Daten kann nicht gelesen werden: Sie wurde verändert oder beschädigt, oder ihr Schlüssel ist nicht der richtige. Verwerfen Sie sie und synchronisieren Sie erneut; auf dem Server geht nichts verloren.</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be encrypted, so it is not opened. (%1)</source>
        <translation>Die lokale Kopie Ihrer Daten kann nicht verschlüsselt werden, daher wird sie nicht geöffnet. (%1)</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be encrypted, so it is not created.</source>
        <translation>Die lokale Kopie Ihrer Daten kann nicht verschlüsselt werden, daher wird sie nicht angelegt.</translation>
    </message>
    <message>
        <source>The local copy of your data would not be encrypted, so it is not opened.</source>
        <translation>Die lokale Kopie Ihrer Daten wäre nicht verschlüsselt, daher wird sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>The local copy of your data was made by a newer Leadscope. Update Leadscope, or discard it and sync again.</source>
        <translation>Die lokale Kopie Ihrer Daten wurde von einer neueren Leadscope-Version angelegt. Aktualisieren Sie Leadscope, oder verwerfen Sie sie und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The re-encrypted copy could not replace the old one: %1</source>
        <translation>Die neu verschlüsselte Kopie konnte die alte nicht ersetzen: %1</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be written: %1</source>
        <translation>Die lokale Kopie Ihrer Daten kann nicht geschrieben werden: %1</translation>
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
        <source>Trust this certificate authority (PEM) for the server, in addition to the system&apos;s.</source>
        <translation>Dieser Zertifizierungsstelle (PEM) für den Server zusätzlich zu denen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Use this server profile; with --server, the name under which that server is kept.</source>
        <translation>Dieses Serverprofil verwenden; mit --server der Name, unter dem dieser Server gespeichert wird.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>After signing in and syncing, save a PNG of every screen in this folder, then quit (for documentation and review).</source>
        <translation>Nach Anmeldung und Synchronisierung von jedem Bildschirm ein PNG in diesem Ordner speichern und dann beenden (für Dokumentation und Prüfung).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Look of the window: system (default, follows the desktop), light or dark.</source>
        <translation>Aussehen des Fensters: system (Standard, folgt dem Desktop), light oder dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>--theme is system, light or dark.</source>
        <translation>--theme ist system, light oder dark.</translation>
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
        <source>Leadscope shows which companies visit your website and what they looked at, without storing IP addresses.

Without a window: leadscope login | logout | sync | status | export (each with --help).
Exit codes: 0 done, 1 failed, 2 bad arguments, 3 keychain problem, 4 DPA not accepted, 5 not signed in, 6 not allowed for your role.</source>
        <translation>Leadscope zeigt, welche Unternehmen Ihre Website besuchen und was sie angesehen haben, ohne IP-Adressen zu speichern.

Ohne Fenster: leadscope login | logout | sync | status | export (jeweils mit --help).
Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falsche Argumente, 3 Schlüsselbundproblem, 4 AVV nicht akzeptiert, 5 nicht angemeldet, 6 für Ihre Rolle nicht erlaubt.</translation>
    </message>
    <message>
        <source>A leadscope://company/… link from an e-mail: opens that company (in the Leadscope that is already running, if there is one).</source>
        <translation>Ein leadscope://company/…-Link aus einer E-Mail: öffnet dieses Unternehmen (im bereits laufenden Leadscope, falls es eines gibt).</translation>
    </message>
    <message>
        <source>“%1” is not a Leadscope link (leadscope://company/…).</source>
        <translation>„%1“ ist kein Leadscope-Link (leadscope://company/…).</translation>
    </message>
</context>
<context>
    <name>ContentDecoding</name>
    <message>
        <source>The server sent its answer in an encoding Leadscope did not ask for.</source>
        <translation>Der Server hat seine Antwort in einer Kodierung gesendet, die Leadscope nicht angefordert hat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer unpacks to more than Leadscope accepts.</source>
        <translation>Die Antwort des Servers entpackt sich zu mehr, als Leadscope annimmt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation>Die Antwort des Servers konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived damaged or incomplete.</source>
        <translation>Die Antwort des Servers kam beschädigt oder unvollständig an.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>The server sent a list of reported matches this version cannot read.</source>
        <translation>Der Server hat eine Liste gemeldeter Zuordnungen gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>a former colleague</source>
        <translation>ein ehemaliger Kollege</translation>
    </message>
    <message>
        <source>the register was corrected</source>
        <translation>das Register wurde korrigiert</translation>
    </message>
    <message>
        <source>the register&apos;s operator kept it as it is</source>
        <translation>der Betreiber des Registers hat es belassen</translation>
    </message>
    <message>
        <source>applies to your organisation&apos;s matches</source>
        <translation>gilt für die Zuordnungen Ihrer Organisation</translation>
    </message>
    <message>
        <source>Reported by %1 on %2: %3 (%4).</source>
        <translation>Gemeldet von %1 am %2: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IgnoredCompanies</name>
    <message>
        <source>Our own organisation</source>
        <translation>Unsere eigene Organisation</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>A competitor</source>
        <translation>Ein Mitbewerber</translation>
    </message>
    <message>
        <source>A supplier</source>
        <translation>Ein Lieferant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>The server sent a list of hidden companies this version cannot read.</source>
        <translation>Der Server hat eine Liste ausgeblendeter Unternehmen geschickt, die diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Lead-Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LeadReport</name>
    <message>
        <source>Search engine</source>
        <translation>Suchmaschine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Another website</source>
        <translation>Andere Website</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>website %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <source>city %1</source>
        <translation>Ort %1</translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation>Branche %1</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Beschäftigte</translation>
    </message>
    <message numerus="yes">
        <source>at least %n visit(s)</source>
        <translation>
            <numerusform>mindestens %n Besuch</numerusform>
            <numerusform>mindestens %n Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>visited a page containing “%1”</source>
        <translation>besuchte eine Seite mit „%1“</translation>
    </message>
    <message>
        <source>came via %1</source>
        <translation>kam über %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>passend zu „%1“</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>mit Schlagwort %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>with visits not yet seen</source>
        <translation>mit noch nicht gesehenen Besuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected compan(y/ies)</source>
        <translation>
            <numerusform>%n ausgewähltes Unternehmen</numerusform>
            <numerusform>%n ausgewählte Unternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message numerus="yes">
        <source>Last visit in the last %n day(s)</source>
        <translation>
            <numerusform>Letzter Besuch in den letzten %n Tag</numerusform>
            <numerusform>Letzter Besuch in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit from %1 to %2</source>
        <translation>Letzter Besuch von %1 bis %2</translation>
    </message>
    <message>
        <source>Last visit on or after %1</source>
        <translation>Letzter Besuch am oder nach dem %1</translation>
    </message>
    <message>
        <source>Last visit on or before %1</source>
        <translation>Letzter Besuch am oder vor dem %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>most in one day: %1</source>
        <translation>höchstens an einem Tag: %1</translation>
    </message>
    <message>
        <source>Lead report</source>
        <translation>Lead-Bericht</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Number of companies</source>
        <translation>Anzahl der Unternehmen</translation>
    </message>
    <message>
        <source>Made for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Companies are identified from public company registers; no visitor&apos;s IP address is kept and nothing in this report identifies a person.</source>
        <translation>Unternehmen werden anhand öffentlicher Unternehmensregister erkannt; keine IP-Adresse eines Besuchers wird gespeichert, und nichts in diesem Bericht identifiziert eine Person.</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>Branchencode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Lead-Score</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s)</source>
        <translation>
            <numerusform>%n Seitenaufruf</numerusform>
            <numerusform>%n Seitenaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>erster %1, letzter %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Visits per day, last 90 days</source>
        <translation>Besuche pro Tag, letzte 90 Tage</translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation>Neueste Besuche</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>Keine Besuche.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>A PDF report holds at most %1 companies and this list has %2. Narrow the filter, or export CSV or Excel for the whole list.</source>
        <translation>Ein PDF-Bericht enthält höchstens %1 Unternehmen, diese Liste hat %2. Grenzen Sie den Filter ein oder exportieren Sie CSV oder Excel für die ganze Liste.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>No company matches this filter.</source>
        <translation>Kein Unternehmen passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>This company is no longer in the local copy.</source>
        <translation>Dieses Unternehmen ist nicht mehr in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>Made on %1%2. Companies are identified from public company registers; nothing in this profile identifies a person.</source>
        <translation>Erstellt am %1%2. Unternehmen werden anhand öffentlicher Unternehmensregister erkannt; nichts in diesem Profil identifiziert eine Person.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>SBI code %1…</source>
        <translation>SBI-Code %1…</translation>
    </message>
    <message>
        <source>a page like “%1”</source>
        <translation>eine Seite wie „%1“</translation>
    </message>
    <message numerus="yes">
        <source>at least %n page(s)</source>
        <translation>
            <numerusform>mindestens %n Seite</numerusform>
            <numerusform>mindestens %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n minute(s) on the site</source>
        <translation>
            <numerusform>mindestens %n Minute auf der Website</numerusform>
            <numerusform>mindestens %n Minuten auf der Website</numerusform>
        </translation>
    </message>
    <message>
        <source>the company&apos;s first visit</source>
        <translation>der erste Besuch des Unternehmens</translation>
    </message>
    <message numerus="yes">
        <source>back within %n day(s)</source>
        <translation>
            <numerusform>zurück innerhalb von %n Tag</numerusform>
            <numerusform>zurück innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit with %1</source>
        <translation>ein Besuch mit %1</translation>
    </message>
    <message>
        <source>on a target list</source>
        <translation>auf einer Zielliste</translation>
    </message>
</context>
<context>
    <name>LeadScore</name>
    <message>
        <source>Visited today</source>
        <translation>Heute besucht</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <source>Views of pricing, contact or demo pages: %1</source>
        <translation>Aufrufe von Preis-, Kontakt- oder Demoseiten: %1</translation>
    </message>
    <message>
        <source>50 or more employees</source>
        <translation>50 oder mehr Beschäftigte</translation>
    </message>
    <message>
        <source>10 to 49 employees</source>
        <translation>10 bis 49 Beschäftigte</translation>
    </message>
    <message>
        <source>2 to 9 employees</source>
        <translation>2 bis 9 Beschäftigte</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation>
            <numerusform>Letzter Besuch vor %n Tag</numerusform>
            <numerusform>Letzter Besuch vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the site</source>
        <translation>
            <numerusform>%n Minute auf der Website</numerusform>
            <numerusform>%n Minuten auf der Website</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
</context>
<context>
    <name>MatchExplanation</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>How this company was matched was not kept: its visits were recorded before Leadscope kept it.</source>
        <translation>Wie dieses Unternehmen zugeordnet wurde, ist nicht gespeichert: Die Besuche wurden erfasst, bevor Leadscope das festhielt.</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>hohe Sicherheit</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>mittlere Sicherheit</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>niedrige Sicherheit</translation>
    </message>
    <message>
        <source>Matched by your organisation&apos;s correction — %1.</source>
        <translation>Zugeordnet durch eine Korrektur Ihrer Organisation — %1.</translation>
    </message>
    <message>
        <source>Matched by your organisation&apos;s correction of %1 — %2.</source>
        <translation>Zugeordnet durch die Korrektur Ihrer Organisation vom %1 — %2.</translation>
    </message>
    <message>
        <source>Matched through a network the register&apos;s operator corrected on %1 — %2.</source>
        <translation>Zugeordnet über ein Netz, das der Betreiber des Registers am %1 korrigiert hat — %2.</translation>
    </message>
    <message>
        <source>an IPv6 /%1 network</source>
        <translation>ein IPv6-Netz /%1</translation>
    </message>
    <message>
        <source>a /%1 network</source>
        <translation>ein /%1-Netz</translation>
    </message>
    <message>
        <source>an earlier register import</source>
        <translation>einem früheren Registerimport</translation>
    </message>
    <message>
        <source>the %1 register import</source>
        <translation>dem Registerimport von %1</translation>
    </message>
    <message>
        <source>the %1 register import (%2)</source>
        <translation>dem Registerimport von %1 (%2)</translation>
    </message>
    <message>
        <source>Matched through %1 registered to this company in %2 — %3.</source>
        <translation>Zugeordnet über %1, das in %2 auf dieses Unternehmen eingetragen ist — %3.</translation>
    </message>
    <message>
        <source>Matched through %1 whose owner&apos;s name is this company&apos;s in %2 — %3.</source>
        <translation>Zugeordnet über %1, dessen Inhaber in %2 den Namen dieses Unternehmens trägt — %3.</translation>
    </message>
    <message>
        <source>An internet provider</source>
        <translation>Ein Internetanbieter</translation>
    </message>
    <message>
        <source>Another company: %1</source>
        <translation>Ein anderes Unternehmen: %1</translation>
    </message>
    <message>
        <source>Not a company</source>
        <translation>Kein Unternehmen</translation>
    </message>
</context>
<context>
    <name>OlderVisits</name>
    <message>
        <source>The server&apos;s answer about older visits was not understood.</source>
        <translation>Die Antwort des Servers zu älteren Besuchen wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server sent an older visit that was not understood.</source>
        <translation>Der Server hat einen älteren Besuch gesendet, der nicht verstanden wurde.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in this year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SavedSegments</name>
    <message>
        <source>Hot leads this week</source>
        <translation>Heiße Leads dieser Woche</translation>
    </message>
    <message>
        <source>Looked at pricing</source>
        <translation>Preise angesehen</translation>
    </message>
    <message>
        <source>New since I last looked</source>
        <translation>Neu seit meinem letzten Blick</translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation>Beobachtete Unternehmen</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
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
    <name>ServerProfiles</name>
    <message>
        <source>Give the server a name, such as “Production”.</source>
        <translation>Geben Sie dem Server einen Namen, etwa „Produktion“.</translation>
    </message>
    <message>
        <source>The name is too long; use at most %1 characters.</source>
        <translation>Der Name ist zu lang; verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a server called “%1”.</source>
        <translation>Es gibt bereits einen Server namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SharedSegments</name>
    <message>
        <source>The server sent a list of segments this version cannot read.</source>
        <translation>Der Server hat eine Segmentliste gesendet, die diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server sent a sync page Leadscope does not understand; nothing of it was stored.</source>
        <translation>Der Server hat eine Synchronisationsseite gesendet, die Leadscope nicht versteht; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server sent a change Leadscope does not understand; nothing of that sync page was stored.</source>
        <translation>Der Server hat eine Änderung gesendet, die Leadscope nicht versteht; nichts von dieser Synchronisationsseite wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>TargetLists</name>
    <message>
        <source>The server sent target-account lists this version cannot read.</source>
        <translation>Der Server hat Ziellisten geschickt, die diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The server sent a team list this version cannot read.</source>
        <translation>Der Server hat eine Teamliste gesendet, die diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>TeamRules</name>
    <message>
        <source>The server sent a list of rules this version cannot read.</source>
        <translation>Der Server hat eine Liste von Regeln geschickt, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>visited %1</source>
        <translation>besuchte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the site</source>
        <translation>
            <numerusform>%n Minute auf der Website</numerusform>
            <numerusform>%n Minuten auf der Website</numerusform>
        </translation>
    </message>
    <message>
        <source>came via %1</source>
        <translation>kam über %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>erster Besuch</translation>
    </message>
    <message>
        <source>back the same day</source>
        <translation>am selben Tag zurück</translation>
    </message>
    <message numerus="yes">
        <source>back after %n day(s)</source>
        <translation>
            <numerusform>zurück nach %n Tag</numerusform>
            <numerusform>zurück nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>SBI %1</source>
        <translation>SBI %1</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Beschäftigte</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>Status auf %1 gesetzt</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>told %1</source>
        <translation>%1 benachrichtigt</translation>
    </message>
</context>
<context>
    <name>TerminalClient</name>
    <message>
        <source>The server profile (default: the current one).</source>
        <translation>Das Serverprofil (Standard: das aktuelle).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signs in and keeps the sign-in in the OS keychain. Asks for the password and the code from your authenticator app (one line each from stdin when it is not a terminal).</source>
        <translation>Meldet an und bewahrt die Anmeldung im Schlüsselbund des Systems auf. Fragt nach dem Passwort und dem Code aus Ihrer Authenticator-App (je eine Zeile von stdin, wenn das kein Terminal ist).</translation>
    </message>
    <message>
        <source>The server, e.g. https://leadscope.example.com.</source>
        <translation>Der Server, z. B. https://leadscope.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Trust this certificate authority (PEM) for the server.</source>
        <translation>Dieser Zertifizierungsstelle (PEM) für den Server vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name the server with --server (and --ca for a private certificate authority).</source>
        <translation>Nennen Sie den Server mit --server (und --ca für eine eigene Zertifizierungsstelle).</translation>
    </message>
    <message>
        <source>Give your e-mail address with --email.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse mit --email an.</translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code aus Ihrer Authenticator-App: </translation>
    </message>
    <message>
        <source>Two-factor authentication is not set up yet. Add this key to your authenticator app: %1
(or open %2)
</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist noch nicht eingerichtet. Fügen Sie diesen Schlüssel Ihrer Authenticator-App hinzu: %1
(oder öffnen Sie %2)
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). The sign-in is kept in the keychain.</source>
        <translation>Bei %1 als %2 (%3) angemeldet. Die Anmeldung wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Signs out: ends the session on the server, forgets the kept sign-in and deletes the local copy of your data and its key.</source>
        <translation>Meldet ab: beendet die Sitzung auf dem Server, vergisst die aufbewahrte Anmeldung und löscht die lokale Kopie Ihrer Daten samt Schlüssel.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out. The local copy of your data and its key are deleted.</source>
        <translation>Abgemeldet. Die lokale Kopie Ihrer Daten und ihr Schlüssel sind gelöscht.</translation>
    </message>
    <message>
        <source>Brings the local copy of your organisation&apos;s data up to date. Progress goes to stderr, a one-line summary to stdout.</source>
        <translation>Bringt die lokale Kopie der Daten Ihrer Organisation auf den neuesten Stand. Der Fortschritt geht nach stderr, eine einzeilige Zusammenfassung nach stdout.</translation>
    </message>
    <message>
        <source>Not signed in. Run: leadscope login --server URL --email ADDRESS</source>
        <translation>Nicht angemeldet. Ausführen: leadscope login --server URL --email ADRESSE</translation>
    </message>
    <message>
        <source>Syncing… %1 changes in %2 pages</source>
        <translation>Synchronisiere… %1 Änderungen in %2 Seiten</translation>
    </message>
    <message>
        <source>Synced %1 changes in %2 pages: %3 new companies, %4 companies with new visits.</source>
        <translation>%1 Änderungen in %2 Seiten synchronisiert: %3 neue Unternehmen, %4 Unternehmen mit neuen Besuchen.</translation>
    </message>
    <message>
        <source>(a full resync)</source>
        <translation>(eine vollständige Neusynchronisation)</translation>
    </message>
    <message>
        <source>Shows the signed-in account, the server, the last sync and the size of the local copy.</source>
        <translation>Zeigt das angemeldete Konto, den Server, die letzte Synchronisation und die Größe der lokalen Kopie.</translation>
    </message>
    <message>
        <source>No server yet. Run: leadscope login --server URL --email ADDRESS</source>
        <translation>Noch kein Server. Ausführen: leadscope login --server URL --email ADRESSE</translation>
    </message>
    <message>
        <source>Server:     %1 (%2)</source>
        <translation>Server:         %1 (%2)</translation>
    </message>
    <message>
        <source>Account:    not signed in</source>
        <translation>Konto:          nicht angemeldet</translation>
    </message>
    <message>
        <source>Account:    %1</source>
        <translation>Konto:          %1</translation>
    </message>
    <message>
        <source>Last sync:  never</source>
        <translation>Letzte Sync.:   nie</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>Lokale Kopie:   %1</translation>
    </message>
    <message>
        <source>Last sync:  %1 (%2 minutes ago)</source>
        <translation>Letzte Sync.:   %1 (vor %2 Minuten)</translation>
    </message>
    <message>
        <source>Local copy: %1 companies, %2 visits, %3 (encrypted)</source>
        <translation>Lokale Kopie:   %1 Unternehmen, %2 Besuche, %3 (verschlüsselt)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--page-size takes 1 to 10000.</source>
        <translation>--page-size nimmt 1 bis 10000.</translation>
    </message>
    <message>
        <source>, about %1 to go (%2 s)</source>
        <translation>, noch etwa %1 (%2 s)</translation>
    </message>
    <message>
        <source>Writes a lead list from the local copy (run `leadscope sync` first for the newest data): the companies of a saved segment or a filter, newest visit first. Needs the manager or admin role; the server records every export. Only company data and your team&apos;s notes go into the file.</source>
        <translation>Schreibt eine Lead-Liste aus der lokalen Kopie (zuerst `leadscope sync` für die neuesten Daten): die Unternehmen eines gespeicherten Segments oder Filters, neuester Besuch zuerst. Erfordert die Rolle Manager oder Administrator; der Server protokolliert jeden Export. Nur Unternehmensdaten und die Notizen Ihres Teams kommen in die Datei.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A saved segment, by name.</source>
        <translation>Ein gespeichertes Segment, nach Name.</translation>
    </message>
    <message>
        <source>A filter as JSON, e.g. {&quot;city&quot;:&quot;Utrecht&quot;,&quot;min_visits&quot;:2}.</source>
        <translation>Ein Filter als JSON, z. B. {&quot;city&quot;:&quot;Utrecht&quot;,&quot;min_visits&quot;:2}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Comma-separated: %1 (default: all).</source>
        <translation>Durch Kommas getrennt: %1 (Standard: alle).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The field separator (default: the locale&apos;s, , or ;).</source>
        <translation>Das Trennzeichen (Standard: das des Gebietsschemas, , oder ;).</translation>
    </message>
    <message>
        <source>character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte-order mark (for Excel).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarkierung beginnen (für Excel).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation>--format ist csv, xlsx oder pdf.</translation>
    </message>
    <message>
        <source>Say where to write the list: -o FILE.</source>
        <translation>Geben Sie an, wohin die Liste soll: -o DATEI.</translation>
    </message>
    <message>
        <source>Use --segment or --filter, not both.</source>
        <translation>Verwenden Sie --segment oder --filter, nicht beides.</translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation>Es gibt keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>--columns needs at least one column.</source>
        <translation>--columns braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>--delimiter is one character, not a quote or a line break.</source>
        <translation>--delimiter ist ein Zeichen, kein Anführungszeichen und kein Zeilenumbruch.</translation>
    </message>
    <message>
        <source>--filter is not a JSON object: %1</source>
        <translation>--filter ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>There is no saved segment called “%1”.</source>
        <translation>Es gibt kein gespeichertes Segment namens „%1“.</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>alle Leads</translation>
    </message>
    <message>
        <source>Writing… %1 of %2 companies</source>
        <translation>Schreibe… %1 von %2 Unternehmen</translation>
    </message>
    <message>
        <source>Wrote %1 companies to %2.</source>
        <translation>%1 Unternehmen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>csv, xlsx (Excel) or pdf (a report: at most %1 companies).</source>
        <translation>csv, xlsx (Excel) oder pdf (ein Bericht: höchstens %1 Unternehmen).</translation>
    </message>
    <message>
        <source>Usage: leadscope %1 [options]</source>
        <translation>Aufruf: leadscope %1 [Optionen]</translation>
    </message>
    <message>
        <source>Your recovery codes: each signs you in once instead of a code from your phone. They are shown only now; keep them somewhere other than this computer.</source>
        <translation>Ihre Wiederherstellungscodes: Jeder Code meldet Sie einmal anstelle eines Codes von Ihrem Telefon an. Sie werden nur jetzt angezeigt; bewahren Sie sie nicht auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>PDF: after the list, a page per company (profile, 90-day activity, latest visits).</source>
        <translation>PDF: nach der Liste eine Seite je Unternehmen (Profil, Aktivität der letzten 90 Tage, letzte Besuche).</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>Changes per request at most (1–10000, default 10000; a request also ends at about 4 MiB).</source>
        <translation>Höchstens so viele Änderungen pro Anfrage (1–10000, Standard 10000; eine Anfrage endet auch bei etwa 4 MiB).</translation>
    </message>
</context>
<context>
    <name>TrafficQuery</name>
    <message>
        <source>The server sent traffic figures this version cannot read.</source>
        <translation>Der Server hat Verkehrszahlen gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>consumer internet providers</source>
        <translation>Internetanbieter für Privatkunden</translation>
    </message>
    <message>
        <source>mobile networks</source>
        <translation>Mobilfunknetze</translation>
    </message>
    <message>
        <source>hosting networks</source>
        <translation>Hosting-Netze</translation>
    </message>
    <message>
        <source>networks of organisations not in the register</source>
        <translation>Netze von Organisationen, die nicht im Register stehen</translation>
    </message>
    <message>
        <source>schools and universities</source>
        <translation>Schulen und Hochschulen</translation>
    </message>
    <message>
        <source>government networks</source>
        <translation>Behördennetze</translation>
    </message>
    <message>
        <source>networks your team said are no company&apos;s</source>
        <translation>Netze, die laut Ihrem Team keinem Unternehmen gehören</translation>
    </message>
    <message>
        <source>networks not in the register</source>
        <translation>Netze, die nicht im Register stehen</translation>
    </message>
    <message>
        <source>crawlers</source>
        <translation>Crawler</translation>
    </message>
    <message>
        <source>automated browsers</source>
        <translation>automatisierte Browser</translation>
    </message>
    <message>
        <source>data centres</source>
        <translation>Rechenzentren</translation>
    </message>
    <message>
        <source>inhumanly fast sessions</source>
        <translation>unmenschlich schnelle Sitzungen</translation>
    </message>
    <message>
        <source>hits without the tracker</source>
        <translation>Aufrufe ohne den Tracker</translation>
    </message>
    <message>
        <source>%1 % of page views could not be tied to a company: mostly %2.</source>
        <translation>%1 % der Seitenaufrufe konnten keinem Unternehmen zugeordnet werden: vor allem %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bot hit(s) filtered: %1.</source>
        <translation>
            <numerusform>%Ln Bot-Aufruf gefiltert: %1.</numerusform>
            <numerusform>%Ln Bot-Aufrufe gefiltert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: out of memory or no room for temporary files.</source>
        <translation>%1 kann nicht geschrieben werden: kein Speicher oder kein Platz für temporäre Dateien.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the worksheet could not be made.</source>
        <translation>%1 kann nicht geschrieben werden: Das Arbeitsblatt konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::ApiJob</name>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1: it did not answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Verbindung zu %1: keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Verbindung zu %1: keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
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
    <message>
        <source>No keychain is available on this computer. Install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar. Installieren und starten Sie einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::DataStoreWorker</name>
    <message>
        <source>There is no data here yet: wait for the first sync to finish.</source>
        <translation>Hier sind noch keine Daten: Warten Sie, bis die erste Synchronisierung fertig ist.</translation>
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
    <message>
        <source>Leadscope is locked.</source>
        <translation>Leadscope ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 Enter your password as well.</source>
        <translation>%1 Geben Sie auch Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>You stay signed in only until Leadscope closes. %1</source>
        <translation>Sie bleiben nur angemeldet, bis Leadscope beendet wird. %1</translation>
    </message>
</context>
<context>
    <name>leadscope::core::SyncEngine</name>
    <message>
        <source>Sync cancelled. What arrived so far is kept.</source>
        <translation>Synchronisation abgebrochen. Was bisher angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>An edit was refused by the server: %1</source>
        <translation>Eine Änderung wurde vom Server abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>leadscope::core::SyncScheduler</name>
    <message>
        <source>Your leads cannot be shown: Leadscope keeps the key of its encrypted copy of your data in this computer&apos;s keychain, and cannot use it. %1</source>
        <translation>Ihre Leads können nicht angezeigt werden: Leadscope bewahrt den Schlüssel der verschlüsselten Kopie Ihrer Daten im Schlüsselbund dieses Computers auf und kann ihn nicht verwenden. %1</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AccountRemovalDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Mir ist klar, dass dies nicht rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <source>&amp;Delete my account</source>
        <translation>Mein Konto &amp;löschen</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your account &lt;b&gt;%1&lt;/b&gt; at %2 will be removed &lt;b&gt;at once&lt;/b&gt;: you are signed out everywhere, your sign-in details and two-factor secret are deleted, and the audit log keeps that an account was removed but no longer your e-mail address.&lt;/p&gt;&lt;p&gt;Copies in Leadscope&apos;s backups disappear within &lt;b&gt;30 days&lt;/b&gt;. Billing records of your organisation are kept as long as the law requires. Your team&apos;s lead data stays with your organisation.&lt;/p&gt;&lt;p&gt;On this computer, the encrypted local copy and its key are destroyed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihr Konto &lt;b&gt;%1&lt;/b&gt; bei %2 wird &lt;b&gt;sofort&lt;/b&gt; entfernt: Sie werden überall abgemeldet, Ihre Anmeldedaten und Ihr Zwei-Faktor-Geheimnis werden gelöscht, und das Audit-Protokoll vermerkt, dass ein Konto entfernt wurde, aber nicht mehr Ihre E-Mail-Adresse.&lt;/p&gt;&lt;p&gt;Kopien in den Backups von Leadscope verschwinden innerhalb von &lt;b&gt;30 Tagen&lt;/b&gt;. Abrechnungsdaten Ihrer Organisation werden so lange aufbewahrt, wie das Gesetz es verlangt. Die Lead-Daten Ihres Teams bleiben bei Ihrer Organisation.&lt;/p&gt;&lt;p&gt;Auf diesem Computer werden die verschlüsselte lokale Kopie und ihr Schlüssel vernichtet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Fresh &amp;code from your authenticator app:</source>
        <translation>Neuer &amp;Code aus Ihrer Authenticator-App:</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>Audit-&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Websites and snippets…</source>
        <translation>&amp;Websites und Snippets…</translation>
    </message>
    <message>
        <source>Add or remove websites and copy their tracker snippet (Settings → Privacy)</source>
        <translation>Websites hinzufügen oder entfernen und ihr Tracker-Snippet kopieren (Einstellungen → Datenschutz)</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-Ma&amp;il</translation>
    </message>
    <message>
        <source>Inte&amp;grations</source>
        <translation>Inte&amp;grationen</translation>
    </message>
    <message>
        <source>API to&amp;kens</source>
        <translation>API-T&amp;okens</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AlertsPage</name>
    <message>
        <source>E-mail me when a &amp;rule tells me about a company</source>
        <translation>Mir eine E-Mail senden, wenn eine &amp;Regel mich auf ein Unternehmen hinweist</translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation>Uhrzeit der Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: hold rule e-mails from</source>
        <translation>Ruhe&amp;zeiten: Regel-E-Mails zurückhalten von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>&amp;Save e-mail settings</source>
        <translation>E-Mail-Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>This server sends no e-mail: its operator has not set up a mail relay. Leadscope still tells you on this desktop (General → Notify me).</source>
        <translation>Dieser Server versendet keine E-Mails: Sein Betreiber hat kein Mail-Relay eingerichtet. Leadscope benachrichtigt Sie weiterhin auf diesem Rechner (Allgemein → Benachrichtigen).</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No digest</source>
        <translation>Keine Zusammenfassung</translation>
    </message>
    <message>
        <source>Every day I choose below</source>
        <translation>An jedem Tag, den ich unten wähle</translation>
    </message>
    <message>
        <source>Once a week, on the day I choose below</source>
        <translation>Einmal pro Woche, an dem Tag, den ich unten wähle</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>E-mail goes to:</source>
        <translation>E-Mail geht an:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>&amp;Digest:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <source>E-mail is written in %1, the language of this desktop, with times in its time zone (%2). It names companies, pages and times — never anything about a visitor.</source>
        <translation>E-Mails werden auf %1 geschrieben, der Sprache dieses Rechners, mit Uhrzeiten in seiner Zeitzone (%2). Sie nennen Unternehmen, Seiten und Zeiten — nie etwas über einen Besucher.</translation>
    </message>
    <message>
        <source>Choose at least one day for the digest.</source>
        <translation>Wählen Sie mindestens einen Tag für die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation>Ruhezeiten brauchen einen Beginn und ein Ende, die sich unterscheiden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ApiTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>e.g. Data warehouse</source>
        <translation>z. B. Data Warehouse</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation>6 Ziffern oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Companies (what the lead list shows)</source>
        <translation>Unternehmen (was die Lead-Liste zeigt)</translation>
    </message>
    <message>
        <source>Visits of a company, with their pages</source>
        <translation>Besuche eines Unternehmens, mit ihren Seiten</translation>
    </message>
    <message>
        <source>Shared segments and their companies</source>
        <translation>Geteilte Segmente und ihre Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>May read:</source>
        <translation>Darf lesen:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>The token reads only; it cannot change anything. It is shown once, after it is created: keep it where the other system keeps its secrets. Revoke it here when it is no longer used.</source>
        <translation>Das Token kann nur lesen, nichts ändern. Es wird einmal angezeigt, nach dem Erstellen: Bewahren Sie es dort auf, wo das andere System seine Geheimnisse aufbewahrt. Widerrufen Sie es hier, wenn es nicht mehr verwendet wird.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Choose what the token may read.</source>
        <translation>Wählen Sie, was das Token lesen darf.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ApiTokensTab</name>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No API tokens yet. Create one to let a data warehouse, Zapier or n8n read your companies, visits and shared segments — read-only.</source>
        <translation>Noch keine API-Tokens. Erstellen Sie eines, damit ein Data Warehouse, Zapier oder n8n Ihre Unternehmen, Besuche und geteilten Segmente lesen kann — nur lesend.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Darf lesen</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The organisation&apos;s API tokens</source>
        <translation>Die API-Tokens der Organisation</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Wider&amp;rufen…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;New API token…</source>
        <translation>&amp;Neues API-Token…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke “%1”? What uses it can read nothing more from now on.</source>
        <translation>„%1“ widerrufen? Was es verwendet, kann ab jetzt nichts mehr lesen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The API token “%1”: give it to the system that reads with it (Authorization: Bearer …). It is shown only now.</source>
        <translation>Das API-Token „%1“: Geben Sie es dem System, das damit liest (Authorization: Bearer …). Es wird nur jetzt angezeigt.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AuditTab</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>audit-protokoll-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>(entferntes Konto)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Show which actions</source>
        <translation>Welche Aktionen anzeigen</translation>
    </message>
    <message>
        <source>Show whose actions</source>
        <translation>Wessen Aktionen anzeigen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::CompanyPage</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>← Leads</source>
        <translation>← Leads</translation>
    </message>
    <message>
        <source>Back to the leads list (%1)</source>
        <translation>Zurück zur Lead-Liste (%1)</translation>
    </message>
    <message>
        <source>Copy registry number</source>
        <translation>Registernummer kopieren</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Telefon kopieren</translation>
    </message>
    <message>
        <source>Copy website</source>
        <translation>Website kopieren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Timeline range</source>
        <translation>Zeitraum der Zeitleiste</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months (weeks)</source>
        <translation>Letzte 12 Monate (Wochen)</translation>
    </message>
    <message>
        <source>Visits and page views over time</source>
        <translation>Besuche und Seitenaufrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitor timeline&lt;/b&gt; — click a bar to see its visits</source>
        <translation>&lt;b&gt;Besuchszeitleiste&lt;/b&gt; — klicken Sie auf einen Balken, um seine Besuche zu sehen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Visitor journeys</source>
        <translation>Wege der Besucher</translation>
    </message>
    <message>
        <source>Visitor / visit</source>
        <translation>Besucher / Besuch</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>Seitenpfad</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Wege</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. hot, watch</source>
        <translation>Durch Kommas getrennt, z. B. hot, watch</translation>
    </message>
    <message>
        <source>What the team should know about this company</source>
        <translation>Was das Team über dieses Unternehmen wissen sollte</translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation>Teamnotizen</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This company is no longer in your data</source>
        <translation>Dieses Unternehmen ist nicht mehr in Ihren Daten</translation>
    </message>
    <message>
        <source>Its visits were removed (retention) or it was deleted on the server.</source>
        <translation>Seine Besuche wurden entfernt (Aufbewahrungsfrist) oder es wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Registry number %1</source>
        <translation>Registernummer %1</translation>
    </message>
    <message>
        <source>%1 (SBI %2)</source>
        <translation>%1 (SBI %2)</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Beschäftigte</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Lead score %1</source>
        <translation>Lead-Score %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>Saved on this computer; goes to the server with the next sync.</source>
        <translation>Auf diesem Computer gespeichert; geht mit der nächsten Synchronisierung an den Server.</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Besucher %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>Die Notizen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Unternehmensprofil</translation>
    </message>
    <message>
        <source>Visi&amp;ts</source>
        <translation>Besu&amp;che</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (nicht mehr aktiv)</translation>
    </message>
    <message>
        <source>A colleague not in your team list yet</source>
        <translation>Ein Kollege, der noch nicht in Ihrer Teamliste steht</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page view(s)</source>
        <translation>
            <numerusform>%Ln Seitenaufruf</numerusform>
            <numerusform>%Ln Seitenaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>erster %1, letzter %2</translation>
    </message>
    <message>
        <source>Landing page: %1</source>
        <translation>Einstiegsseite: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lead score %1 of 100</source>
        <translation>Lead-Score %1 von 100</translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation>Zuletzt geändert von %1, %2.</translation>
    </message>
    <message>
        <source>Team histo&amp;ry</source>
        <translation>Team&amp;verlauf</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy company details</source>
        <translation>Firmendaten kopieren</translation>
    </message>
    <message>
        <source>Company initials</source>
        <translation>Initialen des Unternehmens</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dich</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>eine Kollegin oder ein Kollege</translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier time(s).</source>
        <translation>
            <numerusform>…und %n Mal zuvor.</numerusform>
            <numerusform>…und %n Mal zuvor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” fired %2</source>
        <translation>Regel „%1“ griff %2</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ausblenden…</translation>
    </message>
    <message>
        <source>Hide this company, or its whole industry, from the team&apos;s leads (our own offices, customers, competitors, suppliers)</source>
        <translation>Dieses Unternehmen oder seine ganze Branche aus den Leads des Teams ausblenden (eigene Standorte, Kunden, Mitbewerber, Lieferanten)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Target-account lists</source>
        <translation>Ziellisten</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>Not on a target-account list</source>
        <translation>Auf keiner Zielliste</translation>
    </message>
    <message>
        <source>On the target-account lists: %1</source>
        <translation>Auf den Ziellisten: %1</translation>
    </message>
    <message>
        <source>Wrong company?</source>
        <translation>Falsches Unternehmen?</translation>
    </message>
    <message>
        <source>Report wrong company</source>
        <translation>Falsches Unternehmen melden</translation>
    </message>
    <message>
        <source>Say whose network the latest visit really came from: an internet provider&apos;s, another company&apos;s, or no company&apos;s</source>
        <translation>Geben Sie an, wem das Netz des letzten Besuchs wirklich gehört: einem Internetanbieter, einem anderen Unternehmen oder keinem Unternehmen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Report wrong company for this visit…</source>
        <translation>Falsches Unternehmen für diesen Besuch melden…</translation>
    </message>
    <message>
        <source>Last changed by a rule, %1.</source>
        <translation>Zuletzt geändert von einer Regel, %1.</translation>
    </message>
    <message>
        <source>Last changed by the rule “%1”, %2.</source>
        <translation>Zuletzt geändert von der Regel „%1“, %2.</translation>
    </message>
    <message>
        <source>Show ol&amp;der visits</source>
        <translation>Älte&amp;re Besuche zeigen</translation>
    </message>
    <message>
        <source>Older visits could not be fetched: %1</source>
        <translation>Ältere Besuche konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Fetching visits before %1 from the server…</source>
        <translation>Besuche vor dem %1 werden vom Server abgerufen…</translation>
    </message>
    <message>
        <source>This computer keeps the visits since %1; older ones stay on the server.</source>
        <translation>Dieser Computer behält die Besuche seit dem %1; ältere bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>No visits before %1.</source>
        <translation>Keine Besuche vor dem %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) before %1 shown, from the server (not kept on this computer).</source>
        <translation>
            <numerusform>%Ln Besuch vor dem %1 angezeigt, vom Server (nicht auf diesem Computer gespeichert).</numerusform>
            <numerusform>%Ln Besuche vor dem %1 angezeigt, vom Server (nicht auf diesem Computer gespeichert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln visit(s) before %1 shown, from the server (not kept on this computer).</source>
        <translation>
            <numerusform>Der einzige Besuch vor dem %1 angezeigt, vom Server (nicht auf diesem Computer gespeichert).</numerusform>
            <numerusform>Alle %Ln Besuche vor dem %1 angezeigt, vom Server (nicht auf diesem Computer gespeichert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w more</source>
        <translation>Meh&amp;r zeigen</translation>
    </message>
    <message>
        <source>Before %1, from the server (not kept on this computer)</source>
        <translation>Vor dem %1, vom Server (nicht auf diesem Computer gespeichert)</translation>
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
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
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
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>None yet. Choose Sign in… and add your organisation&apos;s Leadscope server, or start Leadscope with --server https://… (and --ca FILE for a private certificate authority).</source>
        <translation>Noch keiner. Wählen Sie Anmelden… und fügen Sie den Leadscope-Server Ihrer Organisation hinzu, oder starten Sie Leadscope mit --server https://… (und --ca DATEI für eine eigene Zertifizierungsstelle).</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>new this period</source>
        <translation>neu in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dashboard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Identified companies</source>
        <translation>Erkannte Unternehmen</translation>
    </message>
    <message>
        <source>New companies</source>
        <translation>Neue Unternehmen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation>Seiten pro Besuch</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Besuche pro Tag</translation>
    </message>
    <message>
        <source>Top industries</source>
        <translation>Top-Branchen</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Top-Quellen</translation>
    </message>
    <message>
        <source>Top campaigns</source>
        <translation>Top-Kampagnen</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>zuvor %1</translation>
    </message>
    <message>
        <source>No visits in this period. Choose a longer period, or check that the tracker is on your websites.</source>
        <translation>Keine Besuche in diesem Zeitraum. Wählen Sie einen längeren Zeitraum oder prüfen Sie, ob der Tracker auf Ihren Websites eingebunden ist.</translation>
    </message>
    <message>
        <source>Top industries (companies)</source>
        <translation>Top-Branchen (Unternehmen)</translation>
    </message>
    <message>
        <source>Top pages (page views)</source>
        <translation>Top-Seiten (Seitenaufrufe)</translation>
    </message>
    <message>
        <source>Top sources (visits)</source>
        <translation>Top-Quellen (Besuche)</translation>
    </message>
    <message>
        <source>Top campaigns (visits)</source>
        <translation>Top-Kampagnen (Besuche)</translation>
    </message>
    <message>
        <source>%1 — nothing in this period</source>
        <translation>%1 — nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= keine Veränderung</translation>
    </message>
    <message>
        <source>▲ new this period</source>
        <translation>▲ neu in diesem Zeitraum</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>%1 mehr</translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>%1 weniger</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2, against %3 in %4</source>
        <translation>%1 im Zeitraum %2, gegenüber %3 im Zeitraum %4</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Visits, %1</source>
        <translation>Besuche, %1</translation>
    </message>
    <message>
        <source>Previous period, %1</source>
        <translation>Vorheriger Zeitraum, %1</translation>
    </message>
    <message>
        <source>Page views of people Leadscope could not tie to a company are counted, never stored; hits of crawlers, automated browsers and data centres are not visits.</source>
        <translation>Seitenaufrufe von Menschen, die Leadscope keinem Unternehmen zuordnen konnte, werden gezählt, nie gespeichert; Aufrufe von Crawlern, automatisierten Browsern und Rechenzentren sind keine Besuche.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::DataPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ExportDialog</name>
    <message>
        <source>&amp;All companies in the list</source>
        <translation>&amp;Alle Unternehmen der Liste</translation>
    </message>
    <message numerus="yes">
        <source>Only the &amp;selected companies (%n)</source>
        <translation>
            <numerusform>Nur das &amp;ausgewählte Unternehmen (%n)</numerusform>
            <numerusform>Nur die &amp;ausgewählten Unternehmen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with a byte-order mark (helps Excel recognise UTF-8)</source>
        <translation>Mit einer Byte-Order-Markierung beginnen (hilft Excel, UTF-8 zu erkennen)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>CSV (any spreadsheet or CRM)</source>
        <translation>CSV (jede Tabellenkalkulation oder jedes CRM)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (at most %1 companies)</source>
        <translation>PDF-Bericht (höchstens %1 Unternehmen)</translation>
    </message>
    <message>
        <source>As this computer&apos;s language does (%1)</source>
        <translation>Wie in der Sprache dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Only company data and your team&apos;s status, tags and assignee go into the file — no visitor keys, nothing about a person. Leadscope records the export in the audit log.</source>
        <translation>Nur Unternehmensdaten sowie Status, Schlagwörter und Zuständige Ihres Teams kommen in die Datei – keine Besucherschlüssel, nichts über eine Person. Leadscope vermerkt den Export im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>leads-%1</source>
        <translation>leads-%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Sign in to export.</source>
        <translation>Melden Sie sich an, um zu exportieren.</translation>
    </message>
    <message>
        <source>Counting companies…</source>
        <translation>Unternehmen werden gezählt…</translation>
    </message>
    <message>
        <source>No company matches; there is nothing to export.</source>
        <translation>Kein Unternehmen passt; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Only managers and admins may export lead lists.</source>
        <translation>Nur Manager und Administratoren dürfen Lead-Listen exportieren.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation>Der Export wurde nicht beendet; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n compan(y/ies) to %1.</source>
        <translation>
            <numerusform>%n Unternehmen nach %1 geschrieben.</numerusform>
            <numerusform>%n Unternehmen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Add a &amp;page per company (profile, 90-day activity, latest visits)</source>
        <translation>Eine &amp;Seite je Unternehmen hinzufügen (Profil, Aktivität der letzten 90 Tage, letzte Besuche)</translation>
    </message>
    <message>
        <source>The filter and period, then the companies in the list&apos;s order, one line each (about 50 to a page): city, industry, visits, last visit, lead score, status and assignee.</source>
        <translation>Filter und Zeitraum, dann die Unternehmen in der Reihenfolge der Liste, je eine Zeile (etwa 50 pro Seite): Ort, Branche, Besuche, letzter Besuch, Lead-Score, Status und zuständige Person.</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Continue to &amp;sign-in</source>
        <translation>Weiter zur &amp;Anmeldung</translation>
    </message>
    <message>
        <source>Welcome to Leadscope</source>
        <translation>Willkommen bei Leadscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Leadscope&lt;/h3&gt;&lt;p&gt;Leadscope shows which companies visit your organisation&apos;s websites. First, connect to your organisation&apos;s Leadscope server: your administrator has its address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Leadscope&lt;/h3&gt;&lt;p&gt;Leadscope zeigt, welche Unternehmen die Websites Ihrer Organisation besuchen. Verbinden Sie sich zuerst mit dem Leadscope-Server Ihrer Organisation: Ihre Administratorin oder Ihr Administrator kennt die Adresse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>Zertifizierungsstelle des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 …</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>✓ Connected to %1 over %2; the certificate is verified (issued by %3). Leadscope server %4.</source>
        <translation>✓ Verbunden mit %1 über %2; das Zertifikat ist geprüft (ausgestellt von %3). Leadscope-Server %4.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not issued by an authority your computer trusts — usual for a company&apos;s own server. Leadscope never skips the check: choose the certificate authority file your administrator gave you (a .pem file), then check again.</source>
        <translation>Das Zertifikat dieses Servers stammt nicht von einer Stelle, der Ihr Computer vertraut — üblich für einen firmeneigenen Server. Leadscope überspringt die Prüfung nie: Wählen Sie die Datei der Zertifizierungsstelle, die Sie von Ihrer Administration erhalten haben (eine .pem-Datei), und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Fingerprint of the server&apos;s certificate (SHA-256), to compare with your administrator&apos;s:
%1</source>
        <translation>Fingerabdruck des Serverzertifikats (SHA-256), zum Vergleich mit dem Ihrer Administration:
%1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::FlowWidget</name>
    <message>
        <source>Visit flow</source>
        <translation>Besuchsfluss</translation>
    </message>
    <message>
        <source>Most visits start on %1</source>
        <translation>Die meisten Besuche beginnen auf %1</translation>
    </message>
    <message>
        <source>No visits with page views in this period. Choose a longer period or another website.</source>
        <translation>Keine Besuche mit Seitenaufrufen in diesem Zeitraum. Wählen Sie einen längeren Zeitraum oder eine andere Website.</translation>
    </message>
    <message>
        <source>  Entry page</source>
        <translation>  Einstiegsseite</translation>
    </message>
    <message>
        <source>  Step %1</source>
        <translation>  Schritt %1</translation>
    </message>
    <message>
        <source>Other pages</source>
        <translation>Andere Seiten</translation>
    </message>
    <message>
        <source>%1 · %2 left (%3)</source>
        <translation>%1 · %2 verlassen (%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s).</source>
        <translation>
            <numerusform>%Ln Besuch.</numerusform>
            <numerusform>%Ln Besuche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HiddenPage</name>
    <message>
        <source>&amp;Show again</source>
        <translation>&amp;Wieder anzeigen</translation>
    </message>
    <message>
        <source>Companies and industries the team hides from its leads, counts, dashboard, rules and exports. Nothing of them is deleted.</source>
        <translation>Unternehmen und Branchen, die das Team aus seinen Leads, Zählungen, dem Dashboard, Regeln und Exporten ausblendet. Nichts davon wird gelöscht.</translation>
    </message>
    <message>
        <source>Hidden companies and industries</source>
        <translation>Ausgeblendete Unternehmen und Branchen</translation>
    </message>
    <message>
        <source>Company or industry</source>
        <translation>Unternehmen oder Branche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Hidden by</source>
        <translation>Ausgeblendet von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry: SBI %1…</source>
        <translation>Branche: SBI %1…</translation>
    </message>
    <message>
        <source>A former colleague</source>
        <translation>Eine ehemalige Kollegin oder ein ehemaliger Kollege</translation>
    </message>
    <message>
        <source>Nothing is hidden. Hide a company from its profile (Hide…) — your own offices, customers, competitors or suppliers.</source>
        <translation>Nichts ist ausgeblendet. Blenden Sie ein Unternehmen in seinem Profil aus (Ausblenden…) — Ihre eigenen Standorte, Kunden, Mitbewerber oder Lieferanten.</translation>
    </message>
    <message>
        <source>Nothing is hidden. Managers and admins can hide companies.</source>
        <translation>Nichts ist ausgeblendet. Manager und Admins können Unternehmen ausblenden.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HideDialog</name>
    <message>
        <source>&amp;This company</source>
        <translation>&amp;Dieses Unternehmen</translation>
    </message>
    <message>
        <source>Hide from the leads</source>
        <translation>Aus den Leads ausblenden</translation>
    </message>
    <message>
        <source>Hide “%1” from everyone&apos;s leads, counts, dashboard and exports; rules and alerts leave it alone. Nothing is deleted: show it again from Hidden.</source>
        <translation>„%1“ aus den Leads, Zählungen, dem Dashboard und den Exporten aller ausblenden; Regeln und Meldungen lassen es in Ruhe. Nichts wird gelöscht: Unter „Ausgeblendet“ wieder anzeigen.</translation>
    </message>
    <message>
        <source>Every company with SBI code %1</source>
        <translation>Jedes Unternehmen mit SBI-Code %1</translation>
    </message>
    <message>
        <source>Every company in “%1” (SBI %2)</source>
        <translation>Jedes Unternehmen in „%1“ (SBI %2)</translation>
    </message>
    <message>
        <source>e.g. our office in Utrecht</source>
        <translation>z. B. unser Büro in Köln</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HubSpotCompaniesDialog</name>
    <message>
        <source>Matched by registry number</source>
        <translation>Über die Registernummer gefunden</translation>
    </message>
    <message>
        <source>Matched by website</source>
        <translation>Über die Website gefunden</translation>
    </message>
    <message>
        <source>Created by Leadscope</source>
        <translation>Von Leadscope angelegt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>In HubSpot</source>
        <translation>In HubSpot</translation>
    </message>
    <message>
        <source>HubSpot company ID</source>
        <translation>HubSpot-Firmen-ID</translation>
    </message>
    <message>
        <source>Owner set</source>
        <translation>Zuständiger gesetzt</translation>
    </message>
    <message>
        <source>First written</source>
        <translation>Zuerst geschrieben</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Zuletzt geschrieben</translation>
    </message>
    <message>
        <source>Companies written to HubSpot</source>
        <translation>An HubSpot geschriebene Firmen</translation>
    </message>
    <message>
        <source>HubSpot companies of “%1”</source>
        <translation>HubSpot-Firmen von „%1“</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>No company has been written to HubSpot yet. Companies arrive with the events this destination receives.</source>
        <translation>Noch keine Firma wurde an HubSpot geschrieben. Firmen kommen mit den Ereignissen, die dieses Ziel erhält.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n matched a company HubSpot already had</source>
        <translation>
            <numerusform>%n einer Firma zugeordnet, die HubSpot schon hatte</numerusform>
            <numerusform>%n einer Firma zugeordnet, die HubSpot schon hatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created by Leadscope</source>
        <translation>
            <numerusform>%n von Leadscope angelegt</numerusform>
            <numerusform>%n von Leadscope angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::IntegrationsTab</name>
    <message>
        <source>Rule fired</source>
        <translation>Regel ausgelöst</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Visit ended</source>
        <translation>Besuch beendet</translation>
    </message>
    <message>
        <source>Company annotated</source>
        <translation>Unternehmen bearbeitet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>Neues Geheim&amp;nis…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>What the receiver said</source>
        <translation>Antwort des Empfängers</translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook</source>
        <translation>Zustellungen des gewählten Webhooks</translation>
    </message>
    <message>
        <source>Sen&amp;d again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>Webhook &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Send the selected delivery again, with the same id</source>
        <translation>Die gewählte Zustellung erneut senden, mit derselben ID</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>The webhook gets a new secret; the old one keeps signing beside it for 24 hours, so the receiver can switch without missing a delivery.

Confirm with a fresh code from your authenticator app:</source>
        <translation>Der Webhook erhält ein neues Geheimnis; das alte signiert 24 Stunden lang weiter mit, damit der Empfänger ohne verlorene Zustellung wechseln kann.

Bestätigen Sie mit einem neuen Code aus Ihrer Authenticator-App:</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Webhook entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Nothing more is sent to it, and what it has not received yet is dropped.</source>
        <translation>„%1“ entfernen? Es wird nichts mehr dorthin gesendet, und noch nicht Zugestelltes verfällt.</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused %1: %2</source>
        <translation>Angehalten %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n attempts in a row)</source>
        <translation>
            <numerusform>Fehlerhaft (%n Versuch in Folge)</numerusform>
            <numerusform>Fehlerhaft (%n Versuche in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>Zustellungen an %1</translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation>%1 — nächster Versuch %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The secret of “%1”: give it to the receiver to check signatures with. It is shown only now.</source>
        <translation>Das Geheimnis von „%1“: Geben Sie es dem Empfänger, um Signaturen zu prüfen. Es wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>The new secret of “%1” (the old one signs too for 24 hours). It is shown only now.</source>
        <translation>Das neue Geheimnis von „%1“ (das alte signiert 24 Stunden lang mit). Es wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>%1 (Slack)</source>
        <translation>%1 (Slack)</translation>
    </message>
    <message>
        <source>%1 (Teams)</source>
        <translation>%1 (Teams)</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to send rule firings, new companies and finished visits to your CRM, a workflow tool or a Slack or Teams channel — signed and retried.</source>
        <translation>Noch keine Webhooks. Fügen Sie einen hinzu, um ausgelöste Regeln, neue Unternehmen und beendete Besuche an Ihr CRM, ein Workflow-Tool oder einen Slack- oder Teams-Kanal zu senden — signiert und wiederholt.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>&amp;HubSpot companies…</source>
        <translation>HubSpot-Fir&amp;men…</translation>
    </message>
    <message>
        <source>Which companies the selected HubSpot destination matched or created</source>
        <translation>Welche Firmen das gewählte HubSpot-Ziel gefunden oder angelegt hat</translation>
    </message>
    <message>
        <source>%1 (HubSpot)</source>
        <translation>%1 (HubSpot)</translation>
    </message>
    <message>
        <source>%1 · token %2</source>
        <translation>%1 · Token %2</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::JourneysPage</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>All websites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Ausstiegsseite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journeys&lt;/b&gt; — how visits move through your site</source>
        <translation>&lt;b&gt;Wege&lt;/b&gt; — wie Besuche durch Ihre Website verlaufen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>Entry pages and their visits</source>
        <translation>Einstiegsseiten und ihre Besuche</translation>
    </message>
    <message>
        <source>Exit pages and their visits</source>
        <translation>Ausstiegsseiten und ihre Besuche</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadTriage</name>
    <message>
        <source>Next lead</source>
        <translation>Nächster Lead</translation>
    </message>
    <message>
        <source>Previous lead</source>
        <translation>Vorheriger Lead</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Watch / stop watching</source>
        <translation>Beobachten / nicht mehr beobachten</translation>
    </message>
    <message>
        <source>Mark as seen / new</source>
        <translation>Als gesehen / neu markieren</translation>
    </message>
    <message>
        <source>Export the selection…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Tag (a new one, or one your team uses):</source>
        <translation>Tag (ein neuer oder einer, den Ihr Team verwendet):</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign to (type to find a colleague):</source>
        <translation>Zuweisen an (tippen, um eine Kollegin oder einen Kollegen zu finden):</translation>
    </message>
    <message>
        <source>“%1” is not in your team.</source>
        <translation>„%1“ gehört nicht zu Ihrem Team.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadsModel</name>
    <message>
        <source>Lead score %1 of 100:
%2</source>
        <translation>Lead-Score %1 von 100:
%2</translation>
    </message>
    <message>
        <source>%1 — visits you have not looked at yet</source>
        <translation>%1 — Besuche, die Sie noch nicht angesehen haben</translation>
    </message>
    <message>
        <source>%1, new visits</source>
        <translation>%1, neue Besuche</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Visits within the period the list is filtered to; all visits when it is not.</source>
        <translation>Besuche im Zeitraum, auf den die Liste gefiltert ist; alle Besuche, wenn sie nicht gefiltert ist.</translation>
    </message>
    <message>
        <source>Lead score %1 of 100</source>
        <translation>Lead-Score %1 von 100</translation>
    </message>
    <message>
        <source>How surely the visits were tied to this company: the best of its matches. Its profile says how each was made.</source>
        <translation>Wie sicher die Besuche diesem Unternehmen zugeordnet sind: die beste Zuordnung. Das Profil sagt, wie jede zustande kam.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Search company, city or website</source>
        <translation>Unternehmen, Ort oder Website suchen</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads suchen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Minimum visits</source>
        <translation>Mindestzahl der Besuche</translation>
    </message>
    <message>
        <source>Visited page contains</source>
        <translation>Besuchte Seite enthält</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Any visits</source>
        <translation>Beliebig viele Besuche</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Visited page, e.g. /pricing</source>
        <translation>Besuchte Seite, z. B. /preise</translation>
    </message>
    <message>
        <source>All websites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Fi&amp;lter zurücksetzen</translation>
    </message>
    <message>
        <source>Sign in to see which companies visited your websites.</source>
        <translation>Melden Sie sich an, um zu sehen, welche Unternehmen Ihre Websites besucht haben.</translation>
    </message>
    <message>
        <source>No company matches these filters. Change them, or clear the filters to see every lead.</source>
        <translation>Kein Unternehmen entspricht diesen Filtern. Ändern Sie sie oder setzen Sie die Filter zurück, um alle Leads zu sehen.</translation>
    </message>
    <message>
        <source>No visits yet. Companies appear here as soon as they visit a website with the Leadscope tracker — the first sync may take a moment. If nothing arrives, an admin may still have to accept the Data Processing Agreement.</source>
        <translation>Noch keine Besuche. Unternehmen erscheinen hier, sobald sie eine Website mit dem Leadscope-Tracker besuchen — die erste Synchronisierung kann einen Moment dauern. Kommt nichts an, muss ein Administrator eventuell noch den Auftragsverarbeitungsvertrag akzeptieren.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the list, or the selected companies, as CSV, Excel or a PDF report</source>
        <translation>Die Liste oder die ausgewählten Unternehmen als CSV, Excel oder PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>No company matches “%1”. The search looks at company names, trade names, cities and websites of every company that visited.</source>
        <translation>Kein Unternehmen passt zu „%1“. Die Suche durchsucht Firmennamen, Handelsnamen, Orte und Websites aller Unternehmen, die zu Besuch waren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln Unternehmen</numerusform>
            <numerusform>%Ln Unternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Clear the visited page</source>
        <translation>Besuchte Seite löschen</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>Alle als gesehen &amp;markieren</translation>
    </message>
    <message>
        <source>Every company in this list stops showing as new</source>
        <translation>Kein Unternehmen in dieser Liste wird mehr als neu angezeigt</translation>
    </message>
    <message>
        <source>Unseen &amp;only</source>
        <translation>Nur ungeseh&amp;ene</translation>
    </message>
    <message>
        <source>Sav&amp;e as segment…</source>
        <translation>Als Segment s&amp;peichern…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Any match</source>
        <translation>Jede Zuordnung</translation>
    </message>
    <message>
        <source>Medium or high match</source>
        <translation>Mittlere oder hohe Zuordnung</translation>
    </message>
    <message>
        <source>High match only</source>
        <translation>Nur hohe Zuordnung</translation>
    </message>
    <message>
        <source>How surely the visits were tied to the company: a small network registered to it is a high match, a large or loosely linked one low</source>
        <translation>Wie sicher die Besuche dem Unternehmen zugeordnet sind: ein kleines, auf es eingetragenes Netz ist eine hohe Zuordnung, ein großes oder lose verknüpftes eine niedrige</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LockScreen</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Leadscope is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Leadscope ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Nothing is shown while you are away. Enter a fresh code from your authenticator app to continue.</source>
        <translation>Solange Sie weg sind, wird nichts angezeigt. Geben Sie einen neuen Code aus Ihrer Authenticator-App ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Sign &amp;out instead</source>
        <translation>Stattdessen a&amp;bmelden</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Enter your password and a code.</source>
        <translation>Geben Sie Ihr Passwort und einen Code ein.</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LoginDialog</name>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Leadscope</source>
        <translation>Bei Leadscope anmelden</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in this computer&apos;s keychain, never in a file.</source>
        <translation>Speichert ein Anmeldetoken im Schlüsselbund dieses Computers, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No server yet — add one</source>
        <translation>Noch kein Server — fügen Sie einen hinzu</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::MailTab</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>What the relay said</source>
        <translation>Antwort des Relays</translation>
    </message>
    <message>
        <source>E-mail not yet delivered</source>
        <translation>Noch nicht zugestellte E-Mails</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Nothing is waiting: every alert and digest went out.</source>
        <translation>Nichts wartet: Jede Benachrichtigung und jede Zusammenfassung wurde versendet.</translation>
    </message>
    <message>
        <source>Try the selected e-mail again now (after the relay was fixed)</source>
        <translation>Die ausgewählte E-Mail jetzt erneut versuchen (nachdem das Relay repariert wurde)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>This server has no mail relay, so nobody gets e-mail alerts or digests. Its operator sets one up with “leadscope-server serve --smtp”.</source>
        <translation>Dieser Server hat kein Mail-Relay, daher erhält niemand E-Mail-Benachrichtigungen oder Zusammenfassungen. Sein Betreiber richtet eines mit „leadscope-server serve --smtp“ ein.</translation>
    </message>
    <message>
        <source>Sent in the last 24 hours: %1 · waiting: %2 · failed: %3</source>
        <translation>In den letzten 24 Stunden gesendet: %1 · wartend: %2 · fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Rule alert</source>
        <translation>Regel-Benachrichtigung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::MainWindow</name>
    <message>
        <source>Leadscope</source>
        <translation>Leadscope</translation>
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
        <source>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Shows which companies visit your website and what they looked at — without ever storing a visitor&apos;s IP address.&lt;/p&gt;</source>
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
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Wege</translation>
    </message>
    <message>
        <source>&amp;Search companies</source>
        <translation>Unternehmen &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Leadscope shows visit data only after an admin of your organisation has accepted the Data Processing Agreement (Account → Settings → Privacy).</source>
        <translation>Leadscope zeigt Besuchsdaten erst, wenn ein Administrator Ihrer Organisation den Auftragsverarbeitungsvertrag akzeptiert hat (Konto → Einstellungen → Datenschutz).</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Konto gelöscht</translation>
    </message>
    <message>
        <source>Your account was deleted and the local copy on this computer destroyed. Copies in backups disappear within 30 days.</source>
        <translation>Ihr Konto wurde gelöscht und die lokale Kopie auf diesem Computer vernichtet. Kopien in Backups verschwinden innerhalb von 30 Tagen.</translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation>Leads &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Verwaltung…</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, TLS and keychain backends, the size of the local copy. Nothing personal or secret.</source>
        <translation>Diagnose kopiert: Versionen, TLS- und Schlüsselbund-Backends, die Größe der lokalen Kopie. Nichts Persönliches oder Geheimes.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Ihr neues Passwort ist gesetzt.</translation>
    </message>
    <message>
        <source>Reading &amp;pane</source>
        <translation>Lese&amp;bereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>The list and the selected company&apos;s profile side by side</source>
        <translation>Die Liste und das Profil des ausgewählten Unternehmens nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Hidden companies</source>
        <translation>&amp;Ausgeblendete Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Target accounts</source>
        <translation>&amp;Zielkunden</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PasswordChangeDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&lt;p&gt;You signed in with a one-time password from an admin. Choose a password of your own to continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie haben sich mit einem Einmalpasswort eines Administrators angemeldet. Wählen Sie ein eigenes Passwort, um fortzufahren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your other sessions end when the password changes; this one goes on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre anderen Sitzungen enden, sobald sich das Passwort ändert; diese bleibt bestehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>6-stelliger Code oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>&amp;Einmalpasswort:</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Fresh &amp;code from your authenticator app:</source>
        <translation>Neuer &amp;Code aus Ihrer Authenticator-App:</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>At least %1 characters; a few words of your own make a strong password.</source>
        <translation>Mindestens %1 Zeichen; ein paar eigene Wörter ergeben ein starkes Passwort.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PrivacyPage</name>
    <message>
        <source>&amp;Accept the agreement</source>
        <translation>Vertrag akzep&amp;tieren</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Data Processing Agreement</source>
        <translation>Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
        <source>Tracking on your websites</source>
        <translation>Tracking auf Ihren Websites</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>&amp;Keep visits for:</source>
        <translation>Besuche auf&amp;bewahren:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Tracker snippet:</source>
        <translation>Tracker-Snippet:</translation>
    </message>
    <message>
        <source>Privacy &amp;statement and register entry…</source>
        <translation>Daten&amp;schutzerklärung und Verzeichniseintrag…</translation>
    </message>
    <message>
        <source>Leadscope DPA %1.pdf</source>
        <translation>Leadscope AVV %1.pdf</translation>
    </message>
    <message>
        <source>I have read this agreement and accept it on behalf of %1</source>
        <translation>Ich habe diesen Vertrag gelesen und akzeptiere ihn im Namen von %1</translation>
    </message>
    <message>
        <source>Only an admin of %1 can accept the agreement.</source>
        <translation>Nur ein Administrator von %1 kann den Vertrag akzeptieren.</translation>
    </message>
    <message>
        <source>Only an admin of %1 can accept the agreement: %2.</source>
        <translation>Nur ein Administrator von %1 kann den Vertrag akzeptieren: %2.</translation>
    </message>
    <message>
        <source>Changes apply to new visits at once; older visits are removed when they pass the new period.</source>
        <translation>Änderungen gelten sofort für neue Besuche; ältere Besuche werden gelöscht, sobald sie die neue Frist überschreiten.</translation>
    </message>
    <message>
        <source>Only an admin can change these.</source>
        <translation>Nur ein Administrator kann dies ändern.</translation>
    </message>
    <message>
        <source>Loading the agreement…</source>
        <translation>Vertrag wird geladen…</translation>
    </message>
    <message>
        <source>Data Processing Agreement %1</source>
        <translation>Auftragsverarbeitungsvertrag %1</translation>
    </message>
    <message>
        <source>Version %1 was accepted for %2 by %3 on %4.</source>
        <translation>Version %1 wurde für %2 von %3 am %4 akzeptiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 is waiting for an admin.&lt;/b&gt; %2 accepted version %3 on %4; until the new version is accepted, no visit data is shown.</source>
        <translation>&lt;b&gt;Version %1 wartet auf einen Administrator.&lt;/b&gt; %2 hat Version %3 am %4 akzeptiert; bis die neue Version akzeptiert ist, werden keine Besuchsdaten angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 has not been accepted yet.&lt;/b&gt; The law requires this agreement before Leadscope may process visits for %2, so no visit data is shown until an admin accepts it.</source>
        <translation>&lt;b&gt;Version %1 wurde noch nicht akzeptiert.&lt;/b&gt; Das Gesetz verlangt diesen Vertrag, bevor Leadscope Besuche für %2 verarbeiten darf; daher werden keine Besuchsdaten angezeigt, bis ein Administrator ihn akzeptiert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>&lt;!-- Paste before &lt;/head&gt; on every page of %1. Call leadscope(&apos;consent&apos;) when the visitor agrees in your cookie banner; until then nothing is set or sent. --&gt;</source>
        <translation>&lt;!-- Vor &lt;/head&gt; auf jeder Seite von %1 einfügen. Rufen Sie leadscope(&apos;consent&apos;) auf, sobald der Besucher in Ihrem Cookie-Banner zustimmt; bis dahin wird nichts gesetzt oder gesendet. --&gt;</translation>
    </message>
    <message>
        <source>&lt;!-- Paste before &lt;/head&gt; on every page of %1. --&gt;</source>
        <translation>&lt;!-- Vor &lt;/head&gt; auf jeder Seite von %1 einfügen. --&gt;</translation>
    </message>
    <message>
        <source>You must describe Leadscope in your privacy statement and in your register of processing activities. Leadscope writes both for you, in English, Dutch and German.</source>
        <translation>Sie müssen Leadscope in Ihrer Datenschutzerklärung und in Ihrem Verzeichnis von Verarbeitungstätigkeiten beschreiben. Leadscope schreibt beides für Sie, auf Deutsch, Englisch und Niederländisch.</translation>
    </message>
    <message>
        <source>Website of the snippet</source>
        <translation>Website des Snippets</translation>
    </message>
    <message>
        <source>Domain of the website to add</source>
        <translation>Domain der Website, die Sie hinzufügen</translation>
    </message>
    <message>
        <source>www.company.example</source>
        <translation>www.firma.example</translation>
    </message>
    <message>
        <source>Stop tracking the website chosen above</source>
        <translation>Die oben gewählte Website nicht mehr erfassen</translation>
    </message>
    <message>
        <source>Add your website&apos;s domain above to get its snippet.</source>
        <translation>Fügen Sie oben die Domain Ihrer Website hinzu, um ihr Snippet zu erhalten.</translation>
    </message>
    <message>
        <source>An admin adds the websites; their snippets show here.</source>
        <translation>Ein Administrator fügt die Websites hinzu; ihre Snippets erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Enter the website&apos;s domain, e.g. www.company.example.</source>
        <translation>Geben Sie die Domain der Website ein, z. B. www.firma.example.</translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation>Website entfernen</translation>
    </message>
    <message>
        <source>Stop tracking %1? Its snippet stops working within a minute; its visits stay until the retention period removes them.</source>
        <translation>%1 nicht mehr erfassen? Das Snippet funktioniert innerhalb einer Minute nicht mehr; die Besuche bleiben, bis die Aufbewahrungsfrist sie entfernt.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Add &amp;website</source>
        <translation>Website &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>C&amp;opy snippet</source>
        <translation>Snippet ko&amp;pieren</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PrivacyStatementDialog</name>
    <message>
        <source>Privacy statement and register entry</source>
        <translation>Datenschutzerklärung und Verzeichniseintrag</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation>Niederländisch (Nederlands)</translation>
    </message>
    <message>
        <source>For your &amp;privacy statement</source>
        <translation>Für Ihre &amp;Datenschutzerklärung</translation>
    </message>
    <message>
        <source>For your &amp;register (Article 30)</source>
        <translation>Für Ihr &amp;Verzeichnis (Artikel 30)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Filled from your organisation&apos;s websites, tracking mode and retention. Read it through and adapt it to your own statement&apos;s style; it is not legal advice.</source>
        <translation>Ausgefüllt mit den Websites, dem Tracking-Modus und der Aufbewahrungsfrist Ihrer Organisation. Lesen Sie es durch und passen Sie es an den Stil Ihrer Erklärung an; es ist keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>privacy-statement.pdf</source>
        <translation>datenschutzerklaerung.pdf</translation>
    </message>
    <message>
        <source>register-entry.pdf</source>
        <translation>verzeichniseintrag.pdf</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Verzeichniseintrag</translation>
    </message>
    <message>
        <source>privacy-statement.md</source>
        <translation>datenschutzerklaerung.md</translation>
    </message>
    <message>
        <source>register-entry.md</source>
        <translation>verzeichniseintrag.md</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Markdown text (*.md);;Text (*.txt)</source>
        <translation>Markdown-Text (*.md);;Text (*.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RecoveryCodesDialog</name>
    <message>
        <source>Your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you lose your phone, each of these codes signs you in &lt;b&gt;once&lt;/b&gt; instead of a code from your authenticator app. They are shown only now: print them or save them as PDF, and keep them somewhere other than this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie Ihr Telefon verlieren, meldet Sie jeder dieser Codes &lt;b&gt;einmal&lt;/b&gt; anstelle eines Codes aus Ihrer Authenticator-App an. Sie werden nur jetzt angezeigt: Drucken Sie sie aus oder speichern Sie sie als PDF, und bewahren Sie sie nicht auf diesem Computer auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Leadscope recovery codes</source>
        <translation>Leadscope-Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>I have &amp;stored them</source>
        <translation>Ich habe sie &amp;aufbewahrt</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ReportMatchDialog</name>
    <message>
        <source>An &amp;internet provider: people at home or on the road</source>
        <translation>Ein &amp;Internetanbieter: Menschen zu Hause oder unterwegs</translation>
    </message>
    <message>
        <source>&amp;Another company:</source>
        <translation>Ein anderes &amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Not a company: a school, a shared office, a guest network</source>
        <translation>&amp;Kein Unternehmen: eine Schule, ein Gemeinschaftsbüro, ein Gastnetz</translation>
    </message>
    <message>
        <source>Also change the &amp;past visits from this network</source>
        <translation>Auch die &amp;bisherigen Besuche aus diesem Netz ändern</translation>
    </message>
    <message>
        <source>Report wrong company</source>
        <translation>Falsches Unternehmen melden</translation>
    </message>
    <message>
        <source>Leadscope tied the latest visit to “%1”.</source>
        <translation>Leadscope hat den letzten Besuch „%1“ zugeordnet.</translation>
    </message>
    <message>
        <source>Leadscope tied this visit to “%1”.</source>
        <translation>Leadscope hat diesen Besuch „%1“ zugeordnet.</translation>
    </message>
    <message>
        <source>Whose network is it?</source>
        <translation>Wem gehört das Netz?</translation>
    </message>
    <message>
        <source>Name or registry number</source>
        <translation>Name oder Registernummer</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Im Register suchen</translation>
    </message>
    <message>
        <source>Companies in the register</source>
        <translation>Unternehmen im Register</translation>
    </message>
    <message>
        <source>What you know, e.g. “our contact there works from home”</source>
        <translation>Was Sie wissen, z. B. „unser Kontakt dort arbeitet von zu Hause“</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The visits already recorded from this network move to the right company, or leave the leads when it is no company&apos;s</source>
        <translation>Die bereits erfassten Besuche aus diesem Netz gehen an das richtige Unternehmen oder verlassen die Leads, wenn es keinem Unternehmen gehört</translation>
    </message>
    <message>
        <source>Managers and admins can change the visits already recorded</source>
        <translation>Manager und Administratoren können die bereits erfassten Besuche ändern</translation>
    </message>
    <message>
        <source>Your organisation&apos;s next visits from this network follow your report at once. The operator of the register sees it too, and may correct the register for everyone.</source>
        <translation>Die nächsten Besuche Ihrer Organisation aus diesem Netz folgen sofort Ihrer Meldung. Der Betreiber des Registers sieht sie auch und kann das Register für alle korrigieren.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Searching the register…</source>
        <translation>Register wird durchsucht…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>No company of the register has that name or number.</source>
        <translation>Kein Unternehmen im Register hat diesen Namen oder diese Nummer.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RuleEditor</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>On: the rule acts on new visits</source>
        <translation>An: Die Regel handelt bei neuen Besuchen</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>e.g. Pricing visitors</source>
        <translation>z. B. Preisseiten-Besucher</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>Test on the last %n day(s)</source>
        <translation>
            <numerusform>Am letzten %n Tag testen</numerusform>
            <numerusform>An den letzten %n Tagen testen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>See how often this rule would have acted, and on which companies, before you save it.</source>
        <translation>Sehen Sie, wie oft diese Regel gehandelt hätte und bei welchen Unternehmen, bevor Sie sie speichern.</translation>
    </message>
    <message>
        <source>Companies it would have acted on</source>
        <translation>Unternehmen, bei denen sie gehandelt hätte</translation>
    </message>
    <message>
        <source>Managers and admins change rules; you see what they do.</source>
        <translation>Manager und Admins ändern Regeln; Sie sehen, was sie tun.</translation>
    </message>
    <message>
        <source>When a visit…</source>
        <translation>Wenn ein Besuch…</translation>
    </message>
    <message>
        <source>e.g. /prijzen* — * stands for anything</source>
        <translation>z. B. /preise* — * steht für beliebigen Text</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> Seiten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Which visit</source>
        <translation>Welcher Besuch</translation>
    </message>
    <message>
        <source>Any visit</source>
        <translation>Jeder Besuch</translation>
    </message>
    <message>
        <source>The company&apos;s first visit</source>
        <translation>Der erste Besuch des Unternehmens</translation>
    </message>
    <message>
        <source>A return within…</source>
        <translation>Zurück innerhalb von…</translation>
    </message>
    <message>
        <source>Back within</source>
        <translation>Zurück innerhalb von</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>views a &amp;page like:</source>
        <translation>eine &amp;Seite aufruft wie:</translation>
    </message>
    <message>
        <source>has at &amp;least:</source>
        <translation>&amp;mindestens hat:</translation>
    </message>
    <message>
        <source>lasts at least:</source>
        <translation>mindestens dauert:</translation>
    </message>
    <message>
        <source>comes &amp;via:</source>
        <translation>über &amp;Quelle kommt:</translation>
    </message>
    <message>
        <source>with &amp;campaign:</source>
        <translation>mit &amp;Kampagne:</translation>
    </message>
    <message>
        <source>and is:</source>
        <translation>und ist:</translation>
    </message>
    <message>
        <source>…by a company</source>
        <translation>…eines Unternehmens</translation>
    </message>
    <message>
        <source>e.g. 62 for IT services</source>
        <translation>z. B. 62 für IT-Dienstleistungen</translation>
    </message>
    <message>
        <source>e.g. NL</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>in the &amp;industry:</source>
        <translation>in der &amp;Branche:</translation>
    </message>
    <message>
        <source>with an SBI code starting:</source>
        <translation>mit einem SBI-Code, der beginnt mit:</translation>
    </message>
    <message>
        <source>with &amp;employees:</source>
        <translation>mit &amp;Beschäftigten:</translation>
    </message>
    <message>
        <source>in the cit&amp;y:</source>
        <translation>im &amp;Ort:</translation>
    </message>
    <message>
        <source>in the country:</source>
        <translation>im Land:</translation>
    </message>
    <message>
        <source>on our &amp;website:</source>
        <translation>auf unserer &amp;Website:</translation>
    </message>
    <message>
        <source>with the stat&amp;us:</source>
        <translation>mit dem Stat&amp;us:</translation>
    </message>
    <message>
        <source>ta&amp;gged:</source>
        <translation>mit T&amp;ag:</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>e.g. pricing, hot — separated by commas</source>
        <translation>z. B. preise, heiß — durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Only a company nobody has yet; several colleagues take turns.</source>
        <translation>Nur ein Unternehmen, das noch niemand hat; mehrere Kolleg:innen abwechselnd.</translation>
    </message>
    <message>
        <source>&amp;add tags:</source>
        <translation>Tags &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>n&amp;otify:</source>
        <translation>benachr&amp;ichtigen:</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>Choose what the rule does: add a tag, set a status, assign or notify.</source>
        <translation>Wählen Sie, was die Regel tut: einen Tag hinzufügen, einen Status setzen, zuweisen oder benachrichtigen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Der Test konnte nicht laufen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Would not have acted on any of the %Ln visit(s) of the last %1 days.</source>
        <translation>
            <numerusform>Hätte bei keinem der %Ln Besuche der letzten %1 Tage gehandelt.</numerusform>
            <numerusform>Hätte bei keinem der %Ln Besuche der letzten %1 Tage gehandelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would have acted %Ln time(s)</source>
        <translation>
            <numerusform>Hätte %Ln Mal gehandelt</numerusform>
            <numerusform>Hätte %Ln Mal gehandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln compan(y/ies)</source>
        <translation>
            <numerusform>bei %Ln Unternehmen</numerusform>
            <numerusform>bei %Ln Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %1 % of the %Ln visit(s) of the last %2 days.</source>
        <translation>
            <numerusform>— %1 % des %Ln Besuchs der letzten %2 Tage.</numerusform>
            <numerusform>— %1 % der %Ln Besuche der letzten %2 Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln Mal)</numerusform>
            <numerusform>%1 (%Ln Mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this rule?</source>
        <translation>Diese Regel speichern?</translation>
    </message>
    <message>
        <source>This rule would have acted on %1 % of all visits of the last %2 days: it would tag, assign or notify for nearly every company. Save it anyway?</source>
        <translation>Diese Regel hätte bei %1 % aller Besuche der letzten %2 Tage gehandelt: Sie würde fast jedes Unternehmen taggen, zuweisen oder melden. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>c&amp;hange the status to:</source>
        <translation>den Status set&amp;zen auf:</translation>
    </message>
    <message>
        <source>assign to:</source>
        <translation>zuweisen an:</translation>
    </message>
    <message>
        <source>on the target list:</source>
        <translation>auf der Zielliste:</translation>
    </message>
    <message>
        <source>Medium or high confidence</source>
        <translation>Mittlere oder hohe Sicherheit</translation>
    </message>
    <message>
        <source>Any confidence, low too</source>
        <translation>Jede Sicherheit, auch niedrige</translation>
    </message>
    <message>
        <source>High confidence only</source>
        <translation>Nur hohe Sicherheit</translation>
    </message>
    <message>
        <source>How surely the visit was tied to its company. Rules leave low-confidence matches (large or loosely linked networks) alone unless you choose otherwise.</source>
        <translation>Wie sicher der Besuch seinem Unternehmen zugeordnet ist. Regeln lassen Zuordnungen mit niedriger Sicherheit (große oder lose verknüpfte Netze) in Ruhe, außer Sie wählen es anders.</translation>
    </message>
    <message>
        <source>is &amp;matched with:</source>
        <translation>mit &amp;Gewissheit zugeordnet:</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RulesPage</name>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Neue Regel…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Acted (30 days)</source>
        <translation>Gehandelt (30 Tage)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rules act on visits as they happen, also while Leadscope is closed: they tag, set a status, assign and notify. What a rule did shows on the company.</source>
        <translation>Regeln handeln bei Besuchen, sobald sie geschehen, auch wenn Leadscope geschlossen ist: Sie taggen, setzen einen Status, weisen zu und benachrichtigen. Was eine Regel tat, steht beim Unternehmen.</translation>
    </message>
    <message>
        <source>Rules act on visits as they happen: they tag, set a status, assign and notify. What a rule did shows on the company. Managers and admins change rules.</source>
        <translation>Regeln handeln bei Besuchen, sobald sie geschehen: Sie taggen, setzen einen Status, weisen zu und benachrichtigen. Was eine Regel tat, steht beim Unternehmen. Manager und Admins ändern Regeln.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>assign in turn to %1</source>
        <translation>abwechselnd %1 zuweisen</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>%1 benachrichtigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln Mal</numerusform>
            <numerusform>%Ln Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No rules yet. A rule can, for example, tag every company that looks at your prices and give it to a colleague: choose New rule.</source>
        <translation>Noch keine Regeln. Eine Regel kann zum Beispiel jedes Unternehmen, das Ihre Preise ansieht, taggen und einer Kollegin zuweisen: Wählen Sie Neue Regel.</translation>
    </message>
    <message>
        <source>No rules yet. Managers and admins can add them.</source>
        <translation>Noch keine Regeln. Manager und Admins können sie anlegen.</translation>
    </message>
    <message>
        <source>Not signed in: rules are kept on the server.</source>
        <translation>Nicht angemeldet: Regeln liegen auf dem Server.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? What it already did (tags, assignments, its notes on companies) stays.</source>
        <translation>Die Regel „%1“ löschen? Was sie schon getan hat (Tags, Zuweisungen, ihre Einträge bei Unternehmen), bleibt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ServerProfileDialog</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>None — the system&apos;s certificate authorities</source>
        <translation>Keine — die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Only needed for a server with its own certificate authority, such as the demo server or a self-hosted one. Verification is never switched off.</source>
        <translation>Nur nötig für einen Server mit eigener Zertifizierungsstelle, etwa den Demo-Server oder einen selbst betriebenen. Die Prüfung wird nie abgeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>Zertifizierungsstelle des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>When &amp;new companies visit</source>
        <translation>Wenn &amp;neue Unternehmen besuchen</translation>
    </message>
    <message>
        <source>When companies tagged “watch” &amp;return</source>
        <translation>Wenn Unternehmen mit Schlagwort „watch“ &amp;wiederkommen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Darste&amp;llung:</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Benachrichtigen:</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>Mein Konto &amp;löschen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signed in as &lt;b&gt;%1&lt;/b&gt;, %2 at &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Angemeldet als &lt;b&gt;%1&lt;/b&gt;, %2 bei &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Applies when Leadscope starts again.</source>
        <translation>Gilt, sobald Leadscope neu startet.</translation>
    </message>
    <message>
        <source>New &amp;recovery codes…</source>
        <translation>Neue &amp;Wiederherstellungscodes…</translation>
    </message>
    <message>
        <source>Your password is changed; your other sessions have ended.</source>
        <translation>Ihr Passwort ist geändert; Ihre anderen Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Your current recovery codes stop working. Enter a fresh code from your authenticator app:</source>
        <translation>Ihre bisherigen Wiederherstellungscodes funktionieren dann nicht mehr. Geben Sie einen neuen Code aus Ihrer Authenticator-App ein:</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>When a rule asks to &amp;tell me</source>
        <translation>Wenn eine &amp;Regel mich benachrichtigen soll</translation>
    </message>
    <message>
        <source>Al&amp;erts</source>
        <translation>Benachrichti&amp;gungen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Older visits stay on the server: a company&apos;s profile shows them when you ask. A longer period downloads your leads again.</source>
        <translation>Ältere Besuche bleiben auf dem Server: Das Profil eines Unternehmens zeigt sie auf Wunsch. Ein längerer Zeitraum lädt Ihre Leads neu herunter.</translation>
    </message>
    <message>
        <source>&amp;Keep visits of the last:</source>
        <translation>Besuche der letzten &amp;behalten:</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SignInFlow</name>
    <message>
        <source>Add the server you want to sign in to.</source>
        <translation>Fügen Sie den Server hinzu, bei dem Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>%1 · %2, certificate verified (issued by %3)</source>
        <translation>%1 · %2, Zertifikat geprüft (ausgestellt von %3)</translation>
    </message>
    <message>
        <source>%1 · not verified yet</source>
        <translation>%1 · noch nicht geprüft</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop syncing; what arrived so far is kept.</source>
        <translation>Synchronisation anhalten; was bisher angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Why no data?</source>
        <translation>Warum keine Daten?</translation>
    </message>
    <message>
        <source>Visit data is shown once an admin has accepted the Data Processing Agreement.</source>
        <translation>Besuchsdaten werden angezeigt, sobald ein Administrator den Auftragsverarbeitungsvertrag akzeptiert hat.</translation>
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
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>No data until the DPA is accepted</source>
        <translation>Keine Daten, bis der Auftragsverarbeitungsvertrag akzeptiert ist</translation>
    </message>
    <message>
        <source>Offline — showing the local copy</source>
        <translation>Offline — die lokale Kopie wird angezeigt</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Syncing… %1 changes, about %2 to go</source>
        <translation>Synchronisiere… %1 Änderungen, noch etwa %2</translation>
    </message>
    <message>
        <source>Syncing… %1 changes (%2 pages)</source>
        <translation>Synchronisiere… %1 Änderungen (%2 Seiten)</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SyncNotifier</name>
    <message>
        <source>Leadscope</source>
        <translation>Leadscope</translation>
    </message>
    <message>
        <source>Watched companies visited again: %1</source>
        <translation>Beobachtete Unternehmen waren wieder da: %1</translation>
    </message>
    <message>
        <source>New companies: %1 (%2 in all)</source>
        <translation>Neue Unternehmen: %1 (insgesamt %2)</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rule alert(s)</source>
        <translation>
            <numerusform>…und %n weitere Regel-Meldung</numerusform>
            <numerusform>…und %n weitere Regel-Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook “%1” is paused. Resume it in Administration → Integrations.</source>
        <translation>Webhook „%1“ ist pausiert. Setzen Sie ihn unter Verwaltung → Integrationen fort.</translation>
    </message>
    <message>
        <source>Webhook “%1” is paused: %2. Resume it in Administration → Integrations when its receiver works again.</source>
        <translation>Webhook „%1“ ist pausiert: %2. Setzen Sie ihn unter Verwaltung → Integrationen fort, sobald der Empfänger wieder funktioniert.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TargetListsPage</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Show in leads</source>
        <translation>In den Leads &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The accounts your team goes after. Rules can act when a company on a list visits; the leads list shows a list&apos;s companies with every filter at hand.</source>
        <translation>Die Accounts, die Ihr Team gewinnen will. Regeln können handeln, wenn ein Unternehmen einer Liste Sie besucht; die Leads-Liste zeigt die Unternehmen einer Liste mit allen Filtern zur Hand.</translation>
    </message>
    <message>
        <source>Target-account lists</source>
        <translation>Ziellisten</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besucht</translation>
    </message>
    <message>
        <source>Visited this week</source>
        <translation>Diese Woche besucht</translation>
    </message>
    <message>
        <source>Add companies from a CSV file of registry numbers or websites, one per row</source>
        <translation>Unternehmen aus einer CSV-Datei mit Registernummern oder Websites hinzufügen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Delete the list “%1”? Its companies stay where they are; rules that ask for the list stop matching.</source>
        <translation>Die Liste „%1“ löschen? Ihre Unternehmen bleiben, wo sie sind; Regeln, die nach der Liste fragen, greifen nicht mehr.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No target-account lists yet. Make one with New list…, then import your accounts or add companies from their profiles.</source>
        <translation>Noch keine Ziellisten. Legen Sie mit Neue Liste… eine an und importieren Sie dann Ihre Accounts oder fügen Sie Unternehmen aus ihrem Profil hinzu.</translation>
    </message>
    <message>
        <source>No target-account lists yet. Managers and admins can make them.</source>
        <translation>Noch keine Ziellisten. Manager und Admins können sie anlegen.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Name der Liste:</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Schlüsselkunden</translation>
    </message>
    <message>
        <source>Import into “%1”</source>
        <translation>In „%1“ importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 ist größer als 20 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file holds no registry numbers or websites.</source>
        <translation>Die Datei enthält keine Registernummern oder Websites.</translation>
    </message>
    <message>
        <source>Row %1, “%2”: %3</source>
        <translation>Zeile %1, „%2“: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln Zeile gelesen</numerusform>
            <numerusform>%Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched a company</source>
        <translation>
            <numerusform>%Ln passte zu einem Unternehmen</numerusform>
            <numerusform>%Ln passten zu einem Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added to the list</source>
        <translation>
            <numerusform>%Ln zur Liste hinzugefügt</numerusform>
            <numerusform>%Ln zur Liste hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln did not match</source>
        <translation>
            <numerusform>%Ln passte zu nichts</numerusform>
            <numerusform>%Ln passten zu nichts</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>See the details for each row that matched nothing.</source>
        <translation>Details zu jeder Zeile, die zu nichts passte, finden Sie unten.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TeamHistory</name>
    <message>
        <source>Team history</source>
        <translation>Teamverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>einen Kollegen</translation>
    </message>
    <message>
        <source>No longer assigned to anyone</source>
        <translation>Niemandem mehr zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>Schlagwörter hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation>Schlagwörter entfernt: %1</translation>
    </message>
    <message>
        <source>Cleared the note</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Notiz: „%1“</translation>
    </message>
    <message>
        <source>Nothing yet: when someone in your team changes the status, assignee, tags or note, it is listed here with who and when.</source>
        <translation>Noch nichts: Wenn jemand in Ihrem Team Status, Zuständigkeit, Schlagwörter oder Notiz ändert, steht es hier mit wer und wann.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>A rule</source>
        <translation>Eine Regel</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regel „%1“</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TrackerCheck</name>
    <message>
        <source>⏳ Waiting for the first visit to %1… Once the snippet is on the website, open one of its pages in a browser.</source>
        <translation>⏳ Warten auf den ersten Besuch auf %1 … Sobald das Snippet auf der Website ist, öffnen Sie eine ihrer Seiten im Browser.</translation>
    </message>
    <message>
        <source>Waiting for the first visit to %1</source>
        <translation>Warten auf den ersten Besuch auf %1</translation>
    </message>
    <message>
        <source>✓ The tracker works: %1 sent a visit (%2).</source>
        <translation>✓ Der Tracker funktioniert: %1 hat einen Besuch gesendet (%2).</translation>
    </message>
    <message>
        <source>The tracker works on %1</source>
        <translation>Der Tracker funktioniert auf %1</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TwoFactorDialog</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Set up two-factor authentication.&lt;/b&gt; Leadscope asks for a code from an authenticator app (such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) each time you sign in, so a stolen password alone is not enough.&lt;/p&gt;&lt;p&gt;Scan this code with the app, or type the key below into it, then enter the six digits it shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zwei-Faktor-Authentifizierung einrichten.&lt;/b&gt; Leadscope fragt bei jeder Anmeldung nach einem Code aus einer Authenticator-App (etwa FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator), damit ein gestohlenes Passwort allein nicht genügt.&lt;/p&gt;&lt;p&gt;Scannen Sie diesen Code mit der App oder tippen Sie den Schlüssel unten ein, und geben Sie dann die sechs Ziffern ein, die die App anzeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message numerus="yes">
        <source>The code changes in %n second(s).</source>
        <translation>
            <numerusform>Der Code ändert sich in %n Sekunde.</numerusform>
            <numerusform>Der Code ändert sich in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::ui::UsersTab</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@firma.example</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>New user:</source>
        <translation>Neuer Benutzer:</translation>
    </message>
    <message>
        <source>Selected user:</source>
        <translation>Ausgewählter Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1? They are signed out at once and can no longer sign in.</source>
        <translation>%1 entfernen? Der Benutzer wird sofort abgemeldet und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Zwei-Faktor zur&amp;ücksetzen…</translation>
    </message>
    <message>
        <source>Reset two-factor authentication of %1? They are signed out now and set up their authenticator app again at the next sign-in; their recovery codes stop working.</source>
        <translation>Zwei-Faktor-Authentifizierung von %1 zurücksetzen? Die Person wird jetzt abgemeldet und richtet bei der nächsten Anmeldung die Authenticator-App neu ein; ihre Wiederherstellungscodes funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their password stops working and they are signed out now; at the next sign-in they choose a new one.</source>
        <translation>%1 ein neues Einmalpasswort geben? Das bisherige Passwort funktioniert dann nicht mehr und die Person wird jetzt abgemeldet; bei der nächsten Anmeldung wählt sie ein neues.</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your own authenticator app:</source>
        <translation>Bestätigen Sie mit einem neuen Code aus Ihrer eigenen Authenticator-App:</translation>
    </message>
    <message>
        <source>Give %1 this one-time password through a channel you trust. It is shown only now; at the next sign-in they choose a password of their own.</source>
        <translation>Geben Sie %1 dieses Einmalpasswort über einen Kanal, dem Sie vertrauen. Es wird nur jetzt angezeigt; bei der nächsten Anmeldung wählt die Person ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Give %1 this one-time password through a channel you trust. It is shown only now; at the first sign-in they choose a password of their own and set up two-factor authentication.</source>
        <translation>Geben Sie %1 dieses Einmalpasswort über einen Kanal, dem Sie vertrauen. Es wird nur jetzt angezeigt; bei der ersten Anmeldung wählt die Person ein eigenes Passwort und richtet die Zwei-Faktor-Authentifizierung ein.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail address of the new user</source>
        <translation>E-Mail-Adresse des neuen Benutzers</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rolle des neuen Benutzers</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rolle des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::WebhookDialog</name>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>e.g. CRM</source>
        <translation>z. B. CRM</translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation>6 Ziffern oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>A rule fired (with the rule, why and what it did)</source>
        <translation>Eine Regel wurde ausgelöst (mit Regel, Grund und Wirkung)</translation>
    </message>
    <message>
        <source>A company visited for the first time</source>
        <translation>Ein Unternehmen besuchte zum ersten Mal</translation>
    </message>
    <message>
        <source>A visit ended (30 minutes after its last page)</source>
        <translation>Ein Besuch endete (30 Minuten nach der letzten Seite)</translation>
    </message>
    <message>
        <source>A colleague changed a company&apos;s status, tags, owner or note</source>
        <translation>Ein Kollege änderte Status, Schlagwörter, Zuständigen oder Notiz eines Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Leadscope signs each delivery; the secret to check it with is shown once, after the webhook is added. Deliveries that fail are tried again for up to 3 days.</source>
        <translation>Leadscope signiert jede Zustellung; das Geheimnis zur Prüfung wird einmal angezeigt, nachdem der Webhook hinzugefügt wurde. Fehlgeschlagene Zustellungen werden bis zu 3 Tage lang wiederholt.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>The address must start with https:// — webhooks are sent only encrypted.</source>
        <translation>Die Adresse muss mit https:// beginnen — Webhooks werden nur verschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Wählen Sie mindestens ein Ereignis.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A webhook (signed JSON for your own systems)</source>
        <translation>Ein Webhook (signiertes JSON für Ihre eigenen Systeme)</translation>
    </message>
    <message>
        <source>A Slack channel (incoming webhook)</source>
        <translation>Ein Slack-Kanal (Incoming Webhook)</translation>
    </message>
    <message>
        <source>A Microsoft Teams channel (workflow or incoming webhook)</source>
        <translation>Ein Microsoft-Teams-Kanal (Workflow oder Incoming Webhook)</translation>
    </message>
    <message>
        <source>Sends &amp;to:</source>
        <translation>&amp;Sendet an:</translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation>Sp&amp;rache der Nachrichten:</translation>
    </message>
    <message>
        <source>https://… (the workflow&apos;s or the incoming webhook&apos;s address)</source>
        <translation>https://… (die Adresse des Workflows oder des Incoming Webhooks)</translation>
    </message>
    <message>
        <source>Leadscope posts a message for each event to the channel, in the language chosen here. The address is a secret of its own: whoever has it can post to the channel. Messages that fail are tried again for up to 3 days.</source>
        <translation>Leadscope postet für jedes Ereignis eine Nachricht in den Kanal, in der hier gewählten Sprache. Die Adresse ist selbst ein Geheimnis: Wer sie hat, kann in den Kanal posten. Fehlgeschlagene Nachrichten werden bis zu 3 Tage lang erneut versucht.</translation>
    </message>
    <message>
        <source>Change webhook</source>
        <translation>Webhook ändern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Private app to&amp;ken:</source>
        <translation>Private-App-&amp;Token:</translation>
    </message>
    <message>
        <source>A HubSpot account (companies and visit notes)</source>
        <translation>Ein HubSpot-Konto (Firmen und Besuchsnotizen)</translation>
    </message>
    <message>
        <source>Leadscope writes each company to HubSpot — matched to the one HubSpot has by registry number or website, otherwise created — with its owner when a colleague is assigned, and adds a note for each finished visit. Create a private app in HubSpot with the scopes listed in the Integrations guide and paste its access token: the server keeps it encrypted and never shows it again.</source>
        <translation>Leadscope schreibt jede Firma an HubSpot — der Firma zugeordnet, die HubSpot über Registernummer oder Website schon hat, sonst neu angelegt — mit dem Zuständigen, wenn ein Kollege zugewiesen ist, und fügt für jeden beendeten Besuch eine Notiz hinzu. Legen Sie in HubSpot eine Private App mit den im Integrationsleitfaden genannten Scopes an und fügen Sie ihr Zugriffstoken ein: Der Server speichert es verschlüsselt und zeigt es nie wieder.</translation>
    </message>
    <message>
        <source>(unchanged — paste a new token to replace it)</source>
        <translation>(unverändert — ein neues Token einfügen, um es zu ersetzen)</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::Workspace</name>
    <message>
        <source>Search companies (Ctrl+K)</source>
        <translation>Unternehmen suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Unternehmen suchen</translation>
    </message>
    <message>
        <source>Navigation and saved segments</source>
        <translation>Navigation und gespeicherte Segmente</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Wege</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Segment speichern</translation>
    </message>
    <message>
        <source>Nothing to show until the encrypted local copy can be opened: see the message above.</source>
        <translation>Nichts anzuzeigen, bis die verschlüsselte lokale Kopie geöffnet werden kann: siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Saves these filters: %1.

Name of the segment:</source>
        <translation>Speichert diese Filter: %1.

Name des Segments:</translation>
    </message>
    <message>
        <source>Leads, %1 new</source>
        <translation>Leads, %1 neu</translation>
    </message>
    <message>
        <source>%1, %2 companies, %3 new</source>
        <translation>%1, %2 Unternehmen, %3 neu</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 · %2 new</source>
        <translation>%1 · %2 neu</translation>
    </message>
    <message>
        <source>Move to the server</source>
        <translation>Auf den Server</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n saved segment(s) are on this computer only. Move them to the server, so that they are on every computer you sign in to? They stay personal until you share them.</source>
        <translation>
            <numerusform>%n gespeichertes Segment ist nur auf diesem Computer. Auf den Server verschieben, damit es auf jedem Computer ist, an dem Sie sich anmelden? Es bleibt persönlich, bis Sie es teilen.</numerusform>
            <numerusform>%n gespeicherte Segmente sind nur auf diesem Computer. Auf den Server verschieben, damit sie auf jedem Computer sind, an dem Sie sich anmelden? Sie bleiben persönlich, bis Sie sie teilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <source>Shared by %1; you may change it</source>
        <translation>Geteilt von %1; Sie dürfen es ändern</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Geteilt von %1</translation>
    </message>
    <message>
        <source>Shared with your team, who may change it</source>
        <translation>Mit Ihrem Team geteilt, das es ändern darf</translation>
    </message>
    <message>
        <source>Shared with your team</source>
        <translation>Mit Ihrem Team geteilt</translation>
    </message>
    <message>
        <source>Yours, on every computer you sign in to</source>
        <translation>Ihres, auf jedem Computer, an dem Sie sich anmelden</translation>
    </message>
    <message>
        <source>%1 · right-click for more</source>
        <translation>%1 · Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>&amp;Save the current filters into “%1”</source>
        <translation>Aktuelle Filter in „%1“ &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Move “%1” to the server</source>
        <translation>„%1“ auf den Server &amp;verschieben</translation>
    </message>
    <message>
        <source>S&amp;hare with the team</source>
        <translation>Mit dem Team &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Only me</source>
        <translation>Nur &amp;ich</translation>
    </message>
    <message>
        <source>The team may &amp;look at it</source>
        <translation>Das Team darf es &amp;ansehen</translation>
    </message>
    <message>
        <source>The team may &amp;change it</source>
        <translation>Das Team darf es ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Not hidden</source>
        <translation>Nicht ausgeblendet</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Target-account list not changed</source>
        <translation>Zielliste nicht geändert</translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>Zielkunden</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past visit(s) from this network changed. They arrive with the next sync, in a moment.</source>
        <translation>
            <numerusform>%Ln bisheriger Besuch aus diesem Netz wurde geändert. Er kommt gleich mit der nächsten Synchronisierung.</numerusform>
            <numerusform>%Ln bisherige Besuche aus diesem Netz wurden geändert. Sie kommen gleich mit der nächsten Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadscope</source>
        <translation>Leadscope</translation>
    </message>
    <message>
        <source>There is no server profile called “%1”.</source>
        <translation>Es gibt kein Serverprofil namens „%1“.</translation>
    </message>
</context>
</TS>
