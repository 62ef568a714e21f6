<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AdminClient</name>
    <message>
        <source>The server&apos;s answer was not JSON.</source>
        <translation>Het antwoord van de server was geen JSON.</translation>
    </message>
    <message>
        <source>The server sent no agreement text.</source>
        <translation>De server stuurde geen tekst van de overeenkomst.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Only after consent</source>
        <translation>Alleen na toestemming</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Mislukte aanmelding</translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation>Wachtwoord geaccepteerd</translation>
    </message>
    <message>
        <source>Reused 2FA code refused</source>
        <translation>Hergebruikte 2FA-code geweigerd</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>Account geblokkeerd na mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>Tweestapsverificatie ingesteld</translation>
    </message>
    <message>
        <source>Accepted the DPA</source>
        <translation>Verwerkersovereenkomst geaccepteerd</translation>
    </message>
    <message>
        <source>Exported leads</source>
        <translation>Leads geëxporteerd</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Gebruiker toegevoegd</translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation>Gebruiker gewijzigd</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Gebruiker verwijderd</translation>
    </message>
    <message>
        <source>Deleted own account</source>
        <translation>Eigen account verwijderd</translation>
    </message>
    <message>
        <source>Added a website</source>
        <translation>Website toegevoegd</translation>
    </message>
    <message>
        <source>Removed a website</source>
        <translation>Website verwijderd</translation>
    </message>
    <message>
        <source>Changed tracking settings</source>
        <translation>Trackinginstellingen gewijzigd</translation>
    </message>
    <message>
        <source>Stolen session detected and ended</source>
        <translation>Gestolen sessie ontdekt en beëindigd</translation>
    </message>
    <message>
        <source>Burst of failed sign-ins (possible attack)</source>
        <translation>Reeks mislukte aanmeldingen (mogelijke aanval)</translation>
    </message>
    <message>
        <source>Wrong 2FA code</source>
        <translation>Verkeerde 2FA-code</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Mislukte ontgrendeling</translation>
    </message>
    <message>
        <source>Locked (idle)</source>
        <translation>Vergrendeld (inactief)</translation>
    </message>
    <message>
        <source>Wrong code to delete an account</source>
        <translation>Verkeerde code om een account te verwijderen</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Failed password change</source>
        <translation>Mislukte wachtwoordwijziging</translation>
    </message>
    <message>
        <source>Gave a user a one-time password</source>
        <translation>Een gebruiker een eenmalig wachtwoord gegeven</translation>
    </message>
    <message>
        <source>Reset a user&apos;s two-factor authentication</source>
        <translation>Tweestapsverificatie van een gebruiker opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Wrong code for a reset</source>
        <translation>Verkeerde code voor een herstel</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Ingelogd met een herstelcode</translation>
    </message>
    <message>
        <source>Made new recovery codes</source>
        <translation>Nieuwe herstelcodes gemaakt</translation>
    </message>
    <message>
        <source>Wrong code for new recovery codes</source>
        <translation>Verkeerde code voor nieuwe herstelcodes</translation>
    </message>
    <message>
        <source>Downloaded all leads (full sync)</source>
        <translation>Alle leads gedownload (volledige synchronisatie)</translation>
    </message>
    <message>
        <source>Stopped: too many full downloads today</source>
        <translation>Gestopt: te veel volledige downloads vandaag</translation>
    </message>
    <message>
        <source>Refused: address or domain cannot be added</source>
        <translation>Geweigerd: adres of domein kan niet worden toegevoegd</translation>
    </message>
    <message>
        <source>Created a rule</source>
        <translation>Regel gemaakt</translation>
    </message>
    <message>
        <source>Changed a rule</source>
        <translation>Regel gewijzigd</translation>
    </message>
    <message>
        <source>Deleted a rule</source>
        <translation>Regel verwijderd</translation>
    </message>
    <message>
        <source>Saved a segment</source>
        <translation>Segment opgeslagen</translation>
    </message>
    <message>
        <source>Changed a segment</source>
        <translation>Segment gewijzigd</translation>
    </message>
    <message>
        <source>Shared a segment</source>
        <translation>Segment gedeeld</translation>
    </message>
    <message>
        <source>Deleted a segment</source>
        <translation>Segment verwijderd</translation>
    </message>
    <message>
        <source>Hid a company or industry</source>
        <translation>Bedrijf of branche verborgen</translation>
    </message>
    <message>
        <source>Showed a hidden company again</source>
        <translation>Verborgen bedrijf weer getoond</translation>
    </message>
    <message>
        <source>Created a target list</source>
        <translation>Doellijst gemaakt</translation>
    </message>
    <message>
        <source>Changed a target list</source>
        <translation>Doellijst gewijzigd</translation>
    </message>
    <message>
        <source>Deleted a target list</source>
        <translation>Doellijst verwijderd</translation>
    </message>
    <message>
        <source>Imported into a target list</source>
        <translation>In een doellijst geïmporteerd</translation>
    </message>
    <message>
        <source>Changed own e-mail alerts</source>
        <translation>Eigen e-mailmeldingen gewijzigd</translation>
    </message>
    <message>
        <source>Sent a failed e-mail again</source>
        <translation>Mislukte e-mail opnieuw verstuurd</translation>
    </message>
    <message>
        <source>Added a webhook</source>
        <translation>Webhook toegevoegd</translation>
    </message>
    <message>
        <source>Changed a webhook</source>
        <translation>Webhook gewijzigd</translation>
    </message>
    <message>
        <source>Removed a webhook</source>
        <translation>Webhook verwijderd</translation>
    </message>
    <message>
        <source>Gave a webhook a new secret</source>
        <translation>Webhook een nieuw geheim gegeven</translation>
    </message>
    <message>
        <source>Paused a webhook</source>
        <translation>Webhook gepauzeerd</translation>
    </message>
    <message>
        <source>Resumed a webhook</source>
        <translation>Webhook hervat</translation>
    </message>
    <message>
        <source>Sent a webhook delivery again</source>
        <translation>Webhookbericht opnieuw verstuurd</translation>
    </message>
    <message>
        <source>Wrong code for a webhook change</source>
        <translation>Verkeerde code voor een webhookwijziging</translation>
    </message>
    <message>
        <source>Created an API token</source>
        <translation>API-token aangemaakt</translation>
    </message>
    <message>
        <source>Revoked an API token</source>
        <translation>API-token ingetrokken</translation>
    </message>
    <message>
        <source>Wrong code for a new API token</source>
        <translation>Verkeerde code voor een nieuw API-token</translation>
    </message>
</context>
<context>
    <name>ApiFailure</name>
    <message>
        <source>an unnamed party</source>
        <translation>een onbekende partij</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2. You may be talking to the wrong server.</source>
        <translation>Het certificaat van de server is voor %1, niet voor %2. Mogelijk praat u met de verkeerde server.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Het certificaat van de server is verlopen op %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1. Check this computer&apos;s clock.</source>
        <translation>Het certificaat van de server is pas geldig vanaf %1. Controleer de klok van deze computer.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Het certificaat van de server is ingetrokken.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: issued by %1 for %2. Ask your administrator for the right certificate authority file.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd: uitgegeven door %1 voor %2. Vraag uw beheerder om het juiste bestand van de certificaatautoriteit.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1).</source>
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
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>That code is not right. Enter the code your authenticator app shows now.</source>
        <translation>Die code klopt niet. Voer de code in die uw authenticator-app nu toont.</translation>
    </message>
    <message>
        <source>That code was used already. Wait for the next one.</source>
        <translation>Die code is al gebruikt. Wacht op de volgende.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Start again with your password.</source>
        <translation>Het aanmelden duurde te lang. Begin opnieuw met uw wachtwoord.</translation>
    </message>
    <message>
        <source>Too many attempts. Sign-in is paused for this account for a while; try again later.</source>
        <translation>Te veel pogingen. Aanmelden is voor dit account even gepauzeerd; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Voor uw veiligheid is deze sessie beëindigd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Uw sessie is beëindigd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>An admin of your organisation must accept the Data Processing Agreement before visit data is shown.</source>
        <translation>Een beheerder van uw organisatie moet de verwerkersovereenkomst accepteren voordat bezoekgegevens worden getoond.</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again at %1.</source>
        <translation>Te veel pogingen. U kunt het om %1 opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The disk is full, so the local copy of your data cannot be written. Free some space and try again.</source>
        <translation>De schijf is vol, dus de lokale kopie van uw gegevens kan niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be opened: %1</source>
        <translation>De lokale kopie van uw gegevens kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be read: it was changed or damaged, or its key is not the right one. Discard it and sync again; nothing on the server is lost.</source>
        <translation>De lokale kopie van uw gegevens kan niet worden gelezen: ze is gewijzigd of beschadigd, of de sleutel klopt niet. Gooi haar weg en synchroniseer opnieuw; op de server gaat niets verloren.</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be encrypted, so it is not opened. (%1)</source>
        <translation>De lokale kopie van uw gegevens kan niet worden versleuteld, dus ze wordt niet geopend. (%1)</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be encrypted, so it is not created.</source>
        <translation>De lokale kopie van uw gegevens kan niet worden versleuteld, dus ze wordt niet aangemaakt.</translation>
    </message>
    <message>
        <source>The local copy of your data would not be encrypted, so it is not opened.</source>
        <translation>De lokale kopie van uw gegevens zou niet versleuteld zijn, dus ze wordt niet geopend.</translation>
    </message>
    <message>
        <source>The local copy of your data was made by a newer Leadscope. Update Leadscope, or discard it and sync again.</source>
        <translation>De lokale kopie van uw gegevens is gemaakt door een nieuwere Leadscope. Werk Leadscope bij, of gooi haar weg en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 kan niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>The re-encrypted copy could not replace the old one: %1</source>
        <translation>De opnieuw versleutelde kopie kon de oude niet vervangen: %1</translation>
    </message>
    <message>
        <source>The local copy of your data cannot be written: %1</source>
        <translation>De lokale kopie van uw gegevens kan niet worden geschreven: %1</translation>
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
        <source>Trust this certificate authority (PEM) for the server, in addition to the system&apos;s.</source>
        <translation>Vertrouw deze certificaatautoriteit (PEM) voor de server, naast die van het systeem.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Onverwacht argument „%1”.</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server heeft een https://-adres nodig.</translation>
    </message>
    <message>
        <source>Use this server profile; with --server, the name under which that server is kept.</source>
        <translation>Gebruik dit serverprofiel; met --server de naam waaronder die server wordt bewaard.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>After signing in and syncing, save a PNG of every screen in this folder, then quit (for documentation and review).</source>
        <translation>Na aanmelden en synchroniseren van elk scherm een PNG in deze map opslaan en dan stoppen (voor documentatie en controle).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Look of the window: system (default, follows the desktop), light or dark.</source>
        <translation>Uiterlijk van het venster: system (standaard, volgt het bureaublad), light of dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>--theme is system, light or dark.</source>
        <translation>--theme is system, light of dark.</translation>
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
        <source>Leadscope shows which companies visit your website and what they looked at, without storing IP addresses.

Without a window: leadscope login | logout | sync | status | export (each with --help).
Exit codes: 0 done, 1 failed, 2 bad arguments, 3 keychain problem, 4 DPA not accepted, 5 not signed in, 6 not allowed for your role.</source>
        <translation>Leadscope toont welke bedrijven uw website bezoeken en wat ze bekeken, zonder IP-adressen op te slaan.

