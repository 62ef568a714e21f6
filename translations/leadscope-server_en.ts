<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChatMessage</name>
    <message>
        <source>a colleague who has left</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” fired: %2.</source>
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
        <source>The rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited your website for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this company: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope&apos;s destination “%1” reaches this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visit (Leadscope)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>You get this e-mail because you asked Leadscope for it. Change what it sends you in Leadscope: Settings → Alerts.</source>
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
    <message numerus="yes">
        <source>back after %n day(s)</source>
        <translation>
            <numerusform>back after %n day</numerusform>
            <numerusform>back after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched your rule “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2 and matched the rule “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visit: %1 %2, %n page(s)</source>
        <translation>
            <numerusform>Visit: %1 %2, %n page</numerusform>
            <numerusform>Visit: %1 %2, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Leadscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leadscope weekly: %n companies visited</source>
        <translation>
            <numerusform>Leadscope weekly: %n company visited</numerusform>
            <numerusform>Leadscope weekly: %n companies visited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leadscope daily: %n companies visited</source>
        <translation>
            <numerusform>Leadscope daily: %n company visited</numerusform>
            <numerusform>Leadscope daily: %n companies visited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies visited your websites</source>
        <translation>
            <numerusform>%n company visited your websites</numerusform>
            <numerusform>%n companies visited your websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the first time</source>
        <translation>
            <numerusform>%n for the first time</numerusform>
            <numerusform>%n for the first time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n assigned to you</numerusform>
            <numerusform>%n assigned to you</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in Leadscope.</source>
        <translation>
            <numerusform>… and %n more in Leadscope.</numerusform>
            <numerusform>… and %n more in Leadscope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” acted %n time(s)</source>
        <translation>
            <numerusform>“%1” acted once</numerusform>
            <numerusform>“%1” acted %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadscope stopped sending to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook “%1” (%2) has been paused: it failed every time since %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are still collected for it and nothing is lost for 3 days. When the receiver works again, resume the webhook in Leadscope: Administration → Integrations → Resume; what was held back is sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get this e-mail because you are an admin of your organisation in Leadscope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
