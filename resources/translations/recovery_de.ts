<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name />
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="50" />
            <source>%1 asked for %n restore actions</source>
            <translation>
                <numerusform>%1 hat %n Wiederherstellungsaktion angefordert</numerusform>
                <numerusform>%1 hat %n Wiederherstellungsaktionen angefordert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="51" />
            <source>within %n minutes.</source>
            <translation>
                <numerusform>innerhalb von %n Minute.</numerusform>
                <numerusform>innerhalb von %n Minuten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="54" />
            <source>%1 asked %n times in a row to remove a second factor.</source>
            <translation>
                <numerusform>%1 hat %n-mal hintereinander das Entfernen eines zweiten Faktors angefordert.</numerusform>
                <numerusform>%1 hat %n-mal hintereinander das Entfernen eines zweiten Faktors angefordert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="74" />
            <source>%n message(s) could not be delivered in time; retries continue.</source>
            <translation>
                <numerusform>%n Nachricht konnte nicht rechtzeitig zugestellt werden; wir versuchen es weiter.</numerusform>
                <numerusform>%n Nachrichten konnten nicht rechtzeitig zugestellt werden; wir versuchen es weiter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="76" />
            <source>%n message(s) were refused for good and will not be retried.</source>
            <translation>
                <numerusform>%n Nachricht wurde endgültig abgewiesen und wird nicht erneut versendet.</numerusform>
                <numerusform>%n Nachrichten wurden endgültig abgewiesen und werden nicht erneut versendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="65" />
            <source>%n s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="68" />
            <source>%n min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="71" />
            <source>%n h</source>
            <comment>hours, short</comment>
            <translation>
                <numerusform>%n Std.</numerusform>
                <numerusform>%n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="73" />
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_text.py" line="64" />
            <source>Thank you for your feedback (%n of 5).</source>
            <translation>
                <numerusform>Vielen Dank für Ihre Rückmeldung (%n von 5).</numerusform>
                <numerusform>Vielen Dank für Ihre Rückmeldung (%n von 5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTimeline</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="45" />
            <source>Account and timeline</source>
            <translation>Konto und Verlauf</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="51" />
            <source>Suspicious</source>
            <translation>Verdächtig</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="63" />
            <source>No account is linked to this case yet.</source>
            <translation>Mit diesem Fall ist noch kein Konto verknüpft.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="66" />
            <source>Account %1 (%2), status: %3</source>
            <translation>Konto %1 (%2), Status: %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="73" />
            <source>Reported compromise from %1</source>
            <translation>Gemeldete Kompromittierung seit %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="77" />
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="80" />
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="82" />
            <source>No authenticator app</source>
            <translation>Keine Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="84" />
            <source>Authenticator app since %1</source>
            <translation>Authenticator-App seit %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="88" />
            <source>(added during the reported compromise)</source>
            <translation>(während der gemeldeten Kompromittierung hinzugefügt)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="91" />
            <source>Device %1, first seen %2</source>
            <translation>Gerät %1, zuerst gesehen am %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="94" />
            <source>(new device during the reported compromise)</source>
            <translation>(neues Gerät während der gemeldeten Kompromittierung)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="96" />
            <source>(signed out)</source>
            <translation>(abgemeldet)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="98" />
            <source>Active sessions: %1</source>
            <translation>Aktive Sitzungen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="99" />
            <source>Security events, newest first</source>
            <translation>Sicherheitsereignisse, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="107" />
            <source>%1, added %2 %3</source>
            <translation>%1, hinzugefügt am %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="113" />
            <source>original</source>
            <translation>ursprünglich</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="115" />
            <source>added during the reported compromise</source>
            <translation>während der gemeldeten Kompromittierung hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="117" />
            <source>removed %1</source>
            <translation>entfernt am %1</translation>
        </message>
    </context>
    <context>
        <name>AgentBoardModel</name>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="15" />
            <source>Agent</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="16" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="17" />
            <source>Presence</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="18" />
            <source>Load / capacity</source>
            <translation>Auslastung / Kapazität</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="19" />
            <source>Chats now</source>
            <translation>Chats jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="20" />
            <source>Presence since</source>
            <translation>Anwesenheit seit</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="32" />
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
    </context>
    <context>
        <name>AgentDesk</name>
        <message>
            <location filename="../../ui/agent/desk.py" line="188" />
            <source>Chats and queue</source>
            <translation>Chats und Warteschlange</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="189" />
            <source>Your chats and the waiting queue (Ctrl+Shift+1)</source>
            <translation>Ihre Chats und die Warteschlange (Strg+Umschalt+1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/desk.py" line="191" />
            <source>Approvals (%n)</source>
            <translation>
                <numerusform>Freigaben (%n)</numerusform>
                <numerusform>Freigaben (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="193" />
            <source>Approvals</source>
            <translation>Freigaben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="196" />
            <source>Restore requests waiting for a second person (Ctrl+Shift+2)</source>
            <translation>Wiederherstellungsanfragen, die auf eine zweite Person warten (Strg+Umschalt+2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="199" />
            <source>Supervision</source>
            <translation>Aufsicht</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="201" />
            <source>Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)</source>
            <translation>Warteschlange, Agenten, Warnungen, Dashboard und Audit-Protokoll (Strg+Umschalt+3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="203" />
            <source>Desk sections</source>
            <translation>Bereiche des Arbeitsplatzes</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="259" />
            <source>Agent desk</source>
            <translation>Agentenarbeitsplatz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="263" />
            <source>No open chats. While you are online with a free slot, new chats open here by themselves.</source>
            <translation>Keine offenen Chats. Solange Sie online sind und einen freien Platz haben, öffnen sich neue Chats hier von selbst.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="339" />
            <source>New chat assigned</source>
            <translation>Neuer Chat zugewiesen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="340" />
            <source>Case %1 is now yours.</source>
            <translation>Fall %1 ist jetzt Ihnen zugewiesen.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="348" />
            <source>Case %1 is no longer assigned to you.</source>
            <translation>Fall %1 ist Ihnen nicht mehr zugewiesen.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="363" />
            <source>New message</source>
            <translation>Neue Nachricht</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="364" />
            <source>A new message in case %1.</source>
            <translation>Eine neue Nachricht in Fall %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="463" />
            <source>Case %1 was handed over.</source>
            <translation>Fall %1 wurde übergeben.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="466" />
            <source>Case %1 was passed to a supervisor.</source>
            <translation>Fall %1 wurde an eine Supervisorin oder einen Supervisor weitergegeben.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="482" />
            <source>Close the case</source>
            <translation>Fall abschließen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="486" />
            <source>Case %1 is closed; the requester was asked for their feedback.</source>
            <translation>Fall %1 ist abgeschlossen; die anfragende Person wurde um ihre Rückmeldung gebeten.</translation>
        </message>
    </context>
    <context>
        <name>AgentShortcuts</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="19" />
            <source>Next chat (also Ctrl+Tab)</source>
            <translation>Nächster Chat (auch Strg+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="20" />
            <source>Previous chat (also Ctrl+Shift+Tab)</source>
            <translation>Vorheriger Chat (auch Strg+Umschalt+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="21" />
            <source>Send the reply</source>
            <translation>Antwort senden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="22" />
            <source>Prepared replies (also Ctrl+/)</source>
            <translation>Antwortvorlagen (auch Strg+/)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="23" />
            <source>Private note on or off</source>
            <translation>Private Notiz ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="24" />
            <source>Transfer the chat</source>
            <translation>Chat übergeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="25" />
            <source>Escalate to a supervisor</source>
            <translation>An Supervisor eskalieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="26" />
            <source>Close the case</source>
            <translation>Fall abschließen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="27" />
            <source>Go to the waiting queue</source>
            <translation>Zur Warteschlange wechseln</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="30" />
            <source>Chats and queue / approvals / supervision</source>
            <translation>Chats und Warteschlange / Freigaben / Aufsicht</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="32" />
            <source>User mode / agent mode</source>
            <translation>Benutzermodus / Agentenmodus</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="33" />
            <source>This list</source>
            <translation>Diese Liste</translation>
        </message>
    </context>
    <context>
        <name>AgentStatusBar</name>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="77" />
            <source>St&amp;atus:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Away</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="81" />
            <source>Your status</source>
            <translation>Ihr Status</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="83" />
            <source>Online: new chats are assigned to you. Away or offline: none are.</source>
            <translation>Online: Ihnen werden neue Chats zugewiesen. Abwesend oder offline: keine.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="85" />
            <source>C&amp;hats at once:</source>
            <translation>C&amp;hats gleichzeitig:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="86" />
            <source>Chats at once</source>
            <translation>Chats gleichzeitig</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="87" />
            <source>The most chats you take at the same time.</source>
            <translation>Die höchste Zahl an Chats, die Sie gleichzeitig übernehmen.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="88" />
            <source>Keyboard &amp;shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="89" />
            <source>Keyboard shortcuts (F1)</source>
            <translation>Tastenkürzel (F1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="90" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="91" />
            <source>Sign &amp;out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="92" />
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/status_bar.py" line="117" />
            <source>%n open chats</source>
            <translation>
                <numerusform>%n offener Chat</numerusform>
                <numerusform>%n offene Chats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgentWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="86" />
            <location filename="../../ui/widgets/welcome_pages.py" line="87" />
            <source>Agent workspace</source>
            <translation>Arbeitsbereich für Mitarbeitende</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="90" />
            <source>Support agents sign in here with their password and authenticator code to work the queue. The server enforces these rules:</source>
            <translation>Support-Mitarbeitende melden sich hier mit Passwort und Authenticator-Code an, um die Warteschlange zu bearbeiten. Der Server setzt diese Regeln durch:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="96" />
            <source>You see a person's data only while their case is assigned to you.</source>
            <translation>Sie sehen die Daten einer Person nur, solange ihr Fall Ihnen zugewiesen ist.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="97" />
            <source>Restore actions open only at the verification level they need.</source>
            <translation>Wiederherstellungsaktionen werden erst mit der nötigen Verifizierungsstufe freigegeben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="98" />
            <source>High-impact actions need a second agent's approval.</source>
            <translation>Folgenreiche Aktionen brauchen die Freigabe einer zweiten Person.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="99" />
            <source>Every action is written to a tamper-evident audit log.</source>
            <translation>Jede Aktion wird in ein manipulationssicheres Prüfprotokoll geschrieben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="103" />
            <source>Codes, passwords and authenticator secrets are never shown to agents.</source>
            <translation>Codes, Passwörter und Authenticator-Geheimnisse werden Mitarbeitenden nie angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="21" />
            <source>Unusual restore activity</source>
            <translation>Ungewöhnliche Wiederherstellungsaktivität</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="22" />
            <source>Repeated second-factor removal</source>
            <translation>Wiederholtes Entfernen des zweiten Faktors</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="23" />
            <source>Service-level breach</source>
            <translation>Servicelevel-Verstoß</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="24" />
            <source>Messages delayed</source>
            <translation>Verzögerte Nachrichten</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="25" />
            <source>Messages refused</source>
            <translation>Abgewiesene Nachrichten</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="63" />
            <source>Case %1 (%2) has had no first response for %3 (target %4).</source>
            <translation>Fall %1 (%2) hat seit %3 keine erste Antwort erhalten (Ziel: %4).</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="79" />
            <source>Owners not told about cases: %1.</source>
            <translation>Nicht benachrichtigte Inhaber zu den Fällen: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="90" />
            <source>Raised</source>
            <translation>Ausgelöst</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="91" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="92" />
            <source>What happened</source>
            <translation>Was geschehen ist</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="93" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="108" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged by %1</source>
            <translation>Bestätigt von %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged</source>
            <translation>Bestätigt</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="90" />
            <source>Alerts</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="91" />
            <source>Show ac&amp;knowledged alerts too</source>
            <translation>Auch &amp;bestätigte Warnungen zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="92" />
            <source>Show acknowledged alerts too</source>
            <translation>Auch bestätigte Warnungen zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="93" />
            <source>Alerts, newest first</source>
            <translation>Warnungen, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="94" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="95" />
            <source>Acknowledge the selected alert</source>
            <translation>Ausgewählte Warnung bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="110" />
            <source>No open alerts.</source>
            <translation>Keine offenen Warnungen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="137" />
            <source>Select an alert to see what happened.</source>
            <translation>Wählen Sie eine Warnung aus, um zu sehen, was geschehen ist.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="146" />
            <location filename="../../ui/agent/approvals_inbox.py" line="147" />
            <source>Approvals</source>
            <translation>Freigaben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="148" />
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="149" />
            <source>Refresh the approvals</source>
            <translation>Freigaben aktualisieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="150" />
            <source>&amp;Waiting for your decision</source>
            <translation>&amp;Warten auf Ihre Entscheidung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="151" />
            <source>Requests waiting for your decision</source>
            <translation>Anfragen, die auf Ihre Entscheidung warten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="152" />
            <source>Nothing waits for your decision.</source>
            <translation>Nichts wartet auf Ihre Entscheidung.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="153" />
            <source>&amp;Approve…</source>
            <translation>&amp;Freigeben…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="154" />
            <source>Approve the selected request</source>
            <translation>Ausgewählte Anfrage freigeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="155" />
            <source>Re&amp;fuse…</source>
            <translation>Ab&amp;weisen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="156" />
            <source>Refuse the selected request</source>
            <translation>Ausgewählte Anfrage abweisen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="157" />
            <source>Your requests waiting for appro&amp;val</source>
            <translation>Ihre Anfragen, die auf Frei&amp;gabe warten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="158" />
            <source>Your requests waiting for approval</source>
            <translation>Ihre Anfragen, die auf Freigabe warten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="205" />
            <source>Choose a request to see its details.</source>
            <translation>Wählen Sie eine Anfrage, um die Einzelheiten zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="213" />
            <source>Case %1: %2, in %3</source>
            <translation>Fall %1: %2, auf %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="217" />
            <source>Verification: %1. Proofs: %2.</source>
            <translation>Verifizierung: %1. Nachweise: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="228" />
            <source>Contact: %1 %2, added %3</source>
            <translation>Kontakt: %1 %2, hinzugefügt am %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="231" />
            <source>Suspicious: added during the reported compromise</source>
            <translation>Verdächtig: während der gemeldeten Kompromittierung hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="233" />
            <source>original contact</source>
            <translation>ursprünglicher Kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="235" />
            <source>removed %1</source>
            <translation>entfernt am %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="238" />
            <source>Asked by %1, %2: “%3”</source>
            <translation>Beantragt von %1, %2: „%3“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/approvals_inbox.py" line="246" />
            <source>After your approval the change waits %n hours; the owner's original contacts are told and can cancel it.</source>
            <translation>
                <numerusform>Nach Ihrer Freigabe wartet die Änderung %n Stunde; die ursprünglichen Kontakte der Inhaberin oder des Inhabers werden benachrichtigt und können sie abbrechen.</numerusform>
                <numerusform>Nach Ihrer Freigabe wartet die Änderung %n Stunden; die ursprünglichen Kontakte der Inhaberin oder des Inhabers werden benachrichtigt und können sie abbrechen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="253" />
            <source>The case is frozen: the owner cancelled a change.</source>
            <translation>Der Fall ist eingefroren: Die Inhaberin oder der Inhaber hat eine Änderung abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="255" />
            <source>Your own request: someone else has to decide it.</source>
            <translation>Ihre eigene Anfrage: Eine andere Person muss darüber entscheiden.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="302" />
            <source>Approve the request</source>
            <translation>Anfrage freigeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="303" />
            <source>What did you check before approving? It is written to the audit log.</source>
            <translation>Was haben Sie vor der Freigabe geprüft? Das wird im Prüfprotokoll gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="304" />
            <source>&amp;Approve</source>
            <translation>&amp;Freigeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="310" />
            <source>Refuse the request</source>
            <translation>Anfrage abweisen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="311" />
            <source>Why do you refuse it? The requesting agent sees your note.</source>
            <translation>Warum weisen Sie sie ab? Der anfragende Agent sieht Ihre Notiz.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="312" />
            <source>Re&amp;fuse</source>
            <translation>Ab&amp;weisen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="329" />
            <source>Decided: %1</source>
            <translation>Entschieden: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/models/audit_model.py" line="40" />
            <source>Row</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="41" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="42" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="43" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="44" />
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="45" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="46" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="221" />
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="222" />
            <source>&amp;Case reference:</source>
            <translation>&amp;Fallnummer:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="223" />
            <source>e.g. RD-7KQ2-XM4P</source>
            <translation>z. B. RD-7KQ2-XM4P</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="224" />
            <source>Case reference</source>
            <translation>Fallnummer</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="225" />
            <source>A&amp;gent:</source>
            <translation>&amp;Mitarbeiter:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="226" />
            <source>Any agent</source>
            <translation>Alle Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="227" />
            <source>Acting agent</source>
            <translation>Handelnder Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="228" />
            <source>Act&amp;ion:</source>
            <translation>A&amp;ktion:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="230" />
            <source>Any action</source>
            <translation>Alle Aktionen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="231" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="232" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="233" />
            <source>Only rows from this time on</source>
            <translation>Nur Einträge ab diesem Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="234" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="235" />
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="236" />
            <source>Only rows before this time</source>
            <translation>Nur Einträge vor diesem Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="237" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="238" />
            <source>&amp;Search</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="239" />
            <source>Search the audit log</source>
            <translation>Prüfprotokoll durchsuchen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="240" />
            <source>C&amp;lear</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="241" />
            <source>Clear the search filters</source>
            <translation>Suchfilter zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="242" />
            <source>Audit rows, newest first</source>
            <translation>Protokolleinträge, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="243" />
            <source>Details of the selected row</source>
            <translation>Details des ausgewählten Eintrags</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="244" />
            <source>Select a row to see its details.</source>
            <translation>Wählen Sie einen Eintrag aus, um die Details zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="245" />
            <source>&amp;Verify chain</source>
            <translation>&amp;Kette prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="246" />
            <source>Verify the audit log's hash chain</source>
            <translation>Hash-Kette des Prüfprotokolls prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="247" />
            <source>Result of the chain check</source>
            <translation>Ergebnis der Kettenprüfung</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="273" />
            <source>A case reference has only letters, digits and dashes.</source>
            <translation>Eine Fallnummer besteht nur aus Buchstaben, Ziffern und Bindestrichen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="278" />
            <source>An action has only small letters, digits, dots and underscores.</source>
            <translation>Eine Aktion besteht nur aus Kleinbuchstaben, Ziffern, Punkten und Unterstrichen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="285" />
            <source>The end of the time range must be after its start.</source>
            <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="342" />
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="346" />
            <source>No audit rows match this search.</source>
            <translation>Keine Protokolleinträge passen zu dieser Suche.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="348" />
            <source>%n row(s) match.</source>
            <translation>
                <numerusform>%n Eintrag passt.</numerusform>
                <numerusform>%n Einträge passen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="352" />
            <source>Showing the newest %n rows; scroll down for older ones.</source>
            <translation>
                <numerusform>Der neueste Eintrag wird angezeigt; scrollen Sie für ältere nach unten.</numerusform>
                <numerusform>Die neuesten %n Einträge werden angezeigt; scrollen Sie für ältere nach unten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="376" />
            <source>Row %1 at %2</source>
            <translation>Eintrag %1 vom %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="379" />
            <source>Who: %1</source>
            <translation>Wer: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="380" />
            <source>Action: %1</source>
            <translation>Aktion: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="381" />
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="382" />
            <source>Hash: %1</source>
            <translation>Hash: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="396" />
            <source>Checking every row…</source>
            <translation>Alle Einträge werden geprüft …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="413" />
            <source>Chain intact (%n rows)</source>
            <translation>
                <numerusform>Kette intakt (%n Eintrag)</numerusform>
                <numerusform>Kette intakt (%n Einträge)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="415" />
            <source>Chain broken: the first bad row is %1.</source>
            <translation>Kette beschädigt: Der erste fehlerhafte Eintrag ist %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="419" />
            <source>Server's finding: %1</source>
            <translation>Befund des Servers: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupCodesStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="234" />
            <source>Recovery Desk backup codes</source>
            <translation>Backup-Codes für Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="236" />
            <source>Account: %1</source>
            <translation>Konto: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="237" />
            <source>Each code works once, instead of a code from your app.</source>
            <translation>Jeder Code funktioniert einmal, anstelle eines Codes aus Ihrer App.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="244" />
            <source>The codes were copied.</source>
            <translation>Die Codes wurden kopiert.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="249" />
            <source>Save backup codes</source>
            <translation>Backup-Codes speichern</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="251" />
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="261" />
            <source>The file could not be written. Choose another folder and try again.</source>
            <translation>Die Datei konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="264" />
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="270" />
            <source>Print backup codes</source>
            <translation>Backup-Codes drucken</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="312" />
            <source>Save your backup codes</source>
            <translation>Speichern Sie Ihre Backup-Codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="315" />
            <source>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. They are shown only now: save or print them and keep them somewhere safe. Your earlier backup codes stop working.</source>
            <translation>Wenn Sie Ihr Telefon verlieren, können Sie sich mit jedem dieser Codes einmal anmelden, anstelle eines Codes aus der App. Sie werden nur jetzt angezeigt: Speichern oder drucken Sie sie und bewahren Sie sie sicher auf. Ihre früheren Backup-Codes funktionieren nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="320" />
            <source>C&amp;opy</source>
            <translation>K&amp;opieren</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="321" />
            <source>Copy the backup codes</source>
            <translation>Backup-Codes kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="322" />
            <source>Save to &amp;file…</source>
            <translation>In &amp;Datei speichern…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="323" />
            <source>Save the backup codes to a file</source>
            <translation>Backup-Codes in einer Datei speichern</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="324" />
            <source>&amp;Print…</source>
            <translation>D&amp;rucken…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="325" />
            <source>Print the backup codes</source>
            <translation>Backup-Codes drucken</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="326" />
            <source>I have &amp;saved these codes somewhere safe</source>
            <translation>Ich habe diese Codes &amp;sicher aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="327" />
            <source>I have saved these codes somewhere safe</source>
            <translation>Ich habe diese Codes sicher aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="328" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="329" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
    </context>
    <context>
        <name>CannedPopup</name>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="60" />
            <source>case reference</source>
            <translation>Fallnummer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="61" />
            <source>requester's name</source>
            <translation>Name der anfragenden Person</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="62" />
            <source>your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="252" />
            <location filename="../../ui/agent/canned_popup.py" line="255" />
            <source>Prepared replies</source>
            <translation>Antwortvorlagen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="253" />
            <source>Type to search by shortcut, title or text</source>
            <translation>Tippen, um nach Kürzel, Titel oder Text zu suchen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="254" />
            <source>Search prepared replies</source>
            <translation>Antwortvorlagen durchsuchen</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="140" />
            <source>Case panel</source>
            <translation>Fallbereich</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="141" />
            <source>Case %1</source>
            <translation>Fall %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="142" />
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="143" />
            <source>Refresh the case panel</source>
            <translation>Fallbereich aktualisieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="144" />
            <source>Close panel</source>
            <translation>Bereich schließen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="145" />
            <source>Close the case panel</source>
            <translation>Fallbereich schließen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="149" />
            <source>Loading the case…</source>
            <translation>Fall wird geladen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="182" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="185" />
            <source>The requester writes in %1.</source>
            <translation>Die anfragende Person schreibt auf %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Verified subscriber</source>
            <translation>Verifizierter Abonnent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Free tier</source>
            <translation>Kostenloser Tarif</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="191" />
            <source>Frozen for review: the owner cancelled a change.</source>
            <translation>Zur Prüfung eingefroren: Die Inhaberin oder der Inhaber hat eine Änderung abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="26" />
            <source>Nothing proven yet (L0)</source>
            <translation>Noch nichts nachgewiesen (L0)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="27" />
            <source>One proof (L1)</source>
            <translation>Ein Nachweis (L1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="28" />
            <source>Two independent proofs (L2)</source>
            <translation>Zwei unabhängige Nachweise (L2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="29" />
            <source>Two proofs, a reviewed document and selfie (L3)</source>
            <translation>Zwei Nachweise, ein geprüftes Dokument und Selfie (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="33" />
            <source>Code by e-mail to an original address</source>
            <translation>Code per E-Mail an eine ursprüngliche Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="34" />
            <source>Code by text message to an original phone</source>
            <translation>Code per SMS an eine ursprüngliche Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="35" />
            <source>Authenticator app code</source>
            <translation>Code aus der Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="36" />
            <source>Backup code</source>
            <translation>Backup-Code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="37" />
            <source>Known device</source>
            <translation>Bekanntes Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="38" />
            <source>ID document</source>
            <translation>Ausweisdokument</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="39" />
            <source>Selfie holding a phrase</source>
            <translation>Selfie mit einer Phrase</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="43" />
            <source>Waiting…</source>
            <translation>Warten…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="44" />
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="45" />
            <source>Failed</source>
            <translation>Nicht bestanden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="46" />
            <source>Failed: too many wrong answers</source>
            <translation>Nicht bestanden: zu viele falsche Antworten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="47" />
            <source>Expired without an answer</source>
            <translation>Ohne Antwort abgelaufen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="48" />
            <source>Replaced by a newer request</source>
            <translation>Durch eine neuere Anfrage ersetzt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="52" />
            <source>Sign out all sessions and devices</source>
            <translation>Alle Sitzungen und Geräte abmelden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="53" />
            <source>Send a password-reset link</source>
            <translation>Link zum Zurücksetzen des Passworts senden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="54" />
            <source>Remove the attacker's contact</source>
            <translation>Kontakt des Angreifers entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="55" />
            <source>Remove the attacker's authenticator</source>
            <translation>Authenticator des Angreifers entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="56" />
            <source>Restore an original contact</source>
            <translation>Ursprünglichen Kontakt wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="57" />
            <source>Remove the lost authenticator</source>
            <translation>Verlorenen Authenticator entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="58" />
            <source>Reinstate the disabled account</source>
            <translation>Gesperrtes Konto wieder freigeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="62" />
            <source>No contact was added during the reported compromise.</source>
            <translation>Während der gemeldeten Kompromittierung wurde kein Kontakt hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="65" />
            <source>No original contact was removed during the reported compromise.</source>
            <translation>Während der gemeldeten Kompromittierung wurde kein ursprünglicher Kontakt entfernt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="68" />
            <source>No authenticator was added during the reported compromise.</source>
            <translation>Während der gemeldeten Kompromittierung wurde kein Authenticator hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="71" />
            <source>The account has no original authenticator to remove.</source>
            <translation>Das Konto hat keinen ursprünglichen Authenticator, der entfernt werden könnte.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="74" />
            <source>The account is not disabled.</source>
            <translation>Das Konto ist nicht gesperrt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="78" />
            <source>Waiting for approval</source>
            <translation>Wartet auf Freigabe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="79" />
            <source>Refused by the approver</source>
            <translation>Von der freigebenden Person abgelehnt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="80" />
            <source>Approved; on hold until %1</source>
            <translation>Freigegeben; Wartezeit bis %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="81" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="82" />
            <source>Cancelled by the account owner</source>
            <translation>Von der Kontoinhaberin oder dem Kontoinhaber abgebrochen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="83" />
            <source>Failed; nothing was changed</source>
            <translation>Fehlgeschlagen; nichts wurde geändert</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="87" />
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="88" />
            <source>Verifying</source>
            <translation>Verifizierung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="89" />
            <source>Waiting in the queue</source>
            <translation>Wartet in der Warteschlange</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="90" />
            <source>In chat</source>
            <translation>Im Chat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="91" />
            <source>Restoring</source>
            <translation>Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="92" />
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="93" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="94" />
            <source>Abandoned</source>
            <translation>Aufgegeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="95" />
            <source>On hold</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="99" />
            <source>Forgot password</source>
            <translation>Passwort vergessen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="100" />
            <source>Lost second factor</source>
            <translation>Zweiter Faktor verloren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="101" />
            <source>Hacked account</source>
            <translation>Gehacktes Konto</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="102" />
            <source>Disabled account (appeal)</source>
            <translation>Gesperrtes Konto (Einspruch)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="106" />
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="107" />
            <source>Polish</source>
            <translation>Polnisch</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="108" />
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="109" />
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="110" />
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="114" />
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="115" />
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="116" />
            <source>authenticator</source>
            <translation>Authenticator</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="117" />
            <source>backup code</source>
            <translation>Backup-Code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="118" />
            <source>known device</source>
            <translation>bekanntes Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="122" />
            <source>Account created</source>
            <translation>Konto erstellt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="123" />
            <source>Contact added</source>
            <translation>Kontakt hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="124" />
            <source>Contact removed</source>
            <translation>Kontakt entfernt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="125" />
            <source>Contact restored</source>
            <translation>Kontakt wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="126" />
            <source>Authenticator added</source>
            <translation>Authenticator hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="127" />
            <source>Authenticator removed</source>
            <translation>Authenticator entfernt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="128" />
            <source>Backup codes issued</source>
            <translation>Backup-Codes ausgestellt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="129" />
            <source>Backup code used</source>
            <translation>Backup-Code verwendet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="130" />
            <source>New device signed in</source>
            <translation>Anmeldung von einem neuen Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="131" />
            <source>Password changed</source>
            <translation>Passwort geändert</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="132" />
            <source>Password reset</source>
            <translation>Passwort zurückgesetzt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="133" />
            <source>Password-reset link sent</source>
            <translation>Link zum Zurücksetzen gesendet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="134" />
            <source>All sessions signed out</source>
            <translation>Alle Sitzungen abgemeldet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="135" />
            <source>Account status changed</source>
            <translation>Kontostatus geändert</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="136" />
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="140" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="141" />
            <source>locked</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="142" />
            <source>suspended</source>
            <translation>suspendiert</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="143" />
            <source>on hold for recovery</source>
            <translation>für die Wiederherstellung angehalten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="147" />
            <source>by the owner</source>
            <translation>durch die Inhaberin oder den Inhaber</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="148" />
            <source>by an agent</source>
            <translation>durch einen Agenten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="149" />
            <source>by the system</source>
            <translation>durch das System</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="150" />
            <source>by someone unknown</source>
            <translation>durch eine unbekannte Person</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="154" />
            <source>The verification level is too low for this action. Ask for another proof.</source>
            <translation>Die Verifizierungsstufe reicht für diese Aktion nicht aus. Bitten Sie um einen weiteren Nachweis.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="157" />
            <source>You asked for this change, so another agent has to approve it.</source>
            <translation>Sie haben diese Änderung beantragt, daher muss ein anderer Agent sie freigeben.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="160" />
            <source>Only a supervisor can approve this change.</source>
            <translation>Nur eine Supervisorin oder ein Supervisor kann diese Änderung freigeben.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="161" />
            <source>This case or request is no longer available to you. Refresh the list.</source>
            <translation>Dieser Fall oder diese Anfrage steht Ihnen nicht mehr zur Verfügung. Aktualisieren Sie die Liste.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="164" />
            <source>The case changed in the meantime. The panel is refreshed; please check it.</source>
            <translation>Der Fall hat sich inzwischen geändert. Der Bereich wurde aktualisiert; bitte prüfen Sie ihn.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="167" />
            <source>The case is not at a stage where this can be done.</source>
            <translation>Der Fall ist nicht in einem Stadium, in dem das möglich ist.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="170" />
            <location filename="../../ui/agent/case_panel_text.py" line="173" />
            <source>Please write a longer reason: a full sentence that explains why.</source>
            <translation>Bitte geben Sie eine längere Begründung an: einen ganzen Satz, der den Grund erklärt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="176" />
            <source>Your agent session has ended. Sign in again to continue.</source>
            <translation>Ihre Agentensitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="224" />
            <location filename="../../ui/agent/case_panel_text.py" line="268" />
            <location filename="../../ui/agent/case_panel_timeline.py" line="22" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="226" />
            <location filename="../../ui/agent/case_panel_text.py" line="269" />
            <location filename="../../ui/agent/case_panel_timeline.py" line="24" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="263" />
            <location filename="../../ui/agent/case_panel_text.py" line="196" />
            <source>reviewed document</source>
            <translation>geprüftes Dokument</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="265" />
            <location filename="../../ui/agent/case_panel_text.py" line="198" />
            <source>reviewed selfie</source>
            <translation>geprüftes Selfie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="266" />
            <location filename="../../ui/agent/case_panel_text.py" line="199" />
            <source>no proof yet</source>
            <translation>noch kein Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="214" />
            <source>Needs a reviewed document and selfie (L3)</source>
            <translation>Erfordert ein geprüftes Dokument und Selfie (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="219" />
            <source>Needs two proofs (L2): two more proofs</source>
            <translation>Erfordert zwei Nachweise (L2): beide fehlen noch</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="222" />
            <source>Needs two proofs (L2): one more proof</source>
            <translation>Erfordert zwei Nachweise (L2): noch einer fehlt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="223" />
            <source>Needs one proof (L1): ask for a code or another proof</source>
            <translation>Erfordert einen Nachweis (L1): Bitten Sie um einen Code oder einen anderen Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="227" />
            <source>The owner cancelled a change: the case is frozen for review</source>
            <translation>Die Inhaberin oder der Inhaber hat eine Änderung abgebrochen: Der Fall ist zur Prüfung eingefroren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="231" />
            <source>Only while the case is in chat or being restored</source>
            <translation>Nur während der Fall im Chat ist oder wiederhergestellt wird</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="235" />
            <source>No account is linked to this case</source>
            <translation>Mit diesem Fall ist kein Konto verknüpft</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="241" />
            <source>A supervisor must approve it.</source>
            <translation>Eine Supervisorin oder ein Supervisor muss es freigeben.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="243" />
            <source>Another agent must approve it.</source>
            <translation>Ein anderer Agent muss es freigeben.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="244" />
            <source>Runs at once, no approval needed.</source>
            <translation>Wird sofort ausgeführt, keine Freigabe nötig.</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="47" />
            <source>waiting for a supervisor</source>
            <translation>wartet auf eine Supervisorin oder einen Supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="49" />
            <source>waiting for another agent</source>
            <translation>wartet auf einen anderen Agenten</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="52" />
            <source>asked by %1, %2</source>
            <translation>beantragt von %1, %2</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="116" />
            <source>e-mail code</source>
            <translation>E-Mail-Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="117" />
            <source>text message code</source>
            <translation>SMS-Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="118" />
            <source>authenticator app code</source>
            <translation>Authenticator-Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="119" />
            <source>backup code</source>
            <translation>Backup-Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="120" />
            <source>known device</source>
            <translation>bekanntes Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="121" />
            <source>ID document</source>
            <translation>Ausweisdokument</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="122" />
            <source>selfie</source>
            <translation>Selfie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="124" />
            <source>verification</source>
            <translation>Bestätigung</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="126" />
            <source>a code sent to your e-mail</source>
            <translation>einen an Ihre E-Mail gesendeten Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="127" />
            <source>a code sent by text message</source>
            <translation>einen per SMS gesendeten Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="128" />
            <source>a code from your authenticator app</source>
            <translation>einen Code aus Ihrer Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="129" />
            <source>one of your backup codes</source>
            <translation>einen Ihrer Backup-Codes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="130" />
            <source>a sign-in from a device you used before</source>
            <translation>eine Anmeldung von einem früher genutzten Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="131" />
            <source>a photo of an ID document</source>
            <translation>ein Foto eines Ausweisdokuments</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="132" />
            <source>a selfie with a phrase</source>
            <translation>ein Selfie mit einem Satz</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="134" />
            <source>a verification step</source>
            <translation>einen Bestätigungsschritt</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="140" />
            <source>Verification requested: %1</source>
            <translation>Bestätigung angefordert: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="141" />
            <source>You will see only whether it passed or failed.</source>
            <translation>Sie sehen nur, ob sie bestanden wurde oder nicht.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="143" />
            <source>The specialist asks you to confirm it is you</source>
            <translation>Die Fachkraft bittet Sie zu bestätigen, dass Sie es sind</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="145" />
            <source>Enter %1 here and press Submit.</source>
            <translation>Geben Sie hier %1 ein und klicken Sie auf Absenden.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="149" />
            <source>This step needs %1: follow the verification step of your case.</source>
            <translation>Dieser Schritt erfordert %1: Folgen Sie dem Bestätigungsschritt Ihres Falls.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="152" />
            <source>Verification code</source>
            <translation>Bestätigungscode</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="153" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="154" />
            <source>&amp;Submit</source>
            <translation>&amp;Absenden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="155" />
            <source>Submit the verification code</source>
            <translation>Bestätigungscode absenden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="157" />
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="160" />
            <location filename="../../ui/widgets/chat_challenge.py" line="163" />
            <source>Failed</source>
            <translation>Nicht bestanden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="164" />
            <source>Failed: too many wrong answers. Ask for a new code.</source>
            <translation>Nicht bestanden: zu viele falsche Antworten. Fordern Sie einen neuen Code an.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="165" />
            <source>Failed: the code expired. Ask for a new code.</source>
            <translation>Nicht bestanden: Der Code ist abgelaufen. Fordern Sie einen neuen Code an.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_challenge.py" line="170" />
            <source>That code is not right. %n tries left.</source>
            <translation>
                <numerusform>Dieser Code ist nicht richtig. Noch %n Versuch.</numerusform>
                <numerusform>Dieser Code ist nicht richtig. Noch %n Versuche.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="172" />
            <source>Waiting for the answer</source>
            <translation>Warten auf die Antwort</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Hide the table</source>
            <translation>Tabelle ausblenden</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Show as table</source>
            <translation>Als Tabelle zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="113" />
            <source>Show or hide the table of: %1</source>
            <translation>Tabelle ein- oder ausblenden: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="263" />
            <source>Prepared &amp;replies…</source>
            <translation>&amp;Vorlagen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="264" />
            <source>Search prepared replies (Ctrl+K)</source>
            <translation>Antwortvorlagen durchsuchen (Strg+K)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="265" />
            <source>Private &amp;note</source>
            <translation>Private &amp;Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="266" />
            <source>Write a note only agents see (Ctrl+Shift+N)</source>
            <translation>Notiz schreiben, die nur Agenten sehen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="267" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Übergeben…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="268" />
            <source>Hand the chat to another agent (Ctrl+Shift+T)</source>
            <translation>Chat an einen anderen Agenten übergeben (Strg+Umschalt+T)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="269" />
            <source>&amp;Escalate…</source>
            <translation>&amp;Eskalieren…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="270" />
            <source>Pass the case to a supervisor (Ctrl+Shift+E)</source>
            <translation>Fall an eine Supervisorin oder einen Supervisor geben (Strg+Umschalt+E)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="271" />
            <source>C&amp;lose case…</source>
            <translation>Fall ab&amp;schließen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="272" />
            <source>Finish the case and send the survey (Ctrl+Shift+W)</source>
            <translation>Fall abschließen und Umfrage senden (Strg+Umschalt+W)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="281" />
            <source>Private note (only agents see it; Ctrl+Enter saves)</source>
            <translation>Private Notiz (nur Agenten sehen sie; Strg+Eingabe speichert)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="282" />
            <source>Private note</source>
            <translation>Private Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="283" />
            <source>Save note</source>
            <translation>Notiz speichern</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="285" />
            <source>The case panel is not available in this version.</source>
            <translation>Das Fallfenster ist in dieser Version nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="353" />
            <source>Write the note first.</source>
            <translation>Schreiben Sie zuerst die Notiz.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="364" />
            <source>Note saved. Only agents see it.</source>
            <translation>Notiz gespeichert. Nur Agenten sehen sie.</translation>
        </message>
    </context>
    <context>
        <name>ChatTabs</name>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="42" />
            <source>Open chats</source>
            <translation>Offene Chats</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="43" />
            <source>Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp</source>
            <translation>Nächster Chat: Strg+Bild-ab oder Strg+Tab; vorheriger: Strg+Bild-auf</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/chat_tabs.py" line="96" />
            <source>%1: %n unread messages</source>
            <translation>
                <numerusform>%1: %n ungelesene Nachricht</numerusform>
                <numerusform>%1: %n ungelesene Nachrichten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatText</name>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="38" />
            <source>%1 joined the chat.</source>
            <translation>%1 ist dem Chat beigetreten.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="39" />
            <source>Specialist</source>
            <translation>Fachkraft</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="43" />
            <source>You asked for a proof; the requester answers it in their app.</source>
            <translation>Sie haben einen Nachweis angefordert; die anfragende Person beantwortet ihn in ihrer App.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="46" />
            <source>The specialist asked for a proof. Answer it on the card in this chat.</source>
            <translation>Die Fachkraft hat um einen Nachweis gebeten. Antworten Sie auf der Karte in diesem Chat.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="50" />
            <source>Your case is back in the queue; the next free specialist will take it.</source>
            <translation>Ihr Fall ist wieder in der Warteschlange; die nächste freie Fachkraft übernimmt ihn.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="56" />
            <source>The chat was handed to %1.</source>
            <translation>Der Chat wurde an %1 übergeben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="59" />
            <source>The chat was handed to another specialist.</source>
            <translation>Der Chat wurde an eine andere Fachkraft übergeben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="61" />
            <source>The case was passed to a supervisor.</source>
            <translation>Der Fall wurde an eine Teamleitung übergeben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="75" />
            <source>The assistant has no ready answer for this; ask for support.</source>
            <translation>Der Assistent hat dazu keine fertige Antwort; fordern Sie Unterstützung an.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="80" />
            <source>The case was updated.</source>
            <translation>Der Fall wurde aktualisiert.</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="333" />
            <location filename="../../ui/widgets/chat_view.py" line="750" />
            <source>The message is too long: at most 4,000 characters.</source>
            <translation>Die Nachricht ist zu lang: höchstens 4.000 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="391" />
            <source>This file is not available yet. Try again in a moment.</source>
            <translation>Diese Datei ist noch nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="412" />
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>Die Datei konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="416" />
            <source>Transcript saved.</source>
            <translation>Gesprächsverlauf gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="450" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="452" />
            <source>Requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="454" />
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="456" />
            <source>Specialist</source>
            <translation>Fachkraft</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="457" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="522" />
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="523" />
            <source>Your message</source>
            <translation>Ihre Nachricht</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="525" />
            <location filename="../../ui/widgets/chat_view.py" line="576" />
            <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>Schreiben Sie eine Nachricht. Enter sendet, Umschalt+Enter beginnt eine neue Zeile.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="527" />
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="528" />
            <source>Send the message</source>
            <translation>Nachricht senden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="529" />
            <source>&amp;Attach file…</source>
            <translation>Datei &amp;anhängen…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="530" />
            <location filename="../../ui/widgets/chat_view.py" line="584" />
            <source>Attach a photo or PDF</source>
            <translation>Foto oder PDF anhängen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="532" />
            <source>Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)</source>
            <translation>Fotos (JPEG, PNG) oder PDF, bis 10 MB (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="534" />
            <source>Private &amp;note</source>
            <translation>Private &amp;Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="535" />
            <source>Private note: only agents see it</source>
            <translation>Private Notiz: nur Mitarbeitende sehen sie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="537" />
            <source>Send as a private note that the person never sees (Ctrl+Shift+N)</source>
            <translation>Als private Notiz senden, die die Person nie sieht (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="539" />
            <source>Save &amp;transcript</source>
            <translation>&amp;Verlauf speichern</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="540" />
            <location filename="../../ui/widgets/chat_view.py" line="615" />
            <source>Save the transcript</source>
            <translation>Gesprächsverlauf speichern</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="541" />
            <source>As text…</source>
            <translation>Als Text…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="542" />
            <source>As PDF…</source>
            <translation>Als PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="572" />
            <source>Private note for agents. The person never sees it.</source>
            <translation>Private Notiz für Mitarbeitende. Die Person sieht sie nie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="586" />
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Fotos und PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_view.py" line="598" />
            <source>This file is too large to send: at most %n MB.</source>
            <translation>
                <numerusform>Diese Datei ist zu groß: höchstens %n MB.</numerusform>
                <numerusform>Diese Datei ist zu groß: höchstens %n MB.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="600" />
            <source>Only photos (JPEG or PNG) and PDF files can be sent.</source>
            <translation>Es können nur Fotos (JPEG oder PNG) und PDF-Dateien gesendet werden.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="601" />
            <source>This file cannot be read. Check that it still exists.</source>
            <translation>Diese Datei kann nicht gelesen werden. Prüfen Sie, ob sie noch vorhanden ist.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="663" />
            <source>Save the file</source>
            <translation>Datei speichern</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="706" />
            <source>New message from %1</source>
            <translation>Neue Nachricht von %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="707" />
            <source>A file</source>
            <translation>Eine Datei</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="732" />
            <source>The specialist</source>
            <translation>Die Fachkraft</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>The person</source>
            <translation>Die Person</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>An agent</source>
            <translation>Ein Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="748" />
            <source>This case is closed; the message was not sent.</source>
            <translation>Dieser Fall ist abgeschlossen; die Nachricht wurde nicht gesendet.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="749" />
            <source>You can no longer write in this chat.</source>
            <translation>Sie können in diesem Chat nicht mehr schreiben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="751" />
            <source>The file could not be attached.</source>
            <translation>Die Datei konnte nicht angehängt werden.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="766" />
            <source>Earlier messages could not be loaded. Scroll up to try again.</source>
            <translation>Frühere Nachrichten konnten nicht geladen werden. Scrollen Sie nach oben, um es erneut zu versuchen.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="40" />
            <location filename="../../ui/agent/close_dialog.py" line="49" />
            <source>Close the case</source>
            <translation>Fall abschließen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="43" />
            <source>Close case %1? Every session and device of the account is signed out, the chat ends, and the requester is asked "Was your access restored?".</source>
            <translation>Fall %1 abschließen? Alle Sitzungen und Geräte des Kontos werden abgemeldet, der Chat endet, und die anfragende Person wird gefragt: „Haben Sie wieder Zugriff?“.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="48" />
            <source>&amp;Close the case</source>
            <translation>Fall &amp;abschließen</translation>
        </message>
    </context>
    <context>
        <name>CodeEntry</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="93" />
            <source>Sending the code is taking longer than usual. We keep trying until the code expires, so it can still arrive in the next minutes.</source>
            <translation>Der Versand des Codes dauert länger als üblich. Wir versuchen es weiter, bis der Code abläuft – er kann also in den nächsten Minuten noch ankommen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="98" />
            <source>We could not deliver the code to this address. Check the address, or start again with another one.</source>
            <translation>Wir konnten den Code nicht an diese Adresse zustellen. Prüfen Sie die Adresse oder beginnen Sie neu mit einer anderen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="102" />
            <source>The code could not be delivered before it expired. Ask for a new code.</source>
            <translation>Der Code konnte nicht zugestellt werden, bevor er abgelaufen ist. Fordern Sie einen neuen Code an.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/code_entry.py" line="126" />
            <source>You can ask for a new code in %n seconds.</source>
            <translation>
                <numerusform>Einen neuen Code können Sie in %n Sekunde anfordern.</numerusform>
                <numerusform>Einen neuen Code können Sie in %n Sekunden anfordern.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="147" />
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="148" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="149" />
            <source>C&amp;heck code</source>
            <translation>Code &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="150" />
            <source>Check the code</source>
            <translation>Code prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="151" />
            <source>&amp;Send a new code</source>
            <translation>&amp;Neuen Code senden</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="152" />
            <source>Send a new code</source>
            <translation>Neuen Code senden</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="197" />
            <source>Code sent by e-mail</source>
            <translation>Code per E-Mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="199" />
            <source>If the account had an e-mail address before the problem started, we sent a 6-digit code there. Codes for this step go only to addresses that were on the account before, never to a new one. The code works for 30 minutes.</source>
            <translation>Wenn das Konto schon vor dem Problem eine E-Mail-Adresse hatte, haben wir dorthin einen 6-stelligen Code gesendet. Codes für diesen Schritt gehen nur an Adressen, die schon vorher zum Konto gehörten, nie an eine neue. Der Code gilt 30 Minuten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="205" />
            <source>Code sent by text message</source>
            <translation>Code per SMS</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="207" />
            <source>If the account had a phone number before the problem started, we sent a 6-digit code there by text message. The code works for 10 minutes.</source>
            <translation>Wenn das Konto schon vor dem Problem eine Telefonnummer hatte, haben wir dorthin einen 6-stelligen Code per SMS gesendet. Der Code gilt 10 Minuten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="212" />
            <source>Code from your authenticator app</source>
            <translation>Code aus Ihrer Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="214" />
            <source>Open the authenticator app you set up for this account and type the 6-digit code it shows now.</source>
            <translation>Öffnen Sie die Authenticator-App, die Sie für dieses Konto eingerichtet haben, und geben Sie den 6-stelligen Code ein, den sie gerade anzeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="219" />
            <source>Backup code</source>
            <translation>Backup-Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="221" />
            <source>Type one of the backup codes you saved when you set up two-step sign-in, e.g. abcd-efgh-ijkl-mnop. Each code works once.</source>
            <translation>Geben Sie einen der Backup-Codes ein, die Sie beim Einrichten der Zwei-Schritt-Anmeldung gespeichert haben, z. B. abcd-efgh-ijkl-mnop. Jeder Code gilt nur einmal.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="43" />
            <source>This chat is no longer available to you. Your messages are kept.</source>
            <translation>Dieser Chat ist für Sie nicht mehr verfügbar. Ihre Nachrichten bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="45" />
            <source>The chat is disconnected.</source>
            <translation>Der Chat ist getrennt.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="47" />
            <source>Reconnecting… your messages will be sent when we are back.</source>
            <translation>Verbindung wird wiederhergestellt… Ihre Nachrichten werden gesendet, sobald wir wieder da sind.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="78" />
            <source>Retry now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Retry connecting to the server now</source>
            <translation>Jetzt erneut mit dem Server verbinden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Mit dem Recovery-Desk-Server verbunden.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="85" />
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Verbindung zum Recovery-Desk-Server wird aufgebaut.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="89" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Getrennt — neuer Versuch in %n s</numerusform>
                <numerusform>Getrennt — neuer Versuch in %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="93" />
            <source>Connection status</source>
            <translation>Verbindungsstatus</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="285" />
            <source>Service levels</source>
            <translation>Servicelevel</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="286" />
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="287" />
            <source>Period of the dashboard</source>
            <translation>Zeitraum der Übersicht</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="290" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="291" />
            <source>Refresh the dashboard</source>
            <translation>Übersicht aktualisieren</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="312" />
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="342" />
            <source>No figures yet.</source>
            <translation>Noch keine Zahlen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="346" />
            <source>Cases that joined the queue from %1 to %2.</source>
            <translation>Fälle, die von %1 bis %2 in die Warteschlange kamen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="362" />
            <source>First response times</source>
            <translation>Zeit bis zur ersten Antwort</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="363" />
            <source>Resolution times</source>
            <translation>Bearbeitungsdauer bis zur Lösung</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="364" />
            <source>Service level met, per queue</source>
            <translation>Eingehaltener Servicelevel je Warteschlange</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="365" />
            <source>Service level met, per agent</source>
            <translation>Eingehaltener Servicelevel je Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="366" />
            <source>Queue length over time</source>
            <translation>Länge der Warteschlange im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="367" />
            <source>Satisfaction and access restored</source>
            <translation>Zufriedenheit und wiederhergestellter Zugang</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="379" />
            <source>%1: %n case(s)</source>
            <translation>
                <numerusform>%1: %n Fall</numerusform>
                <numerusform>%1: %n Fälle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="381" />
            <source>%n resolved</source>
            <translation>
                <numerusform>%n gelöst</numerusform>
                <numerusform>%n gelöst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="383" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n abgebrochen</numerusform>
                <numerusform>%n abgebrochen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="386" />
            <source>Cases in the period</source>
            <translation>Fälle im Zeitraum</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="398" />
            <source>%1: median %2 over %n case(s)</source>
            <translation>
                <numerusform>%1: Median %2 bei %n Fall</numerusform>
                <numerusform>%1: Median %2 bei %n Fällen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="403" />
            <source>%1: no cases</source>
            <translation>%1: keine Fälle</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="406" />
            <location filename="../../ui/supervisor/dashboard.py" line="537" />
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="414" />
            <source>Time to first response</source>
            <translation>Zeit bis zur ersten Antwort</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="416" />
            <source>Time to resolution</source>
            <translation>Zeit bis zur Lösung</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="418" />
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="429" />
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="445" />
            <source>%1: nothing measured yet</source>
            <translation>%1: noch nichts gemessen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal not met</source>
            <translation>Ziel nicht erreicht</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="449" />
            <source>%1: %2 answered within %3 (%4)</source>
            <translation>%1: %2 innerhalb von %3 beantwortet (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="457" />
            <source>Goal: %1.</source>
            <translation>Ziel: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="461" />
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="462" />
            <location filename="../../ui/supervisor/dashboard.py" line="475" />
            <location filename="../../ui/supervisor/dashboard.py" line="503" />
            <location filename="../../ui/supervisor/dashboard.py" line="513" />
            <source>Within target</source>
            <translation>Innerhalb des Ziels</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="463" />
            <location filename="../../ui/supervisor/dashboard.py" line="504" />
            <source>Answered in time</source>
            <translation>Rechtzeitig beantwortet</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="464" />
            <location filename="../../ui/supervisor/dashboard.py" line="505" />
            <source>Median first response</source>
            <translation>Median der ersten Antwort</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="465" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Within target (%)</source>
            <translation>Innerhalb des Ziels (%)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="490" />
            <source>%n agent(s) answered cases in the period.</source>
            <translation>
                <numerusform>%n Mitarbeiter hat im Zeitraum Fälle beantwortet.</numerusform>
                <numerusform>%n Mitarbeiter haben im Zeitraum Fälle beantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="493" />
            <source>Highest: %1 with %2 within target.</source>
            <translation>Am höchsten: %1 mit %2 innerhalb des Ziels.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="498" />
            <source>No agent answered a case in the period.</source>
            <translation>Im Zeitraum hat kein Mitarbeiter einen Fall beantwortet.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="502" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Agent</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="529" />
            <source>%1: at most %n waiting (%2)</source>
            <translation>
                <numerusform>%1: höchstens %n wartend (%2)</numerusform>
                <numerusform>%1: höchstens %n wartend (%2)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="534" />
            <source>%1: nobody waited</source>
            <translation>%1: niemand hat gewartet</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Cases waiting</source>
            <translation>Wartende Fälle</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="566" />
            <source>%1: rated %2 of 5, access restored for %3 (%n survey(s))</source>
            <translation>
                <numerusform>%1: Bewertung %2 von 5, Zugang bei %3 wiederhergestellt (%n Umfrage)</numerusform>
                <numerusform>%1: Bewertung %2 von 5, Zugang bei %3 wiederhergestellt (%n Umfragen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="573" />
            <source>%1: no surveys</source>
            <translation>%1: keine Umfragen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="587" />
            <source>Queue or agent</source>
            <translation>Warteschlange oder Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="588" />
            <source>Surveys</source>
            <translation>Umfragen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="589" />
            <source>Average rating (1–5)</source>
            <translation>Durchschnittliche Bewertung (1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="590" />
            <location filename="../../ui/supervisor/dashboard.py" line="600" />
            <source>Access restored</source>
            <translation>Zugang wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Share (%)</source>
            <translation>Anteil (%)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="604" />
            <source>Average rating, as a share of 5</source>
            <translation>Durchschnittliche Bewertung als Anteil von 5</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="54" />
            <source>Your account is secured</source>
            <translation>Ihr Konto ist gesichert</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="57" />
            <source>Your password is new, your sign-in is protected and no one else is signed in. Keep your backup codes somewhere safe. If something looks wrong later, open a new recovery case.</source>
            <translation>Ihr Passwort ist neu, Ihre Anmeldung ist geschützt und niemand sonst ist angemeldet. Bewahren Sie Ihre Backup-Codes sicher auf. Wenn Ihnen später etwas seltsam vorkommt, eröffnen Sie einen neuen Wiederherstellungsfall.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="62" />
            <source>&amp;Finish</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="63" />
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="41" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk ist auf ein unerwartetes Problem gestoßen. Nichts von Ihren Eingaben wurde doppelt gesendet oder verloren; Sie können weitermachen oder die App neu starten, falls etwas nicht stimmt.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="49" />
            <source>Details for support were written to {path}.</source>
            <translation>Details für den Support wurden in {path} gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="11" />
            <source>The Recovery Desk server cannot be reached. Check your internet connection; we keep trying in the background.</source>
            <translation>Der Recovery-Desk-Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung; wir versuchen es im Hintergrund weiter.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The service is having trouble on its side. Nothing you entered is lost; we keep trying in the background.</source>
            <translation>Der Dienst hat gerade eine Störung. Ihre Eingaben gehen nicht verloren; wir versuchen es im Hintergrund weiter.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>The service is being updated. Please try again in a few minutes.</source>
            <translation>Der Dienst wird gerade aktualisiert. Bitte versuchen Sie es in einigen Minuten erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>The service is temporarily unavailable. Please try again shortly.</source>
            <translation>Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>Too many attempts. Please wait a little and try again.</source>
            <translation>Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>That is too large to send. Please send something smaller.</source>
            <translation>Das ist zu groß zum Senden. Bitte senden Sie etwas Kleineres.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>The server sent an answer this version of the app does not understand. Please update the app.</source>
            <translation>Der Server hat eine Antwort geschickt, die diese App-Version nicht versteht. Bitte aktualisieren Sie die App.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>Something went wrong. Please try again; if it keeps happening, contact support.</source>
            <translation>Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Support.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This way of proving it is you is paused for a while because of too many wrong answers. Use a code sent to one of your original addresses, or try again later.</source>
            <translation>Diese Art des Nachweises ist wegen zu vieler falscher Antworten eine Weile pausiert. Verwenden Sie einen Code, der an eine Ihrer ursprünglichen Adressen gesendet wird, oder versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This image has too many pixels to check. Please send a smaller photo (a phone photo of a document is fine).</source>
            <translation>Dieses Bild hat zu viele Pixel, um es zu prüfen. Bitte senden Sie ein kleineres Foto (ein Handyfoto des Dokuments genügt).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>The service is busy checking other files. Please try again in a few seconds.</source>
            <translation>Der Dienst prüft gerade andere Dateien. Bitte versuchen Sie es in ein paar Sekunden erneut.</translation>
        </message>
    </context>
    <context>
        <name>EventsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="319" />
            <source>Account created</source>
            <translation>Konto erstellt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="320" />
            <source>Password changed with a reset link</source>
            <translation>Passwort mit einem Link zum Zurücksetzen geändert</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="321" />
            <source>Password changed</source>
            <translation>Passwort geändert</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="322" />
            <source>E-mail address or phone number added</source>
            <translation>E-Mail-Adresse oder Telefonnummer hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="323" />
            <source>E-mail address or phone number removed</source>
            <translation>E-Mail-Adresse oder Telefonnummer entfernt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="324" />
            <source>E-mail address or phone number put back</source>
            <translation>E-Mail-Adresse oder Telefonnummer wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="325" />
            <source>Authenticator app set up</source>
            <translation>Authenticator-App eingerichtet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="326" />
            <source>Authenticator app removed</source>
            <translation>Authenticator-App entfernt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="327" />
            <source>New backup codes made</source>
            <translation>Neue Backup-Codes erstellt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="328" />
            <source>Backup code used</source>
            <translation>Backup-Code verwendet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="329" />
            <source>Sign-in from a new device</source>
            <translation>Anmeldung von einem neuen Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="330" />
            <source>Every session signed out</source>
            <translation>Alle Sitzungen abgemeldet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="331" />
            <source>A session was ended</source>
            <translation>Eine Sitzung wurde beendet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="332" />
            <source>A device was revoked</source>
            <translation>Ein Gerät wurde gesperrt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="333" />
            <source>All other sessions ended</source>
            <translation>Alle anderen Sitzungen beendet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="334" />
            <source>Reset link sent</source>
            <translation>Link zum Zurücksetzen gesendet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="335" />
            <source>Account status changed</source>
            <translation>Kontostatus geändert</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="341" />
            <source>made by someone who was not you</source>
            <translation>von jemand anderem als Ihnen vorgenommen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="342" />
            <source>made while your account was not under your control</source>
            <translation>vorgenommen, als Ihr Konto nicht unter Ihrer Kontrolle war</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="343" />
            <source>made from a session or device you ended</source>
            <translation>von einer Sitzung oder einem Gerät aus, die bzw. das Sie beendet haben</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="349" />
            <source>you or your account</source>
            <translation>Sie oder Ihr Konto</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="350" />
            <source>support agent</source>
            <translation>Support-Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="351" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="352" />
            <source>someone unknown</source>
            <translation>eine unbekannte Person</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="361" />
            <source>%n change(s) need your attention. If you did not make them, tell the agent in your recovery case.</source>
            <translation>
                <numerusform>%n Änderung braucht Ihre Aufmerksamkeit. Wenn Sie sie nicht vorgenommen haben, sagen Sie es dem Mitarbeiter in Ihrem Wiederherstellungsfall.</numerusform>
                <numerusform>%n Änderungen brauchen Ihre Aufmerksamkeit. Wenn Sie sie nicht vorgenommen haben, sagen Sie es dem Mitarbeiter in Ihrem Wiederherstellungsfall.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="368" />
            <source>Nothing here looks suspicious.</source>
            <translation>Hier sieht nichts verdächtig aus.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="382" />
            <location filename="../../ui/user/secure_sessions.py" line="420" />
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="393" />
            <source>Suspicious: %1</source>
            <translation>Verdächtig: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="410" />
            <location filename="../../ui/user/secure_sessions.py" line="427" />
            <source>Recent security changes</source>
            <translation>Letzte Sicherheitsänderungen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="413" />
            <source>These changes were made to how your account is signed in to and reached. Rows marked "Check" were made by an intruder, while your account was not under your control, or from a session you ended.</source>
            <translation>Diese Änderungen betreffen, wie man sich bei Ihrem Konto anmeldet und wie Sie erreicht werden. Mit „Prüfen“ markierte Zeilen stammen von einem Eindringling, entstanden, als Ihr Konto nicht unter Ihrer Kontrolle war, oder kamen aus einer Sitzung, die Sie beendet haben.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="421" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="422" />
            <source>What changed</source>
            <translation>Was geändert wurde</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="423" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="424" />
            <source>Why marked / where</source>
            <translation>Warum markiert / woher</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="428" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="429" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
    </context>
    <context>
        <name>EvidenceItem</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="108" />
            <source>%1, sent %2</source>
            <translation>%1, gesendet am %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="111" />
            <source>Check that the paper shows: %1</source>
            <translation>Prüfen Sie, ob auf dem Papier steht: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="114" />
            <source>Not reviewed yet</source>
            <translation>Noch nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="115" />
            <source>✓ Approved</source>
            <translation>✓ Freigegeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="116" />
            <source>✗ Rejected</source>
            <translation>✗ Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Original shown</source>
            <translation>Original angezeigt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Blurred until revealed</source>
            <translation>Unscharf bis zur Freigabe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="120" />
            <source>Deleted after the retention period</source>
            <translation>Nach Ablauf der Aufbewahrungsfrist gelöscht</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="122" />
            <source>&amp;Reveal original…</source>
            <translation>Original &amp;anzeigen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="123" />
            <source>Reveal the original: %1</source>
            <translation>Original anzeigen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>&amp;Freigeben…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="125" />
            <source>Approve: %1</source>
            <translation>Freigeben: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="126" />
            <source>Re&amp;ject…</source>
            <translation>Ab&amp;lehnen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="127" />
            <source>Reject: %1</source>
            <translation>Ablehnen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="134" />
            <source>Loading the blurred preview…</source>
            <translation>Unscharfe Vorschau wird geladen…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="145" />
            <source>A PDF has no preview: reveal it to read it.</source>
            <translation>Eine PDF-Datei hat keine Vorschau: Zeigen Sie sie an, um sie zu lesen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/evidence_view.py" line="155" />
            <source>The original is a PDF of %n KB.</source>
            <translation>
                <numerusform>Das Original ist eine PDF-Datei mit %n KB.</numerusform>
                <numerusform>Das Original ist eine PDF-Datei mit %n KB.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="162" />
            <source>This image cannot be shown.</source>
            <translation>Dieses Bild kann nicht angezeigt werden.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Original image</source>
            <translation>Originalbild</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Blurred image</source>
            <translation>Unscharfes Bild</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="182" />
            <source>Reveal the original</source>
            <translation>Original anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="184" />
            <source>Why do you need to see the original? Your reason is written to the audit log.</source>
            <translation>Warum müssen Sie das Original sehen? Ihre Begründung wird im Prüfprotokoll gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="186" />
            <source>&amp;Reveal</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="207" />
            <source>Approve the evidence</source>
            <translation>Nachweis freigeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="209" />
            <source>What did you check? (For example: the photo matches, the phrase is right.)</source>
            <translation>Was haben Sie geprüft? (Zum Beispiel: Das Foto passt, die Phrase stimmt.)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="211" />
            <source>&amp;Approve</source>
            <translation>&amp;Freigeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="216" />
            <source>Reject the evidence</source>
            <translation>Nachweis ablehnen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="217" />
            <source>Why is it rejected? The requester can send a new one.</source>
            <translation>Warum wird er abgelehnt? Die anfragende Person kann einen neuen senden.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="218" />
            <source>Re&amp;ject</source>
            <translation>Ab&amp;lehnen</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="209" />
            <source>Choose a photo of your ID document or a selfie first.</source>
            <translation>Wählen Sie zuerst ein Foto Ihres Ausweises oder ein Selfie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="217" />
            <source>This file is larger than {mb} MB, so it was not sent. Take a smaller photo or scan and choose it again.</source>
            <translation>Diese Datei ist größer als {mb} MB und wurde daher nicht gesendet. Machen Sie ein kleineres Foto oder einen kleineren Scan und wählen Sie ihn erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="221" />
            <source>This file cannot be opened. Choose another file.</source>
            <translation>Diese Datei lässt sich nicht öffnen. Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="223" />
            <source>A selfie must be a photo (JPEG or PNG). This file was not sent.</source>
            <translation>Ein Selfie muss ein Foto sein (JPEG oder PNG). Diese Datei wurde nicht gesendet.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="225" />
            <source>This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. Choose another file.</source>
            <translation>Diese Datei ist weder ein Foto (JPEG oder PNG) noch ein PDF-Scan und wurde daher nicht gesendet. Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="230" />
            <location filename="../../ui/user/evidence_page.py" line="231" />
            <source>ID document and selfie</source>
            <translation>Ausweis und Selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="234" />
            <source>Send a photo or scan of an ID document with your name, and a selfie in which you hold a paper with the code below written on it. Only our team sees them, and they are deleted soon after the check.</source>
            <translation>Senden Sie ein Foto oder einen Scan eines Ausweises mit Ihrem Namen und ein Selfie, auf dem Sie ein Blatt mit dem unten stehenden Code halten. Nur unser Team sieht sie, und sie werden kurz nach der Prüfung gelöscht.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="239" />
            <source>Write this code on a paper for your selfie:</source>
            <translation>Schreiben Sie diesen Code für Ihr Selfie auf ein Blatt:</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="242" />
            <source>Code for your selfie: {code}</source>
            <translation>Code für Ihr Selfie: {code}</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="244" />
            <source>Send for &amp;review</source>
            <translation>Zur &amp;Prüfung senden</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="245" />
            <source>Send the chosen files for review</source>
            <translation>Ausgewählte Dateien zur Prüfung senden</translation>
        </message>
    </context>
    <context>
        <name>EvidenceSlot</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="88" />
            <source>Photos and scans ({patterns})</source>
            <translation>Fotos und Scans ({patterns})</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>2. A selfie holding the code</source>
            <translation>2. Ein Selfie mit dem Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>1. Your ID document</source>
            <translation>1. Ihr Ausweis</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;selfie…</source>
            <translation>&amp;Selfie wählen…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;ID…</source>
            <translation>&amp;Ausweis wählen…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the selfie photo</source>
            <translation>Selfie-Foto wählen</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the ID photo or scan</source>
            <translation>Foto oder Scan des Ausweises wählen</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="128" />
            <source>Drop a file here or choose one.</source>
            <translation>Ziehen Sie eine Datei hierher oder wählen Sie eine aus.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="129" />
            <source>No file yet</source>
            <translation>Noch keine Datei</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>sent for review</source>
            <translation>zur Prüfung gesendet</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>ready to send</source>
            <translation>bereit zum Senden</translation>
        </message>
    </context>
    <context>
        <name>EvidenceView</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="269" />
            <source>Evidence</source>
            <translation>Nachweisdokumente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="270" />
            <source>No document or selfie has been sent.</source>
            <translation>Es wurde weder ein Dokument noch ein Selfie gesendet.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="77" />
            <source>Transfer the chat</source>
            <translation>Chat übergeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="80" />
            <source>Hand this chat to another online agent with a free slot. Your note is for agents only.</source>
            <translation>Übergeben Sie diesen Chat an einen anderen Agenten, der online ist und einen freien Platz hat. Ihre Notiz sehen nur Agenten.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="84" />
            <source>&amp;Transfer</source>
            <translation>&amp;Übergeben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="86" />
            <source>Escalate to a supervisor</source>
            <translation>An Supervisor eskalieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="89" />
            <source>A supervisor who is online takes the case, or the next one to come online. Say why; only agents see it.</source>
            <translation>Eine Supervisorin oder ein Supervisor, die gerade online sind, übernimmt den Fall, sonst die nächste Person, die online kommt. Nennen Sie den Grund; nur Agenten sehen ihn.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="93" />
            <source>&amp;Escalate</source>
            <translation>&amp;Eskalieren</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="94" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="95" />
            <source>Agent to transfer to</source>
            <translation>Agent, an den übergeben wird</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="96" />
            <source>&amp;Reason</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="97" />
            <source>Reason for the handover</source>
            <translation>Grund der Übergabe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/handover_dialog.py" line="105" />
            <source>%1 (online, %n free slots)</source>
            <translation>
                <numerusform>%1 (online, %n freier Platz)</numerusform>
                <numerusform>%1 (online, %n freie Plätze)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="107" />
            <source>%1 (online, no free slot)</source>
            <translation>%1 (online, kein freier Platz)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="109" />
            <source>%1 (not online)</source>
            <translation>%1 (nicht online)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="135" />
            <source>Nobody can take this chat now. Try again later or escalate.</source>
            <translation>Niemand kann diesen Chat gerade übernehmen. Versuchen Sie es später erneut oder eskalieren Sie.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="138" />
            <source>Write a short reason for the next person.</source>
            <translation>Schreiben Sie einen kurzen Grund für die nächste Person.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="142" />
            <source>Keep the reason under 2,000 characters.</source>
            <translation>Der Grund darf höchstens 2.000 Zeichen lang sein.</translation>
        </message>
    </context>
    <context>
        <name>HoldsView</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="148" />
            <source>Changes and holds</source>
            <translation>Änderungen und Wartezeiten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="152" />
            <source>Frozen: the account owner answered "this wasn't me". Waiting changes were cancelled and nothing more can change until the case is reviewed.</source>
            <translation>Eingefroren: Die Kontoinhaberin oder der Kontoinhaber hat „Das war ich nicht“ geantwortet. Wartende Änderungen wurden abgebrochen, und bis zur Prüfung des Falls kann sich nichts mehr ändern.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="164" />
            <source>No change requested yet.</source>
            <translation>Noch keine Änderung beantragt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="175" />
            <source>Waiting for approval by someone else</source>
            <translation>Wartet auf Freigabe durch eine andere Person</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <location filename="../../ui/user/identify_page.py" line="98" />
            <source>Enter the account's name, e-mail address or phone number.</source>
            <translation>Geben Sie den Namen, die E-Mail-Adresse oder die Telefonnummer des Kontos ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="104" />
            <source>Enter an e-mail address or a phone number (with country code) where we can reach you now.</source>
            <translation>Geben Sie eine E-Mail-Adresse oder Telefonnummer (mit Ländervorwahl) ein, unter der wir Sie jetzt erreichen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="115" />
            <source>You forgot your password.</source>
            <translation>Sie haben Ihr Passwort vergessen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="116" />
            <source>You lost your authenticator.</source>
            <translation>Sie haben Ihre Authenticator-App verloren.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="117" />
            <source>Your account was hacked.</source>
            <translation>Ihr Konto wurde gehackt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="118" />
            <source>Your account was disabled.</source>
            <translation>Ihr Konto wurde deaktiviert.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="122" />
            <source>Your account and how to reach you</source>
            <translation>Ihr Konto und wie wir Sie erreichen</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="123" />
            <source>Which account is it?</source>
            <translation>Um welches Konto geht es?</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="126" />
            <source>Tell us which account you want back and where we can reach you now. We send a code to that address to check it is yours.</source>
            <translation>Sagen Sie uns, welches Konto Sie zurückhaben möchten und wo wir Sie jetzt erreichen. Wir senden einen Code an diese Adresse, um zu prüfen, dass sie Ihnen gehört.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="131" />
            <source>Acc&amp;ount:</source>
            <translation>K&amp;onto:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="132" />
            <source>Name, e-mail address or phone number</source>
            <translation>Name, E-Mail-Adresse oder Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="133" />
            <source>The account you want back</source>
            <translation>Das Konto, das Sie zurückhaben möchten</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="135" />
            <source>The name you sign in with, or an e-mail address or phone number it used.</source>
            <translation>Der Name, mit dem Sie sich anmelden, oder eine E-Mail-Adresse oder Telefonnummer des Kontos.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="137" />
            <source>&amp;Reply to:</source>
            <translation>&amp;Antwort an:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="138" />
            <source>e.g. name@example.org or +48 600 100 200</source>
            <translation>z. B. name@example.org oder +49 151 2345 678</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="139" />
            <source>Where we can reach you now</source>
            <translation>Wo wir Sie jetzt erreichen</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="142" />
            <source>An e-mail address or phone number you can use right now. If someone took over your account, do not use an address they changed.</source>
            <translation>Eine E-Mail-Adresse oder Telefonnummer, die Sie jetzt nutzen können. Wenn jemand Ihr Konto übernommen hat, verwenden Sie keine Adresse, die diese Person geändert hat.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="146" />
            <source>La&amp;nguage of our messages:</source>
            <translation>&amp;Sprache unserer Nachrichten:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="147" />
            <source>Language of our messages</source>
            <translation>Sprache unserer Nachrichten</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="148" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="149" />
            <source>Continue: send me a code</source>
            <translation>Weiter: Code senden</translation>
        </message>
    </context>
    <context>
        <name>LiveBoard</name>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="104" />
            <source>Queue now</source>
            <translation>Warteschlange jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="105" />
            <source>A&amp;gents</source>
            <translation>&amp;Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="106" />
            <source>Agents: presence and load</source>
            <translation>Mitarbeiter: Anwesenheit und Auslastung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/live_board.py" line="131" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n wartend</numerusform>
                <numerusform>%n wartend</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="133" />
            <source>Oldest wait: %1</source>
            <translation>Längste Wartezeit: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="137" />
            <source>Nobody is waiting.</source>
            <translation>Niemand wartet.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="143" />
            <source>Not loaded yet</source>
            <translation>Noch nicht geladen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="147" />
            <source>Updated %1</source>
            <translation>Aktualisiert %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="152" />
            <source>Open service-level breaches: %1</source>
            <translation>Offene Servicelevel-Verstöße: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="154" />
            <source>No open service-level breaches.</source>
            <translation>Keine offenen Servicelevel-Verstöße.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="159" />
            <source>Agents online: %1</source>
            <translation>Mitarbeiter online: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="160" />
            <source>Away: %1</source>
            <translation>Abwesend: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="161" />
            <source>Free chat slots: %1</source>
            <translation>Freie Chat-Plätze: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="162" />
            <source>Cases in progress: %1</source>
            <translation>Fälle in Bearbeitung: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/windows/main_window.py" line="173" />
            <source>Recovery Desk — Get help</source>
            <translation>Recovery Desk — Hilfe holen</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="176" />
            <source>Recovery Desk — Supervisor: %1</source>
            <translation>Recovery Desk — Teamleitung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="178" />
            <source>Recovery Desk — Agent: %1</source>
            <translation>Recovery Desk — Mitarbeitende: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="181" />
            <source>Recovery Desk — Agent</source>
            <translation>Recovery Desk — Mitarbeitende</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="217" />
            <location filename="../../ui/windows/main_window.py" line="218" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="219" />
            <source>&amp;Get help</source>
            <translation>&amp;Hilfe holen</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="220" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Eigenes Konto wiederherstellen (Strg+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="221" />
            <source>User mode: get help with your account</source>
            <translation>Benutzermodus: Hilfe mit Ihrem Konto</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="222" />
            <source>&amp;Agent</source>
            <translation>&amp;Mitarbeitende</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="223" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Als Support-Mitarbeitende arbeiten (Strg+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="224" />
            <source>Agent mode: support agent workspace</source>
            <translation>Mitarbeitendenmodus: Arbeitsbereich des Supports</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="225" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="226" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="227" />
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="228" />
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="230" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="231" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="232" />
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="236" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="237" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Der Recovery-Desk-Server, mit dem diese App spricht</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="88" />
            <source>Private note</source>
            <translation>Private Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="108" />
            <source>Assistant's answer — show</source>
            <translation>Antwort des Assistenten — anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="109" />
            <source>Hide the assistant's answer</source>
            <translation>Antwort des Assistenten ausblenden</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../ui/models/message_model.py" line="64" />
            <source>not sent yet</source>
            <translation>noch nicht gesendet</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="65" />
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="66" />
            <source>delivered</source>
            <translation>zugestellt</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="67" />
            <source>read</source>
            <translation>gelesen</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="68" />
            <source>could not be sent</source>
            <translation>konnte nicht gesendet werden</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../ui/widgets/notice_banner.py" line="19" />
            <source>Service notice</source>
            <translation>Diensthinweis</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../ui/models/queue_model.py" line="38" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="39" />
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="40" />
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="41" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="42" />
            <source>Waiting</source>
            <translation>Wartezeit</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="43" />
            <source>Service level</source>
            <translation>Servicelevel</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="46" />
            <source>Subscriber (live)</source>
            <translation>Abonnent (live)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="47" />
            <source>Free</source>
            <translation>Kostenlos</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="50" />
            <source>Forgot password</source>
            <translation>Passwort vergessen</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="51" />
            <source>Lost second factor</source>
            <translation>Zweiter Faktor verloren</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="52" />
            <source>Hacked</source>
            <translation>Gehackt</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="53" />
            <source>Disabled or suspended</source>
            <translation>Deaktiviert oder gesperrt</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="56" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="57" />
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="58" />
            <source>%1 h %2 min</source>
            <translation>%1 Std. %2 Min.</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="59" />
            <source>%1 d %2 h</source>
            <translation>%1 T. %2 Std.</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="60" />
            <source>%1 (escalated)</source>
            <translation>%1 (eskaliert)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="61" />
            <source>Breached %1 ago</source>
            <translation>Seit %1 überschritten</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="62" />
            <source>Due soon: %1 left</source>
            <translation>Bald fällig: noch %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="63" />
            <source>On time: %1 left</source>
            <translation>Im Zeitplan: noch %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="64" />
            <source>%1. Target: %2.</source>
            <translation>%1. Ziel: %2.</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="69" />
            <location filename="../../ui/agent/queue_view.py" line="70" />
            <source>Waiting queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="71" />
            <source>Waiting queue (Ctrl+Shift+Q to focus)</source>
            <translation>Warteschlange (Strg+Umschalt+Q zum Fokussieren)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="74" />
            <source>New chats are given to you automatically when you are online and have a free slot; the queue is here so you can see the pressure.</source>
            <translation>Neue Chats werden Ihnen automatisch zugewiesen, wenn Sie online sind und einen freien Platz haben; die Warteschlange zeigt, wie groß der Andrang ist.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="91" />
            <source>Loading the queue…</source>
            <translation>Warteschlange wird geladen …</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="95" />
            <source>Nobody is waiting.</source>
            <translation>Niemand wartet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="98" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n wartend</numerusform>
                <numerusform>%n wartend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="99" />
            <source>%n subscribers</source>
            <translation>
                <numerusform>%n Abonnent</numerusform>
                <numerusform>%n Abonnenten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="100" />
            <source>%n free tier</source>
            <translation>
                <numerusform>%n kostenlos</numerusform>
                <numerusform>%n kostenlos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="103" />
            <source>%n due soon</source>
            <translation>
                <numerusform>%n bald fällig</numerusform>
                <numerusform>%n bald fällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="105" />
            <source>%n breached</source>
            <translation>
                <numerusform>%n überschritten</numerusform>
                <numerusform>%n überschritten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="108" />
            <source>(the first %n are listed)</source>
            <translation>
                <numerusform>(der erste wird angezeigt)</numerusform>
                <numerusform>(die ersten %n werden angezeigt)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="98" />
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/case_panel_dialogs.py" line="100" />
            <source>At least %n characters. It is written to the audit log.</source>
            <translation>
                <numerusform>Mindestens %n Zeichen. Sie wird im Prüfprotokoll gespeichert.</numerusform>
                <numerusform>Mindestens %n Zeichen. Sie wird im Prüfprotokoll gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="103" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>ReferenceBox</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="74" />
            <source>Your case reference</source>
            <translation>Ihre Fallnummer</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>C&amp;opy</source>
            <translation>K&amp;opieren</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="76" />
            <source>Copy the case reference</source>
            <translation>Fallnummer kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="78" />
            <source>Keep this to come back later: with it you can resume your case.</source>
            <translation>Bewahren Sie sie auf, um später zurückzukommen: Damit setzen Sie Ihren Fall fort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="82" />
            <source>This computer cannot keep the key to your case. Copy the case key and keep it somewhere safe: you need it with the reference to come back.</source>
            <translation>Dieser Computer kann den Schlüssel zu Ihrem Fall nicht speichern. Kopieren Sie den Fallschlüssel und bewahren Sie ihn sicher auf: Sie brauchen ihn zusammen mit der Fallnummer, um zurückzukommen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Key copied</source>
            <translation>Schlüssel kopiert</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Copy case &amp;key</source>
            <translation>Fall&amp;schlüssel kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="89" />
            <source>Copy the secret case key</source>
            <translation>Geheimen Fallschlüssel kopieren</translation>
        </message>
    </context>
    <context>
        <name>ReplyCodePage</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="126" />
            <source>Check your reply address</source>
            <translation>Antwortadresse bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="127" />
            <source>Check your e-mail or phone</source>
            <translation>Sehen Sie in Ihre E-Mails oder auf Ihr Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="130" />
            <source>We sent a 6-digit code to {contact}. Type it here so we know we can reach you there. Nothing else happens to your account yet.</source>
            <translation>Wir haben einen 6-stelligen Code an {contact} gesendet. Geben Sie ihn hier ein, damit wir wissen, dass wir Sie dort erreichen. Mit Ihrem Konto passiert dabei noch nichts.</translation>
        </message>
    </context>
    <context>
        <name>ResetStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="231" />
            <source>Paste the whole link from the e-mail or text message.</source>
            <translation>Fügen Sie den ganzen Link aus der E-Mail oder SMS ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="235" />
            <source>No reset code was found in this text. Copy the whole link again.</source>
            <translation>In diesem Text wurde kein Code zum Zurücksetzen gefunden. Kopieren Sie den ganzen Link noch einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="238" />
            <source>Reset link recognised.</source>
            <translation>Link zum Zurücksetzen erkannt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="241" />
            <source>The two passwords are not the same yet.</source>
            <translation>Die beiden Passwörter stimmen noch nicht überein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="243" />
            <source>Use at least 12 characters.</source>
            <translation>Verwenden Sie mindestens 12 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="279" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask the agent in your recovery case to send a new one.</source>
            <translation>Dieser Link zum Zurücksetzen funktioniert nicht mehr: Er wurde bereits verwendet, ist abgelaufen oder wurde durch einen neueren ersetzt. Bitten Sie den Mitarbeiter in Ihrem Wiederherstellungsfall, einen neuen zu senden.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="283" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Open your recovery case with its reference and ask for a new link, or open a new case.</source>
            <translation>Dieser Link zum Zurücksetzen funktioniert nicht mehr: Er wurde bereits verwendet, ist abgelaufen oder wurde durch einen neueren ersetzt. Öffnen Sie Ihren Wiederherstellungsfall mit seiner Referenz und bitten Sie um einen neuen Link, oder eröffnen Sie einen neuen Fall.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="289" />
            <source>Choose a new password</source>
            <translation>Wählen Sie ein neues Passwort</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="292" />
            <source>Paste the reset link we sent you, then choose a new password. After this, every session is signed out, including the one that was not yours.</source>
            <translation>Fügen Sie den Link zum Zurücksetzen ein, den wir Ihnen geschickt haben, und wählen Sie dann ein neues Passwort. Danach werden alle Sitzungen abgemeldet, auch die, die nicht Ihre war.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="296" />
            <source>Reset &amp;link:</source>
            <translation>&amp;Link zum Zurücksetzen:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="297" />
            <source>&amp;New password:</source>
            <translation>&amp;Neues Passwort:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="298" />
            <source>&amp;Repeat password:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="299" />
            <source>https://… or the code after #</source>
            <translation>https://… oder der Code nach #</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="300" />
            <source>Reset link or code</source>
            <translation>Link zum Zurücksetzen oder Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="301" />
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="302" />
            <source>Repeat new password</source>
            <translation>Neues Passwort wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="303" />
            <source>&amp;Show passwords</source>
            <translation>Passwörter &amp;anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="304" />
            <source>Show passwords</source>
            <translation>Passwörter anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="305" />
            <source>&amp;Set new password</source>
            <translation>Neues Passwort &amp;festlegen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="306" />
            <source>Set new password</source>
            <translation>Neues Passwort festlegen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="307" />
            <source>I already chose a new password</source>
            <translation>Ich habe bereits ein neues Passwort gewählt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="308" />
            <source>Skip: I already chose a new password</source>
            <translation>Überspringen: Ich habe bereits ein neues Passwort gewählt</translation>
        </message>
    </context>
    <context>
        <name>RestoreActions</name>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="82" />
            <source>Restore actions</source>
            <translation>Wiederherstellungsaktionen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="137" />
            <source>a supervisor</source>
            <translation>eine Supervisorin oder einen Supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="139" />
            <source>another agent</source>
            <translation>einen anderen Agenten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="141" />
            <source>Asked for approval; waiting for %1.</source>
            <translation>Freigabe beantragt; es wird auf %1 gewartet.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="144" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmDialog</name>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="117" />
            <source>Confirm: %1</source>
            <translation>Bestätigen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="119" />
            <source>%1 for case %2</source>
            <translation>%1 für Fall %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="121" />
            <source>&amp;Which contact:</source>
            <translation>&amp;Welcher Kontakt:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="122" />
            <source>Which contact</source>
            <translation>Welcher Kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="130" />
            <source>What changes:</source>
            <translation>Was sich ändert:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="131" />
            <source>Hold:</source>
            <translation>Wartezeit:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="132" />
            <source>Who is told:</source>
            <translation>Wer benachrichtigt wird:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="133" />
            <source>Approval:</source>
            <translation>Freigabe:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="134" />
            <source>&amp;Reason:</source>
            <translation>&amp;Begründung:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="135" />
            <source>Reason for this change</source>
            <translation>Begründung für diese Änderung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="136" />
            <source>Why is this change right for this person?</source>
            <translation>Warum ist diese Änderung für diese Person richtig?</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>Ask for &amp;approval</source>
            <translation>&amp;Freigabe beantragen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>&amp;Run it now</source>
            <translation>&amp;Jetzt ausführen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="167" />
            <source>Every session is signed out (active now: %1)</source>
            <translation>Alle Sitzungen werden abgemeldet (derzeit aktiv: %1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="171" />
            <source>devices forgotten: %1</source>
            <translation>vergessene Geräte: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="175" />
            <source>A password-reset link goes to a contact the person proved in this case (or their verified reply address). You never set or see the password.</source>
            <translation>Ein Link zum Zurücksetzen des Passworts geht an einen Kontakt, den die Person in diesem Fall nachgewiesen hat (oder an ihre bestätigte Antwortadresse). Sie legen das Passwort nie fest und sehen es nie.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="180" />
            <source>%1, added %2, is removed from the account.</source>
            <translation>%1, hinzugefügt am %2, wird aus dem Konto entfernt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="186" />
            <source>%1, removed %2, is put back on the account.</source>
            <translation>%1, entfernt am %2, wird dem Konto wieder hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="193" />
            <source>The authenticator app added %1, during the reported compromise, is removed.</source>
            <translation>Die am %1 während der gemeldeten Kompromittierung hinzugefügte Authenticator-App wird entfernt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="197" />
            <source>The authenticator app (since %1) is removed and unused backup codes stop working. The person sets up a new one after signing in.</source>
            <translation>Die Authenticator-App (seit %1) wird entfernt, und unbenutzte Backup-Codes verlieren ihre Gültigkeit. Die Person richtet nach der Anmeldung eine neue ein.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="202" />
            <source>The account's status changes from %1 to active.</source>
            <translation>Der Kontostatus ändert sich von „%1“ zu „aktiv“.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="207" />
            <source>None: the change happens as soon as it is approved or run.</source>
            <translation>Keine: Die Änderung erfolgt, sobald sie freigegeben oder ausgeführt wird.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="210" />
            <source>After approval the change waits %n hours, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</source>
            <translation>
                <numerusform>Nach der Freigabe wartet die Änderung %n Stunde und wird dann automatisch ausgeführt, sofern die Inhaberin oder der Inhaber sie nicht abbricht. Das Ende steht unter „Änderungen und Wartezeiten“.</numerusform>
                <numerusform>Nach der Freigabe wartet die Änderung %n Stunden und wird dann automatisch ausgeführt, sofern die Inhaberin oder der Inhaber sie nicht abbricht. Das Ende steht unter „Änderungen und Wartezeiten“.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="218" />
            <source>The person receives the link; nobody else is told.</source>
            <translation>Die Person erhält den Link; sonst wird niemand benachrichtigt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="221" />
            <source>Nobody: the account has no contact from before the compromise.</source>
            <translation>Niemand: Das Konto hat keinen Kontakt aus der Zeit vor der Kompromittierung.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="225" />
            <source>%1, each with a link to cancel ("this wasn't me"), now and when it is done.</source>
            <translation>%1 – jeweils mit einem Link zum Abbrechen („Das war ich nicht“), jetzt und nach der Ausführung.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="227" />
            <source>%1, when it is done.</source>
            <translation>%1, sobald sie ausgeführt ist.</translation>
        </message>
    </context>
    <context>
        <name>ResumePage</name>
        <message>
            <location filename="../../ui/user/resume_page.py" line="72" />
            <source>Enter your case reference, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Geben Sie Ihre Fallnummer ein, z. B. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="77" />
            <source>Enter the case key as well.</source>
            <translation>Geben Sie auch den Fallschlüssel ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="84" />
            <location filename="../../ui/user/resume_page.py" line="85" />
            <source>Resume a case</source>
            <translation>Fall fortsetzen</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="86" />
            <source>Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Geben Sie die Fallnummer ein, die Sie aufbewahrt haben, z. B. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="87" />
            <source>Case &amp;reference:</source>
            <translation>Fall&amp;nummer:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="88" />
            <source>Case reference</source>
            <translation>Fallnummer</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="89" />
            <source>Case &amp;key:</source>
            <translation>Fall&amp;schlüssel:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="90" />
            <source>Case key</source>
            <translation>Fallschlüssel</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="93" />
            <source>This computer does not keep the key to this case. Paste the case key you saved when you opened the case.</source>
            <translation>Dieser Computer speichert den Schlüssel zu diesem Fall nicht. Fügen Sie den Fallschlüssel ein, den Sie beim Eröffnen des Falls aufbewahrt haben.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="97" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="98" />
            <source>Continue with this case</source>
            <translation>Mit diesem Fall weitermachen</translation>
        </message>
    </context>
    <context>
        <name>SecureErrors</name>
        <message>
            <location filename="../../ui/user/secure_common.py" line="13" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask for a new link in your recovery case.</source>
            <translation>Dieser Link zum Zurücksetzen funktioniert nicht mehr: Er wurde bereits verwendet, ist abgelaufen oder wurde durch einen neueren ersetzt. Bitten Sie in Ihrem Wiederherstellungsfall um einen neuen Link.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="18" />
            <source>This password is too easy to guess or contains your name. Choose a longer one, for example a few unrelated words.</source>
            <translation>Dieses Passwort ist zu leicht zu erraten oder enthält Ihren Namen. Wählen Sie ein längeres, zum Beispiel einige Wörter, die nichts miteinander zu tun haben.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="23" />
            <source>The account name or password is not right. Check them and try again.</source>
            <translation>Kontoname oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="27" />
            <source>Enter the current 6-digit code from your authenticator app, or one of your backup codes.</source>
            <translation>Geben Sie den aktuellen 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Backup-Codes ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="31" />
            <source>Too many wrong codes were entered for this account. Open a recovery case to get back in.</source>
            <translation>Für dieses Konto wurden zu viele falsche Codes eingegeben. Eröffnen Sie einen Wiederherstellungsfall, um wieder hineinzukommen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="35" />
            <source>This account cannot be used right now. Follow your recovery case or open a new one.</source>
            <translation>Dieses Konto kann gerade nicht verwendet werden. Verfolgen Sie Ihren Wiederherstellungsfall oder eröffnen Sie einen neuen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="39" />
            <source>That code was not accepted. Enter the code your authenticator app shows now; if it was just used, wait for the next one.</source>
            <translation>Dieser Code wurde nicht angenommen. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt; wurde er gerade verwendet, warten Sie auf den nächsten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="44" />
            <source>The key was not accepted. Start the set-up again.</source>
            <translation>Der Schlüssel wurde nicht angenommen. Beginnen Sie die Einrichtung erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="47" />
            <source>Too many codes were tried. Wait 15 minutes, then try again.</source>
            <translation>Es wurden zu viele Codes ausprobiert. Warten Sie 15 Minuten und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="50" />
            <source>For this change you need to have signed in within the last 30 minutes. Sign in again, then repeat it.</source>
            <translation>Für diese Änderung müssen Sie sich in den letzten 30 Minuten angemeldet haben. Melden Sie sich erneut an und wiederholen Sie sie dann.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="55" />
            <source>Backup codes need an authenticator app. Set one up first.</source>
            <translation>Backup-Codes setzen eine Authenticator-App voraus. Richten Sie zuerst eine ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="58" />
            <source>These backup codes were not accepted. Make a new set and try again.</source>
            <translation>Diese Backup-Codes wurden nicht angenommen. Erzeugen Sie einen neuen Satz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="61" />
            <source>This is the session you are using now; it cannot be ended here.</source>
            <translation>Dies ist die Sitzung, die Sie gerade verwenden; sie kann hier nicht beendet werden.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="64" />
            <source>This is the device you are using now; it cannot be revoked here.</source>
            <translation>Dies ist das Gerät, das Sie gerade verwenden; es kann hier nicht gesperrt werden.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="67" />
            <source>That session is no longer there. The list was reloaded.</source>
            <translation>Diese Sitzung gibt es nicht mehr. Die Liste wurde neu geladen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="70" />
            <source>That device is no longer there. The list was reloaded.</source>
            <translation>Dieses Gerät gibt es nicht mehr. Die Liste wurde neu geladen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="73" />
            <source>Your session has ended. Sign in again to continue.</source>
            <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>SecurePage</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="182" />
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="183" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="184" />
            <source>Authenticator app</source>
            <translation>Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="185" />
            <source>Backup codes</source>
            <translation>Backup-Codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="186" />
            <source>Sessions and devices</source>
            <translation>Sitzungen und Geräte</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="187" />
            <source>Recent changes</source>
            <translation>Letzte Änderungen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="190" />
            <source>Your opinion</source>
            <translation>Ihre Meinung</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="191" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="199" />
            <source>current step</source>
            <translation>aktueller Schritt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="201" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="203" />
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="212" />
            <source>Steps to secure your account</source>
            <translation>Schritte zur Sicherung Ihres Kontos</translation>
        </message>
    </context>
    <context>
        <name>SessionsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="147" />
            <source>This session (you)</source>
            <translation>Diese Sitzung (Sie)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="149" />
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="151" />
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="152" />
            <source>Unknown device</source>
            <translation>Unbekanntes Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="157" />
            <location filename="../../ui/user/secure_sessions.py" line="158" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="206" />
            <source>The session was ended.</source>
            <translation>Die Sitzung wurde beendet.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="212" />
            <source>The device was revoked and its sessions ended.</source>
            <translation>Das Gerät wurde gesperrt und seine Sitzungen beendet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="216" />
            <source>%n other session(s) ended.</source>
            <translation>
                <numerusform>%n andere Sitzung beendet.</numerusform>
                <numerusform>%n andere Sitzungen beendet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="239" />
            <source>Where you are signed in</source>
            <translation>Wo Sie angemeldet sind</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="242" />
            <source>Check every session and device. End any you do not recognise: whoever uses it is signed out at once. The session you are using now is marked and cannot be ended here.</source>
            <translation>Prüfen Sie jede Sitzung und jedes Gerät. Beenden Sie alle, die Sie nicht kennen: Wer sie verwendet, wird sofort abgemeldet. Die Sitzung, die Sie gerade verwenden, ist markiert und kann hier nicht beendet werden.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="249" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="250" />
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="251" />
            <source>Last seen</source>
            <translation>Zuletzt aktiv</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="252" />
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="253" />
            <source>Browser or app</source>
            <translation>Browser oder App</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="256" />
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="257" />
            <source>Show &amp;ended sessions</source>
            <translation>&amp;Beendete Sitzungen anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="258" />
            <source>Show ended sessions</source>
            <translation>Beendete Sitzungen anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="259" />
            <source>&amp;End session</source>
            <translation>Sitzung b&amp;eenden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="260" />
            <source>End the selected session</source>
            <translation>Ausgewählte Sitzung beenden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="261" />
            <source>Revoke &amp;device</source>
            <translation>&amp;Gerät sperren</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="262" />
            <source>Revoke the selected session's device</source>
            <translation>Gerät der ausgewählten Sitzung sperren</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="263" />
            <source>End &amp;all other sessions</source>
            <translation>&amp;Alle anderen Sitzungen beenden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="264" />
            <source>End all other sessions</source>
            <translation>Alle anderen Sitzungen beenden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="265" />
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="266" />
            <source>Reload the list</source>
            <translation>Liste neu laden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="267" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="268" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="61" />
            <location filename="../../ui/agent/shortcuts_help.py" line="62" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="133" />
            <source>Agent sign-in</source>
            <translation>Anmeldung für Agenten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="134" />
            <source>Sign in to the agent desk</source>
            <translation>Beim Agentenarbeitsplatz anmelden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="137" />
            <source>Use your agent user name, your password and the 6-digit code your authenticator app shows now.</source>
            <translation>Geben Sie Ihren Agenten-Benutzernamen, Ihr Passwort und den 6-stelligen Code ein, den Ihre Authenticator-App gerade anzeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="141" />
            <source>&amp;User name</source>
            <translation>&amp;Benutzername</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="142" />
            <source>&amp;Password</source>
            <translation>&amp;Passwort</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="143" />
            <source>Authenticator &amp;code</source>
            <translation>Authenticator-&amp;Code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="144" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="145" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="146" />
            <source>Authenticator code, 6 digits</source>
            <translation>Authenticator-Code, 6 Ziffern</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="147" />
            <source>6 digits</source>
            <translation>6 Ziffern</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="148" />
            <source>&amp;Remember me on this computer</source>
            <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="149" />
            <source>Remember me on this computer</source>
            <translation>Auf diesem Computer angemeldet bleiben</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="152" />
            <source>Keeps the session in this computer's password store until it ends.</source>
            <translation>Speichert die Sitzung bis zu ihrem Ende im Passwortspeicher dieses Computers.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="156" />
            <source>This computer has no password store, so the session stays in memory.</source>
            <translation>Dieser Computer hat keinen Passwortspeicher, daher bleibt die Sitzung nur im Arbeitsspeicher.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="158" />
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="159" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="166" />
            <source>Your session has ended. Sign in again: your unsent replies are kept and come back when you do.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an: Ihre nicht gesendeten Antworten bleiben erhalten und erscheinen danach wieder.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="182" />
            <source>Enter your user name and password.</source>
            <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="184" />
            <location filename="../../ui/agent/sign_in_page.py" line="204" />
            <source>Enter the 6 digits your authenticator app shows.</source>
            <translation>Geben Sie die 6 Ziffern ein, die Ihre Authenticator-App anzeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="191" />
            <source>Sign-in error</source>
            <translation>Anmeldefehler</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="200" />
            <source>The user name, password or code is not right. Check them and try again with a new code.</source>
            <translation>Benutzername, Passwort oder Code stimmen nicht. Prüfen Sie die Angaben und versuchen Sie es mit einem neuen Code erneut.</translation>
        </message>
    </context>
    <context>
        <name>SignInStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="391" />
            <source>Recovery Desk app</source>
            <translation>Recovery-Desk-App</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="402" />
            <source>Your account has a second step. Enter the current code from your authenticator app, or one of your backup codes.</source>
            <translation>Ihr Konto hat einen zweiten Schritt. Geben Sie den aktuellen Code aus Ihrer Authenticator-App oder einen Ihrer Backup-Codes ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="419" />
            <source>Sign in with your new password</source>
            <translation>Melden Sie sich mit Ihrem neuen Passwort an</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="422" />
            <source>For your safety nobody is signed in after a password change. Sign in again so you can check your sessions and set up your second step.</source>
            <translation>Zu Ihrer Sicherheit ist nach einer Passwortänderung niemand angemeldet. Melden Sie sich erneut an, damit Sie Ihre Sitzungen prüfen und Ihren zweiten Schritt einrichten können.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="426" />
            <source>&amp;Account name or e-mail:</source>
            <translation>&amp;Kontoname oder E-Mail:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="427" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="428" />
            <source>&amp;Code or backup code:</source>
            <translation>&amp;Code oder Backup-Code:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="429" />
            <source>Account name or e-mail</source>
            <translation>Kontoname oder E-Mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="430" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="431" />
            <source>Authenticator code or backup code</source>
            <translation>Code aus der Authenticator-App oder Backup-Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="432" />
            <source>123456 or abcd-efgh-ijkl-mnop</source>
            <translation>123456 oder abcd-efgh-ijkl-mnop</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="433" />
            <source>Sign &amp;in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="434" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
    </context>
    <context>
        <name>SimpleChat</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="89" />
            <source>Conversation</source>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="90" />
            <source>Your reply</source>
            <translation>Ihre Antwort</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="91" />
            <source>Write a reply (Ctrl+Enter sends)</source>
            <translation>Antwort schreiben (Strg+Eingabe sendet)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="92" />
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="93" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Agent</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="111" />
            <source>Private note</source>
            <translation>Private Notiz</translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message>
            <location filename="../../ui/user/situation_page.py" line="58" />
            <source>What happened?</source>
            <translation>Was ist passiert?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="59" />
            <source>Locked out of your account?</source>
            <translation>Kein Zugang mehr zu Ihrem Konto?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="62" />
            <source>Tell us what happened. We will help you prove that the account is yours and get back in. We never ask for your password.</source>
            <translation>Sagen Sie uns, was passiert ist. Wir helfen Ihnen zu belegen, dass das Konto Ihnen gehört, und wieder hineinzukommen. Wir fragen nie nach Ihrem Passwort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="68" />
            <source>I forgot my password</source>
            <translation>Ich habe mein Passwort vergessen</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="69" />
            <source>You still have your e-mail or phone, but not the password.</source>
            <translation>Sie haben Ihre E-Mail-Adresse oder Ihr Telefon noch, aber nicht das Passwort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="72" />
            <source>I lost my authenticator</source>
            <translation>Ich habe meine Authenticator-App verloren</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="73" />
            <source>Your phone with the sign-in app is lost, reset or broken.</source>
            <translation>Ihr Telefon mit der Anmelde-App ist verloren, zurückgesetzt oder defekt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="76" />
            <source>My account was hacked</source>
            <translation>Mein Konto wurde gehackt</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="77" />
            <source>Someone else changed your password, e-mail, phone or sign-in app.</source>
            <translation>Jemand anderes hat Ihr Passwort, Ihre E-Mail-Adresse, Ihr Telefon oder Ihre Anmelde-App geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="80" />
            <source>My account was disabled</source>
            <translation>Mein Konto wurde deaktiviert</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="81" />
            <source>Your account was suspended or locked and you think it is a mistake.</source>
            <translation>Ihr Konto wurde gesperrt oder stillgelegt, und Sie halten das für einen Irrtum.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="90" />
            <source>&amp;Resume a case</source>
            <translation>Fall &amp;fortsetzen</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="91" />
            <source>Resume a case you opened before</source>
            <translation>Einen früher eröffneten Fall fortsetzen</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="92" />
            <source>I already have a reset lin&amp;k</source>
            <translation>Ich habe schon einen Rücksetz-Lin&amp;k</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="94" />
            <source>I already have a password reset link: secure my account</source>
            <translation>Ich habe schon einen Link zum Zurücksetzen des Passworts: mein Konto absichern</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="108" />
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Sehr schwach: Das wäre fast sofort erraten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="109" />
            <source>Weak: easy to guess.</source>
            <translation>Schwach: leicht zu erraten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="110" />
            <source>Fair: could be guessed with some effort.</source>
            <translation>Mittel: mit etwas Aufwand zu erraten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="111" />
            <source>Strong: hard to guess.</source>
            <translation>Stark: schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="112" />
            <source>Very strong: very hard to guess.</source>
            <translation>Sehr stark: sehr schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="115" />
            <source>Type a password to see how strong it is.</source>
            <translation>Geben Sie ein Passwort ein, um zu sehen, wie stark es ist.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="123" />
            <source>Password strength</source>
            <translation>Passwortstärke</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="126" />
            <source>Use at least 12 characters.</source>
            <translation>Verwenden Sie mindestens 12 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="127" />
            <source>Avoid common words, names and well-known passwords.</source>
            <translation>Vermeiden Sie gängige Wörter, Namen und bekannte Passwörter.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="128" />
            <source>Avoid sequences such as abc or 1234.</source>
            <translation>Vermeiden Sie Folgen wie abc oder 1234.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="129" />
            <source>Avoid repeated characters or words.</source>
            <translation>Vermeiden Sie wiederholte Zeichen oder Wörter.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="130" />
            <source>Avoid dates and years.</source>
            <translation>Vermeiden Sie Daten und Jahreszahlen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="131" />
            <source>Avoid keyboard patterns such as qwerty.</source>
            <translation>Vermeiden Sie Tastaturmuster wie qwertz.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="132" />
            <source>A few unrelated words make a strong password you can remember.</source>
            <translation>Einige Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das Sie sich merken können.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFormat</name>
        <message>
            <location filename="../../ui/supervisor/format.py" line="15" />
            <source>Subscribers (live chat)</source>
            <translation>Abonnenten (Live-Chat)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="16" />
            <source>Free tier (messages)</source>
            <translation>Kostenloser Tarif (Nachrichten)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="19" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="20" />
            <source>Away</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="21" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="24" />
            <source>Agent</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="25" />
            <source>Supervisor</source>
            <translation>Teamleitung</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="26" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="30" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="31" />
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="32" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
    </context>
    <context>
        <name>SupervisorView</name>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="138" />
            <source>Supervision</source>
            <translation>Aufsicht</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="141" />
            <source>This view is for supervisors. Ask an administrator if you need it for your work.</source>
            <translation>Diese Ansicht ist für die Teamleitung. Wenden Sie sich an eine Administratorin oder einen Administrator, wenn Sie sie für Ihre Arbeit brauchen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="145" />
            <source>The approvals inbox is not available in this version of the app.</source>
            <translation>Der Posteingang für Freigaben ist in dieser Version der App nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts (%1)</source>
            <translation>&amp;Warnungen (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts</source>
            <translation>&amp;Warnungen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="154" />
            <source>A&amp;pprovals (%1)</source>
            <translation>&amp;Freigaben (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="156" />
            <source>A&amp;pprovals</source>
            <translation>&amp;Freigaben</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="159" />
            <source>&amp;Live board</source>
            <translation>&amp;Live-Übersicht</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="162" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Kennzahlen</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="163" />
            <source>Audi&amp;t log</source>
            <translation>&amp;Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="167" />
            <source>Alt+Shift+%1</source>
            <translation>Alt+Umschalt+%1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="245" />
            <source>New alert: %1</source>
            <translation>Neue Warnung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="255" />
            <source>Only supervisors can see this. Your session may have changed role.</source>
            <translation>Nur die Teamleitung kann dies sehen. Die Rolle Ihrer Sitzung hat sich möglicherweise geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="274" />
            <source>This alert is about you: another supervisor must acknowledge it.</source>
            <translation>Diese Warnung betrifft Sie: Eine andere Teamleitung muss sie bestätigen.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="282" />
            <source>Alert acknowledged.</source>
            <translation>Warnung bestätigt.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <location filename="../../ui/user/support_page.py" line="235" />
            <source>Support</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="236" />
            <source>Get help</source>
            <translation>Hilfe erhalten</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="239" />
            <source>Case %1. Keep this reference: you can come back to your case with it.</source>
            <translation>Fall %1. Bewahren Sie diese Nummer auf: Damit können Sie zu Ihrem Fall zurückkehren.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="242" />
            <source>Ask the assistant first</source>
            <translation>Fragen Sie zuerst den Assistenten</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="243" />
            <source>Describe what happened in a few words</source>
            <translation>Beschreiben Sie in wenigen Worten, was passiert ist</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="244" />
            <source>Your question for the assistant</source>
            <translation>Ihre Frage an den Assistenten</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="245" />
            <source>As&amp;k</source>
            <translation>&amp;Fragen</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="246" />
            <source>Ask the assistant</source>
            <translation>Den Assistenten fragen</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="247" />
            <source>What help you can get</source>
            <translation>Welche Hilfe Sie bekommen</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="250" />
            <source>Everyone: the assistant answers common questions at once, and often you can recover your account yourself once you have proved it is yours.</source>
            <translation>Alle: Der Assistent beantwortet häufige Fragen sofort, und oft können Sie Ihr Konto selbst wiederherstellen, sobald Sie nachgewiesen haben, dass es Ihres ist.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="258" />
            <source>Free accounts: a specialist answers your case in writing within %n hours, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>
                <numerusform>Kostenlose Konten: Eine Fachkraft beantwortet Ihren Fall schriftlich innerhalb von %n Stunde während der Geschäftszeiten (%1). Außerhalb davon erhalten Sie eine Abwesenheitsnachricht; die Antwort kommt in diesen Chat.</numerusform>
                <numerusform>Kostenlose Konten: Eine Fachkraft beantwortet Ihren Fall schriftlich innerhalb von %n Stunden während der Geschäftszeiten (%1). Außerhalb davon erhalten Sie eine Abwesenheitsnachricht; die Antwort kommt in diesen Chat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="266" />
            <source>Free accounts: a specialist answers your case in writing, during business hours. Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>Kostenlose Konten: Eine Fachkraft beantwortet Ihren Fall schriftlich während der Geschäftszeiten. Außerhalb davon erhalten Sie eine Abwesenheitsnachricht; die Antwort kommt in diesen Chat.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="272" />
            <source>Verified subscribers: a live specialist in this chat. You see your place in line and the expected wait.</source>
            <translation>Verifizierte Abonnenten: eine Fachkraft live in diesem Chat. Sie sehen Ihren Platz in der Warteschlange und die voraussichtliche Wartezeit.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="276" />
            <source>&amp;Request support</source>
            <translation>&amp;Unterstützung anfordern</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="277" />
            <source>Request support from a specialist</source>
            <translation>Unterstützung durch eine Fachkraft anfordern</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="278" />
            <source>&amp;Secure your account now</source>
            <translation>Konto jetzt &amp;absichern</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="279" />
            <source>Secure your account now</source>
            <translation>Konto jetzt absichern</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="395" />
            <source>Your access is restored.</source>
            <translation>Ihr Zugang ist wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="397" />
            <source>A specialist is with you in this chat.</source>
            <translation>Eine Fachkraft ist in diesem Chat für Sie da.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="399" />
            <source>The specialist is restoring your access.</source>
            <translation>Die Fachkraft stellt Ihren Zugang wieder her.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="402" />
            <source>Your case is on hold for a safety waiting period; we will write here.</source>
            <translation>Ihr Fall ruht während einer Sicherheits-Wartezeit; wir schreiben Ihnen hier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="405" />
            <source>You are in line for a live specialist.</source>
            <translation>Sie warten auf eine Live-Fachkraft.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="408" />
            <source>You are number %n in line.</source>
            <translation>
                <numerusform>Sie sind Nummer %n in der Warteschlange.</numerusform>
                <numerusform>Sie sind Nummer %n in der Warteschlange.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="413" />
            <source>Expected wait: about %n minutes.</source>
            <translation>
                <numerusform>Voraussichtliche Wartezeit: etwa %n Minute.</numerusform>
                <numerusform>Voraussichtliche Wartezeit: etwa %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="416" />
            <source>Your case is with our team.</source>
            <translation>Ihr Fall liegt bei unserem Team.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="419" />
            <source>We reply within %n hours, here in this chat.</source>
            <translation>
                <numerusform>Wir antworten innerhalb von %n Stunde, hier in diesem Chat.</numerusform>
                <numerusform>Wir antworten innerhalb von %n Stunden, hier in diesem Chat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="427" />
            <source>At the latest by %1.</source>
            <translation>Spätestens bis %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="430" />
            <source>Business hours: %1.</source>
            <translation>Geschäftszeiten: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="435" />
            <source>We are outside business hours now. Your case is kept and answered in order.</source>
            <translation>Wir sind gerade außerhalb der Geschäftszeiten. Ihr Fall bleibt erhalten und wird der Reihe nach beantwortet.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="439" />
            <source>We open again %1.</source>
            <translation>Wir sind wieder da: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="443" />
            <source>Your request is being sent…</source>
            <translation>Ihre Anfrage wird gesendet…</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="450" />
            <source>This is not possible at this step of your case. %1</source>
            <translation>Das ist in diesem Schritt Ihres Falls nicht möglich. %1</translation>
        </message>
    </context>
    <context>
        <name>SupportText</name>
        <message>
            <location filename="../../ui/user/support_text.py" line="12" />
            <source>Next: confirm your reply address with the code we sent to it.</source>
            <translation>Als Nächstes: Bestätigen Sie Ihre Antwortadresse mit dem Code, den wir dorthin gesendet haben.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="15" />
            <source>Next: prove it is your account in the verification step. Often that is enough to recover it yourself.</source>
            <translation>Als Nächstes: Weisen Sie im Bestätigungsschritt nach, dass es Ihr Konto ist. Oft reicht das, um es selbst wiederherzustellen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="20" />
            <source>If this does not solve it, request support below.</source>
            <translation>Wenn das nicht hilft, fordern Sie unten Unterstützung an.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="23" />
            <source>A specialist will answer you in this chat; you do not need to do more.</source>
            <translation>Eine Fachkraft antwortet Ihnen in diesem Chat; Sie müssen nichts weiter tun.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="26" />
            <source>We are reviewing what you sent; we will write to you here.</source>
            <translation>Wir prüfen, was Sie gesendet haben; wir schreiben Ihnen hier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="29" />
            <source>A specialist is with you in the chat.</source>
            <translation>Eine Fachkraft ist im Chat für Sie da.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="32" />
            <source>You can do this yourself: prove it is you.</source>
            <translation>Das können Sie selbst tun: Weisen Sie nach, dass Sie es sind.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="33" />
            <source>You can do this yourself: reset your password after verifying.</source>
            <translation>Das können Sie selbst tun: Setzen Sie nach der Bestätigung Ihr Passwort zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="50" />
            <source>The assistant has no ready answer for this. Request support below.</source>
            <translation>Der Assistent hat dazu keine fertige Antwort. Fordern Sie unten Unterstützung an.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStep</name>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="123" />
            <source>Thank you for your answer.</source>
            <translation>Vielen Dank für Ihre Antwort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="124" />
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="128" />
            <source>How did it go?</source>
            <translation>Wie ist es gelaufen?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="130" />
            <source>Two quick questions about your recovery case. Answering is optional.</source>
            <translation>Zwei kurze Fragen zu Ihrem Wiederherstellungsfall. Die Antwort ist freiwillig.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="132" />
            <source>Was your access restored?</source>
            <translation>Wurde Ihr Zugang wiederhergestellt?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="133" />
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="134" />
            <source>N&amp;o</source>
            <translation>N&amp;ein</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="135" />
            <source>Yes, my access was restored</source>
            <translation>Ja, mein Zugang wurde wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="136" />
            <source>No, my access was not restored</source>
            <translation>Nein, mein Zugang wurde nicht wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="138" />
            <source>How would you rate the help you got? (1 = bad, 5 = very good)</source>
            <translation>Wie bewerten Sie die Hilfe, die Sie bekommen haben? (1 = schlecht, 5 = sehr gut)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="141" />
            <source>Rating %1 of 5</source>
            <translation>Bewertung %1 von 5</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="142" />
            <source>Co&amp;mment (optional):</source>
            <translation>&amp;Kommentar (optional):</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="143" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="144" />
            <source>Sen&amp;d</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="145" />
            <source>Send your answer</source>
            <translation>Antwort senden</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>S&amp;kip</source>
            <translation>&amp;Überspringen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="147" />
            <source>Continue without answering</source>
            <translation>Ohne Antwort weiter</translation>
        </message>
    </context>
    <context>
        <name>TotpStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="151" />
            <source>Set up your authenticator app</source>
            <translation>Authenticator-App einrichten</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="154" />
            <source>Scan the QR code with your authenticator app (for example Aegis, Google Authenticator or Microsoft Authenticator), or type the key by hand. This replaces any authenticator set up before, including one an intruder added. The key is shown only here and only now.</source>
            <translation>Scannen Sie den QR-Code mit Ihrer Authenticator-App (zum Beispiel Aegis, Google Authenticator oder Microsoft Authenticator) oder geben Sie den Schlüssel von Hand ein. Das ersetzt jeden zuvor eingerichteten Authenticator, auch einen, den ein Eindringling hinzugefügt hat. Der Schlüssel wird nur hier und nur jetzt angezeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="160" />
            <source>QR code for your authenticator app</source>
            <translation>QR-Code für Ihre Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="161" />
            <source>&amp;Key for typing by hand:</source>
            <translation>&amp;Schlüssel zur Eingabe von Hand:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="162" />
            <source>Key for typing by hand</source>
            <translation>Schlüssel zur Eingabe von Hand</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="163" />
            <source>&amp;Code the app shows now:</source>
            <translation>&amp;Code, den die App jetzt anzeigt:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="164" />
            <source>Six-digit code from the app</source>
            <translation>Sechsstelliger Code aus der App</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="165" />
            <source>6 digits</source>
            <translation>6 Ziffern</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="166" />
            <source>&amp;Confirm</source>
            <translation>&amp;Bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="167" />
            <source>Confirm the code</source>
            <translation>Code bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="168" />
            <source>Skip for now</source>
            <translation>Vorerst überspringen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="169" />
            <source>Skip setting up an authenticator app</source>
            <translation>Einrichtung einer Authenticator-App überspringen</translation>
        </message>
    </context>
    <context>
        <name>TypingIndicator</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="88" />
            <source>%1 is typing…</source>
            <translation>%1 schreibt…</translation>
        </message>
    </context>
    <context>
        <name>UserFlow</name>
        <message>
            <location filename="../../ui/user/flow.py" line="237" />
            <source>Step {step} of {total}</source>
            <translation>Schritt {step} von {total}</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="272" />
            <source>This code is locked after too many wrong tries. Ask for a new code, or go back and choose another way to prove it is you.</source>
            <translation>Dieser Code ist nach zu vielen falschen Versuchen gesperrt. Fordern Sie einen neuen Code an oder gehen Sie zurück und wählen Sie einen anderen Nachweis.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="278" />
            <source>This code has expired or a newer one was sent. Ask for a new code and type the newest one.</source>
            <translation>Dieser Code ist abgelaufen oder es wurde ein neuerer gesendet. Fordern Sie einen neuen Code an und geben Sie den neuesten ein.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="290" />
            <source>We found no open case with this reference and key. Check them and try again, or start a new case.</source>
            <translation>Wir haben keinen offenen Fall mit dieser Fallnummer und diesem Schlüssel gefunden. Prüfen Sie beides und versuchen Sie es erneut, oder eröffnen Sie einen neuen Fall.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="295" />
            <source>Your case has moved on and this step is no longer possible. Go back to the start and resume your case with its reference.</source>
            <translation>Ihr Fall ist schon weiter, dieser Schritt ist nicht mehr möglich. Gehen Sie zum Anfang zurück und setzen Sie Ihren Fall mit seiner Fallnummer fort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="300" />
            <source>Please check what you typed: the account and an e-mail address or phone number (with country code) where we can reach you.</source>
            <translation>Bitte prüfen Sie Ihre Eingaben: das Konto und eine E-Mail-Adresse oder Telefonnummer (mit Ländervorwahl), unter der wir Sie erreichen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="305" />
            <source>Give an e-mail address or a phone number (with country code) we can reply to.</source>
            <translation>Geben Sie eine E-Mail-Adresse oder Telefonnummer (mit Ländervorwahl) an, unter der wir antworten können.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="365" />
            <location filename="../../ui/user/flow.py" line="428" />
            <source>We sent a new code. Use the newest one.</source>
            <translation>Wir haben einen neuen Code gesendet. Verwenden Sie den neuesten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/flow.py" line="380" />
            <source>That code is not right. Check it and try again: %n tries left.</source>
            <translation>
                <numerusform>Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut: noch %n Versuch.</numerusform>
                <numerusform>Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut: noch %n Versuche.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="488" />
            <source>Thank you: that proof was accepted.</source>
            <translation>Danke: Dieser Nachweis wurde angenommen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="508" />
            <source>Sent. Our team checks your files, usually within a day; your level rises when they are approved. You can get help from a person meanwhile.</source>
            <translation>Gesendet. Unser Team prüft Ihre Dateien, meist innerhalb eines Tages; Ihre Stufe steigt, sobald sie bestätigt sind. In der Zwischenzeit können Sie Hilfe von einem Menschen bekommen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="525" />
            <source>To put you in touch with a person we need to know which account it is and how to reach you. Choose what happened, then fill in the next page.</source>
            <translation>Damit wir Sie mit einem Menschen verbinden können, müssen wir wissen, um welches Konto es geht und wie wir Sie erreichen. Wählen Sie, was passiert ist, und füllen Sie dann die nächste Seite aus.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="530" />
            <source>To put you in touch with a person, fill in this page first: which account, and where we can reach you.</source>
            <translation>Damit wir Sie mit einem Menschen verbinden können, füllen Sie zuerst diese Seite aus: welches Konto, und wo wir Sie erreichen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="543" />
            <source>First type the code we sent to your reply address, so that our team can reach you there.</source>
            <translation>Geben Sie zuerst den Code ein, den wir an Ihre Antwortadresse gesendet haben, damit unser Team Sie dort erreichen kann.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="561" />
            <source>Talking to a person is not available in this version of the app.</source>
            <translation>Das Gespräch mit einem Menschen ist in dieser Version der App nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="579" />
            <source>Securing the account is not available in this version of the app.</source>
            <translation>Das Absichern des Kontos ist in dieser Version der App nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="614" />
            <source>This computer does not keep the key to this case. Enter the case key you saved.</source>
            <translation>Dieser Computer speichert den Schlüssel zu diesem Fall nicht. Geben Sie den Fallschlüssel ein, den Sie aufbewahrt haben.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="634" />
            <source>This case is closed. To try again, go back and open a new case.</source>
            <translation>Dieser Fall ist abgeschlossen. Um es erneut zu versuchen, gehen Sie zurück und eröffnen Sie einen neuen Fall.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="672" />
            <source>Get help with your account</source>
            <translation>Hilfe mit Ihrem Konto</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="673" />
            <source>← &amp;Back</source>
            <translation>← &amp;Zurück</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="674" />
            <source>Back to the previous page</source>
            <translation>Zurück zur vorherigen Seite</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="675" />
            <source>Back (Alt+Left)</source>
            <translation>Zurück (Alt+Links)</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="676" />
            <source>Talk to a &amp;person</source>
            <translation>Mit einem &amp;Menschen sprechen</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="677" />
            <source>Get help from a person</source>
            <translation>Hilfe von einem Menschen</translation>
        </message>
    </context>
    <context>
        <name>UserWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="57" />
            <source>Get help with your account</source>
            <translation>Hilfe mit Ihrem Konto</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="58" />
            <source>Locked out of your account?</source>
            <translation>Kein Zugang mehr zu Ihrem Konto?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="61" />
            <source>Recovery Desk helps you prove that the account is yours and get back in, even if someone else has changed your e-mail, phone or sign-in app. It takes four steps:</source>
            <translation>Recovery Desk hilft Ihnen nachzuweisen, dass das Konto Ihnen gehört, und wieder hineinzukommen — auch wenn jemand Ihre E-Mail-Adresse, Telefonnummer oder Anmelde-App geändert hat. Das geht in vier Schritten:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="68" />
            <source>Tell us what happened.</source>
            <translation>Erzählen Sie uns, was passiert ist.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="69" />
            <source>Prove it is you, with something only you have.</source>
            <translation>Weisen Sie nach, dass Sie es sind — mit etwas, das nur Sie haben.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="70" />
            <source>Get help: our assistant, and a person when you need one.</source>
            <translation>Holen Sie sich Hilfe: unser Assistent und, wenn nötig, ein Mensch.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="71" />
            <source>Secure your account: new password, sign-in app and backup codes.</source>
            <translation>Sichern Sie Ihr Konto: neues Passwort, Anmelde-App und Backup-Codes.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="76" />
            <source>We never ask for your password, and nobody at Recovery Desk can see the codes we send you.</source>
            <translation>Wir fragen nie nach Ihrem Passwort, und niemand bei Recovery Desk kann die Codes sehen, die wir Ihnen senden.</translation>
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="98" />
            <source>Verification</source>
            <translation>Verifizierung</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="99" />
            <source>Proofs passed</source>
            <translation>Erbrachte Nachweise</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="100" />
            <source>Ask the requester for a &amp;proof:</source>
            <translation>Die anfragende Person um einen &amp;Nachweis bitten:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="101" />
            <source>Proof to ask for</source>
            <translation>Angeforderter Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="102" />
            <source>As&amp;k</source>
            <translation>&amp;Fragen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="103" />
            <source>Ask the requester for this proof</source>
            <translation>Die anfragende Person um diesen Nachweis bitten</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="105" />
            <source>The requester answers in their own app; you see only the result.</source>
            <translation>Die anfragende Person antwortet in ihrer eigenen App; Sie sehen nur das Ergebnis.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="107" />
            <source>Proofs you asked for</source>
            <translation>Von Ihnen angeforderte Nachweise</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="115" />
            <source>Level: %1. Raised by: %2.</source>
            <translation>Stufe: %1. Erreicht durch: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="128" />
            <source>None yet.</source>
            <translation>Noch keine.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="130" />
            <source>✓ %1, passed %2</source>
            <translation>✓ %1, bestanden am %2</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../ui/user/verify_page.py" line="96" />
            <source>No proof yet</source>
            <translation>Noch kein Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="98" />
            <source>One proof lets us help you reset your password. Choose one of the ways below.</source>
            <translation>Mit einem Nachweis können wir Ihnen helfen, Ihr Passwort zurückzusetzen. Wählen Sie unten einen Weg.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="103" />
            <source>One proof so far</source>
            <translation>Bisher ein Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="105" />
            <source>That is enough to sign out every other device and, if the account has no two-step sign-in, to reset your password. One more proof of a different kind lets us reset your password in every case and undo changes someone else made.</source>
            <translation>Das reicht, um alle anderen Geräte abzumelden und, wenn das Konto keine Zwei-Schritt-Anmeldung hat, Ihr Passwort zurückzusetzen. Mit einem weiteren Nachweis anderer Art können wir Ihr Passwort in jedem Fall zurücksetzen und Änderungen durch andere rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="113" />
            <source>Two proofs</source>
            <translation>Zwei Nachweise</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="115" />
            <source>We can reset your password and undo changes someone else made to your e-mail address or phone. Removing two-step sign-in also needs your ID document and a selfie, checked by our team.</source>
            <translation>Wir können Ihr Passwort zurücksetzen und Änderungen rückgängig machen, die jemand anderes an Ihrer E-Mail-Adresse oder Telefonnummer vorgenommen hat. Zum Entfernen der Zwei-Schritt-Anmeldung brauchen wir zusätzlich Ihren Ausweis und ein Selfie, geprüft von unserem Team.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="121" />
            <source>Fully verified</source>
            <translation>Vollständig bestätigt</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="123" />
            <source>Your proofs and your ID check let us restore everything, including removing two-step sign-in.</source>
            <translation>Ihre Nachweise und die Prüfung Ihres Ausweises erlauben uns, alles wiederherzustellen, auch das Entfernen der Zwei-Schritt-Anmeldung.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="129" />
            <location filename="../../ui/user/verify_page.py" line="130" />
            <source>Prove it is you</source>
            <translation>Weisen Sie nach, dass Sie es sind</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="133" />
            <source>Each proof is something only the real owner has. Only e-mail addresses, phones and apps that were on the account before the problem started count.</source>
            <translation>Jeder Nachweis ist etwas, das nur der echte Inhaber hat. Es zählen nur E-Mail-Adressen, Telefone und Apps, die schon vor dem Problem zum Konto gehörten.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="141" />
            <source>Choose a way to prove it is you:</source>
            <translation>Wählen Sie einen Nachweis:</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="144" />
            <source>Code to an e-mail address</source>
            <translation>Code an eine E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="145" />
            <source>We send a code to the account's e-mail address from before.</source>
            <translation>Wir senden einen Code an die frühere E-Mail-Adresse des Kontos.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="148" />
            <source>Code by text message</source>
            <translation>Code per SMS</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="149" />
            <source>We send a code to the account's phone number from before.</source>
            <translation>Wir senden einen Code an die frühere Telefonnummer des Kontos.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="152" />
            <source>Authenticator app</source>
            <translation>Authenticator-App</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="153" />
            <source>Type the code your authenticator app shows for this account.</source>
            <translation>Geben Sie den Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="156" />
            <source>Backup code</source>
            <translation>Backup-Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="157" />
            <source>Use one of the backup codes you saved when you set up two-step sign-in.</source>
            <translation>Verwenden Sie einen der Backup-Codes, die Sie beim Einrichten der Zwei-Schritt-Anmeldung gespeichert haben.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="160" />
            <source>ID document and selfie</source>
            <translation>Ausweis und Selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="162" />
            <source>Send a photo of your ID and a selfie holding a code we show you. Our team checks them.</source>
            <translation>Senden Sie ein Foto Ihres Ausweises und ein Selfie mit einem Code, den wir Ihnen zeigen. Unser Team prüft beides.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="172" />
            <source>{method} — done</source>
            <translation>{method} — erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="176" />
            <source>Get &amp;help from a person</source>
            <translation>&amp;Hilfe von einem Menschen</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="177" />
            <source>Get help from a person</source>
            <translation>Hilfe von einem Menschen</translation>
        </message>
    </context>
</TS>