Zonder venster: leadscope login | logout | sync | status | export (elk met --help).
Afsluitcodes: 0 klaar, 1 mislukt, 2 onjuiste argumenten, 3 sleutelbosprobleem, 4 verwerkersovereenkomst niet geaccepteerd, 5 niet aangemeld, 6 niet toegestaan voor uw rol.</translation>
    </message>
    <message>
        <source>A leadscope://company/… link from an e-mail: opens that company (in the Leadscope that is already running, if there is one).</source>
        <translation>Een leadscope://company/…-link uit een e-mail: opent dat bedrijf (in de Leadscope die al draait, als die er is).</translation>
    </message>
    <message>
        <source>“%1” is not a Leadscope link (leadscope://company/…).</source>
        <translation>„%1” is geen Leadscope-link (leadscope://company/…).</translation>
    </message>
</context>
<context>
    <name>ContentDecoding</name>
    <message>
        <source>The server sent its answer in an encoding Leadscope did not ask for.</source>
        <translation>De server stuurde zijn antwoord in een codering waar Leadscope niet om vroeg.</translation>
    </message>
    <message>
        <source>The server&apos;s answer unpacks to more than Leadscope accepts.</source>
        <translation>Het antwoord van de server pakt uit tot meer dan Leadscope aanneemt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation>Het antwoord van de server kon niet worden uitgepakt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived damaged or incomplete.</source>
        <translation>Het antwoord van de server kwam beschadigd of onvolledig aan.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>The server sent a list of reported matches this version cannot read.</source>
        <translation>De server stuurde een lijst met gemelde koppelingen die deze versie niet kan lezen.</translation>
    </message>
    <message>
        <source>a former colleague</source>
        <translation>een voormalige collega</translation>
    </message>
    <message>
        <source>the register was corrected</source>
        <translation>het register is gecorrigeerd</translation>
    </message>
    <message>
        <source>the register&apos;s operator kept it as it is</source>
        <translation>de beheerder van het register liet het zoals het was</translation>
    </message>
    <message>
        <source>applies to your organisation&apos;s matches</source>
        <translation>geldt voor de koppelingen van uw organisatie</translation>
    </message>
    <message>
        <source>Reported by %1 on %2: %3 (%4).</source>
        <translation>Gemeld door %1 op %2: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IgnoredCompanies</name>
    <message>
        <source>Our own organisation</source>
        <translation>Onze eigen organisatie</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Een klant</translation>
    </message>
    <message>
        <source>A competitor</source>
        <translation>Een concurrent</translation>
    </message>
    <message>
        <source>A supplier</source>
        <translation>Een leverancier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>The server sent a list of hidden companies this version cannot read.</source>
        <translation>De server stuurde een lijst met verborgen bedrijven die deze versie niet kan lezen.</translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Leadscore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
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
        <translation>Zoekmachine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Another website</source>
        <translation>Andere website</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
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
        <translation>website %1</translation>
    </message>
    <message>
        <source>city %1</source>
        <translation>plaats %1</translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation>branche %1</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message numerus="yes">
        <source>at least %n visit(s)</source>
        <translation>
            <numerusform>minstens %n bezoek</numerusform>
            <numerusform>minstens %n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>visited a page containing “%1”</source>
        <translation>bezocht een pagina met “%1”</translation>
    </message>
    <message>
        <source>came via %1</source>
        <translation>kwam via %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>overeenkomend met “%1”</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>met label %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <source>with visits not yet seen</source>
        <translation>met nog niet bekeken bezoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n selected compan(y/ies)</source>
        <translation>
            <numerusform>%n geselecteerd bedrijf</numerusform>
            <numerusform>%n geselecteerde bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message numerus="yes">
        <source>Last visit in the last %n day(s)</source>
        <translation>
            <numerusform>Laatste bezoek in de afgelopen %n dag</numerusform>
            <numerusform>Laatste bezoek in de afgelopen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit from %1 to %2</source>
        <translation>Laatste bezoek van %1 tot %2</translation>
    </message>
    <message>
        <source>Last visit on or after %1</source>
        <translation>Laatste bezoek op of na %1</translation>
    </message>
    <message>
        <source>Last visit on or before %1</source>
        <translation>Laatste bezoek op of voor %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>most in one day: %1</source>
        <translation>meeste op één dag: %1</translation>
    </message>
    <message>
        <source>Lead report</source>
        <translation>Leadrapport</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Number of companies</source>
        <translation>Aantal bedrijven</translation>
    </message>
    <message>
        <source>Made for</source>
        <translation>Gemaakt voor</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Companies are identified from public company registers; no visitor&apos;s IP address is kept and nothing in this report identifies a person.</source>
        <translation>Bedrijven worden herkend aan de hand van openbare bedrijfsregisters; er wordt geen IP-adres van bezoekers bewaard en niets in dit rapport identificeert een persoon.</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>SBI-code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Leadscore</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s)</source>
        <translation>
            <numerusform>%n paginaweergave</numerusform>
            <numerusform>%n paginaweergaven</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>eerste %1, laatste %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Visits per day, last 90 days</source>
        <translation>Bezoeken per dag, afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation>Laatste bezoeken</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>Geen bezoeken.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landingspagina</translation>
    </message>
    <message>
        <source>A PDF report holds at most %1 companies and this list has %2. Narrow the filter, or export CSV or Excel for the whole list.</source>
        <translation>Een pdf-rapport bevat hoogstens %1 bedrijven en deze lijst heeft er %2. Verfijn het filter, of exporteer CSV of Excel voor de hele lijst.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>No company matches this filter.</source>
        <translation>Geen bedrijf voldoet aan dit filter.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>This company is no longer in the local copy.</source>
        <translation>Dit bedrijf staat niet meer in de lokale kopie.</translation>
    </message>
    <message>
        <source>Made on %1%2. Companies are identified from public company registers; nothing in this profile identifies a person.</source>
        <translation>Gemaakt op %1%2. Bedrijven worden herkend aan de hand van openbare bedrijfsregisters; niets in dit profiel identificeert een persoon.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> voor %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
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
        <translation>land %1</translation>
    </message>
    <message>
        <source>SBI code %1…</source>
        <translation>SBI-code %1…</translation>
    </message>
    <message>
        <source>a page like “%1”</source>
        <translation>een pagina zoals “%1”</translation>
    </message>
    <message numerus="yes">
        <source>at least %n page(s)</source>
        <translation>
            <numerusform>minstens %n pagina</numerusform>
            <numerusform>minstens %n pagina’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n minute(s) on the site</source>
        <translation>
            <numerusform>minstens %n minuut op de site</numerusform>
            <numerusform>minstens %n minuten op de site</numerusform>
        </translation>
    </message>
    <message>
        <source>the company&apos;s first visit</source>
        <translation>het eerste bezoek van het bedrijf</translation>
    </message>
    <message numerus="yes">
        <source>back within %n day(s)</source>
        <translation>
            <numerusform>terug binnen %n dag</numerusform>
            <numerusform>terug binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit with %1</source>
        <translation>een bezoek met %1</translation>
    </message>
    <message>
        <source>on a target list</source>
        <translation>op een doellijst</translation>
    </message>
</context>
<context>
    <name>LeadScore</name>
    <message>
        <source>Visited today</source>
        <translation>Vandaag bezocht</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Bezoeken: %1</translation>
    </message>
    <message>
        <source>Views of pricing, contact or demo pages: %1</source>
        <translation>Weergaven van prijs-, contact- of demopagina&apos;s: %1</translation>
    </message>
    <message>
        <source>50 or more employees</source>
        <translation>50 of meer medewerkers</translation>
    </message>
    <message>
        <source>10 to 49 employees</source>
        <translation>10 tot 49 medewerkers</translation>
    </message>
    <message>
        <source>2 to 9 employees</source>
        <translation>2 tot 9 medewerkers</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation>
            <numerusform>Laatste bezoek %n dag geleden</numerusform>
            <numerusform>Laatste bezoek %n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the site</source>
        <translation>
            <numerusform>%n minuut op de site</numerusform>
            <numerusform>%n minuten op de site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Geen interesse</translation>
    </message>
</context>
<context>
    <name>MatchExplanation</name>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>How this company was matched was not kept: its visits were recorded before Leadscope kept it.</source>
        <translation>Hoe dit bedrijf gekoppeld is, is niet bewaard: de bezoeken zijn vastgelegd voordat Leadscope dat bijhield.</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>hoge zekerheid</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>gemiddelde zekerheid</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>lage zekerheid</translation>
    </message>
    <message>
        <source>Matched by your organisation&apos;s correction — %1.</source>
        <translation>Gekoppeld door een correctie van uw organisatie — %1.</translation>
    </message>
    <message>
        <source>Matched by your organisation&apos;s correction of %1 — %2.</source>
        <translation>Gekoppeld door de correctie van uw organisatie van %1 — %2.</translation>
    </message>
    <message>
        <source>Matched through a network the register&apos;s operator corrected on %1 — %2.</source>
        <translation>Gekoppeld via een netwerk dat de beheerder van het register op %1 corrigeerde — %2.</translation>
    </message>
    <message>
        <source>an IPv6 /%1 network</source>
        <translation>een IPv6-netwerk /%1</translation>
    </message>
    <message>
        <source>a /%1 network</source>
        <translation>een /%1-netwerk</translation>
    </message>
    <message>
        <source>an earlier register import</source>
        <translation>een eerdere registerimport</translation>
    </message>
    <message>
        <source>the %1 register import</source>
        <translation>de registerimport van %1</translation>
    </message>
    <message>
        <source>the %1 register import (%2)</source>
        <translation>de registerimport van %1 (%2)</translation>
    </message>
    <message>
        <source>Matched through %1 registered to this company in %2 — %3.</source>
        <translation>Gekoppeld via %1 dat in %2 op naam van dit bedrijf staat — %3.</translation>
    </message>
    <message>
        <source>Matched through %1 whose owner&apos;s name is this company&apos;s in %2 — %3.</source>
        <translation>Gekoppeld via %1 waarvan de eigenaar in %2 de naam van dit bedrijf draagt — %3.</translation>
    </message>
    <message>
        <source>An internet provider</source>
        <translation>Een internetprovider</translation>
    </message>
    <message>
        <source>Another company: %1</source>
        <translation>Een ander bedrijf: %1</translation>
    </message>
    <message>
        <source>Not a company</source>
        <translation>Geen bedrijf</translation>
    </message>
</context>
<context>
    <name>OlderVisits</name>
    <message>
        <source>The server&apos;s answer about older visits was not understood.</source>
        <translation>Het antwoord van de server over oudere bezoeken werd niet begrepen.</translation>
    </message>
    <message>
        <source>The server sent an older visit that was not understood.</source>
        <translation>De server stuurde een ouder bezoek dat niet werd begrepen.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in this year</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year</comment>
        <translation>d MMM yyyy</translation>
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
        <translation>Hete leads deze week</translation>
    </message>
    <message>
        <source>Looked at pricing</source>
        <translation>Prijzen bekeken</translation>
    </message>
    <message>
        <source>New since I last looked</source>
        <translation>Nieuw sinds mijn laatste blik</translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation>Gevolgde bedrijven</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geef het segment een naam.</translation>
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
    <name>ServerProfiles</name>
    <message>
        <source>Give the server a name, such as “Production”.</source>
        <translation>Geef de server een naam, zoals „Productie”.</translation>
    </message>
    <message>
        <source>The name is too long; use at most %1 characters.</source>
        <translation>De naam is te lang; gebruik hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>There is already a server called “%1”.</source>
        <translation>Er is al een server met de naam „%1”.</translation>
    </message>
</context>
<context>
    <name>SharedSegments</name>
    <message>
        <source>The server sent a list of segments this version cannot read.</source>
        <translation>De server stuurde een lijst met segmenten die deze versie niet kan lezen.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server sent a sync page Leadscope does not understand; nothing of it was stored.</source>
        <translation>De server stuurde een synchronisatiepagina die Leadscope niet begrijpt; er is niets van opgeslagen.</translation>
    </message>
    <message>
        <source>The server sent a change Leadscope does not understand; nothing of that sync page was stored.</source>
        <translation>De server stuurde een wijziging die Leadscope niet begrijpt; niets van die synchronisatiepagina is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TargetLists</name>
    <message>
        <source>The server sent target-account lists this version cannot read.</source>
        <translation>De server stuurde doellijsten die deze versie niet kan lezen.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The server sent a team list this version cannot read.</source>
        <translation>De server stuurde een teamlijst die deze versie niet kan lezen.</translation>
    </message>
</context>
<context>
    <name>TeamRules</name>
    <message>
        <source>The server sent a list of rules this version cannot read.</source>
        <translation>De server stuurde een lijst met regels die deze versie niet kan lezen.</translation>
    </message>
    <message>
        <source>visited %1</source>
        <translation>bezocht %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the site</source>
        <translation>
            <numerusform>%n minuut op de site</numerusform>
            <numerusform>%n minuten op de site</numerusform>
        </translation>
    </message>
    <message>
        <source>came via %1</source>
        <translation>kwam via %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>eerste bezoek</translation>
    </message>
    <message>
        <source>back the same day</source>
        <translation>dezelfde dag terug</translation>
    </message>
    <message numerus="yes">
        <source>back after %n day(s)</source>
        <translation>
            <numerusform>terug na %n dag</numerusform>
            <numerusform>terug na %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>SBI %1</source>
        <translation>SBI %1</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>status gezet op %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <source>told %1</source>
        <translation>%1 ingelicht</translation>
    </message>
</context>
<context>
    <name>TerminalClient</name>
    <message>
        <source>The server profile (default: the current one).</source>
        <translation>Het serverprofiel (standaard: het huidige).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Signs in and keeps the sign-in in the OS keychain. Asks for the password and the code from your authenticator app (one line each from stdin when it is not a terminal).</source>
        <translation>Meldt aan en bewaart de aanmelding in de sleutelhanger van het systeem. Vraagt om het wachtwoord en de code uit uw authenticator-app (elk één regel van stdin als dat geen terminal is).</translation>
    </message>
    <message>
        <source>The server, e.g. https://leadscope.example.com.</source>
        <translation>De server, bijv. https://leadscope.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Trust this certificate authority (PEM) for the server.</source>
        <translation>Vertrouw deze certificaatautoriteit (PEM) voor de server.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>Uw e-mailadres.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>Name the server with --server (and --ca for a private certificate authority).</source>
        <translation>Noem de server met --server (en --ca voor een eigen certificaatautoriteit).</translation>
    </message>
    <message>
        <source>Give your e-mail address with --email.</source>
        <translation>Geef uw e-mailadres op met --email.</translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code uit uw authenticator-app: </translation>
    </message>
    <message>
        <source>Two-factor authentication is not set up yet. Add this key to your authenticator app: %1
(or open %2)
</source>
        <translation>Tweestapsverificatie is nog niet ingesteld. Voeg deze sleutel toe aan uw authenticator-app: %1
(of open %2)
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Aanmelden is mislukt.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). The sign-in is kept in the keychain.</source>
        <translation>Aangemeld bij %1 als %2 (%3). De aanmelding wordt bewaard in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Signs out: ends the session on the server, forgets the kept sign-in and deletes the local copy of your data and its key.</source>
        <translation>Meldt af: beëindigt de sessie op de server, vergeet de bewaarde aanmelding en verwijdert de lokale kopie van uw gegevens en de sleutel ervan.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Niet aangemeld.</translation>
    </message>
    <message>
        <source>Signed out. The local copy of your data and its key are deleted.</source>
        <translation>Afgemeld. De lokale kopie van uw gegevens en de sleutel ervan zijn verwijderd.</translation>
    </message>
    <message>
        <source>Brings the local copy of your organisation&apos;s data up to date. Progress goes to stderr, a one-line summary to stdout.</source>
        <translation>Werkt de lokale kopie van de gegevens van uw organisatie bij. De voortgang gaat naar stderr, een samenvatting van één regel naar stdout.</translation>
    </message>
    <message>
        <source>Not signed in. Run: leadscope login --server URL --email ADDRESS</source>
        <translation>Niet aangemeld. Voer uit: leadscope login --server URL --email ADRES</translation>
    </message>
    <message>
        <source>Syncing… %1 changes in %2 pages</source>
        <translation>Synchroniseren… %1 wijzigingen in %2 pagina&apos;s</translation>
    </message>
    <message>
        <source>Synced %1 changes in %2 pages: %3 new companies, %4 companies with new visits.</source>
        <translation>%1 wijzigingen in %2 pagina&apos;s gesynchroniseerd: %3 nieuwe bedrijven, %4 bedrijven met nieuwe bezoeken.</translation>
    </message>
    <message>
        <source>(a full resync)</source>
        <translation>(een volledige hersynchronisatie)</translation>
    </message>
    <message>
        <source>Shows the signed-in account, the server, the last sync and the size of the local copy.</source>
        <translation>Toont het aangemelde account, de server, de laatste synchronisatie en de grootte van de lokale kopie.</translation>
    </message>
    <message>
        <source>No server yet. Run: leadscope login --server URL --email ADDRESS</source>
        <translation>Nog geen server. Voer uit: leadscope login --server URL --email ADRES</translation>
    </message>
    <message>
        <source>Server:     %1 (%2)</source>
        <translation>Server:        %1 (%2)</translation>
    </message>
    <message>
        <source>Account:    not signed in</source>
        <translation>Account:       niet aangemeld</translation>
    </message>
    <message>
        <source>Account:    %1</source>
        <translation>Account:       %1</translation>
    </message>
    <message>
        <source>Last sync:  never</source>
        <translation>Laatste sync:  nooit</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>Lokale kopie:  %1</translation>
    </message>
    <message>
        <source>Last sync:  %1 (%2 minutes ago)</source>
        <translation>Laatste sync:  %1 (%2 minuten geleden)</translation>
    </message>
    <message>
        <source>Local copy: %1 companies, %2 visits, %3 (encrypted)</source>
        <translation>Lokale kopie:  %1 bedrijven, %2 bezoeken, %3 (versleuteld)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--page-size takes 1 to 10000.</source>
        <translation>--page-size neemt 1 tot 10000.</translation>
    </message>
    <message>
        <source>, about %1 to go (%2 s)</source>
        <translation>, nog ongeveer %1 te gaan (%2 s)</translation>
    </message>
    <message>
        <source>Writes a lead list from the local copy (run `leadscope sync` first for the newest data): the companies of a saved segment or a filter, newest visit first. Needs the manager or admin role; the server records every export. Only company data and your team&apos;s notes go into the file.</source>
        <translation>Schrijft een leadlijst uit de lokale kopie (voer eerst `leadscope sync` uit voor de nieuwste gegevens): de bedrijven van een opgeslagen segment of een filter, nieuwste bezoek eerst. Vereist de rol manager of beheerder; de server legt elke export vast. Alleen bedrijfsgegevens en de notities van uw team komen in het bestand.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>A saved segment, by name.</source>
        <translation>Een opgeslagen segment, op naam.</translation>
    </message>
    <message>
        <source>A filter as JSON, e.g. {&quot;city&quot;:&quot;Utrecht&quot;,&quot;min_visits&quot;:2}.</source>
        <translation>Een filter als JSON, bijv. {&quot;city&quot;:&quot;Utrecht&quot;,&quot;min_visits&quot;:2}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Comma-separated: %1 (default: all).</source>
        <translation>Gescheiden door komma&apos;s: %1 (standaard: alle).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>The field separator (default: the locale&apos;s, , or ;).</source>
        <translation>Het scheidingsteken (standaard dat van de landinstelling, , of ;).</translation>
    </message>
    <message>
        <source>character</source>
        <translation>teken</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte-order mark (for Excel).</source>
        <translation>Het bestand met een UTF-8-bytevolgordemarkering beginnen (voor Excel).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation>--format is csv, xlsx of pdf.</translation>
    </message>
    <message>
        <source>Say where to write the list: -o FILE.</source>
        <translation>Geef aan waar de lijst heen moet: -o BESTAND.</translation>
    </message>
    <message>
        <source>Use --segment or --filter, not both.</source>
        <translation>Gebruik --segment of --filter, niet allebei.</translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation>Er is geen kolom „%1”.</translation>
    </message>
    <message>
        <source>--columns needs at least one column.</source>
        <translation>--columns heeft minstens één kolom nodig.</translation>
    </message>
    <message>
        <source>--delimiter is one character, not a quote or a line break.</source>
        <translation>--delimiter is één teken, geen aanhalingsteken of regeleinde.</translation>
    </message>
    <message>
        <source>--filter is not a JSON object: %1</source>
        <translation>--filter is geen JSON-object: %1</translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation>filter %1</translation>
    </message>
    <message>
        <source>There is no saved segment called “%1”.</source>
        <translation>Er is geen opgeslagen segment met de naam „%1”.</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>alle leads</translation>
    </message>
    <message>
        <source>Writing… %1 of %2 companies</source>
        <translation>Schrijven… %1 van %2 bedrijven</translation>
    </message>
    <message>
        <source>Wrote %1 companies to %2.</source>
        <translation>%1 bedrijven geschreven naar %2.</translation>
    </message>
    <message>
        <source>csv, xlsx (Excel) or pdf (a report: at most %1 companies).</source>
        <translation>csv, xlsx (Excel) of pdf (een rapport: hoogstens %1 bedrijven).</translation>
    </message>
    <message>
        <source>Usage: leadscope %1 [options]</source>
        <translation>Gebruik: leadscope %1 [opties]</translation>
    </message>
    <message>
        <source>Your recovery codes: each signs you in once instead of a code from your phone. They are shown only now; keep them somewhere other than this computer.</source>
        <translation>Uw herstelcodes: elke code logt u één keer in in plaats van een code van uw telefoon. Ze worden alleen nu getoond; bewaar ze ergens anders dan op deze computer.</translation>
    </message>
    <message>
        <source>PDF: after the list, a page per company (profile, 90-day activity, latest visits).</source>
        <translation>PDF: na de lijst een pagina per bedrijf (profiel, activiteit over 90 dagen, laatste bezoeken).</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>Changes per request at most (1–10000, default 10000; a request also ends at about 4 MiB).</source>
        <translation>Hoogstens zoveel wijzigingen per verzoek (1–10000, standaard 10000; een verzoek stopt ook bij ongeveer 4 MiB).</translation>
    </message>
