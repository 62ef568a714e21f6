<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</context>
</TS>
