<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatMessage</name>
    <message>
        <source>a colleague who has left</source>
        <translation>ein ausgeschiedener Kollege</translation>
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
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>no longer assigned</source>
        <translation>nicht mehr zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>Schlagwörter entfernt</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Schlagwörter %1</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>Notiz geändert</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Mitarbeitende</translation>
    </message>
    <message>
        <source>Rule “%1” fired.</source>
        <translation>Regel „%1“ hat ausgelöst.</translation>
    </message>
    <message>
        <source>Rule “%1” fired: %2.</source>
        <translation>Regel „%1“ hat ausgelöst: %2.</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>Schlagwort %1 vergeben</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>Status auf %1 gesetzt</translation>
    </message>
    <message>
        <source>The rule %1.</source>
        <translation>Die Regel: %1.</translation>
    </message>
    <message>
        <source>Visited your website for the first time.</source>
        <translation>Hat Ihre Website zum ersten Mal besucht.</translation>
    </message>
    <message>
        <source>A visit ended.</source>
        <translation>Ein Besuch ist zu Ende.</translation>
    </message>
    <message>
        <source>%1 changed this company: %2.</source>
        <translation>%1 hat dieses Unternehmen geändert: %2.</translation>
    </message>
    <message>
        <source>Leadscope test message</source>
        <translation>Testnachricht von Leadscope</translation>
    </message>
    <message>
        <source>Leadscope&apos;s destination “%1” reaches this channel.</source>
        <translation>Das Leadscope-Ziel „%1“ erreicht diesen Kanal.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Open in Leadscope</source>
        <translation>In Leadscope öffnen</translation>
    </message>
    <message>
        <source>Website visit (Leadscope)</source>
        <translation>Website-Besuch (Leadscope)</translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>You get this e-mail because you asked Leadscope for it. Change what it sends you in Leadscope: Settings → Alerts.</source>
        <translation>Sie erhalten diese E-Mail, weil Sie Leadscope darum gebeten haben. Was Leadscope Ihnen schickt, ändern Sie in Leadscope: Einstellungen → Benachrichtigungen.</translation>
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
    <message numerus="yes">
        <source>back after %n day(s)</source>
        <translation>
            <numerusform>zurück nach %n Tag</numerusform>
            <numerusform>zurück nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Beschäftigte</translation>
    </message>
    <message>
        <source>on a target list</source>
        <translation>auf einer Zielliste</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>eine Regel</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 matched your rule “%2”</source>
        <translation>%1 erfüllt Ihre Regel „%2“</translation>
    </message>
    <message>
        <source>%1 is on %2 and matched the rule “%3”.</source>
        <translation>%1 ist auf %2 und erfüllt die Regel „%3“.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit: %1 %2, %n page(s)</source>
        <translation>
            <numerusform>Besuch: %1 %2, %n Seite</numerusform>
            <numerusform>Besuch: %1 %2, %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Leadscope</source>
        <translation>In Leadscope öffnen</translation>
    </message>
    <message>
        <source>a deleted rule</source>
        <translation>eine gelöschte Regel</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Leadscope weekly: %n companies visited</source>
        <translation>
            <numerusform>Leadscope wöchentlich: %n Unternehmen zu Besuch</numerusform>
            <numerusform>Leadscope wöchentlich: %n Unternehmen zu Besuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leadscope daily: %n companies visited</source>
        <translation>
            <numerusform>Leadscope täglich: %n Unternehmen zu Besuch</numerusform>
            <numerusform>Leadscope täglich: %n Unternehmen zu Besuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies visited your websites</source>
        <translation>
            <numerusform>%n Unternehmen besuchte Ihre Websites</numerusform>
            <numerusform>%n Unternehmen besuchten Ihre Websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the first time</source>
        <translation>
            <numerusform>%n zum ersten Mal</numerusform>
            <numerusform>%n zum ersten Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n Ihnen zugewiesen</numerusform>
            <numerusform>%n Ihnen zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in Leadscope.</source>
        <translation>
            <numerusform>… und %n weiteres in Leadscope.</numerusform>
            <numerusform>… und %n weitere in Leadscope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” acted %n time(s)</source>
        <translation>
            <numerusform>„%1“ griff %n Mal</numerusform>
            <numerusform>„%1“ griff %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Leadscope stopped sending to “%1”</source>
        <translation>Leadscope sendet nicht mehr an „%1“</translation>
    </message>
    <message>
        <source>The webhook “%1” (%2) has been paused: it failed every time since %3 %4.</source>
        <translation>Der Webhook „%1“ (%2) wurde pausiert: Seit %3 %4 ist jeder Versuch fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The last answer: %1</source>
        <translation>Die letzte Antwort: %1</translation>
    </message>
    <message>
        <source>Events are still collected for it and nothing is lost for 3 days. When the receiver works again, resume the webhook in Leadscope: Administration → Integrations → Resume; what was held back is sent then.</source>
        <translation>Ereignisse werden weiter gesammelt, 3 Tage lang geht nichts verloren. Sobald der Empfänger wieder funktioniert, setzen Sie den Webhook in Leadscope fort: Verwaltung → Integrationen → Fortsetzen; das Zurückgehaltene wird dann gesendet.</translation>
    </message>
    <message>
        <source>You get this e-mail because you are an admin of your organisation in Leadscope.</source>
        <translation>Sie erhalten diese E-Mail, weil Sie in Leadscope Admin Ihrer Organisation sind.</translation>
    </message>
</context>
</TS>