</context>
<context>
    <name>TrafficQuery</name>
    <message>
        <source>The server sent traffic figures this version cannot read.</source>
        <translation>De server stuurde verkeerscijfers die deze versie niet kan lezen.</translation>
    </message>
    <message>
        <source>consumer internet providers</source>
        <translation>internetproviders voor consumenten</translation>
    </message>
    <message>
        <source>mobile networks</source>
        <translation>mobiele netwerken</translation>
    </message>
    <message>
        <source>hosting networks</source>
        <translation>hostingnetwerken</translation>
    </message>
    <message>
        <source>networks of organisations not in the register</source>
        <translation>netwerken van organisaties die niet in het register staan</translation>
    </message>
    <message>
        <source>schools and universities</source>
        <translation>scholen en universiteiten</translation>
    </message>
    <message>
        <source>government networks</source>
        <translation>overheidsnetwerken</translation>
    </message>
    <message>
        <source>networks your team said are no company&apos;s</source>
        <translation>netwerken die volgens uw team van geen bedrijf zijn</translation>
    </message>
    <message>
        <source>networks not in the register</source>
        <translation>netwerken die niet in het register staan</translation>
    </message>
    <message>
        <source>crawlers</source>
        <translation>crawlers</translation>
    </message>
    <message>
        <source>automated browsers</source>
        <translation>geautomatiseerde browsers</translation>
    </message>
    <message>
        <source>data centres</source>
        <translation>datacenters</translation>
    </message>
    <message>
        <source>inhumanly fast sessions</source>
        <translation>onmenselijk snelle sessies</translation>
    </message>
    <message>
        <source>hits without the tracker</source>
        <translation>hits zonder de tracker</translation>
    </message>
    <message>
        <source>%1 % of page views could not be tied to a company: mostly %2.</source>
        <translation>%1 % van de paginaweergaven kon niet aan een bedrijf worden gekoppeld: vooral %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bot hit(s) filtered: %1.</source>
        <translation>
            <numerusform>%Ln bothit gefilterd: %1.</numerusform>
            <numerusform>%Ln bothits gefilterd: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: out of memory or no room for temporary files.</source>
        <translation>%1 kan niet worden geschreven: geen geheugen of geen ruimte voor tijdelijke bestanden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the worksheet could not be made.</source>
        <translation>%1 kan niet worden geschreven: het werkblad kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::ApiJob</name>
    <message>
        <source>no HTTP status</source>
        <translation>geen HTTP-status</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1: it did not answer within %n second(s).</source>
        <translation>
            <numerusform>Geen verbinding met %1: geen antwoord binnen %n seconde.</numerusform>
            <numerusform>Geen verbinding met %1: geen antwoord binnen %n seconden.</numerusform>
        </translation>
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
    <message>
        <source>No keychain is available on this computer. Install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Er is geen sleutelhanger beschikbaar op deze computer. Installeer en start een Secret Service zoals GNOME Keyring of KWallet en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>leadscope::core::DataStoreWorker</name>
    <message>
        <source>There is no data here yet: wait for the first sync to finish.</source>
        <translation>Er zijn hier nog geen gegevens: wacht tot de eerste synchronisatie klaar is.</translation>
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
    <message>
        <source>Leadscope is locked.</source>
        <translation>Leadscope is vergrendeld.</translation>
    </message>
    <message>
        <source>%1 Enter your password as well.</source>
        <translation>%1 Voer ook uw wachtwoord in.</translation>
    </message>
    <message>
        <source>You stay signed in only until Leadscope closes. %1</source>
        <translation>U blijft alleen aangemeld tot Leadscope sluit. %1</translation>
    </message>
