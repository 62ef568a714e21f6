<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ChatMessage</name>
    <message>
        <source>a colleague who has left</source>
        <translation>een vertrokken collega</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <source>no longer assigned</source>
        <translation>niet meer toegewezen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>labels verwijderd</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>labels %1</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>notitie gewijzigd</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message>
        <source>Rule “%1” fired.</source>
        <translation>Regel “%1” is afgegaan.</translation>
    </message>
    <message>
        <source>Rule “%1” fired: %2.</source>
        <translation>Regel “%1” is afgegaan: %2.</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>label %1 gegeven</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>status op %1 gezet</translation>
    </message>
    <message>
        <source>The rule %1.</source>
        <translation>De regel: %1.</translation>
    </message>
    <message>
        <source>Visited your website for the first time.</source>
        <translation>Bezocht uw website voor het eerst.</translation>
    </message>
    <message>
        <source>A visit ended.</source>
        <translation>Een bezoek is afgelopen.</translation>
    </message>
    <message>
        <source>%1 changed this company: %2.</source>
        <translation>%1 heeft dit bedrijf gewijzigd: %2.</translation>
    </message>
    <message>
        <source>Leadscope test message</source>
        <translation>Testbericht van Leadscope</translation>
    </message>
    <message>
        <source>Leadscope&apos;s destination “%1” reaches this channel.</source>
        <translation>De Leadscope-bestemming “%1” bereikt dit kanaal.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <source>Open in Leadscope</source>
        <translation>Openen in Leadscope</translation>
    </message>
    <message>
        <source>Website visit (Leadscope)</source>
        <translation>Websitebezoek (Leadscope)</translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>You get this e-mail because you asked Leadscope for it. Change what it sends you in Leadscope: Settings → Alerts.</source>
        <translation>U ontvangt deze e-mail omdat u Leadscope erom vroeg. Wat Leadscope u stuurt, wijzigt u in Leadscope: Instellingen → Meldingen.</translation>
    </message>
    <message>
        <source>visited %1</source>
        <translation>bezocht %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
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
    <message numerus="yes">
        <source>back after %n day(s)</source>
        <translation>
            <numerusform>terug na %n dag</numerusform>
            <numerusform>terug na %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message>
        <source>on a target list</source>
        <translation>op een doellijst</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>een regel</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 matched your rule “%2”</source>
        <translation>%1 voldoet aan uw regel „%2”</translation>
    </message>
    <message>
        <source>%1 is on %2 and matched the rule “%3”.</source>
        <translation>%1 is op %2 en voldoet aan de regel „%3”.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit: %1 %2, %n page(s)</source>
        <translation>
            <numerusform>Bezoek: %1 %2, %n pagina</numerusform>
            <numerusform>Bezoek: %1 %2, %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Leadscope</source>
        <translation>Openen in Leadscope</translation>
    </message>
    <message>
        <source>a deleted rule</source>
        <translation>een verwijderde regel</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>Leadscope weekly: %n companies visited</source>
        <translation>
            <numerusform>Leadscope wekelijks: %n bedrijf op bezoek</numerusform>
            <numerusform>Leadscope wekelijks: %n bedrijven op bezoek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leadscope daily: %n companies visited</source>
        <translation>
            <numerusform>Leadscope dagelijks: %n bedrijf op bezoek</numerusform>
            <numerusform>Leadscope dagelijks: %n bedrijven op bezoek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies visited your websites</source>
        <translation>
            <numerusform>%n bedrijf bezocht uw websites</numerusform>
            <numerusform>%n bedrijven bezochten uw websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the first time</source>
        <translation>
            <numerusform>%n voor het eerst</numerusform>
            <numerusform>%n voor het eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n aan u toegewezen</numerusform>
            <numerusform>%n aan u toegewezen</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>van u</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>laatst %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in Leadscope.</source>
        <translation>
            <numerusform>… en nog %n in Leadscope.</numerusform>
            <numerusform>… en nog %n in Leadscope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” acted %n time(s)</source>
        <translation>
            <numerusform>„%1” trad %n keer in werking</numerusform>
            <numerusform>„%1” trad %n keer in werking</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Leadscope stopped sending to “%1”</source>
        <translation>Leadscope verstuurt niets meer naar “%1”</translation>
    </message>
    <message>
        <source>The webhook “%1” (%2) has been paused: it failed every time since %3 %4.</source>
        <translation>De webhook “%1” (%2) is gepauzeerd: hij mislukte elke keer sinds %3 %4.</translation>
    </message>
    <message>
        <source>The last answer: %1</source>
        <translation>Het laatste antwoord: %1</translation>
    </message>
    <message>
        <source>Events are still collected for it and nothing is lost for 3 days. When the receiver works again, resume the webhook in Leadscope: Administration → Integrations → Resume; what was held back is sent then.</source>
        <translation>Gebeurtenissen worden er nog voor verzameld en 3 dagen lang gaat er niets verloren. Werkt de ontvanger weer, hervat de webhook dan in Leadscope: Beheer → Koppelingen → Hervatten; wat werd vastgehouden, wordt dan verstuurd.</translation>
    </message>
    <message>
        <source>You get this e-mail because you are an admin of your organisation in Leadscope.</source>
        <translation>U krijgt deze e-mail omdat u beheerder van uw organisatie in Leadscope bent.</translation>
    </message>
</context>
</TS>