</context>
<context>
    <name>leadscope::core::SyncEngine</name>
    <message>
        <source>Sync cancelled. What arrived so far is kept.</source>
        <translation>Synchronisatie geannuleerd. Wat al binnen was, blijft bewaard.</translation>
    </message>
    <message>
        <source>An edit was refused by the server: %1</source>
        <translation>Een wijziging is door de server geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>leadscope::core::SyncScheduler</name>
    <message>
        <source>Your leads cannot be shown: Leadscope keeps the key of its encrypted copy of your data in this computer&apos;s keychain, and cannot use it. %1</source>
        <translation>Uw leads kunnen niet worden getoond: Leadscope bewaart de sleutel van de versleutelde kopie van uw gegevens in de sleutelhanger van deze computer en kan die niet gebruiken. %1</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AccountRemovalDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <source>&amp;Delete my account</source>
        <translation>Mijn account &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Mijn account verwijderen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your account &lt;b&gt;%1&lt;/b&gt; at %2 will be removed &lt;b&gt;at once&lt;/b&gt;: you are signed out everywhere, your sign-in details and two-factor secret are deleted, and the audit log keeps that an account was removed but no longer your e-mail address.&lt;/p&gt;&lt;p&gt;Copies in Leadscope&apos;s backups disappear within &lt;b&gt;30 days&lt;/b&gt;. Billing records of your organisation are kept as long as the law requires. Your team&apos;s lead data stays with your organisation.&lt;/p&gt;&lt;p&gt;On this computer, the encrypted local copy and its key are destroyed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uw account &lt;b&gt;%1&lt;/b&gt; bij %2 wordt &lt;b&gt;direct&lt;/b&gt; verwijderd: u wordt overal afgemeld, uw aanmeldgegevens en tweestapsgeheim worden gewist, en het auditlog bewaart dat er een account is verwijderd, maar niet langer uw e-mailadres.&lt;/p&gt;&lt;p&gt;Kopieën in de back-ups van Leadscope verdwijnen binnen &lt;b&gt;30 dagen&lt;/b&gt;. Factuurgegevens van uw organisatie worden bewaard zolang de wet dat vereist. De leadgegevens van uw team blijven bij uw organisatie.&lt;/p&gt;&lt;p&gt;Op deze computer worden de versleutelde lokale kopie en de sleutel ervan vernietigd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-cijferige code</translation>
    </message>
    <message>
        <source>Fresh &amp;code from your authenticator app:</source>
        <translation>Nieuwe &amp;code uit uw authenticator-app:</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>Audit&amp;log</translation>
    </message>
    <message>
        <source>&amp;Websites and snippets…</source>
        <translation>&amp;Websites en fragmenten…</translation>
    </message>
    <message>
        <source>Add or remove websites and copy their tracker snippet (Settings → Privacy)</source>
        <translation>Websites toevoegen of verwijderen en hun meetfragment kopiëren (Instellingen → Privacy)</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Inte&amp;grations</source>
        <translation>&amp;Koppelingen</translation>
    </message>
    <message>
        <source>API to&amp;kens</source>
        <translation>&amp;API-tokens</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AlertsPage</name>
    <message>
        <source>E-mail me when a &amp;rule tells me about a company</source>
        <translation>Mail mij wanneer een &amp;regel mij op een bedrijf wijst</translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation>Tijd van het overzicht</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: hold rule e-mails from</source>
        <translation>&amp;Stille uren: regelmails vasthouden van</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Begin stille uren</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Einde stille uren</translation>
    </message>
    <message>
        <source>&amp;Save e-mail settings</source>
        <translation>E-mailinstellingen &amp;bewaren</translation>
    </message>
    <message>
        <source>This server sends no e-mail: its operator has not set up a mail relay. Leadscope still tells you on this desktop (General → Notify me).</source>
        <translation>Deze server verstuurt geen e-mail: de beheerder heeft geen mailrelay ingesteld. Leadscope meldt het u nog steeds op deze computer (Algemeen → Meld mij).</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>No digest</source>
        <translation>Geen overzicht</translation>
    </message>
    <message>
        <source>Every day I choose below</source>
        <translation>Elke dag die ik hieronder kies</translation>
    </message>
    <message>
        <source>Once a week, on the day I choose below</source>
        <translation>Eens per week, op de dag die ik hieronder kies</translation>
    </message>
    <message>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>E-mail goes to:</source>
        <translation>E-mail gaat naar:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Meldingen:</translation>
    </message>
    <message>
        <source>&amp;Digest:</source>
        <translation>&amp;Overzicht:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>E-mail is written in %1, the language of this desktop, with times in its time zone (%2). It names companies, pages and times — never anything about a visitor.</source>
        <translation>E-mail wordt geschreven in het %1, de taal van deze computer, met tijden in zijn tijdzone (%2). Ze noemt bedrijven, pagina&apos;s en tijden — nooit iets over een bezoeker.</translation>
    </message>
    <message>
        <source>Choose at least one day for the digest.</source>
        <translation>Kies minstens één dag voor het overzicht.</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation>Stille uren hebben een begin en een einde nodig die verschillen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ApiTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation>Nieuw API-token</translation>
    </message>
    <message>
        <source>e.g. Data warehouse</source>
        <translation>bijv. Datawarehouse</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation>6 cijfers of een herstelcode</translation>
    </message>
    <message>
        <source>Companies (what the lead list shows)</source>
        <translation>Bedrijven (wat de leadlijst toont)</translation>
    </message>
    <message>
        <source>Visits of a company, with their pages</source>
        <translation>Bezoeken van een bedrijf, met hun pagina’s</translation>
    </message>
    <message>
        <source>Shared segments and their companies</source>
        <translation>Gedeelde segmenten en hun bedrijven</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>May read:</source>
        <translation>Mag lezen:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Verloopt na:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>The token reads only; it cannot change anything. It is shown once, after it is created: keep it where the other system keeps its secrets. Revoke it here when it is no longer used.</source>
        <translation>Het token kan alleen lezen, niets wijzigen. Het wordt één keer getoond, na het aanmaken: bewaar het waar het andere systeem zijn geheimen bewaart. Trek het hier in als het niet meer wordt gebruikt.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Choose what the token may read.</source>
        <translation>Kies wat het token mag lezen.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ApiTokensTab</name>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>No API tokens yet. Create one to let a data warehouse, Zapier or n8n read your companies, visits and shared segments — read-only.</source>
        <translation>Nog geen API-tokens. Maak er een aan om een datawarehouse, Zapier of n8n uw bedrijven, bezoeken en gedeelde segmenten te laten lezen — alleen lezen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>May read</source>
        <translation>Mag lezen</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Begint met</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Laatst gebruikt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The organisation&apos;s API tokens</source>
        <translation>De API-tokens van de organisatie</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Intrekk&amp;en…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;piëren</translation>
    </message>
    <message>
        <source>&amp;New API token…</source>
        <translation>&amp;Nieuw API-token…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>API-token intrekken</translation>
    </message>
    <message>
        <source>Revoke “%1”? What uses it can read nothing more from now on.</source>
        <translation>“%1” intrekken? Wat het gebruikt, kan vanaf nu niets meer lezen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>The API token “%1”: give it to the system that reads with it (Authorization: Bearer …). It is shown only now.</source>
        <translation>Het API-token “%1”: geef het aan het systeem dat ermee leest (Authorization: Bearer …). Het wordt alleen nu getoond.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::AuditTab</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Afgelopen 24 uur</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Afgelopen 365 dagen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Auditlog exporteren</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>auditlog-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>(verwijderd account)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Show which actions</source>
        <translation>Welke acties tonen</translation>
    </message>
    <message>
        <source>Show whose actions</source>
        <translation>Wiens acties tonen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::CompanyPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>← Leads</source>
        <translation>← Leads</translation>
    </message>
    <message>
        <source>Back to the leads list (%1)</source>
        <translation>Terug naar de leadlijst (%1)</translation>
    </message>
    <message>
        <source>Copy registry number</source>
        <translation>KvK-nummer kopiëren</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Telefoon kopiëren</translation>
    </message>
    <message>
        <source>Copy website</source>
        <translation>Website kopiëren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <source>Timeline range</source>
        <translation>Periode van de tijdlijn</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <source>Last 12 months (weeks)</source>
        <translation>Laatste 12 maanden (weken)</translation>
    </message>
    <message>
        <source>Visits and page views over time</source>
        <translation>Bezoeken en paginaweergaven in de tijd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitor timeline&lt;/b&gt; — click a bar to see its visits</source>
        <translation>&lt;b&gt;Tijdlijn van bezoeken&lt;/b&gt; — klik op een staaf voor de bezoeken</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Visitor journeys</source>
        <translation>Klantreizen van bezoekers</translation>
    </message>
    <message>
        <source>Visitor / visit</source>
        <translation>Bezoeker / bezoek</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>Paginapad</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Klantreizen</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. hot, watch</source>
        <translation>Gescheiden door komma&apos;s, bijv. hot, watch</translation>
    </message>
    <message>
        <source>What the team should know about this company</source>
        <translation>Wat het team over dit bedrijf moet weten</translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation>Teamnotities</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>&amp;Toegewezen aan:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>This company is no longer in your data</source>
        <translation>Dit bedrijf staat niet meer in uw gegevens</translation>
    </message>
    <message>
        <source>Its visits were removed (retention) or it was deleted on the server.</source>
        <translation>De bezoeken zijn verwijderd (bewaartermijn) of het bedrijf is op de server verwijderd.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Registry number %1</source>
        <translation>KvK-nummer %1</translation>
    </message>
    <message>
        <source>%1 (SBI %2)</source>
        <translation>%1 (SBI %2)</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Lead score %1</source>
        <translation>Leadscore %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ik (%1)</translation>
    </message>
    <message>
        <source>Saved on this computer; goes to the server with the next sync.</source>
        <translation>Op deze computer opgeslagen; gaat bij de volgende synchronisatie naar de server.</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Bezoeker %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>De notities konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <source>Visi&amp;ts</source>
        <translation>Be&amp;zoeken</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (niet meer actief)</translation>
    </message>
    <message>
        <source>A colleague not in your team list yet</source>
        <translation>Een collega die nog niet in je teamlijst staat</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln bezoek</numerusform>
            <numerusform>%Ln bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page view(s)</source>
        <translation>
            <numerusform>%Ln paginaweergave</numerusform>
            <numerusform>%Ln paginaweergaven</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>eerste %1, laatste %2</translation>
    </message>
    <message>
        <source>Landing page: %1</source>
        <translation>Landingspagina: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lead score %1 of 100</source>
        <translation>Leadscore %1 van 100</translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation>Laatst gewijzigd door %1, %2.</translation>
    </message>
    <message>
        <source>Team histo&amp;ry</source>
        <translation>Teamgeschiedeni&amp;s</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy company details</source>
        <translation>Bedrijfsgegevens kopiëren</translation>
    </message>
    <message>
        <source>Company initials</source>
        <translation>Initialen van het bedrijf</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jou</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier time(s).</source>
        <translation>
            <numerusform>…en %n keer eerder.</numerusform>
            <numerusform>…en %n keer eerder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” fired %2</source>
        <translation>Regel “%1” ging af %2</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Verbergen…</translation>
    </message>
    <message>
        <source>Hide this company, or its whole industry, from the team&apos;s leads (our own offices, customers, competitors, suppliers)</source>
        <translation>Dit bedrijf, of zijn hele branche, verbergen uit de leads van het team (eigen vestigingen, klanten, concurrenten, leveranciers)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Target-account lists</source>
        <translation>Doellijsten</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Op %1</translation>
    </message>
    <message>
        <source>Not on a target-account list</source>
        <translation>Niet op een doellijst</translation>
    </message>
    <message>
        <source>On the target-account lists: %1</source>
        <translation>Op de doellijsten: %1</translation>
    </message>
    <message>
        <source>Wrong company?</source>
        <translation>Verkeerd bedrijf?</translation>
    </message>
    <message>
        <source>Report wrong company</source>
        <translation>Verkeerd bedrijf melden</translation>
    </message>
    <message>
        <source>Say whose network the latest visit really came from: an internet provider&apos;s, another company&apos;s, or no company&apos;s</source>
        <translation>Geef aan van wie het netwerk van het laatste bezoek echt is: van een internetprovider, van een ander bedrijf of van geen bedrijf</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Report wrong company for this visit…</source>
        <translation>Verkeerd bedrijf melden voor dit bezoek…</translation>
    </message>
    <message>
        <source>Last changed by a rule, %1.</source>
        <translation>Laatst gewijzigd door een regel, %1.</translation>
    </message>
    <message>
        <source>Last changed by the rule “%1”, %2.</source>
        <translation>Laatst gewijzigd door de regel “%1”, %2.</translation>
    </message>
    <message>
        <source>Show ol&amp;der visits</source>
        <translation>Oude&amp;re bezoeken tonen</translation>
    </message>
    <message>
        <source>Older visits could not be fetched: %1</source>
        <translation>Oudere bezoeken konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>Fetching visits before %1 from the server…</source>
        <translation>Bezoeken van vóór %1 worden opgehaald bij de server…</translation>
    </message>
    <message>
        <source>This computer keeps the visits since %1; older ones stay on the server.</source>
        <translation>Deze computer bewaart de bezoeken sinds %1; oudere blijven op de server.</translation>
    </message>
    <message>
        <source>No visits before %1.</source>
        <translation>Geen bezoeken van vóór %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) before %1 shown, from the server (not kept on this computer).</source>
        <translation>
            <numerusform>%Ln bezoek van vóór %1 getoond, van de server (niet bewaard op deze computer).</numerusform>
            <numerusform>%Ln bezoeken van vóór %1 getoond, van de server (niet bewaard op deze computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln visit(s) before %1 shown, from the server (not kept on this computer).</source>
        <translation>
            <numerusform>Het enige bezoek van vóór %1 getoond, van de server (niet bewaard op deze computer).</numerusform>
            <numerusform>Alle %Ln bezoeken van vóór %1 getoond, van de server (niet bewaard op deze computer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w more</source>
        <translation>Mee&amp;r tonen</translation>
    </message>
    <message>
        <source>Before %1, from the server (not kept on this computer)</source>
        <translation>Vóór %1, van de server (niet bewaard op deze computer)</translation>
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
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
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
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <source>None yet. Choose Sign in… and add your organisation&apos;s Leadscope server, or start Leadscope with --server https://… (and --ca FILE for a private certificate authority).</source>
        <translation>Nog geen. Kies Aanmelden… en voeg de Leadscope-server van uw organisatie toe, of start Leadscope met --server https://… (en --ca BESTAND voor een eigen certificaatautoriteit).</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <source>new this period</source>
        <translation>nieuw in deze periode</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dashboard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Identified companies</source>
        <translation>Herkende bedrijven</translation>
    </message>
    <message>
        <source>New companies</source>
        <translation>Nieuwe bedrijven</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation>Pagina&apos;s per bezoek</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Bezoeken per dag</translation>
    </message>
    <message>
        <source>Top industries</source>
        <translation>Belangrijkste branches</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Meest bekeken pagina&apos;s</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Belangrijkste bronnen</translation>
    </message>
    <message>
        <source>Top campaigns</source>
        <translation>Belangrijkste campagnes</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>No visits in this period. Choose a longer period, or check that the tracker is on your websites.</source>
        <translation>Geen bezoeken in deze periode. Kies een langere periode, of controleer of de tracker op uw websites staat.</translation>
    </message>
    <message>
        <source>Top industries (companies)</source>
        <translation>Belangrijkste branches (bedrijven)</translation>
    </message>
    <message>
        <source>Top pages (page views)</source>
        <translation>Meest bekeken pagina&apos;s (weergaven)</translation>
    </message>
    <message>
        <source>Top sources (visits)</source>
        <translation>Belangrijkste bronnen (bezoeken)</translation>
    </message>
    <message>
        <source>Top campaigns (visits)</source>
        <translation>Belangrijkste campagnes (bezoeken)</translation>
    </message>
    <message>
        <source>%1 — nothing in this period</source>
        <translation>%1 — niets in deze periode</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= geen verandering</translation>
    </message>
    <message>
        <source>▲ new this period</source>
        <translation>▲ nieuw deze periode</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>%1 hoger</translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>%1 lager</translation>
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
        <translation>%1 in %2, tegenover %3 in %4</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, vergeleken met %2</translation>
    </message>
    <message>
        <source>Visits, %1</source>
        <translation>Bezoeken, %1</translation>
    </message>
    <message>
        <source>Previous period, %1</source>
        <translation>Vorige periode, %1</translation>
    </message>
    <message>
        <source>Page views of people Leadscope could not tie to a company are counted, never stored; hits of crawlers, automated browsers and data centres are not visits.</source>
        <translation>Paginaweergaven van mensen die Leadscope niet aan een bedrijf kon koppelen, worden geteld en nooit bewaard; hits van crawlers, geautomatiseerde browsers en datacenters zijn geen bezoeken.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::DataPage</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ExportDialog</name>
    <message>
        <source>&amp;All companies in the list</source>
        <translation>&amp;Alle bedrijven in de lijst</translation>
    </message>
    <message numerus="yes">
        <source>Only the &amp;selected companies (%n)</source>
        <translation>
            <numerusform>Alleen het ge&amp;selecteerde bedrijf (%n)</numerusform>
            <numerusform>Alleen de ge&amp;selecteerde bedrijven (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with a byte-order mark (helps Excel recognise UTF-8)</source>
        <translation>Beginnen met een byte-order mark (helpt Excel UTF-8 te herkennen)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Leads exporteren</translation>
    </message>
    <message>
        <source>CSV (any spreadsheet or CRM)</source>
        <translation>CSV (elk rekenblad of CRM)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (at most %1 companies)</source>
        <translation>Pdf-rapport (hoogstens %1 bedrijven)</translation>
    </message>
    <message>
        <source>As this computer&apos;s language does (%1)</source>
        <translation>Zoals de taal van deze computer (%1)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Only company data and your team&apos;s status, tags and assignee go into the file — no visitor keys, nothing about a person. Leadscope records the export in the audit log.</source>
        <translation>Alleen bedrijfsgegevens en de status, labels en toegewezen persoon van uw team komen in het bestand — geen bezoekerssleutels, niets over een persoon. Leadscope legt de export vast in het auditlog.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Kies minstens één kolom.</translation>
    </message>
    <message>
        <source>leads-%1</source>
        <translation>leads-%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Sign in to export.</source>
        <translation>Meld u aan om te exporteren.</translation>
    </message>
    <message>
        <source>Counting companies…</source>
        <translation>Bedrijven tellen…</translation>
    </message>
    <message>
        <source>No company matches; there is nothing to export.</source>
        <translation>Geen bedrijf voldoet; er is niets te exporteren.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>De server vragen…</translation>
    </message>
    <message>
        <source>Only managers and admins may export lead lists.</source>
        <translation>Alleen managers en beheerders mogen leadlijsten exporteren.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation>De export is niet afgerond; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n compan(y/ies) to %1.</source>
        <translation>
            <numerusform>%n bedrijf naar %1 geschreven.</numerusform>
            <numerusform>%n bedrijven naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Add a &amp;page per company (profile, 90-day activity, latest visits)</source>
        <translation>Een &amp;pagina per bedrijf toevoegen (profiel, activiteit over 90 dagen, laatste bezoeken)</translation>
    </message>
    <message>
        <source>The filter and period, then the companies in the list&apos;s order, one line each (about 50 to a page): city, industry, visits, last visit, lead score, status and assignee.</source>
        <translation>Het filter en de periode, dan de bedrijven in de volgorde van de lijst, elk op één regel (ongeveer 50 per pagina): plaats, branche, bezoeken, laatste bezoek, leadscore, status en toegewezen aan.</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Te exporteren kolommen</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Continue to &amp;sign-in</source>
        <translation>Verder naar &amp;aanmelden</translation>
    </message>
    <message>
        <source>Welcome to Leadscope</source>
        <translation>Welkom bij Leadscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Leadscope&lt;/h3&gt;&lt;p&gt;Leadscope shows which companies visit your organisation&apos;s websites. First, connect to your organisation&apos;s Leadscope server: your administrator has its address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welkom bij Leadscope&lt;/h3&gt;&lt;p&gt;Leadscope laat zien welke bedrijven de websites van uw organisatie bezoeken. Maak eerst verbinding met de Leadscope-server van uw organisatie: uw beheerder heeft het adres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Bestand van de certificaatautoriteit</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>Certificaatautoriteit van de server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>✓ Connected to %1 over %2; the certificate is verified (issued by %3). Leadscope server %4.</source>
        <translation>✓ Verbonden met %1 via %2; het certificaat is gecontroleerd (uitgegeven door %3). Leadscope-server %4.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not issued by an authority your computer trusts — usual for a company&apos;s own server. Leadscope never skips the check: choose the certificate authority file your administrator gave you (a .pem file), then check again.</source>
        <translation>Het certificaat van deze server is niet uitgegeven door een autoriteit die uw computer vertrouwt — gebruikelijk voor een eigen server van een bedrijf. Leadscope slaat de controle nooit over: kies het bestand van de certificaatautoriteit dat uw beheerder u gaf (een .pem-bestand) en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Fingerprint of the server&apos;s certificate (SHA-256), to compare with your administrator&apos;s:
%1</source>
        <translation>Vingerafdruk van het servercertificaat (SHA-256), om te vergelijken met die van uw beheerder:
%1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::FlowWidget</name>
    <message>
        <source>Visit flow</source>
        <translation>Bezoekstroom</translation>
    </message>
    <message>
        <source>Most visits start on %1</source>
        <translation>De meeste bezoeken beginnen op %1</translation>
    </message>
    <message>
        <source>No visits with page views in this period. Choose a longer period or another website.</source>
        <translation>Geen bezoeken met paginaweergaven in deze periode. Kies een langere periode of een andere website.</translation>
    </message>
    <message>
        <source>  Entry page</source>
        <translation>  Instappagina</translation>
    </message>
    <message>
        <source>  Step %1</source>
        <translation>  Stap %1</translation>
    </message>
    <message>
        <source>Other pages</source>
        <translation>Overige pagina&apos;s</translation>
    </message>
    <message>
        <source>%1 · %2 left (%3)</source>
        <translation>%1 · %2 vertrokken (%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s).</source>
        <translation>
            <numerusform>%Ln bezoek.</numerusform>
            <numerusform>%Ln bezoeken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HiddenPage</name>
    <message>
        <source>&amp;Show again</source>
        <translation>&amp;Weer tonen</translation>
    </message>
    <message>
        <source>Companies and industries the team hides from its leads, counts, dashboard, rules and exports. Nothing of them is deleted.</source>
        <translation>Bedrijven en branches die het team verbergt uit zijn leads, tellingen, dashboard, regels en exports. Niets ervan wordt verwijderd.</translation>
    </message>
    <message>
        <source>Hidden companies and industries</source>
        <translation>Verborgen bedrijven en branches</translation>
    </message>
    <message>
        <source>Company or industry</source>
        <translation>Bedrijf of branche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Hidden by</source>
        <translation>Verborgen door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Industry: SBI %1…</source>
        <translation>Branche: SBI %1…</translation>
    </message>
    <message>
        <source>A former colleague</source>
        <translation>Een voormalige collega</translation>
    </message>
    <message>
        <source>Nothing is hidden. Hide a company from its profile (Hide…) — your own offices, customers, competitors or suppliers.</source>
        <translation>Niets is verborgen. Verberg een bedrijf vanuit zijn profiel (Verbergen…) — uw eigen vestigingen, klanten, concurrenten of leveranciers.</translation>
    </message>
    <message>
        <source>Nothing is hidden. Managers and admins can hide companies.</source>
        <translation>Niets is verborgen. Managers en beheerders kunnen bedrijven verbergen.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HideDialog</name>
    <message>
        <source>&amp;This company</source>
        <translation>&amp;Dit bedrijf</translation>
    </message>
    <message>
        <source>Hide from the leads</source>
        <translation>Verbergen uit de leads</translation>
    </message>
    <message>
        <source>Hide “%1” from everyone&apos;s leads, counts, dashboard and exports; rules and alerts leave it alone. Nothing is deleted: show it again from Hidden.</source>
        <translation>“%1” verbergen uit ieders leads, tellingen, dashboard en exports; regels en meldingen laten het met rust. Niets wordt verwijderd: toon het weer via Verborgen.</translation>
    </message>
    <message>
        <source>Every company with SBI code %1</source>
        <translation>Elk bedrijf met SBI-code %1</translation>
    </message>
    <message>
        <source>Every company in “%1” (SBI %2)</source>
        <translation>Elk bedrijf in “%1” (SBI %2)</translation>
    </message>
    <message>
        <source>e.g. our office in Utrecht</source>
        <translation>bijv. ons kantoor in Utrecht</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::HubSpotCompaniesDialog</name>
    <message>
        <source>Matched by registry number</source>
        <translation>Gevonden op KvK-nummer</translation>
    </message>
    <message>
        <source>Matched by website</source>
        <translation>Gevonden op website</translation>
    </message>
    <message>
        <source>Created by Leadscope</source>
        <translation>Aangemaakt door Leadscope</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>In HubSpot</source>
        <translation>In HubSpot</translation>
    </message>
    <message>
        <source>HubSpot company ID</source>
        <translation>HubSpot-bedrijfs-ID</translation>
    </message>
    <message>
        <source>Owner set</source>
        <translation>Eigenaar ingesteld</translation>
    </message>
    <message>
        <source>First written</source>
        <translation>Eerst geschreven</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Laatst geschreven</translation>
    </message>
    <message>
        <source>Companies written to HubSpot</source>
        <translation>Naar HubSpot geschreven bedrijven</translation>
    </message>
    <message>
        <source>HubSpot companies of “%1”</source>
        <translation>HubSpot-bedrijven van “%1”</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>No company has been written to HubSpot yet. Companies arrive with the events this destination receives.</source>
        <translation>Er is nog geen bedrijf naar HubSpot geschreven. Bedrijven komen mee met de gebeurtenissen die deze bestemming ontvangt.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n matched a company HubSpot already had</source>
        <translation>
            <numerusform>%n gekoppeld aan een bedrijf dat HubSpot al had</numerusform>
            <numerusform>%n gekoppeld aan een bedrijf dat HubSpot al had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created by Leadscope</source>
        <translation>
            <numerusform>%n aangemaakt door Leadscope</numerusform>
            <numerusform>%n aangemaakt door Leadscope</numerusform>
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
        <translation>Regel afgegaan</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Visit ended</source>
        <translation>Bezoek afgelopen</translation>
    </message>
    <message>
        <source>Company annotated</source>
        <translation>Bedrijf bijgewerkt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
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
        <translation>Test&amp;bericht sturen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>Nieuw geh&amp;eim…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>What the receiver said</source>
        <translation>Wat de ontvanger antwoordde</translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook</source>
        <translation>Berichten van de gekozen webhook</translation>
    </message>
    <message>
        <source>Sen&amp;d again</source>
        <translation>Opnieuw ve&amp;rsturen</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>Webhook &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Send the selected delivery again, with the same id</source>
        <translation>Het gekozen bericht opnieuw versturen, met hetzelfde id</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nieuw geheim</translation>
    </message>
    <message>
        <source>The webhook gets a new secret; the old one keeps signing beside it for 24 hours, so the receiver can switch without missing a delivery.

Confirm with a fresh code from your authenticator app:</source>
        <translation>De webhook krijgt een nieuw geheim; het oude ondertekent er nog 24 uur naast, zodat de ontvanger kan overstappen zonder een bericht te missen.

Bevestig met een nieuwe code uit je authenticator-app:</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Webhook verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1”? Nothing more is sent to it, and what it has not received yet is dropped.</source>
        <translation>“%1” verwijderen? Er wordt niets meer naartoe gestuurd, en wat nog niet is afgeleverd vervalt.</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Paused %1: %2</source>
        <translation>Gepauzeerd %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n attempts in a row)</source>
        <translation>
            <numerusform>Mislukt (%n poging op rij)</numerusform>
            <numerusform>Mislukt (%n pogingen op rij)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>Berichten aan %1</translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation>%1 — volgende poging %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The secret of “%1”: give it to the receiver to check signatures with. It is shown only now.</source>
        <translation>Het geheim van “%1”: geef het aan de ontvanger om handtekeningen mee te controleren. Het wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>The new secret of “%1” (the old one signs too for 24 hours). It is shown only now.</source>
        <translation>Het nieuwe geheim van “%1” (het oude ondertekent nog 24 uur mee). Het wordt alleen nu getoond.</translation>
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
        <translation>Nog geen webhooks. Voeg er een toe om afgegane regels, nieuwe bedrijven en afgelopen bezoeken naar uw CRM, een workflowtool of een Slack- of Teams-kanaal te sturen — ondertekend en opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <source>&amp;HubSpot companies…</source>
        <translation>Hub&amp;Spot-bedrijven…</translation>
    </message>
    <message>
        <source>Which companies the selected HubSpot destination matched or created</source>
        <translation>Welke bedrijven de gekozen HubSpot-bestemming heeft gevonden of aangemaakt</translation>
    </message>
    <message>
        <source>%1 (HubSpot)</source>
        <translation>%1 (HubSpot)</translation>
    </message>
    <message>
        <source>%1 · token %2</source>
        <translation>%1 · token %2</translation>
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
        <translation>Alle websites</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Instappagina</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Uitstappagina</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journeys&lt;/b&gt; — how visits move through your site</source>
        <translation>&lt;b&gt;Klantreizen&lt;/b&gt; — hoe bezoeken door uw site gaan</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <source>Entry pages and their visits</source>
        <translation>Instappagina&apos;s en hun bezoeken</translation>
    </message>
    <message>
        <source>Exit pages and their visits</source>
        <translation>Uitstappagina&apos;s en hun bezoeken</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadTriage</name>
    <message>
        <source>Next lead</source>
        <translation>Volgende lead</translation>
    </message>
    <message>
        <source>Previous lead</source>
        <translation>Vorige lead</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Toewijzen aan…</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag toevoegen…</translation>
    </message>
    <message>
        <source>Watch / stop watching</source>
        <translation>Volgen / niet meer volgen</translation>
    </message>
    <message>
        <source>Mark as seen / new</source>
        <translation>Markeren als gezien / nieuw</translation>
    </message>
    <message>
        <source>Export the selection…</source>
        <translation>Selectie exporteren…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag toevoegen</translation>
    </message>
    <message>
        <source>Tag (a new one, or one your team uses):</source>
        <translation>Tag (een nieuwe, of een die uw team gebruikt):</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Assign to (type to find a colleague):</source>
        <translation>Toewijzen aan (typ om een collega te vinden):</translation>
    </message>
    <message>
        <source>“%1” is not in your team.</source>
        <translation>„%1” hoort niet bij uw team.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LeadsModel</name>
    <message>
        <source>Lead score %1 of 100:
%2</source>
        <translation>Leadscore %1 van 100:
%2</translation>
    </message>
    <message>
        <source>%1 — visits you have not looked at yet</source>
        <translation>%1 — bezoeken die u nog niet hebt bekeken</translation>
    </message>
    <message>
        <source>%1, new visits</source>
        <translation>%1, nieuwe bezoeken</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
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
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Visits within the period the list is filtered to; all visits when it is not.</source>
        <translation>Bezoeken binnen de periode waarop de lijst gefilterd is; alle bezoeken als dat niet zo is.</translation>
    </message>
    <message>
        <source>Lead score %1 of 100</source>
        <translation>Leadscore %1 van 100</translation>
    </message>
    <message>
        <source>How surely the visits were tied to this company: the best of its matches. Its profile says how each was made.</source>
        <translation>Hoe zeker de bezoeken aan dit bedrijf zijn gekoppeld: de beste koppeling. Het profiel vertelt hoe elke koppeling tot stand kwam.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppeling</translation>
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
        <translation>Zoek bedrijf, plaats of website</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads zoeken</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
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
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Minimum visits</source>
        <translation>Minimaal aantal bezoeken</translation>
    </message>
    <message>
        <source>Visited page contains</source>
        <translation>Bezochte pagina bevat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Any visits</source>
        <translation>Elk aantal bezoeken</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Visited page, e.g. /pricing</source>
        <translation>Bezochte pagina, bijv. /prijzen</translation>
    </message>
    <message>
        <source>All websites</source>
        <translation>Alle websites</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>Alle branches</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle plaatsen</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Elke omvang</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Sign in to see which companies visited your websites.</source>
        <translation>Meld u aan om te zien welke bedrijven uw websites hebben bezocht.</translation>
    </message>
    <message>
        <source>No company matches these filters. Change them, or clear the filters to see every lead.</source>
        <translation>Geen bedrijf voldoet aan deze filters. Pas ze aan, of wis de filters om alle leads te zien.</translation>
    </message>
    <message>
        <source>No visits yet. Companies appear here as soon as they visit a website with the Leadscope tracker — the first sync may take a moment. If nothing arrives, an admin may still have to accept the Data Processing Agreement.</source>
        <translation>Nog geen bezoeken. Bedrijven verschijnen hier zodra ze een website met de Leadscope-tracker bezoeken — de eerste synchronisatie kan even duren. Komt er niets binnen, dan moet een beheerder misschien nog de verwerkersovereenkomst accepteren.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the list, or the selected companies, as CSV, Excel or a PDF report</source>
        <translation>De lijst of de geselecteerde bedrijven exporteren als CSV, Excel of pdf-rapport</translation>
    </message>
    <message>
        <source>No company matches “%1”. The search looks at company names, trade names, cities and websites of every company that visited.</source>
        <translation>Geen bedrijf past bij „%1”. De zoekopdracht kijkt naar bedrijfsnamen, handelsnamen, plaatsen en websites van elk bedrijf dat op bezoek was.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln bedrijf</numerusform>
            <numerusform>%Ln bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Clear the visited page</source>
        <translation>Bezochte pagina wissen</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>Alles als gezien &amp;markeren</translation>
    </message>
    <message>
        <source>Every company in this list stops showing as new</source>
        <translation>Geen bedrijf in deze lijst wordt nog als nieuw getoond</translation>
    </message>
    <message>
        <source>Unseen &amp;only</source>
        <translation>&amp;Alleen ongezien</translation>
    </message>
    <message>
        <source>Sav&amp;e as segment…</source>
        <translation>Opslaan als s&amp;egment…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Any match</source>
        <translation>Elke koppeling</translation>
    </message>
    <message>
        <source>Medium or high match</source>
        <translation>Gemiddelde of hoge koppeling</translation>
    </message>
    <message>
        <source>High match only</source>
        <translation>Alleen hoge koppeling</translation>
    </message>
    <message>
        <source>How surely the visits were tied to the company: a small network registered to it is a high match, a large or loosely linked one low</source>
        <translation>Hoe zeker de bezoeken aan het bedrijf zijn gekoppeld: een klein netwerk op zijn naam is een hoge koppeling, een groot of los gekoppeld netwerk een lage</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LockScreen</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-cijferige code</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code uit uw authenticator-app</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Leadscope is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Leadscope is vergrendeld&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Nothing is shown while you are away. Enter a fresh code from your authenticator app to continue.</source>
        <translation>Terwijl u weg bent, wordt niets getoond. Voer een nieuwe code uit uw authenticator-app in om verder te gaan.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Sign &amp;out instead</source>
        <translation>Liever af&amp;melden</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Enter your password and a code.</source>
        <translation>Voer uw wachtwoord en een code in.</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Voer de zescijferige code uit uw authenticator-app in.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::LoginDialog</name>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>&amp;Aangemeld blijven op deze computer</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Sign in to Leadscope</source>
        <translation>Aanmelden bij Leadscope</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in this computer&apos;s keychain, never in a file.</source>
        <translation>Bewaart een aanmeldtoken in de sleutelhanger van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbinding:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>Voer uw e-mailadres en wachtwoord in.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Toevoegen…</translation>
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
        <translation>Nog geen server — voeg er een toe</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::MailTab</name>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>What the relay said</source>
        <translation>Wat de relay zei</translation>
    </message>
    <message>
        <source>E-mail not yet delivered</source>
        <translation>Nog niet bezorgde e-mail</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Opnieuw &amp;versturen</translation>
    </message>
    <message>
        <source>Nothing is waiting: every alert and digest went out.</source>
        <translation>Er wacht niets: elke melding en elk overzicht is verstuurd.</translation>
    </message>
    <message>
        <source>Try the selected e-mail again now (after the relay was fixed)</source>
        <translation>De gekozen e-mail nu opnieuw proberen (nadat de relay is hersteld)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>This server has no mail relay, so nobody gets e-mail alerts or digests. Its operator sets one up with “leadscope-server serve --smtp”.</source>
        <translation>Deze server heeft geen mailrelay, dus niemand krijgt e-mailmeldingen of overzichten. De beheerder stelt er een in met „leadscope-server serve --smtp”.</translation>
    </message>
    <message>
        <source>Sent in the last 24 hours: %1 · waiting: %2 · failed: %3</source>
        <translation>Verstuurd in de laatste 24 uur: %1 · wachtend: %2 · mislukt: %3</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Rule alert</source>
        <translation>Regelmelding</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
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
        <source>&lt;h3&gt;Leadscope %1&lt;/h3&gt;&lt;p&gt;Shows which companies visit your website and what they looked at — without ever storing a visitor&apos;s IP address.&lt;/p&gt;</source>
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
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
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
        <translation>&amp;Klantreizen</translation>
    </message>
    <message>
        <source>&amp;Search companies</source>
        <translation>Bedrijven &amp;zoeken</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Leadscope shows visit data only after an admin of your organisation has accepted the Data Processing Agreement (Account → Settings → Privacy).</source>
        <translation>Leadscope toont bezoekgegevens pas nadat een beheerder van uw organisatie de verwerkersovereenkomst heeft geaccepteerd (Account → Instellingen → Privacy).</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Account verwijderd</translation>
    </message>
    <message>
        <source>Your account was deleted and the local copy on this computer destroyed. Copies in backups disappear within 30 days.</source>
        <translation>Uw account is verwijderd en de lokale kopie op deze computer vernietigd. Kopieën in back-ups verdwijnen binnen 30 dagen.</translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation>Leads &amp;exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Beheer…</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, TLS and keychain backends, the size of the local copy. Nothing personal or secret.</source>
        <translation>Diagnose gekopieerd: versies, TLS- en sleutelhangerbackends, de grootte van de lokale kopie. Niets persoonlijks of geheims.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Uw nieuwe wachtwoord is ingesteld.</translation>
    </message>
    <message>
        <source>Reading &amp;pane</source>
        <translation>Lees&amp;venster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>The list and the selected company&apos;s profile side by side</source>
        <translation>De lijst en het profiel van het geselecteerde bedrijf naast elkaar</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>&amp;Hidden companies</source>
        <translation>Ver&amp;borgen bedrijven</translation>
    </message>
    <message>
        <source>&amp;Target accounts</source>
        <translation>Doel&amp;accounts</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PasswordChangeDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;You signed in with a one-time password from an admin. Choose a password of your own to continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;U bent ingelogd met een eenmalig wachtwoord van een beheerder. Kies een eigen wachtwoord om verder te gaan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your other sessions end when the password changes; this one goes on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uw andere sessies eindigen zodra het wachtwoord verandert; deze blijft actief.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>6-cijferige code of een herstelcode</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>&amp;Eenmalig wachtwoord:</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Fresh &amp;code from your authenticator app:</source>
        <translation>Nieuwe &amp;code uit uw authenticator-app:</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>At least %1 characters; a few words of your own make a strong password.</source>
        <translation>Minstens %1 tekens; een paar eigen woorden maken een sterk wachtwoord.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PrivacyPage</name>
    <message>
        <source>&amp;Accept the agreement</source>
        <translation>Overeenkomst acc&amp;epteren</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als pd&amp;f…</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Data Processing Agreement</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Tracking on your websites</source>
        <translation>Tracking op uw websites</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>&amp;Keep visits for:</source>
        <translation>Bezoeken &amp;bewaren:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Tracker snippet:</source>
        <translation>Trackerfragment:</translation>
    </message>
    <message>
        <source>Privacy &amp;statement and register entry…</source>
        <translation>Privacy&amp;verklaring en registervermelding…</translation>
    </message>
    <message>
        <source>Leadscope DPA %1.pdf</source>
        <translation>Leadscope verwerkersovereenkomst %1.pdf</translation>
    </message>
    <message>
        <source>I have read this agreement and accept it on behalf of %1</source>
        <translation>Ik heb deze overeenkomst gelezen en accepteer haar namens %1</translation>
    </message>
    <message>
        <source>Only an admin of %1 can accept the agreement.</source>
        <translation>Alleen een beheerder van %1 kan de overeenkomst accepteren.</translation>
    </message>
    <message>
        <source>Only an admin of %1 can accept the agreement: %2.</source>
        <translation>Alleen een beheerder van %1 kan de overeenkomst accepteren: %2.</translation>
    </message>
    <message>
        <source>Changes apply to new visits at once; older visits are removed when they pass the new period.</source>
        <translation>Wijzigingen gelden direct voor nieuwe bezoeken; oudere bezoeken worden verwijderd zodra ze de nieuwe termijn overschrijden.</translation>
    </message>
    <message>
        <source>Only an admin can change these.</source>
        <translation>Alleen een beheerder kan dit wijzigen.</translation>
    </message>
    <message>
        <source>Loading the agreement…</source>
        <translation>Overeenkomst laden…</translation>
    </message>
    <message>
        <source>Data Processing Agreement %1</source>
        <translation>Verwerkersovereenkomst %1</translation>
    </message>
    <message>
        <source>Version %1 was accepted for %2 by %3 on %4.</source>
        <translation>Versie %1 is voor %2 geaccepteerd door %3 op %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 is waiting for an admin.&lt;/b&gt; %2 accepted version %3 on %4; until the new version is accepted, no visit data is shown.</source>
        <translation>&lt;b&gt;Versie %1 wacht op een beheerder.&lt;/b&gt; %2 accepteerde versie %3 op %4; tot de nieuwe versie is geaccepteerd, worden geen bezoekgegevens getoond.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 has not been accepted yet.&lt;/b&gt; The law requires this agreement before Leadscope may process visits for %2, so no visit data is shown until an admin accepts it.</source>
        <translation>&lt;b&gt;Versie %1 is nog niet geaccepteerd.&lt;/b&gt; De wet vereist deze overeenkomst voordat Leadscope bezoeken voor %2 mag verwerken, dus er worden geen bezoekgegevens getoond tot een beheerder haar accepteert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>&lt;!-- Paste before &lt;/head&gt; on every page of %1. Call leadscope(&apos;consent&apos;) when the visitor agrees in your cookie banner; until then nothing is set or sent. --&gt;</source>
        <translation>&lt;!-- Plak vóór &lt;/head&gt; op elke pagina van %1. Roep leadscope(&apos;consent&apos;) aan zodra de bezoeker in uw cookiebanner toestemming geeft; tot dan wordt niets geplaatst of verstuurd. --&gt;</translation>
    </message>
    <message>
        <source>&lt;!-- Paste before &lt;/head&gt; on every page of %1. --&gt;</source>
        <translation>&lt;!-- Plak vóór &lt;/head&gt; op elke pagina van %1. --&gt;</translation>
    </message>
    <message>
        <source>You must describe Leadscope in your privacy statement and in your register of processing activities. Leadscope writes both for you, in English, Dutch and German.</source>
        <translation>U moet Leadscope beschrijven in uw privacyverklaring en in uw register van verwerkingsactiviteiten. Leadscope schrijft beide voor u, in het Nederlands, Engels en Duits.</translation>
    </message>
    <message>
        <source>Website of the snippet</source>
        <translation>Website van de snippet</translation>
    </message>
    <message>
        <source>Domain of the website to add</source>
        <translation>Domein van de website die u toevoegt</translation>
    </message>
    <message>
        <source>www.company.example</source>
        <translation>www.bedrijf.example</translation>
    </message>
    <message>
        <source>Stop tracking the website chosen above</source>
        <translation>Stoppen met meten op de website hierboven</translation>
    </message>
    <message>
        <source>Add your website&apos;s domain above to get its snippet.</source>
        <translation>Voeg hierboven het domein van uw website toe om het fragment te krijgen.</translation>
    </message>
    <message>
        <source>An admin adds the websites; their snippets show here.</source>
        <translation>Een beheerder voegt de websites toe; hun fragmenten staan dan hier.</translation>
    </message>
    <message>
        <source>Enter the website&apos;s domain, e.g. www.company.example.</source>
        <translation>Vul het domein van de website in, bijvoorbeeld www.bedrijf.example.</translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation>Website verwijderen</translation>
    </message>
    <message>
        <source>Stop tracking %1? Its snippet stops working within a minute; its visits stay until the retention period removes them.</source>
        <translation>Stoppen met meten op %1? Het fragment werkt binnen een minuut niet meer; de bezoeken blijven tot de bewaartermijn ze verwijdert.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Add &amp;website</source>
        <translation>&amp;Website toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>C&amp;opy snippet</source>
        <translation>Fragment &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::PrivacyStatementDialog</name>
    <message>
        <source>Privacy statement and register entry</source>
        <translation>Privacyverklaring en registervermelding</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>For your &amp;privacy statement</source>
        <translation>Voor uw &amp;privacyverklaring</translation>
    </message>
    <message>
        <source>For your &amp;register (Article 30)</source>
        <translation>Voor uw &amp;register (artikel 30)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als p&amp;df…</translation>
    </message>
    <message>
        <source>Filled from your organisation&apos;s websites, tracking mode and retention. Read it through and adapt it to your own statement&apos;s style; it is not legal advice.</source>
        <translation>Ingevuld met de websites, trackingmodus en bewaartermijn van uw organisatie. Lees het na en pas het aan de stijl van uw eigen verklaring aan; het is geen juridisch advies.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>privacy-statement.pdf</source>
        <translation>privacyverklaring.pdf</translation>
    </message>
    <message>
        <source>register-entry.pdf</source>
        <translation>registervermelding.pdf</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Registervermelding</translation>
    </message>
    <message>
        <source>privacy-statement.md</source>
        <translation>privacyverklaring.md</translation>
    </message>
    <message>
        <source>register-entry.md</source>
        <translation>registervermelding.md</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Markdown text (*.md);;Text (*.txt)</source>
        <translation>Markdown-tekst (*.md);;Tekst (*.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation>Duits (Deutsch)</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-code voor uw authenticator-app</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RecoveryCodesDialog</name>
    <message>
        <source>Your recovery codes</source>
        <translation>Uw herstelcodes</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you lose your phone, each of these codes signs you in &lt;b&gt;once&lt;/b&gt; instead of a code from your authenticator app. They are shown only now: print them or save them as PDF, and keep them somewhere other than this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Raakt u uw telefoon kwijt, dan logt elk van deze codes u &lt;b&gt;één keer&lt;/b&gt; in in plaats van een code uit uw authenticator-app. Ze worden alleen nu getoond: druk ze af of bewaar ze als PDF, en bewaar ze ergens anders dan op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Leadscope recovery codes</source>
        <translation>Leadscope-herstelcodes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>I have &amp;stored them</source>
        <translation>Ik heb ze &amp;bewaard</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ReportMatchDialog</name>
    <message>
        <source>An &amp;internet provider: people at home or on the road</source>
        <translation>Een &amp;internetprovider: mensen thuis of onderweg</translation>
    </message>
    <message>
        <source>&amp;Another company:</source>
        <translation>Een ander &amp;bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Not a company: a school, a shared office, a guest network</source>
        <translation>&amp;Geen bedrijf: een school, een gedeeld kantoor, een gastnetwerk</translation>
    </message>
    <message>
        <source>Also change the &amp;past visits from this network</source>
        <translation>Ook de &amp;eerdere bezoeken vanaf dit netwerk wijzigen</translation>
    </message>
    <message>
        <source>Report wrong company</source>
        <translation>Verkeerd bedrijf melden</translation>
    </message>
    <message>
        <source>Leadscope tied the latest visit to “%1”.</source>
        <translation>Leadscope koppelde het laatste bezoek aan “%1”.</translation>
    </message>
    <message>
        <source>Leadscope tied this visit to “%1”.</source>
        <translation>Leadscope koppelde dit bezoek aan “%1”.</translation>
    </message>
    <message>
        <source>Whose network is it?</source>
        <translation>Van wie is het netwerk?</translation>
    </message>
    <message>
        <source>Name or registry number</source>
        <translation>Naam of KvK-nummer</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Zoeken in het register</translation>
    </message>
    <message>
        <source>Companies in the register</source>
        <translation>Bedrijven in het register</translation>
    </message>
    <message>
        <source>What you know, e.g. “our contact there works from home”</source>
        <translation>Wat u weet, bijv. “onze contactpersoon daar werkt thuis”</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>The visits already recorded from this network move to the right company, or leave the leads when it is no company&apos;s</source>
        <translation>De bezoeken die al vanaf dit netwerk zijn vastgelegd, gaan naar het juiste bedrijf, of verdwijnen uit de leads als het van geen bedrijf is</translation>
    </message>
    <message>
        <source>Managers and admins can change the visits already recorded</source>
        <translation>Managers en beheerders kunnen de al vastgelegde bezoeken wijzigen</translation>
    </message>
    <message>
        <source>Your organisation&apos;s next visits from this network follow your report at once. The operator of the register sees it too, and may correct the register for everyone.</source>
        <translation>De volgende bezoeken vanaf dit netwerk volgen direct uw melding. De beheerder van het register ziet haar ook en kan het register voor iedereen corrigeren.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Searching the register…</source>
        <translation>Zoeken in het register…</translation>
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
        <translation>Geen bedrijf in het register heeft die naam of dat nummer.</translation>
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
        <translation>Aan: de regel handelt bij nieuwe bezoeken</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bewerken</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>e.g. Pricing visitors</source>
        <translation>bijv. Bezoekers van de prijzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message numerus="yes">
        <source>Test on the last %n day(s)</source>
        <translation>
            <numerusform>Testen op de laatste %n dag</numerusform>
            <numerusform>Testen op de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>See how often this rule would have acted, and on which companies, before you save it.</source>
        <translation>Zie hoe vaak deze regel zou hebben gehandeld, en bij welke bedrijven, voordat u hem bewaart.</translation>
    </message>
    <message>
        <source>Companies it would have acted on</source>
        <translation>Bedrijven waarbij hij zou hebben gehandeld</translation>
    </message>
    <message>
        <source>Managers and admins change rules; you see what they do.</source>
        <translation>Managers en beheerders wijzigen regels; u ziet wat ze doen.</translation>
    </message>
    <message>
        <source>When a visit…</source>
        <translation>Als een bezoek…</translation>
    </message>
    <message>
        <source>e.g. /prijzen* — * stands for anything</source>
        <translation>bijv. /prijzen* — * staat voor alles</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> pagina’s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Which visit</source>
        <translation>Welk bezoek</translation>
    </message>
    <message>
        <source>Any visit</source>
        <translation>Elk bezoek</translation>
    </message>
    <message>
        <source>The company&apos;s first visit</source>
        <translation>Het eerste bezoek van het bedrijf</translation>
    </message>
    <message>
        <source>A return within…</source>
        <translation>Terug binnen…</translation>
    </message>
    <message>
        <source>Back within</source>
        <translation>Terug binnen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>views a &amp;page like:</source>
        <translation>een &amp;pagina bekijkt zoals:</translation>
    </message>
    <message>
        <source>has at &amp;least:</source>
        <translation>&amp;minstens heeft:</translation>
    </message>
    <message>
        <source>lasts at least:</source>
        <translation>minstens duurt:</translation>
    </message>
    <message>
        <source>comes &amp;via:</source>
        <translation>komt &amp;via:</translation>
    </message>
    <message>
        <source>with &amp;campaign:</source>
        <translation>met &amp;campagne:</translation>
    </message>
    <message>
        <source>and is:</source>
        <translation>en is:</translation>
    </message>
    <message>
        <source>…by a company</source>
        <translation>…van een bedrijf</translation>
    </message>
    <message>
        <source>e.g. 62 for IT services</source>
        <translation>bijv. 62 voor IT-diensten</translation>
    </message>
    <message>
        <source>e.g. NL</source>
        <translation>bijv. NL</translation>
    </message>
    <message>
        <source>in the &amp;industry:</source>
        <translation>in de &amp;branche:</translation>
    </message>
    <message>
        <source>with an SBI code starting:</source>
        <translation>met een SBI-code die begint met:</translation>
    </message>
    <message>
        <source>with &amp;employees:</source>
        <translation>met &amp;werknemers:</translation>
    </message>
    <message>
        <source>in the cit&amp;y:</source>
        <translation>in de &amp;plaats:</translation>
    </message>
    <message>
        <source>in the country:</source>
        <translation>in het land:</translation>
    </message>
    <message>
        <source>on our &amp;website:</source>
        <translation>op onze &amp;website:</translation>
    </message>
    <message>
        <source>with the stat&amp;us:</source>
        <translation>met de stat&amp;us:</translation>
    </message>
    <message>
        <source>ta&amp;gged:</source>
        <translation>met ta&amp;g:</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>e.g. pricing, hot — separated by commas</source>
        <translation>bijv. prijzen, heet — gescheiden door komma’s</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Laten zoals hij is</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Toewijzen aan</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Inlichten</translation>
    </message>
    <message>
        <source>Only a company nobody has yet; several colleagues take turns.</source>
        <translation>Alleen een bedrijf dat nog niemand heeft; meerdere collega’s om de beurt.</translation>
    </message>
    <message>
        <source>&amp;add tags:</source>
        <translation>tags &amp;toevoegen:</translation>
    </message>
    <message>
        <source>n&amp;otify:</source>
        <translation>&amp;inlichten:</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geef de regel een naam.</translation>
    </message>
    <message>
        <source>Choose what the rule does: add a tag, set a status, assign or notify.</source>
        <translation>Kies wat de regel doet: een tag toevoegen, een status zetten, toewijzen of inlichten.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>De test kon niet draaien: %1</translation>
    </message>
    <message numerus="yes">
        <source>Would not have acted on any of the %Ln visit(s) of the last %1 days.</source>
        <translation>
            <numerusform>Zou bij geen van de %Ln bezoek van de laatste %1 dagen hebben gehandeld.</numerusform>
            <numerusform>Zou bij geen van de %Ln bezoeken van de laatste %1 dagen hebben gehandeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would have acted %Ln time(s)</source>
        <translation>
            <numerusform>Zou %Ln keer hebben gehandeld</numerusform>
            <numerusform>Zou %Ln keer hebben gehandeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln compan(y/ies)</source>
        <translation>
            <numerusform>bij %Ln bedrijf</numerusform>
            <numerusform>bij %Ln bedrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %1 % of the %Ln visit(s) of the last %2 days.</source>
        <translation>
            <numerusform>— %1 % van het %Ln bezoek van de laatste %2 dagen.</numerusform>
            <numerusform>— %1 % van de %Ln bezoeken van de laatste %2 dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln keer)</numerusform>
            <numerusform>%1 (%Ln keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this rule?</source>
        <translation>Deze regel bewaren?</translation>
    </message>
    <message>
        <source>This rule would have acted on %1 % of all visits of the last %2 days: it would tag, assign or notify for nearly every company. Save it anyway?</source>
        <translation>Deze regel zou bij %1 % van alle bezoeken van de laatste %2 dagen hebben gehandeld: hij zou bijna elk bedrijf taggen, toewijzen of melden. Toch bewaren?</translation>
    </message>
    <message>
        <source>c&amp;hange the status to:</source>
        <translation>de status &amp;zetten op:</translation>
    </message>
    <message>
        <source>assign to:</source>
        <translation>toewijzen aan:</translation>
    </message>
    <message>
        <source>on the target list:</source>
        <translation>op de doellijst:</translation>
    </message>
    <message>
        <source>Medium or high confidence</source>
        <translation>Gemiddelde of hoge zekerheid</translation>
    </message>
    <message>
        <source>Any confidence, low too</source>
        <translation>Elke zekerheid, ook laag</translation>
    </message>
    <message>
        <source>High confidence only</source>
        <translation>Alleen hoge zekerheid</translation>
    </message>
    <message>
        <source>How surely the visit was tied to its company. Rules leave low-confidence matches (large or loosely linked networks) alone unless you choose otherwise.</source>
        <translation>Hoe zeker het bezoek aan zijn bedrijf is gekoppeld. Regels laten koppelingen met lage zekerheid (grote of los gekoppelde netwerken) met rust, tenzij u anders kiest.</translation>
    </message>
    <message>
        <source>is &amp;matched with:</source>
        <translation>is ge&amp;koppeld met:</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::RulesPage</name>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Nieuwe regel…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>Acted (30 days)</source>
        <translation>Gehandeld (30 dagen)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Rules act on visits as they happen, also while Leadscope is closed: they tag, set a status, assign and notify. What a rule did shows on the company.</source>
        <translation>Regels handelen bij bezoeken zodra ze gebeuren, ook als Leadscope gesloten is: ze taggen, zetten een status, wijzen toe en lichten in. Wat een regel deed, staat bij het bedrijf.</translation>
    </message>
    <message>
        <source>Rules act on visits as they happen: they tag, set a status, assign and notify. What a rule did shows on the company. Managers and admins change rules.</source>
        <translation>Regels handelen bij bezoeken zodra ze gebeuren: ze taggen, zetten een status, wijzen toe en lichten in. Wat een regel deed, staat bij het bedrijf. Managers en beheerders wijzigen regels.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>toewijzen aan %1</translation>
    </message>
    <message>
        <source>assign in turn to %1</source>
        <translation>om de beurt toewijzen aan %1</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>%1 inlichten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln keer</numerusform>
            <numerusform>%Ln keer</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>No rules yet. A rule can, for example, tag every company that looks at your prices and give it to a colleague: choose New rule.</source>
        <translation>Nog geen regels. Een regel kan bijvoorbeeld elk bedrijf dat uw prijzen bekijkt een tag geven en aan een collega toewijzen: kies Nieuwe regel.</translation>
    </message>
    <message>
        <source>No rules yet. Managers and admins can add them.</source>
        <translation>Nog geen regels. Managers en beheerders kunnen ze toevoegen.</translation>
    </message>
    <message>
        <source>Not signed in: rules are kept on the server.</source>
        <translation>Niet aangemeld: regels staan op de server.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? What it already did (tags, assignments, its notes on companies) stays.</source>
        <translation>De regel “%1” verwijderen? Wat hij al deed (tags, toewijzingen, zijn notities bij bedrijven) blijft.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
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
        <translation>Productie</translation>
    </message>
    <message>
        <source>None — the system&apos;s certificate authorities</source>
        <translation>Geen — de certificaatautoriteiten van het systeem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Only needed for a server with its own certificate authority, such as the demo server or a self-hosted one. Verification is never switched off.</source>
        <translation>Alleen nodig voor een server met een eigen certificaatautoriteit, zoals de demoserver of een zelf gehoste. De controle wordt nooit uitgeschakeld.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificaatautoriteit:</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>Certificaatautoriteit van de server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>When &amp;new companies visit</source>
        <translation>Als &amp;nieuwe bedrijven op bezoek komen</translation>
    </message>
    <message>
        <source>When companies tagged “watch” &amp;return</source>
        <translation>Als bedrijven met label “watch” &amp;terugkomen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Meld mij:</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Vergrendelen na inactiviteit:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchroniseren elke:</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>Mijn account &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signed in as &lt;b&gt;%1&lt;/b&gt;, %2 at &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aangemeld als &lt;b&gt;%1&lt;/b&gt;, %2 bij &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Applies when Leadscope starts again.</source>
        <translation>Geldt zodra Leadscope opnieuw start.</translation>
    </message>
    <message>
        <source>New &amp;recovery codes…</source>
        <translation>Nieuwe &amp;herstelcodes…</translation>
    </message>
    <message>
        <source>Your password is changed; your other sessions have ended.</source>
        <translation>Uw wachtwoord is gewijzigd; uw andere sessies zijn beëindigd.</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nieuwe herstelcodes</translation>
    </message>
    <message>
        <source>Your current recovery codes stop working. Enter a fresh code from your authenticator app:</source>
        <translation>Uw huidige herstelcodes werken dan niet meer. Voer een nieuwe code uit uw authenticator-app in:</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>When a rule asks to &amp;tell me</source>
        <translation>Als een &amp;regel vraagt mij in te lichten</translation>
    </message>
    <message>
        <source>Al&amp;erts</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Older visits stay on the server: a company&apos;s profile shows them when you ask. A longer period downloads your leads again.</source>
        <translation>Oudere bezoeken blijven op de server: het profiel van een bedrijf toont ze als u erom vraagt. Een langere periode downloadt uw leads opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Keep visits of the last:</source>
        <translation>&amp;Bezoeken bewaren van de laatste:</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::SignInFlow</name>
    <message>
        <source>Add the server you want to sign in to.</source>
        <translation>Voeg de server toe waarbij u zich wilt aanmelden.</translation>
    </message>
    <message>
        <source>%1 · %2, certificate verified (issued by %3)</source>
        <translation>%1 · %2, certificaat gecontroleerd (uitgegeven door %3)</translation>
    </message>
    <message>
        <source>%1 · not verified yet</source>
        <translation>%1 · nog niet gecontroleerd</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop syncing; what arrived so far is kept.</source>
        <translation>Stop met synchroniseren; wat al binnen is, blijft bewaard.</translation>
    </message>
    <message>
        <source>Why no data?</source>
        <translation>Waarom geen gegevens?</translation>
    </message>
    <message>
        <source>Visit data is shown once an admin has accepted the Data Processing Agreement.</source>
        <translation>Bezoekgegevens worden getoond zodra een beheerder de verwerkersovereenkomst heeft geaccepteerd.</translation>
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
    <message>
        <source>No server configured</source>
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <source>No data until the DPA is accepted</source>
        <translation>Geen gegevens tot de verwerkersovereenkomst is geaccepteerd</translation>
    </message>
    <message>
        <source>Offline — showing the local copy</source>
        <translation>Offline — de lokale kopie wordt getoond</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
    <message>
        <source>Syncing… %1 changes, about %2 to go</source>
        <translation>Synchroniseren… %1 wijzigingen, nog ongeveer %2 te gaan</translation>
    </message>
    <message>
        <source>Syncing… %1 changes (%2 pages)</source>
        <translation>Synchroniseren… %1 wijzigingen (%2 pagina&apos;s)</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Sleutelhanger niet beschikbaar</translation>
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
        <translation>Gevolgde bedrijven kwamen terug: %1</translation>
    </message>
    <message>
        <source>New companies: %1 (%2 in all)</source>
        <translation>Nieuwe bedrijven: %1 (%2 in totaal)</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regel “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rule alert(s)</source>
        <translation>
            <numerusform>…en nog %n melding van regels</numerusform>
            <numerusform>…en nog %n meldingen van regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook “%1” is paused. Resume it in Administration → Integrations.</source>
        <translation>Webhook “%1” is gepauzeerd. Hervat hem in Beheer → Koppelingen.</translation>
    </message>
    <message>
        <source>Webhook “%1” is paused: %2. Resume it in Administration → Integrations when its receiver works again.</source>
        <translation>Webhook “%1” is gepauzeerd: %2. Hervat hem in Beheer → Koppelingen zodra de ontvanger weer werkt.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TargetListsPage</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nieuwe lijst…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Show in leads</source>
        <translation>&amp;Tonen in de leads</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>The accounts your team goes after. Rules can act when a company on a list visits; the leads list shows a list&apos;s companies with every filter at hand.</source>
        <translation>De accounts waar uw team op jaagt. Regels kunnen handelen als een bedrijf van een lijst op bezoek komt; de leadslijst toont de bedrijven van een lijst met alle filters bij de hand.</translation>
    </message>
    <message>
        <source>Target-account lists</source>
        <translation>Doellijsten</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Bezocht</translation>
    </message>
    <message>
        <source>Visited this week</source>
        <translation>Bezocht deze week</translation>
    </message>
    <message>
        <source>Add companies from a CSV file of registry numbers or websites, one per row</source>
        <translation>Bedrijven toevoegen uit een CSV-bestand met KvK-nummers of websites, één per regel</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Lijst verwijderen</translation>
    </message>
    <message>
        <source>Delete the list “%1”? Its companies stay where they are; rules that ask for the list stop matching.</source>
        <translation>De lijst “%1” verwijderen? Zijn bedrijven blijven waar ze zijn; regels die naar de lijst vragen, gaan niet meer af.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No target-account lists yet. Make one with New list…, then import your accounts or add companies from their profiles.</source>
        <translation>Nog geen doellijsten. Maak er een met Nieuwe lijst…, importeer dan uw accounts of voeg bedrijven toe vanuit hun profiel.</translation>
    </message>
    <message>
        <source>No target-account lists yet. Managers and admins can make them.</source>
        <translation>Nog geen doellijsten. Managers en beheerders kunnen ze maken.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nieuwe lijst</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Naam van de lijst:</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Belangrijke accounts</translation>
    </message>
    <message>
        <source>Import into “%1”</source>
        <translation>Importeren in “%1”</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 is groter dan 20 MB; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>The file holds no registry numbers or websites.</source>
        <translation>Het bestand bevat geen KvK-nummers of websites.</translation>
    </message>
    <message>
        <source>Row %1, “%2”: %3</source>
        <translation>Regel %1, “%2”: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln regel gelezen</numerusform>
            <numerusform>%Ln regels gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched a company</source>
        <translation>
            <numerusform>%Ln hoorde bij een bedrijf</numerusform>
            <numerusform>%Ln hoorden bij een bedrijf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added to the list</source>
        <translation>
            <numerusform>%Ln toegevoegd aan de lijst</numerusform>
            <numerusform>%Ln toegevoegd aan de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln did not match</source>
        <translation>
            <numerusform>%Ln hoorde nergens bij</numerusform>
            <numerusform>%Ln hoorden nergens bij</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>See the details for each row that matched nothing.</source>
        <translation>Zie de details voor elke regel die nergens bij hoorde.</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TeamHistory</name>
    <message>
        <source>Team history</source>
        <translation>Teamgeschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>No longer assigned to anyone</source>
        <translation>Niet meer aan iemand toegewezen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Toegewezen aan %1</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>Tags toegevoegd: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation>Tags verwijderd: %1</translation>
    </message>
    <message>
        <source>Cleared the note</source>
        <translation>Notitie gewist</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Notitie: “%1”</translation>
    </message>
    <message>
        <source>Nothing yet: when someone in your team changes the status, assignee, tags or note, it is listed here with who and when.</source>
        <translation>Nog niets: wanneer iemand in je team de status, toewijzing, tags of notitie wijzigt, staat het hier met wie en wanneer.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <source>A rule</source>
        <translation>Een regel</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regel “%1”</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TrackerCheck</name>
    <message>
        <source>⏳ Waiting for the first visit to %1… Once the snippet is on the website, open one of its pages in a browser.</source>
        <translation>⏳ Wachten op het eerste bezoek aan %1… Open een pagina van de website in een browser zodra de snippet erop staat.</translation>
    </message>
    <message>
        <source>Waiting for the first visit to %1</source>
        <translation>Wachten op het eerste bezoek aan %1</translation>
    </message>
    <message>
        <source>✓ The tracker works: %1 sent a visit (%2).</source>
        <translation>✓ De tracker werkt: %1 stuurde een bezoek (%2).</translation>
    </message>
    <message>
        <source>The tracker works on %1</source>
        <translation>De tracker werkt op %1</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::TwoFactorDialog</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Tweestapsverificatie</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>code van 6 cijfers</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code uit uw authenticator-app</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Set up two-factor authentication.&lt;/b&gt; Leadscope asks for a code from an authenticator app (such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) each time you sign in, so a stolen password alone is not enough.&lt;/p&gt;&lt;p&gt;Scan this code with the app, or type the key below into it, then enter the six digits it shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Stel tweestapsverificatie in.&lt;/b&gt; Leadscope vraagt bij elke aanmelding om een code uit een authenticator-app (zoals FreeOTP, Aegis, Google Authenticator of Microsoft Authenticator), zodat een gestolen wachtwoord alleen niet genoeg is.&lt;/p&gt;&lt;p&gt;Scan deze code met de app, of typ de sleutel hieronder erin, en voer dan de zes cijfers in die de app toont.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Voer de code van zes cijfers uit uw authenticator-app in.</translation>
    </message>
    <message numerus="yes">
        <source>The code changes in %n second(s).</source>
        <translation>
            <numerusform>De code verandert over %n seconde.</numerusform>
            <numerusform>De code verandert over %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadscope::ui::UsersTab</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Tweestaps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>naam@bedrijf.example</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rol wijzigen</translation>
    </message>
    <message>
        <source>New user:</source>
        <translation>Nieuwe gebruiker:</translation>
    </message>
    <message>
        <source>Selected user:</source>
        <translation>Geselecteerde gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <source>Remove %1? They are signed out at once and can no longer sign in.</source>
        <translation>%1 verwijderen? Deze gebruiker wordt direct afgemeld en kan zich niet meer aanmelden.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s e-mail address.</source>
        <translation>Vul het e-mailadres van de nieuwe gebruiker in.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Wachtwoord &amp;opnieuw instellen…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Twee&amp;stapsverificatie opnieuw instellen…</translation>
    </message>
    <message>
        <source>Reset two-factor authentication of %1? They are signed out now and set up their authenticator app again at the next sign-in; their recovery codes stop working.</source>
        <translation>Tweestapsverificatie van %1 opnieuw instellen? Deze persoon wordt nu uitgelogd en stelt bij de volgende keer inloggen de authenticator-app opnieuw in; de herstelcodes werken niet meer.</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their password stops working and they are signed out now; at the next sign-in they choose a new one.</source>
        <translation>%1 een nieuw eenmalig wachtwoord geven? Het huidige wachtwoord werkt dan niet meer en deze persoon wordt nu uitgelogd; bij de volgende keer inloggen kiest deze een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Tweestapsverificatie opnieuw instellen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your own authenticator app:</source>
        <translation>Bevestig met een nieuwe code uit uw eigen authenticator-app:</translation>
    </message>
    <message>
        <source>Give %1 this one-time password through a channel you trust. It is shown only now; at the next sign-in they choose a password of their own.</source>
        <translation>Geef %1 dit eenmalige wachtwoord via een kanaal dat u vertrouwt. Het wordt alleen nu getoond; bij de volgende keer inloggen kiest deze persoon een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Give %1 this one-time password through a channel you trust. It is shown only now; at the first sign-in they choose a password of their own and set up two-factor authentication.</source>
        <translation>Geef %1 dit eenmalige wachtwoord via een kanaal dat u vertrouwt. Het wordt alleen nu getoond; bij de eerste aanmelding kiest de gebruiker een eigen wachtwoord en stelt tweestapsverificatie in.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>E-mail address of the new user</source>
        <translation>E-mailadres van de nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rol van de nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rol van de geselecteerde gebruiker</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::WebhookDialog</name>
    <message>
        <source>New webhook</source>
        <translation>Nieuwe webhook</translation>
    </message>
    <message>
        <source>e.g. CRM</source>
        <translation>bijv. CRM</translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation>6 cijfers of een herstelcode</translation>
    </message>
    <message>
        <source>A rule fired (with the rule, why and what it did)</source>
        <translation>Een regel ging af (met de regel, waarom en wat hij deed)</translation>
    </message>
    <message>
        <source>A company visited for the first time</source>
        <translation>Een bedrijf bezocht voor het eerst</translation>
    </message>
    <message>
        <source>A visit ended (30 minutes after its last page)</source>
        <translation>Een bezoek is afgelopen (30 minuten na de laatste pagina)</translation>
    </message>
    <message>
        <source>A colleague changed a company&apos;s status, tags, owner or note</source>
        <translation>Een collega wijzigde status, labels, eigenaar of notitie van een bedrijf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Gebeurtenissen:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Leadscope signs each delivery; the secret to check it with is shown once, after the webhook is added. Deliveries that fail are tried again for up to 3 days.</source>
        <translation>Leadscope ondertekent elk bericht; het geheim om dat te controleren wordt één keer getoond, nadat de webhook is toegevoegd. Mislukte berichten worden tot 3 dagen lang opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>The address must start with https:// — webhooks are sent only encrypted.</source>
        <translation>Het adres moet met https:// beginnen — webhooks gaan alleen versleuteld.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Kies minstens één gebeurtenis.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>A webhook (signed JSON for your own systems)</source>
        <translation>Een webhook (ondertekende JSON voor uw eigen systemen)</translation>
    </message>
    <message>
        <source>A Slack channel (incoming webhook)</source>
        <translation>Een Slack-kanaal (incoming webhook)</translation>
    </message>
    <message>
        <source>A Microsoft Teams channel (workflow or incoming webhook)</source>
        <translation>Een Microsoft Teams-kanaal (workflow of incoming webhook)</translation>
    </message>
    <message>
        <source>Sends &amp;to:</source>
        <translation>&amp;Stuurt naar:</translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation>Taal van &amp;berichten:</translation>
    </message>
    <message>
        <source>https://… (the workflow&apos;s or the incoming webhook&apos;s address)</source>
        <translation>https://… (het adres van de workflow of de incoming webhook)</translation>
    </message>
    <message>
        <source>Leadscope posts a message for each event to the channel, in the language chosen here. The address is a secret of its own: whoever has it can post to the channel. Messages that fail are tried again for up to 3 days.</source>
        <translation>Leadscope plaatst voor elke gebeurtenis een bericht in het kanaal, in de taal die u hier kiest. Het adres is zelf een geheim: wie het heeft, kan in het kanaal plaatsen. Berichten die mislukken, worden tot 3 dagen lang opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Change webhook</source>
        <translation>Webhook wijzigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Private app to&amp;ken:</source>
        <translation>&amp;Private-app-token:</translation>
    </message>
    <message>
        <source>A HubSpot account (companies and visit notes)</source>
        <translation>Een HubSpot-account (bedrijven en bezoeknotities)</translation>
    </message>
    <message>
        <source>Leadscope writes each company to HubSpot — matched to the one HubSpot has by registry number or website, otherwise created — with its owner when a colleague is assigned, and adds a note for each finished visit. Create a private app in HubSpot with the scopes listed in the Integrations guide and paste its access token: the server keeps it encrypted and never shows it again.</source>
        <translation>Leadscope schrijft elk bedrijf naar HubSpot — gekoppeld aan het bedrijf dat HubSpot al heeft op KvK-nummer of website, anders aangemaakt — met de eigenaar als een collega is toegewezen, en voegt een notitie toe voor elk afgerond bezoek. Maak in HubSpot een private app met de scopes uit de integratiehandleiding en plak het toegangstoken: de server bewaart het versleuteld en toont het nooit meer.</translation>
    </message>
    <message>
        <source>(unchanged — paste a new token to replace it)</source>
        <translation>(ongewijzigd — plak een nieuw token om het te vervangen)</translation>
    </message>
</context>
<context>
    <name>leadscope::ui::Workspace</name>
    <message>
        <source>Search companies (Ctrl+K)</source>
        <translation>Bedrijven zoeken (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Bedrijven zoeken</translation>
    </message>
    <message>
        <source>Navigation and saved segments</source>
        <translation>Navigatie en opgeslagen segmenten</translation>
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
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Opgeslagen segmenten</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Segment opslaan</translation>
    </message>
    <message>
        <source>Nothing to show until the encrypted local copy can be opened: see the message above.</source>
        <translation>Niets te tonen tot de versleutelde lokale kopie geopend kan worden: zie de melding hierboven.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Saves these filters: %1.

Name of the segment:</source>
        <translation>Bewaart deze filters: %1.

Naam van het segment:</translation>
    </message>
    <message>
        <source>Leads, %1 new</source>
        <translation>Leads, %1 nieuw</translation>
    </message>
    <message>
        <source>%1, %2 companies, %3 new</source>
        <translation>%1, %2 bedrijven, %3 nieuw</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nieuw</translation>
    </message>
    <message>
        <source>%1 · %2 new</source>
        <translation>%1 · %2 nieuw</translation>
    </message>
    <message>
        <source>Move to the server</source>
        <translation>Naar de server</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Hier houden</translation>
    </message>
    <message numerus="yes">
        <source>%n saved segment(s) are on this computer only. Move them to the server, so that they are on every computer you sign in to? They stay personal until you share them.</source>
        <translation>
            <numerusform>%n opgeslagen segment staat alleen op deze computer. Naar de server verplaatsen, zodat het op elke computer staat waarop u zich aanmeldt? Het blijft persoonlijk tot u het deelt.</numerusform>
            <numerusform>%n opgeslagen segmenten staan alleen op deze computer. Naar de server verplaatsen, zodat ze op elke computer staan waarop u zich aanmeldt? Ze blijven persoonlijk tot u ze deelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Alleen op deze computer</translation>
    </message>
    <message>
        <source>Shared by %1; you may change it</source>
        <translation>Gedeeld door %1; u mag het wijzigen</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Gedeeld door %1</translation>
    </message>
    <message>
        <source>Shared with your team, who may change it</source>
        <translation>Gedeeld met uw team, dat het mag wijzigen</translation>
    </message>
    <message>
        <source>Shared with your team</source>
        <translation>Gedeeld met uw team</translation>
    </message>
    <message>
        <source>Yours, on every computer you sign in to</source>
        <translation>Van u, op elke computer waarop u zich aanmeldt</translation>
    </message>
    <message>
        <source>%1 · right-click for more</source>
        <translation>%1 · rechtsklik voor meer</translation>
    </message>
    <message>
        <source>&amp;Save the current filters into “%1”</source>
        <translation>Huidige filters op&amp;slaan in ‘%1’</translation>
    </message>
    <message>
        <source>&amp;Move “%1” to the server</source>
        <translation>‘%1’ naar de server &amp;verplaatsen</translation>
    </message>
    <message>
        <source>S&amp;hare with the team</source>
        <translation>&amp;Delen met het team</translation>
    </message>
    <message>
        <source>&amp;Only me</source>
        <translation>Alleen &amp;ik</translation>
    </message>
    <message>
        <source>The team may &amp;look at it</source>
        <translation>Het team mag het &amp;bekijken</translation>
    </message>
    <message>
        <source>The team may &amp;change it</source>
        <translation>Het team mag het &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>‘%1’ ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Not hidden</source>
        <translation>Niet verborgen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Target-account list not changed</source>
        <translation>Doellijst niet gewijzigd</translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>Doelaccounts</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past visit(s) from this network changed. They arrive with the next sync, in a moment.</source>
        <translation>
            <numerusform>%Ln eerder bezoek vanaf dit netwerk is gewijzigd. Het komt zo met de volgende synchronisatie.</numerusform>
            <numerusform>%Ln eerdere bezoeken vanaf dit netwerk zijn gewijzigd. Ze komen zo met de volgende synchronisatie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Niet verbonden met de server.</translation>
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
        <translation>Er is geen serverprofiel met de naam „%1”.</translation>
    </message>
</context>
</TS>
