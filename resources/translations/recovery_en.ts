<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name />
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="50" />
            <source>%1 asked for %n restore actions</source>
            <translation>
                <numerusform>%1 asked for %n restore actions</numerusform>
                <numerusform>%1 asked for %n restore actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="51" />
            <source>within %n minutes.</source>
            <translation>
                <numerusform>within %n minutes.</numerusform>
                <numerusform>within %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="54" />
            <source>%1 asked %n times in a row to remove a second factor.</source>
            <translation>
                <numerusform>%1 asked %n times in a row to remove a second factor.</numerusform>
                <numerusform>%1 asked %n times in a row to remove a second factor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="74" />
            <source>%n message(s) could not be delivered in time; retries continue.</source>
            <translation>
                <numerusform>%n message could not be delivered in time; retries continue.</numerusform>
                <numerusform>%n messages could not be delivered in time; retries continue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="76" />
            <source>%n message(s) were refused for good and will not be retried.</source>
            <translation>
                <numerusform>%n message was refused for good and will not be retried.</numerusform>
                <numerusform>%n messages were refused for good and will not be retried.</numerusform>
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
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="71" />
            <source>%n h</source>
            <comment>hours, short</comment>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="73" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_text.py" line="64" />
            <source>Thank you for your feedback (%n of 5).</source>
            <translation>
                <numerusform>Thank you for your feedback (%n of 5).</numerusform>
                <numerusform>Thank you for your feedback (%n of 5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTimeline</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="45" />
            <source>Account and timeline</source>
            <translation>Account and timeline</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="51" />
            <source>Suspicious</source>
            <translation>Suspicious</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="63" />
            <source>No account is linked to this case yet.</source>
            <translation>No account is linked to this case yet.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="66" />
            <source>Account %1 (%2), status: %3</source>
            <translation>Account %1 (%2), status: %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="73" />
            <source>Reported compromise from %1</source>
            <translation>Reported compromise from %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="77" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="80" />
            <source>Sign-in</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="82" />
            <source>No authenticator app</source>
            <translation>No authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="84" />
            <source>Authenticator app since %1</source>
            <translation>Authenticator app since %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="88" />
            <source>(added during the reported compromise)</source>
            <translation>(added during the reported compromise)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="91" />
            <source>Device %1, first seen %2</source>
            <translation>Device %1, first seen %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="94" />
            <source>(new device during the reported compromise)</source>
            <translation>(new device during the reported compromise)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="96" />
            <source>(signed out)</source>
            <translation>(signed out)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="98" />
            <source>Active sessions: %1</source>
            <translation>Active sessions: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="99" />
            <source>Security events, newest first</source>
            <translation>Security events, newest first</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="107" />
            <source>%1, added %2 %3</source>
            <translation>%1, added %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="113" />
            <source>original</source>
            <translation>original</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="115" />
            <source>added during the reported compromise</source>
            <translation>added during the reported compromise</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="117" />
            <source>removed %1</source>
            <translation>removed %1</translation>
        </message>
    </context>
    <context>
        <name>AgentBoardModel</name>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="15" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="16" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="17" />
            <source>Presence</source>
            <translation>Presence</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="18" />
            <source>Load / capacity</source>
            <translation>Load / capacity</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="19" />
            <source>Chats now</source>
            <translation>Chats now</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="20" />
            <source>Presence since</source>
            <translation>Presence since</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="32" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>AgentDesk</name>
        <message>
            <location filename="../../ui/agent/desk.py" line="188" />
            <source>Chats and queue</source>
            <translation>Chats and queue</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="189" />
            <source>Your chats and the waiting queue (Ctrl+Shift+1)</source>
            <translation>Your chats and the waiting queue (Ctrl+Shift+1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/desk.py" line="191" />
            <source>Approvals (%n)</source>
            <translation>
                <numerusform>Approvals (%n)</numerusform>
                <numerusform>Approvals (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="193" />
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="196" />
            <source>Restore requests waiting for a second person (Ctrl+Shift+2)</source>
            <translation>Restore requests waiting for a second person (Ctrl+Shift+2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="199" />
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="201" />
            <source>Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)</source>
            <translation>Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="203" />
            <source>Desk sections</source>
            <translation>Desk sections</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="259" />
            <source>Agent desk</source>
            <translation>Agent desk</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="263" />
            <source>No open chats. While you are online with a free slot, new chats open here by themselves.</source>
            <translation>No open chats. While you are online with a free slot, new chats open here by themselves.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="339" />
            <source>New chat assigned</source>
            <translation>New chat assigned</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="340" />
            <source>Case %1 is now yours.</source>
            <translation>Case %1 is now yours.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="348" />
            <source>Case %1 is no longer assigned to you.</source>
            <translation>Case %1 is no longer assigned to you.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="363" />
            <source>New message</source>
            <translation>New message</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="364" />
            <source>A new message in case %1.</source>
            <translation>A new message in case %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="463" />
            <source>Case %1 was handed over.</source>
            <translation>Case %1 was handed over.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="466" />
            <source>Case %1 was passed to a supervisor.</source>
            <translation>Case %1 was passed to a supervisor.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="482" />
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="486" />
            <source>Case %1 is closed; the requester was asked for their feedback.</source>
            <translation>Case %1 is closed; the requester was asked for their feedback.</translation>
        </message>
    </context>
    <context>
        <name>AgentShortcuts</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="19" />
            <source>Next chat (also Ctrl+Tab)</source>
            <translation>Next chat (also Ctrl+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="20" />
            <source>Previous chat (also Ctrl+Shift+Tab)</source>
            <translation>Previous chat (also Ctrl+Shift+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="21" />
            <source>Send the reply</source>
            <translation>Send the reply</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="22" />
            <source>Prepared replies (also Ctrl+/)</source>
            <translation>Prepared replies (also Ctrl+/)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="23" />
            <source>Private note on or off</source>
            <translation>Private note on or off</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="24" />
            <source>Transfer the chat</source>
            <translation>Transfer the chat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="25" />
            <source>Escalate to a supervisor</source>
            <translation>Escalate to a supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="26" />
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="27" />
            <source>Go to the waiting queue</source>
            <translation>Go to the waiting queue</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="30" />
            <source>Chats and queue / approvals / supervision</source>
            <translation>Chats and queue / approvals / supervision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="32" />
            <source>User mode / agent mode</source>
            <translation>User mode / agent mode</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="33" />
            <source>This list</source>
            <translation>This list</translation>
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
            <translation>Away</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="81" />
            <source>Your status</source>
            <translation>Your status</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="83" />
            <source>Online: new chats are assigned to you. Away or offline: none are.</source>
            <translation>Online: new chats are assigned to you. Away or offline: none are.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="85" />
            <source>C&amp;hats at once:</source>
            <translation>C&amp;hats at once:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="86" />
            <source>Chats at once</source>
            <translation>Chats at once</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="87" />
            <source>The most chats you take at the same time.</source>
            <translation>The most chats you take at the same time.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="88" />
            <source>Keyboard &amp;shortcuts</source>
            <translation>Keyboard &amp;shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="89" />
            <source>Keyboard shortcuts (F1)</source>
            <translation>Keyboard shortcuts (F1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="90" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="91" />
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="92" />
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/status_bar.py" line="117" />
            <source>%n open chats</source>
            <translation>
                <numerusform>%n open chat</numerusform>
                <numerusform>%n open chats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgentWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="86" />
            <location filename="../../ui/widgets/welcome_pages.py" line="87" />
            <source>Agent workspace</source>
            <translation>Agent workspace</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="90" />
            <source>Support agents sign in here with their password and authenticator code to work the queue. The server enforces these rules:</source>
            <translation>Support agents sign in here with their password and authenticator code to work the queue. The server enforces these rules:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="96" />
            <source>You see a person's data only while their case is assigned to you.</source>
            <translation>You see a person's data only while their case is assigned to you.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="97" />
            <source>Restore actions open only at the verification level they need.</source>
            <translation>Restore actions open only at the verification level they need.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="98" />
            <source>High-impact actions need a second agent's approval.</source>
            <translation>High-impact actions need a second agent's approval.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="99" />
            <source>Every action is written to a tamper-evident audit log.</source>
            <translation>Every action is written to a tamper-evident audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="103" />
            <source>Codes, passwords and authenticator secrets are never shown to agents.</source>
            <translation>Codes, passwords and authenticator secrets are never shown to agents.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="21" />
            <source>Unusual restore activity</source>
            <translation>Unusual restore activity</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="22" />
            <source>Repeated second-factor removal</source>
            <translation>Repeated second-factor removal</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="23" />
            <source>Service-level breach</source>
            <translation>Service-level breach</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="24" />
            <source>Messages delayed</source>
            <translation>Messages delayed</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="25" />
            <source>Messages refused</source>
            <translation>Messages refused</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="63" />
            <source>Case %1 (%2) has had no first response for %3 (target %4).</source>
            <translation>Case %1 (%2) has had no first response for %3 (target %4).</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="79" />
            <source>Owners not told about cases: %1.</source>
            <translation>Owners not told about cases: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="90" />
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="91" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="92" />
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="93" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="108" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged by %1</source>
            <translation>Acknowledged by %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="90" />
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="91" />
            <source>Show ac&amp;knowledged alerts too</source>
            <translation>Show ac&amp;knowledged alerts too</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="92" />
            <source>Show acknowledged alerts too</source>
            <translation>Show acknowledged alerts too</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="93" />
            <source>Alerts, newest first</source>
            <translation>Alerts, newest first</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="94" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Acknowledge</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="95" />
            <source>Acknowledge the selected alert</source>
            <translation>Acknowledge the selected alert</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="110" />
            <source>No open alerts.</source>
            <translation>No open alerts.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="137" />
            <source>Select an alert to see what happened.</source>
            <translation>Select an alert to see what happened.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="146" />
            <location filename="../../ui/agent/approvals_inbox.py" line="147" />
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="148" />
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="149" />
            <source>Refresh the approvals</source>
            <translation>Refresh the approvals</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="150" />
            <source>&amp;Waiting for your decision</source>
            <translation>&amp;Waiting for your decision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="151" />
            <source>Requests waiting for your decision</source>
            <translation>Requests waiting for your decision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="152" />
            <source>Nothing waits for your decision.</source>
            <translation>Nothing waits for your decision.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="153" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="154" />
            <source>Approve the selected request</source>
            <translation>Approve the selected request</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="155" />
            <source>Re&amp;fuse…</source>
            <translation>Re&amp;fuse…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="156" />
            <source>Refuse the selected request</source>
            <translation>Refuse the selected request</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="157" />
            <source>Your requests waiting for appro&amp;val</source>
            <translation>Your requests waiting for appro&amp;val</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="158" />
            <source>Your requests waiting for approval</source>
            <translation>Your requests waiting for approval</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="205" />
            <source>Choose a request to see its details.</source>
            <translation>Choose a request to see its details.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="213" />
            <source>Case %1: %2, in %3</source>
            <translation>Case %1: %2, in %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="217" />
            <source>Verification: %1. Proofs: %2.</source>
            <translation>Verification: %1. Proofs: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="228" />
            <source>Contact: %1 %2, added %3</source>
            <translation>Contact: %1 %2, added %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="231" />
            <source>Suspicious: added during the reported compromise</source>
            <translation>Suspicious: added during the reported compromise</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="233" />
            <source>original contact</source>
            <translation>original contact</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="235" />
            <source>removed %1</source>
            <translation>removed %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="238" />
            <source>Asked by %1, %2: “%3”</source>
            <translation>Asked by %1, %2: “%3”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/approvals_inbox.py" line="246" />
            <source>After your approval the change waits %n hours; the owner's original contacts are told and can cancel it.</source>
            <translation>
                <numerusform>After your approval the change waits %n hour; the owner's original contacts are told and can cancel it.</numerusform>
                <numerusform>After your approval the change waits %n hours; the owner's original contacts are told and can cancel it.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="253" />
            <source>The case is frozen: the owner cancelled a change.</source>
            <translation>The case is frozen: the owner cancelled a change.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="255" />
            <source>Your own request: someone else has to decide it.</source>
            <translation>Your own request: someone else has to decide it.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="302" />
            <source>Approve the request</source>
            <translation>Approve the request</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="303" />
            <source>What did you check before approving? It is written to the audit log.</source>
            <translation>What did you check before approving? It is written to the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="304" />
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="310" />
            <source>Refuse the request</source>
            <translation>Refuse the request</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="311" />
            <source>Why do you refuse it? The requesting agent sees your note.</source>
            <translation>Why do you refuse it? The requesting agent sees your note.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="312" />
            <source>Re&amp;fuse</source>
            <translation>Re&amp;fuse</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="329" />
            <source>Decided: %1</source>
            <translation>Decided: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/models/audit_model.py" line="40" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="41" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="42" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="43" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="44" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="45" />
            <source>From</source>
            <translation>From</translation>
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
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="222" />
            <source>&amp;Case reference:</source>
            <translation>&amp;Case reference:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="223" />
            <source>e.g. RD-7KQ2-XM4P</source>
            <translation>e.g. RD-7KQ2-XM4P</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="224" />
            <source>Case reference</source>
            <translation>Case reference</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="225" />
            <source>A&amp;gent:</source>
            <translation>A&amp;gent:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="226" />
            <source>Any agent</source>
            <translation>Any agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="227" />
            <source>Acting agent</source>
            <translation>Acting agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="228" />
            <source>Act&amp;ion:</source>
            <translation>Act&amp;ion:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="230" />
            <source>Any action</source>
            <translation>Any action</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="231" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="232" />
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="233" />
            <source>Only rows from this time on</source>
            <translation>Only rows from this time on</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="234" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="235" />
            <source>&amp;Until:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="236" />
            <source>Only rows before this time</source>
            <translation>Only rows before this time</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="237" />
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="238" />
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="239" />
            <source>Search the audit log</source>
            <translation>Search the audit log</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="240" />
            <source>C&amp;lear</source>
            <translation>C&amp;lear</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="241" />
            <source>Clear the search filters</source>
            <translation>Clear the search filters</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="242" />
            <source>Audit rows, newest first</source>
            <translation>Audit rows, newest first</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="243" />
            <source>Details of the selected row</source>
            <translation>Details of the selected row</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="244" />
            <source>Select a row to see its details.</source>
            <translation>Select a row to see its details.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="245" />
            <source>&amp;Verify chain</source>
            <translation>&amp;Verify chain</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="246" />
            <source>Verify the audit log's hash chain</source>
            <translation>Verify the audit log's hash chain</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="247" />
            <source>Result of the chain check</source>
            <translation>Result of the chain check</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="273" />
            <source>A case reference has only letters, digits and dashes.</source>
            <translation>A case reference has only letters, digits and dashes.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="278" />
            <source>An action has only small letters, digits, dots and underscores.</source>
            <translation>An action has only small letters, digits, dots and underscores.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="285" />
            <source>The end of the time range must be after its start.</source>
            <translation>The end of the time range must be after its start.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="342" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="346" />
            <source>No audit rows match this search.</source>
            <translation>No audit rows match this search.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="348" />
            <source>%n row(s) match.</source>
            <translation>
                <numerusform>%n row matches.</numerusform>
                <numerusform>%n rows match.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="352" />
            <source>Showing the newest %n rows; scroll down for older ones.</source>
            <translation>
                <numerusform>Showing the newest %n row; scroll down for older ones.</numerusform>
                <numerusform>Showing the newest %n rows; scroll down for older ones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="376" />
            <source>Row %1 at %2</source>
            <translation>Row %1 at %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="379" />
            <source>Who: %1</source>
            <translation>Who: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="380" />
            <source>Action: %1</source>
            <translation>Action: %1</translation>
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
            <translation>Checking every row…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="413" />
            <source>Chain intact (%n rows)</source>
            <translation>
                <numerusform>Chain intact (%n row)</numerusform>
                <numerusform>Chain intact (%n rows)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="415" />
            <source>Chain broken: the first bad row is %1.</source>
            <translation>Chain broken: the first bad row is %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="419" />
            <source>Server's finding: %1</source>
            <translation>Server's finding: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupCodesStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="234" />
            <source>Recovery Desk backup codes</source>
            <translation>Recovery Desk backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="236" />
            <source>Account: %1</source>
            <translation>Account: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="237" />
            <source>Each code works once, instead of a code from your app.</source>
            <translation>Each code works once, instead of a code from your app.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="244" />
            <source>The codes were copied.</source>
            <translation>The codes were copied.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="249" />
            <source>Save backup codes</source>
            <translation>Save backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="251" />
            <source>Text files (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="261" />
            <source>The file could not be written. Choose another folder and try again.</source>
            <translation>The file could not be written. Choose another folder and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="264" />
            <source>Saved to %1.</source>
            <translation>Saved to %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="270" />
            <source>Print backup codes</source>
            <translation>Print backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="312" />
            <source>Save your backup codes</source>
            <translation>Save your backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="315" />
            <source>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. They are shown only now: save or print them and keep them somewhere safe. Your earlier backup codes stop working.</source>
            <translation>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. They are shown only now: save or print them and keep them somewhere safe. Your earlier backup codes stop working.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="320" />
            <source>C&amp;opy</source>
            <translation>C&amp;opy</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="321" />
            <source>Copy the backup codes</source>
            <translation>Copy the backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="322" />
            <source>Save to &amp;file…</source>
            <translation>Save to &amp;file…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="323" />
            <source>Save the backup codes to a file</source>
            <translation>Save the backup codes to a file</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="324" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="325" />
            <source>Print the backup codes</source>
            <translation>Print the backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="326" />
            <source>I have &amp;saved these codes somewhere safe</source>
            <translation>I have &amp;saved these codes somewhere safe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="327" />
            <source>I have saved these codes somewhere safe</source>
            <translation>I have saved these codes somewhere safe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="328" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="329" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>CannedPopup</name>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="60" />
            <source>case reference</source>
            <translation>case reference</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="61" />
            <source>requester's name</source>
            <translation>requester's name</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="62" />
            <source>your name</source>
            <translation>your name</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="252" />
            <location filename="../../ui/agent/canned_popup.py" line="255" />
            <source>Prepared replies</source>
            <translation>Prepared replies</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="253" />
            <source>Type to search by shortcut, title or text</source>
            <translation>Type to search by shortcut, title or text</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="254" />
            <source>Search prepared replies</source>
            <translation>Search prepared replies</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="140" />
            <source>Case panel</source>
            <translation>Case panel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="141" />
            <source>Case %1</source>
            <translation>Case %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="142" />
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="143" />
            <source>Refresh the case panel</source>
            <translation>Refresh the case panel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="144" />
            <source>Close panel</source>
            <translation>Close panel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="145" />
            <source>Close the case panel</source>
            <translation>Close the case panel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="149" />
            <source>Loading the case…</source>
            <translation>Loading the case…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="182" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="185" />
            <source>The requester writes in %1.</source>
            <translation>The requester writes in %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Verified subscriber</source>
            <translation>Verified subscriber</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Free tier</source>
            <translation>Free tier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="191" />
            <source>Frozen for review: the owner cancelled a change.</source>
            <translation>Frozen for review: the owner cancelled a change.</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="26" />
            <source>Nothing proven yet (L0)</source>
            <translation>Nothing proven yet (L0)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="27" />
            <source>One proof (L1)</source>
            <translation>One proof (L1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="28" />
            <source>Two independent proofs (L2)</source>
            <translation>Two independent proofs (L2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="29" />
            <source>Two proofs, a reviewed document and selfie (L3)</source>
            <translation>Two proofs, a reviewed document and selfie (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="33" />
            <source>Code by e-mail to an original address</source>
            <translation>Code by e-mail to an original address</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="34" />
            <source>Code by text message to an original phone</source>
            <translation>Code by text message to an original phone</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="35" />
            <source>Authenticator app code</source>
            <translation>Authenticator app code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="36" />
            <source>Backup code</source>
            <translation>Backup code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="37" />
            <source>Known device</source>
            <translation>Known device</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="38" />
            <source>ID document</source>
            <translation>ID document</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="39" />
            <source>Selfie holding a phrase</source>
            <translation>Selfie holding a phrase</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="43" />
            <source>Waiting…</source>
            <translation>Waiting…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="44" />
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="45" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="46" />
            <source>Failed: too many wrong answers</source>
            <translation>Failed: too many wrong answers</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="47" />
            <source>Expired without an answer</source>
            <translation>Expired without an answer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="48" />
            <source>Replaced by a newer request</source>
            <translation>Replaced by a newer request</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="52" />
            <source>Sign out all sessions and devices</source>
            <translation>Sign out all sessions and devices</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="53" />
            <source>Send a password-reset link</source>
            <translation>Send a password-reset link</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="54" />
            <source>Remove the attacker's contact</source>
            <translation>Remove the attacker's contact</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="55" />
            <source>Remove the attacker's authenticator</source>
            <translation>Remove the attacker's authenticator</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="56" />
            <source>Restore an original contact</source>
            <translation>Restore an original contact</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="57" />
            <source>Remove the lost authenticator</source>
            <translation>Remove the lost authenticator</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="58" />
            <source>Reinstate the disabled account</source>
            <translation>Reinstate the disabled account</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="62" />
            <source>No contact was added during the reported compromise.</source>
            <translation>No contact was added during the reported compromise.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="65" />
            <source>No original contact was removed during the reported compromise.</source>
            <translation>No original contact was removed during the reported compromise.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="68" />
            <source>No authenticator was added during the reported compromise.</source>
            <translation>No authenticator was added during the reported compromise.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="71" />
            <source>The account has no original authenticator to remove.</source>
            <translation>The account has no original authenticator to remove.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="74" />
            <source>The account is not disabled.</source>
            <translation>The account is not disabled.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="78" />
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="79" />
            <source>Refused by the approver</source>
            <translation>Refused by the approver</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="80" />
            <source>Approved; on hold until %1</source>
            <translation>Approved; on hold until %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="81" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="82" />
            <source>Cancelled by the account owner</source>
            <translation>Cancelled by the account owner</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="83" />
            <source>Failed; nothing was changed</source>
            <translation>Failed; nothing was changed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="87" />
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="88" />
            <source>Verifying</source>
            <translation>Verifying</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="89" />
            <source>Waiting in the queue</source>
            <translation>Waiting in the queue</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="90" />
            <source>In chat</source>
            <translation>In chat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="91" />
            <source>Restoring</source>
            <translation>Restoring</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="92" />
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="93" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="94" />
            <source>Abandoned</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="95" />
            <source>On hold</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="99" />
            <source>Forgot password</source>
            <translation>Forgot password</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="100" />
            <source>Lost second factor</source>
            <translation>Lost second factor</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="101" />
            <source>Hacked account</source>
            <translation>Hacked account</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="102" />
            <source>Disabled account (appeal)</source>
            <translation>Disabled account (appeal)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="106" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="107" />
            <source>Polish</source>
            <translation>Polish</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="108" />
            <source>German</source>
            <translation>German</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="109" />
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="110" />
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="114" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="115" />
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="116" />
            <source>authenticator</source>
            <translation>authenticator</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="117" />
            <source>backup code</source>
            <translation>backup code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="118" />
            <source>known device</source>
            <translation>known device</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="122" />
            <source>Account created</source>
            <translation>Account created</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="123" />
            <source>Contact added</source>
            <translation>Contact added</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="124" />
            <source>Contact removed</source>
            <translation>Contact removed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="125" />
            <source>Contact restored</source>
            <translation>Contact restored</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="126" />
            <source>Authenticator added</source>
            <translation>Authenticator added</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="127" />
            <source>Authenticator removed</source>
            <translation>Authenticator removed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="128" />
            <source>Backup codes issued</source>
            <translation>Backup codes issued</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="129" />
            <source>Backup code used</source>
            <translation>Backup code used</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="130" />
            <source>New device signed in</source>
            <translation>New device signed in</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="131" />
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="132" />
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="133" />
            <source>Password-reset link sent</source>
            <translation>Password-reset link sent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="134" />
            <source>All sessions signed out</source>
            <translation>All sessions signed out</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="135" />
            <source>Account status changed</source>
            <translation>Account status changed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="136" />
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="140" />
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="141" />
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="142" />
            <source>suspended</source>
            <translation>suspended</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="143" />
            <source>on hold for recovery</source>
            <translation>on hold for recovery</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="147" />
            <source>by the owner</source>
            <translation>by the owner</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="148" />
            <source>by an agent</source>
            <translation>by an agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="149" />
            <source>by the system</source>
            <translation>by the system</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="150" />
            <source>by someone unknown</source>
            <translation>by someone unknown</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="154" />
            <source>The verification level is too low for this action. Ask for another proof.</source>
            <translation>The verification level is too low for this action. Ask for another proof.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="157" />
            <source>You asked for this change, so another agent has to approve it.</source>
            <translation>You asked for this change, so another agent has to approve it.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="160" />
            <source>Only a supervisor can approve this change.</source>
            <translation>Only a supervisor can approve this change.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="161" />
            <source>This case or request is no longer available to you. Refresh the list.</source>
            <translation>This case or request is no longer available to you. Refresh the list.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="164" />
            <source>The case changed in the meantime. The panel is refreshed; please check it.</source>
            <translation>The case changed in the meantime. The panel is refreshed; please check it.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="167" />
            <source>The case is not at a stage where this can be done.</source>
            <translation>The case is not at a stage where this can be done.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="170" />
            <location filename="../../ui/agent/case_panel_text.py" line="173" />
            <source>Please write a longer reason: a full sentence that explains why.</source>
            <translation>Please write a longer reason: a full sentence that explains why.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="176" />
            <source>Your agent session has ended. Sign in again to continue.</source>
            <translation>Your agent session has ended. Sign in again to continue.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="224" />
            <location filename="../../ui/agent/case_panel_text.py" line="268" />
            <location filename="../../ui/agent/case_panel_timeline.py" line="22" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="226" />
            <location filename="../../ui/agent/case_panel_text.py" line="269" />
            <location filename="../../ui/agent/case_panel_timeline.py" line="24" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="263" />
            <location filename="../../ui/agent/case_panel_text.py" line="196" />
            <source>reviewed document</source>
            <translation>reviewed document</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="265" />
            <location filename="../../ui/agent/case_panel_text.py" line="198" />
            <source>reviewed selfie</source>
            <translation>reviewed selfie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="266" />
            <location filename="../../ui/agent/case_panel_text.py" line="199" />
            <source>no proof yet</source>
            <translation>no proof yet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="214" />
            <source>Needs a reviewed document and selfie (L3)</source>
            <translation>Needs a reviewed document and selfie (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="219" />
            <source>Needs two proofs (L2): two more proofs</source>
            <translation>Needs two proofs (L2): two more proofs</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="222" />
            <source>Needs two proofs (L2): one more proof</source>
            <translation>Needs two proofs (L2): one more proof</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="223" />
            <source>Needs one proof (L1): ask for a code or another proof</source>
            <translation>Needs one proof (L1): ask for a code or another proof</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="227" />
            <source>The owner cancelled a change: the case is frozen for review</source>
            <translation>The owner cancelled a change: the case is frozen for review</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="231" />
            <source>Only while the case is in chat or being restored</source>
            <translation>Only while the case is in chat or being restored</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="235" />
            <source>No account is linked to this case</source>
            <translation>No account is linked to this case</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="241" />
            <source>A supervisor must approve it.</source>
            <translation>A supervisor must approve it.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="243" />
            <source>Another agent must approve it.</source>
            <translation>Another agent must approve it.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="244" />
            <source>Runs at once, no approval needed.</source>
            <translation>Runs at once, no approval needed.</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="47" />
            <source>waiting for a supervisor</source>
            <translation>waiting for a supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="49" />
            <source>waiting for another agent</source>
            <translation>waiting for another agent</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="52" />
            <source>asked by %1, %2</source>
            <translation>asked by %1, %2</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="116" />
            <source>e-mail code</source>
            <translation>e-mail code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="117" />
            <source>text message code</source>
            <translation>text message code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="118" />
            <source>authenticator app code</source>
            <translation>authenticator app code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="119" />
            <source>backup code</source>
            <translation>backup code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="120" />
            <source>known device</source>
            <translation>known device</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="121" />
            <source>ID document</source>
            <translation>ID document</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="122" />
            <source>selfie</source>
            <translation>selfie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="124" />
            <source>verification</source>
            <translation>verification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="126" />
            <source>a code sent to your e-mail</source>
            <translation>a code sent to your e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="127" />
            <source>a code sent by text message</source>
            <translation>a code sent by text message</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="128" />
            <source>a code from your authenticator app</source>
            <translation>a code from your authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="129" />
            <source>one of your backup codes</source>
            <translation>one of your backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="130" />
            <source>a sign-in from a device you used before</source>
            <translation>a sign-in from a device you used before</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="131" />
            <source>a photo of an ID document</source>
            <translation>a photo of an ID document</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="132" />
            <source>a selfie with a phrase</source>
            <translation>a selfie with a phrase</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="134" />
            <source>a verification step</source>
            <translation>a verification step</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="140" />
            <source>Verification requested: %1</source>
            <translation>Verification requested: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="141" />
            <source>You will see only whether it passed or failed.</source>
            <translation>You will see only whether it passed or failed.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="143" />
            <source>The specialist asks you to confirm it is you</source>
            <translation>The specialist asks you to confirm it is you</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="145" />
            <source>Enter %1 here and press Submit.</source>
            <translation>Enter %1 here and press Submit.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="149" />
            <source>This step needs %1: follow the verification step of your case.</source>
            <translation>This step needs %1: follow the verification step of your case.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="152" />
            <source>Verification code</source>
            <translation>Verification code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="153" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="154" />
            <source>&amp;Submit</source>
            <translation>&amp;Submit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="155" />
            <source>Submit the verification code</source>
            <translation>Submit the verification code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="157" />
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="160" />
            <location filename="../../ui/widgets/chat_challenge.py" line="163" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="164" />
            <source>Failed: too many wrong answers. Ask for a new code.</source>
            <translation>Failed: too many wrong answers. Ask for a new code.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="165" />
            <source>Failed: the code expired. Ask for a new code.</source>
            <translation>Failed: the code expired. Ask for a new code.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_challenge.py" line="170" />
            <source>That code is not right. %n tries left.</source>
            <translation>
                <numerusform>That code is not right. %n try left.</numerusform>
                <numerusform>That code is not right. %n tries left.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="172" />
            <source>Waiting for the answer</source>
            <translation>Waiting for the answer</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Hide the table</source>
            <translation>Hide the table</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Show as table</source>
            <translation>Show as table</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="113" />
            <source>Show or hide the table of: %1</source>
            <translation>Show or hide the table of: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="263" />
            <source>Prepared &amp;replies…</source>
            <translation>Prepared &amp;replies…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="264" />
            <source>Search prepared replies (Ctrl+K)</source>
            <translation>Search prepared replies (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="265" />
            <source>Private &amp;note</source>
            <translation>Private &amp;note</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="266" />
            <source>Write a note only agents see (Ctrl+Shift+N)</source>
            <translation>Write a note only agents see (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="267" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Transfer…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="268" />
            <source>Hand the chat to another agent (Ctrl+Shift+T)</source>
            <translation>Hand the chat to another agent (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="269" />
            <source>&amp;Escalate…</source>
            <translation>&amp;Escalate…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="270" />
            <source>Pass the case to a supervisor (Ctrl+Shift+E)</source>
            <translation>Pass the case to a supervisor (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="271" />
            <source>C&amp;lose case…</source>
            <translation>C&amp;lose case…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="272" />
            <source>Finish the case and send the survey (Ctrl+Shift+W)</source>
            <translation>Finish the case and send the survey (Ctrl+Shift+W)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="281" />
            <source>Private note (only agents see it; Ctrl+Enter saves)</source>
            <translation>Private note (only agents see it; Ctrl+Enter saves)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="282" />
            <source>Private note</source>
            <translation>Private note</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="283" />
            <source>Save note</source>
            <translation>Save note</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="285" />
            <source>The case panel is not available in this version.</source>
            <translation>The case panel is not available in this version.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="353" />
            <source>Write the note first.</source>
            <translation>Write the note first.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="364" />
            <source>Note saved. Only agents see it.</source>
            <translation>Note saved. Only agents see it.</translation>
        </message>
    </context>
    <context>
        <name>ChatTabs</name>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="42" />
            <source>Open chats</source>
            <translation>Open chats</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="43" />
            <source>Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp</source>
            <translation>Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/chat_tabs.py" line="96" />
            <source>%1: %n unread messages</source>
            <translation>
                <numerusform>%1: %n unread message</numerusform>
                <numerusform>%1: %n unread messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatText</name>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="38" />
            <source>%1 joined the chat.</source>
            <translation>%1 joined the chat.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="39" />
            <source>Specialist</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="43" />
            <source>You asked for a proof; the requester answers it in their app.</source>
            <translation>You asked for a proof; the requester answers it in their app.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="46" />
            <source>The specialist asked for a proof. Answer it on the card in this chat.</source>
            <translation>The specialist asked for a proof. Answer it on the card in this chat.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="50" />
            <source>Your case is back in the queue; the next free specialist will take it.</source>
            <translation>Your case is back in the queue; the next free specialist will take it.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="56" />
            <source>The chat was handed to %1.</source>
            <translation>The chat was handed to %1.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="59" />
            <source>The chat was handed to another specialist.</source>
            <translation>The chat was handed to another specialist.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="61" />
            <source>The case was passed to a supervisor.</source>
            <translation>The case was passed to a supervisor.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="75" />
            <source>The assistant has no ready answer for this; ask for support.</source>
            <translation>The assistant has no ready answer for this; ask for support.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="80" />
            <source>The case was updated.</source>
            <translation>The case was updated.</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="333" />
            <location filename="../../ui/widgets/chat_view.py" line="750" />
            <source>The message is too long: at most 4,000 characters.</source>
            <translation>The message is too long: at most 4,000 characters.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="391" />
            <source>This file is not available yet. Try again in a moment.</source>
            <translation>This file is not available yet. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="412" />
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>The file could not be saved there. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="416" />
            <source>Transcript saved.</source>
            <translation>Transcript saved.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="450" />
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="452" />
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="454" />
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="456" />
            <source>Specialist</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="457" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="522" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="523" />
            <source>Your message</source>
            <translation>Your message</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="525" />
            <location filename="../../ui/widgets/chat_view.py" line="576" />
            <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>Write a message. Enter sends, Shift+Enter starts a new line.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="527" />
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="528" />
            <source>Send the message</source>
            <translation>Send the message</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="529" />
            <source>&amp;Attach file…</source>
            <translation>&amp;Attach file…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="530" />
            <location filename="../../ui/widgets/chat_view.py" line="584" />
            <source>Attach a photo or PDF</source>
            <translation>Attach a photo or PDF</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="532" />
            <source>Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)</source>
            <translation>Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="534" />
            <source>Private &amp;note</source>
            <translation>Private &amp;note</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="535" />
            <source>Private note: only agents see it</source>
            <translation>Private note: only agents see it</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="537" />
            <source>Send as a private note that the person never sees (Ctrl+Shift+N)</source>
            <translation>Send as a private note that the person never sees (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="539" />
            <source>Save &amp;transcript</source>
            <translation>Save &amp;transcript</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="540" />
            <location filename="../../ui/widgets/chat_view.py" line="615" />
            <source>Save the transcript</source>
            <translation>Save the transcript</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="541" />
            <source>As text…</source>
            <translation>As text…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="542" />
            <source>As PDF…</source>
            <translation>As PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="572" />
            <source>Private note for agents. The person never sees it.</source>
            <translation>Private note for agents. The person never sees it.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="586" />
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_view.py" line="598" />
            <source>This file is too large to send: at most %n MB.</source>
            <translation>
                <numerusform>This file is too large to send: at most %n MB.</numerusform>
                <numerusform>This file is too large to send: at most %n MB.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="600" />
            <source>Only photos (JPEG or PNG) and PDF files can be sent.</source>
            <translation>Only photos (JPEG or PNG) and PDF files can be sent.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="601" />
            <source>This file cannot be read. Check that it still exists.</source>
            <translation>This file cannot be read. Check that it still exists.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>Text files (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="663" />
            <source>Save the file</source>
            <translation>Save the file</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="706" />
            <source>New message from %1</source>
            <translation>New message from %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="707" />
            <source>A file</source>
            <translation>A file</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="732" />
            <source>The specialist</source>
            <translation>The specialist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>The person</source>
            <translation>The person</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>An agent</source>
            <translation>An agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="748" />
            <source>This case is closed; the message was not sent.</source>
            <translation>This case is closed; the message was not sent.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="749" />
            <source>You can no longer write in this chat.</source>
            <translation>You can no longer write in this chat.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="751" />
            <source>The file could not be attached.</source>
            <translation>The file could not be attached.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="766" />
            <source>Earlier messages could not be loaded. Scroll up to try again.</source>
            <translation>Earlier messages could not be loaded. Scroll up to try again.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="40" />
            <location filename="../../ui/agent/close_dialog.py" line="49" />
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="43" />
            <source>Close case %1? Every session and device of the account is signed out, the chat ends, and the requester is asked "Was your access restored?".</source>
            <translation>Close case %1? Every session and device of the account is signed out, the chat ends, and the requester is asked "Was your access restored?".</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="48" />
            <source>&amp;Close the case</source>
            <translation>&amp;Close the case</translation>
        </message>
    </context>
    <context>
        <name>CodeEntry</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="93" />
            <source>Sending the code is taking longer than usual. We keep trying until the code expires, so it can still arrive in the next minutes.</source>
            <translation>Sending the code is taking longer than usual. We keep trying until the code expires, so it can still arrive in the next minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="98" />
            <source>We could not deliver the code to this address. Check the address, or start again with another one.</source>
            <translation>We could not deliver the code to this address. Check the address, or start again with another one.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="102" />
            <source>The code could not be delivered before it expired. Ask for a new code.</source>
            <translation>The code could not be delivered before it expired. Ask for a new code.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/code_entry.py" line="126" />
            <source>You can ask for a new code in %n seconds.</source>
            <translation>
                <numerusform>You can ask for a new code in %n second.</numerusform>
                <numerusform>You can ask for a new code in %n seconds.</numerusform>
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
            <translation>C&amp;heck code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="150" />
            <source>Check the code</source>
            <translation>Check the code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="151" />
            <source>&amp;Send a new code</source>
            <translation>&amp;Send a new code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="152" />
            <source>Send a new code</source>
            <translation>Send a new code</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="197" />
            <source>Code sent by e-mail</source>
            <translation>Code sent by e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="199" />
            <source>If the account had an e-mail address before the problem started, we sent a 6-digit code there. Codes for this step go only to addresses that were on the account before, never to a new one. The code works for 30 minutes.</source>
            <translation>If the account had an e-mail address before the problem started, we sent a 6-digit code there. Codes for this step go only to addresses that were on the account before, never to a new one. The code works for 30 minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="205" />
            <source>Code sent by text message</source>
            <translation>Code sent by text message</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="207" />
            <source>If the account had a phone number before the problem started, we sent a 6-digit code there by text message. The code works for 10 minutes.</source>
            <translation>If the account had a phone number before the problem started, we sent a 6-digit code there by text message. The code works for 10 minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="212" />
            <source>Code from your authenticator app</source>
            <translation>Code from your authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="214" />
            <source>Open the authenticator app you set up for this account and type the 6-digit code it shows now.</source>
            <translation>Open the authenticator app you set up for this account and type the 6-digit code it shows now.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="219" />
            <source>Backup code</source>
            <translation>Backup code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="221" />
            <source>Type one of the backup codes you saved when you set up two-step sign-in, e.g. abcd-efgh-ijkl-mnop. Each code works once.</source>
            <translation>Type one of the backup codes you saved when you set up two-step sign-in, e.g. abcd-efgh-ijkl-mnop. Each code works once.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="43" />
            <source>This chat is no longer available to you. Your messages are kept.</source>
            <translation>This chat is no longer available to you. Your messages are kept.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="45" />
            <source>The chat is disconnected.</source>
            <translation>The chat is disconnected.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="47" />
            <source>Reconnecting… your messages will be sent when we are back.</source>
            <translation>Reconnecting… your messages will be sent when we are back.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="78" />
            <source>Retry now</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Retry connecting to the server now</source>
            <translation>Retry connecting to the server now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Connected to the Recovery Desk server.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="85" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Connecting to the Recovery Desk server.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="89" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Disconnected — retrying in %n s</numerusform>
                <numerusform>Disconnected — retrying in %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="93" />
            <source>Connection status</source>
            <translation>Connection status</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="285" />
            <source>Service levels</source>
            <translation>Service levels</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="286" />
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="287" />
            <source>Period of the dashboard</source>
            <translation>Period of the dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="290" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="291" />
            <source>Refresh the dashboard</source>
            <translation>Refresh the dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="312" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="342" />
            <source>No figures yet.</source>
            <translation>No figures yet.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="346" />
            <source>Cases that joined the queue from %1 to %2.</source>
            <translation>Cases that joined the queue from %1 to %2.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="362" />
            <source>First response times</source>
            <translation>First response times</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="363" />
            <source>Resolution times</source>
            <translation>Resolution times</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="364" />
            <source>Service level met, per queue</source>
            <translation>Service level met, per queue</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="365" />
            <source>Service level met, per agent</source>
            <translation>Service level met, per agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="366" />
            <source>Queue length over time</source>
            <translation>Queue length over time</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="367" />
            <source>Satisfaction and access restored</source>
            <translation>Satisfaction and access restored</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="379" />
            <source>%1: %n case(s)</source>
            <translation>
                <numerusform>%1: %n case</numerusform>
                <numerusform>%1: %n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="381" />
            <source>%n resolved</source>
            <translation>
                <numerusform>%n resolved</numerusform>
                <numerusform>%n resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="383" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n abandoned</numerusform>
                <numerusform>%n abandoned</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="386" />
            <source>Cases in the period</source>
            <translation>Cases in the period</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="398" />
            <source>%1: median %2 over %n case(s)</source>
            <translation>
                <numerusform>%1: median %2 over %n case</numerusform>
                <numerusform>%1: median %2 over %n cases</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="403" />
            <source>%1: no cases</source>
            <translation>%1: no cases</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="406" />
            <location filename="../../ui/supervisor/dashboard.py" line="537" />
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="414" />
            <source>Time to first response</source>
            <translation>Time to first response</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="416" />
            <source>Time to resolution</source>
            <translation>Time to resolution</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="418" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="429" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="445" />
            <source>%1: nothing measured yet</source>
            <translation>%1: nothing measured yet</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal met</source>
            <translation>goal met</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal not met</source>
            <translation>goal not met</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="449" />
            <source>%1: %2 answered within %3 (%4)</source>
            <translation>%1: %2 answered within %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="457" />
            <source>Goal: %1.</source>
            <translation>Goal: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="461" />
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="462" />
            <location filename="../../ui/supervisor/dashboard.py" line="475" />
            <location filename="../../ui/supervisor/dashboard.py" line="503" />
            <location filename="../../ui/supervisor/dashboard.py" line="513" />
            <source>Within target</source>
            <translation>Within target</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="463" />
            <location filename="../../ui/supervisor/dashboard.py" line="504" />
            <source>Answered in time</source>
            <translation>Answered in time</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="464" />
            <location filename="../../ui/supervisor/dashboard.py" line="505" />
            <source>Median first response</source>
            <translation>Median first response</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="465" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Within target (%)</source>
            <translation>Within target (%)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="490" />
            <source>%n agent(s) answered cases in the period.</source>
            <translation>
                <numerusform>%n agent answered cases in the period.</numerusform>
                <numerusform>%n agents answered cases in the period.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="493" />
            <source>Highest: %1 with %2 within target.</source>
            <translation>Highest: %1 with %2 within target.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="498" />
            <source>No agent answered a case in the period.</source>
            <translation>No agent answered a case in the period.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="502" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="529" />
            <source>%1: at most %n waiting (%2)</source>
            <translation>
                <numerusform>%1: at most %n waiting (%2)</numerusform>
                <numerusform>%1: at most %n waiting (%2)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="534" />
            <source>%1: nobody waited</source>
            <translation>%1: nobody waited</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Cases waiting</source>
            <translation>Cases waiting</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="566" />
            <source>%1: rated %2 of 5, access restored for %3 (%n survey(s))</source>
            <translation>
                <numerusform>%1: rated %2 of 5, access restored for %3 (%n survey)</numerusform>
                <numerusform>%1: rated %2 of 5, access restored for %3 (%n surveys)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="573" />
            <source>%1: no surveys</source>
            <translation>%1: no surveys</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="587" />
            <source>Queue or agent</source>
            <translation>Queue or agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="588" />
            <source>Surveys</source>
            <translation>Surveys</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="589" />
            <source>Average rating (1–5)</source>
            <translation>Average rating (1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="590" />
            <location filename="../../ui/supervisor/dashboard.py" line="600" />
            <source>Access restored</source>
            <translation>Access restored</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Share (%)</source>
            <translation>Share (%)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="604" />
            <source>Average rating, as a share of 5</source>
            <translation>Average rating, as a share of 5</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="54" />
            <source>Your account is secured</source>
            <translation>Your account is secured</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="57" />
            <source>Your password is new, your sign-in is protected and no one else is signed in. Keep your backup codes somewhere safe. If something looks wrong later, open a new recovery case.</source>
            <translation>Your password is new, your sign-in is protected and no one else is signed in. Keep your backup codes somewhere safe. If something looks wrong later, open a new recovery case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="62" />
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="63" />
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="41" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="49" />
            <source>Details for support were written to {path}.</source>
            <translation>Details for support were written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="11" />
            <source>The Recovery Desk server cannot be reached. Check your internet connection; we keep trying in the background.</source>
            <translation>The Recovery Desk server cannot be reached. Check your internet connection; we keep trying in the background.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The service is having trouble on its side. Nothing you entered is lost; we keep trying in the background.</source>
            <translation>The service is having trouble on its side. Nothing you entered is lost; we keep trying in the background.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>The service is being updated. Please try again in a few minutes.</source>
            <translation>The service is being updated. Please try again in a few minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>The service is temporarily unavailable. Please try again shortly.</source>
            <translation>The service is temporarily unavailable. Please try again shortly.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>Too many attempts. Please wait a little and try again.</source>
            <translation>Too many attempts. Please wait a little and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>That is too large to send. Please send something smaller.</source>
            <translation>That is too large to send. Please send something smaller.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>The server sent an answer this version of the app does not understand. Please update the app.</source>
            <translation>The server sent an answer this version of the app does not understand. Please update the app.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>Something went wrong. Please try again; if it keeps happening, contact support.</source>
            <translation>Something went wrong. Please try again; if it keeps happening, contact support.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This way of proving it is you is paused for a while because of too many wrong answers. Use a code sent to one of your original addresses, or try again later.</source>
            <translation>This way of proving it is you is paused for a while because of too many wrong answers. Use a code sent to one of your original addresses, or try again later.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This image has too many pixels to check. Please send a smaller photo (a phone photo of a document is fine).</source>
            <translation>This image has too many pixels to check. Please send a smaller photo (a phone photo of a document is fine).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>The service is busy checking other files. Please try again in a few seconds.</source>
            <translation>The service is busy checking other files. Please try again in a few seconds.</translation>
        </message>
    </context>
    <context>
        <name>EventsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="319" />
            <source>Account created</source>
            <translation>Account created</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="320" />
            <source>Password changed with a reset link</source>
            <translation>Password changed with a reset link</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="321" />
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="322" />
            <source>E-mail address or phone number added</source>
            <translation>E-mail address or phone number added</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="323" />
            <source>E-mail address or phone number removed</source>
            <translation>E-mail address or phone number removed</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="324" />
            <source>E-mail address or phone number put back</source>
            <translation>E-mail address or phone number put back</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="325" />
            <source>Authenticator app set up</source>
            <translation>Authenticator app set up</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="326" />
            <source>Authenticator app removed</source>
            <translation>Authenticator app removed</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="327" />
            <source>New backup codes made</source>
            <translation>New backup codes made</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="328" />
            <source>Backup code used</source>
            <translation>Backup code used</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="329" />
            <source>Sign-in from a new device</source>
            <translation>Sign-in from a new device</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="330" />
            <source>Every session signed out</source>
            <translation>Every session signed out</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="331" />
            <source>A session was ended</source>
            <translation>A session was ended</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="332" />
            <source>A device was revoked</source>
            <translation>A device was revoked</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="333" />
            <source>All other sessions ended</source>
            <translation>All other sessions ended</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="334" />
            <source>Reset link sent</source>
            <translation>Reset link sent</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="335" />
            <source>Account status changed</source>
            <translation>Account status changed</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="341" />
            <source>made by someone who was not you</source>
            <translation>made by someone who was not you</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="342" />
            <source>made while your account was not under your control</source>
            <translation>made while your account was not under your control</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="343" />
            <source>made from a session or device you ended</source>
            <translation>made from a session or device you ended</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="349" />
            <source>you or your account</source>
            <translation>you or your account</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="350" />
            <source>support agent</source>
            <translation>support agent</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="351" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="352" />
            <source>someone unknown</source>
            <translation>someone unknown</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="361" />
            <source>%n change(s) need your attention. If you did not make them, tell the agent in your recovery case.</source>
            <translation>
                <numerusform>%n change needs your attention. If you did not make it, tell the agent in your recovery case.</numerusform>
                <numerusform>%n changes need your attention. If you did not make them, tell the agent in your recovery case.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="368" />
            <source>Nothing here looks suspicious.</source>
            <translation>Nothing here looks suspicious.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="382" />
            <location filename="../../ui/user/secure_sessions.py" line="420" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="393" />
            <source>Suspicious: %1</source>
            <translation>Suspicious: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="410" />
            <location filename="../../ui/user/secure_sessions.py" line="427" />
            <source>Recent security changes</source>
            <translation>Recent security changes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="413" />
            <source>These changes were made to how your account is signed in to and reached. Rows marked "Check" were made by an intruder, while your account was not under your control, or from a session you ended.</source>
            <translation>These changes were made to how your account is signed in to and reached. Rows marked "Check" were made by an intruder, while your account was not under your control, or from a session you ended.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="421" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="422" />
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="423" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="424" />
            <source>Why marked / where</source>
            <translation>Why marked / where</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="428" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="429" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>EvidenceItem</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="108" />
            <source>%1, sent %2</source>
            <translation>%1, sent %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="111" />
            <source>Check that the paper shows: %1</source>
            <translation>Check that the paper shows: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="114" />
            <source>Not reviewed yet</source>
            <translation>Not reviewed yet</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="115" />
            <source>✓ Approved</source>
            <translation>✓ Approved</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="116" />
            <source>✗ Rejected</source>
            <translation>✗ Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Original shown</source>
            <translation>Original shown</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Blurred until revealed</source>
            <translation>Blurred until revealed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="120" />
            <source>Deleted after the retention period</source>
            <translation>Deleted after the retention period</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="122" />
            <source>&amp;Reveal original…</source>
            <translation>&amp;Reveal original…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="123" />
            <source>Reveal the original: %1</source>
            <translation>Reveal the original: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="125" />
            <source>Approve: %1</source>
            <translation>Approve: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="126" />
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="127" />
            <source>Reject: %1</source>
            <translation>Reject: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="134" />
            <source>Loading the blurred preview…</source>
            <translation>Loading the blurred preview…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="145" />
            <source>A PDF has no preview: reveal it to read it.</source>
            <translation>A PDF has no preview: reveal it to read it.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/evidence_view.py" line="155" />
            <source>The original is a PDF of %n KB.</source>
            <translation>
                <numerusform>The original is a PDF of %n KB.</numerusform>
                <numerusform>The original is a PDF of %n KB.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="162" />
            <source>This image cannot be shown.</source>
            <translation>This image cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Original image</source>
            <translation>Original image</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Blurred image</source>
            <translation>Blurred image</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="182" />
            <source>Reveal the original</source>
            <translation>Reveal the original</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="184" />
            <source>Why do you need to see the original? Your reason is written to the audit log.</source>
            <translation>Why do you need to see the original? Your reason is written to the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="186" />
            <source>&amp;Reveal</source>
            <translation>&amp;Reveal</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="207" />
            <source>Approve the evidence</source>
            <translation>Approve the evidence</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="209" />
            <source>What did you check? (For example: the photo matches, the phrase is right.)</source>
            <translation>What did you check? (For example: the photo matches, the phrase is right.)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="211" />
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="216" />
            <source>Reject the evidence</source>
            <translation>Reject the evidence</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="217" />
            <source>Why is it rejected? The requester can send a new one.</source>
            <translation>Why is it rejected? The requester can send a new one.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="218" />
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="209" />
            <source>Choose a photo of your ID document or a selfie first.</source>
            <translation>Choose a photo of your ID document or a selfie first.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="217" />
            <source>This file is larger than {mb} MB, so it was not sent. Take a smaller photo or scan and choose it again.</source>
            <translation>This file is larger than {mb} MB, so it was not sent. Take a smaller photo or scan and choose it again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="221" />
            <source>This file cannot be opened. Choose another file.</source>
            <translation>This file cannot be opened. Choose another file.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="223" />
            <source>A selfie must be a photo (JPEG or PNG). This file was not sent.</source>
            <translation>A selfie must be a photo (JPEG or PNG). This file was not sent.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="225" />
            <source>This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. Choose another file.</source>
            <translation>This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. Choose another file.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="230" />
            <location filename="../../ui/user/evidence_page.py" line="231" />
            <source>ID document and selfie</source>
            <translation>ID document and selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="234" />
            <source>Send a photo or scan of an ID document with your name, and a selfie in which you hold a paper with the code below written on it. Only our team sees them, and they are deleted soon after the check.</source>
            <translation>Send a photo or scan of an ID document with your name, and a selfie in which you hold a paper with the code below written on it. Only our team sees them, and they are deleted soon after the check.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="239" />
            <source>Write this code on a paper for your selfie:</source>
            <translation>Write this code on a paper for your selfie:</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="242" />
            <source>Code for your selfie: {code}</source>
            <translation>Code for your selfie: {code}</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="244" />
            <source>Send for &amp;review</source>
            <translation>Send for &amp;review</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="245" />
            <source>Send the chosen files for review</source>
            <translation>Send the chosen files for review</translation>
        </message>
    </context>
    <context>
        <name>EvidenceSlot</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="88" />
            <source>Photos and scans ({patterns})</source>
            <translation>Photos and scans ({patterns})</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>2. A selfie holding the code</source>
            <translation>2. A selfie holding the code</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>1. Your ID document</source>
            <translation>1. Your ID document</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;selfie…</source>
            <translation>Choose &amp;selfie…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;ID…</source>
            <translation>Choose &amp;ID…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the selfie photo</source>
            <translation>Choose the selfie photo</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the ID photo or scan</source>
            <translation>Choose the ID photo or scan</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="128" />
            <source>Drop a file here or choose one.</source>
            <translation>Drop a file here or choose one.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="129" />
            <source>No file yet</source>
            <translation>No file yet</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>sent for review</source>
            <translation>sent for review</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>ready to send</source>
            <translation>ready to send</translation>
        </message>
    </context>
    <context>
        <name>EvidenceView</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="269" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="270" />
            <source>No document or selfie has been sent.</source>
            <translation>No document or selfie has been sent.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="77" />
            <source>Transfer the chat</source>
            <translation>Transfer the chat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="80" />
            <source>Hand this chat to another online agent with a free slot. Your note is for agents only.</source>
            <translation>Hand this chat to another online agent with a free slot. Your note is for agents only.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="84" />
            <source>&amp;Transfer</source>
            <translation>&amp;Transfer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="86" />
            <source>Escalate to a supervisor</source>
            <translation>Escalate to a supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="89" />
            <source>A supervisor who is online takes the case, or the next one to come online. Say why; only agents see it.</source>
            <translation>A supervisor who is online takes the case, or the next one to come online. Say why; only agents see it.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="93" />
            <source>&amp;Escalate</source>
            <translation>&amp;Escalate</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="94" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="95" />
            <source>Agent to transfer to</source>
            <translation>Agent to transfer to</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="96" />
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="97" />
            <source>Reason for the handover</source>
            <translation>Reason for the handover</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/handover_dialog.py" line="105" />
            <source>%1 (online, %n free slots)</source>
            <translation>
                <numerusform>%1 (online, %n free slot)</numerusform>
                <numerusform>%1 (online, %n free slots)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="107" />
            <source>%1 (online, no free slot)</source>
            <translation>%1 (online, no free slot)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="109" />
            <source>%1 (not online)</source>
            <translation>%1 (not online)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="135" />
            <source>Nobody can take this chat now. Try again later or escalate.</source>
            <translation>Nobody can take this chat now. Try again later or escalate.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="138" />
            <source>Write a short reason for the next person.</source>
            <translation>Write a short reason for the next person.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="142" />
            <source>Keep the reason under 2,000 characters.</source>
            <translation>Keep the reason under 2,000 characters.</translation>
        </message>
    </context>
    <context>
        <name>HoldsView</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="148" />
            <source>Changes and holds</source>
            <translation>Changes and holds</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="152" />
            <source>Frozen: the account owner answered "this wasn't me". Waiting changes were cancelled and nothing more can change until the case is reviewed.</source>
            <translation>Frozen: the account owner answered "this wasn't me". Waiting changes were cancelled and nothing more can change until the case is reviewed.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="164" />
            <source>No change requested yet.</source>
            <translation>No change requested yet.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="175" />
            <source>Waiting for approval by someone else</source>
            <translation>Waiting for approval by someone else</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <location filename="../../ui/user/identify_page.py" line="98" />
            <source>Enter the account's name, e-mail address or phone number.</source>
            <translation>Enter the account's name, e-mail address or phone number.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="104" />
            <source>Enter an e-mail address or a phone number (with country code) where we can reach you now.</source>
            <translation>Enter an e-mail address or a phone number (with country code) where we can reach you now.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="115" />
            <source>You forgot your password.</source>
            <translation>You forgot your password.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="116" />
            <source>You lost your authenticator.</source>
            <translation>You lost your authenticator.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="117" />
            <source>Your account was hacked.</source>
            <translation>Your account was hacked.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="118" />
            <source>Your account was disabled.</source>
            <translation>Your account was disabled.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="122" />
            <source>Your account and how to reach you</source>
            <translation>Your account and how to reach you</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="123" />
            <source>Which account is it?</source>
            <translation>Which account is it?</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="126" />
            <source>Tell us which account you want back and where we can reach you now. We send a code to that address to check it is yours.</source>
            <translation>Tell us which account you want back and where we can reach you now. We send a code to that address to check it is yours.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="131" />
            <source>Acc&amp;ount:</source>
            <translation>Acc&amp;ount:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="132" />
            <source>Name, e-mail address or phone number</source>
            <translation>Name, e-mail address or phone number</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="133" />
            <source>The account you want back</source>
            <translation>The account you want back</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="135" />
            <source>The name you sign in with, or an e-mail address or phone number it used.</source>
            <translation>The name you sign in with, or an e-mail address or phone number it used.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="137" />
            <source>&amp;Reply to:</source>
            <translation>&amp;Reply to:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="138" />
            <source>e.g. name@example.org or +48 600 100 200</source>
            <translation>e.g. name@example.org or +48 600 100 200</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="139" />
            <source>Where we can reach you now</source>
            <translation>Where we can reach you now</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="142" />
            <source>An e-mail address or phone number you can use right now. If someone took over your account, do not use an address they changed.</source>
            <translation>An e-mail address or phone number you can use right now. If someone took over your account, do not use an address they changed.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="146" />
            <source>La&amp;nguage of our messages:</source>
            <translation>La&amp;nguage of our messages:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="147" />
            <source>Language of our messages</source>
            <translation>Language of our messages</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="148" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="149" />
            <source>Continue: send me a code</source>
            <translation>Continue: send me a code</translation>
        </message>
    </context>
    <context>
        <name>LiveBoard</name>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="104" />
            <source>Queue now</source>
            <translation>Queue now</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="105" />
            <source>A&amp;gents</source>
            <translation>A&amp;gents</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="106" />
            <source>Agents: presence and load</source>
            <translation>Agents: presence and load</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/live_board.py" line="131" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="133" />
            <source>Oldest wait: %1</source>
            <translation>Oldest wait: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="137" />
            <source>Nobody is waiting.</source>
            <translation>Nobody is waiting.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="143" />
            <source>Not loaded yet</source>
            <translation>Not loaded yet</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="147" />
            <source>Updated %1</source>
            <translation>Updated %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="152" />
            <source>Open service-level breaches: %1</source>
            <translation>Open service-level breaches: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="154" />
            <source>No open service-level breaches.</source>
            <translation>No open service-level breaches.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="159" />
            <source>Agents online: %1</source>
            <translation>Agents online: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="160" />
            <source>Away: %1</source>
            <translation>Away: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="161" />
            <source>Free chat slots: %1</source>
            <translation>Free chat slots: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="162" />
            <source>Cases in progress: %1</source>
            <translation>Cases in progress: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/windows/main_window.py" line="173" />
            <source>Recovery Desk — Get help</source>
            <translation>Recovery Desk — Get help</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="176" />
            <source>Recovery Desk — Supervisor: %1</source>
            <translation>Recovery Desk — Supervisor: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="178" />
            <source>Recovery Desk — Agent: %1</source>
            <translation>Recovery Desk — Agent: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="181" />
            <source>Recovery Desk — Agent</source>
            <translation>Recovery Desk — Agent</translation>
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
            <translation>&amp;Get help</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="220" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Recover your own account (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="221" />
            <source>User mode: get help with your account</source>
            <translation>User mode: get help with your account</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="222" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="223" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Work as a support agent (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="224" />
            <source>Agent mode: support agent workspace</source>
            <translation>Agent mode: support agent workspace</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="225" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="226" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="227" />
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="228" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="230" />
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="231" />
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="232" />
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="236" />
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="237" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>The Recovery Desk server this app talks to</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="88" />
            <source>Private note</source>
            <translation>Private note</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="108" />
            <source>Assistant's answer — show</source>
            <translation>Assistant's answer — show</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="109" />
            <source>Hide the assistant's answer</source>
            <translation>Hide the assistant's answer</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../ui/models/message_model.py" line="64" />
            <source>not sent yet</source>
            <translation>not sent yet</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="65" />
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="66" />
            <source>delivered</source>
            <translation>delivered</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="67" />
            <source>read</source>
            <translation>read</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="68" />
            <source>could not be sent</source>
            <translation>could not be sent</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../ui/widgets/notice_banner.py" line="19" />
            <source>Service notice</source>
            <translation>Service notice</translation>
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
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="40" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="41" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="42" />
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="43" />
            <source>Service level</source>
            <translation>Service level</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="46" />
            <source>Subscriber (live)</source>
            <translation>Subscriber (live)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="47" />
            <source>Free</source>
            <translation>Free</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="50" />
            <source>Forgot password</source>
            <translation>Forgot password</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="51" />
            <source>Lost second factor</source>
            <translation>Lost second factor</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="52" />
            <source>Hacked</source>
            <translation>Hacked</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="53" />
            <source>Disabled or suspended</source>
            <translation>Disabled or suspended</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="56" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="57" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="58" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="59" />
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="60" />
            <source>%1 (escalated)</source>
            <translation>%1 (escalated)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="61" />
            <source>Breached %1 ago</source>
            <translation>Breached %1 ago</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="62" />
            <source>Due soon: %1 left</source>
            <translation>Due soon: %1 left</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="63" />
            <source>On time: %1 left</source>
            <translation>On time: %1 left</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="64" />
            <source>%1. Target: %2.</source>
            <translation>%1. Target: %2.</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="69" />
            <location filename="../../ui/agent/queue_view.py" line="70" />
            <source>Waiting queue</source>
            <translation>Waiting queue</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="71" />
            <source>Waiting queue (Ctrl+Shift+Q to focus)</source>
            <translation>Waiting queue (Ctrl+Shift+Q to focus)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="74" />
            <source>New chats are given to you automatically when you are online and have a free slot; the queue is here so you can see the pressure.</source>
            <translation>New chats are given to you automatically when you are online and have a free slot; the queue is here so you can see the pressure.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="91" />
            <source>Loading the queue…</source>
            <translation>Loading the queue…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="95" />
            <source>Nobody is waiting.</source>
            <translation>Nobody is waiting.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="98" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="99" />
            <source>%n subscribers</source>
            <translation>
                <numerusform>%n subscriber</numerusform>
                <numerusform>%n subscribers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="100" />
            <source>%n free tier</source>
            <translation>
                <numerusform>%n free tier</numerusform>
                <numerusform>%n free tier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="103" />
            <source>%n due soon</source>
            <translation>
                <numerusform>%n due soon</numerusform>
                <numerusform>%n due soon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="105" />
            <source>%n breached</source>
            <translation>
                <numerusform>%n breached</numerusform>
                <numerusform>%n breached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="108" />
            <source>(the first %n are listed)</source>
            <translation>
                <numerusform>(the first %n are listed)</numerusform>
                <numerusform>(the first %n are listed)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="98" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/case_panel_dialogs.py" line="100" />
            <source>At least %n characters. It is written to the audit log.</source>
            <translation>
                <numerusform>At least %n character. It is written to the audit log.</numerusform>
                <numerusform>At least %n characters. It is written to the audit log.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="103" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReferenceBox</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="74" />
            <source>Your case reference</source>
            <translation>Your case reference</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>C&amp;opy</source>
            <translation>C&amp;opy</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="76" />
            <source>Copy the case reference</source>
            <translation>Copy the case reference</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="78" />
            <source>Keep this to come back later: with it you can resume your case.</source>
            <translation>Keep this to come back later: with it you can resume your case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="82" />
            <source>This computer cannot keep the key to your case. Copy the case key and keep it somewhere safe: you need it with the reference to come back.</source>
            <translation>This computer cannot keep the key to your case. Copy the case key and keep it somewhere safe: you need it with the reference to come back.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Key copied</source>
            <translation>Key copied</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Copy case &amp;key</source>
            <translation>Copy case &amp;key</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="89" />
            <source>Copy the secret case key</source>
            <translation>Copy the secret case key</translation>
        </message>
    </context>
    <context>
        <name>ReplyCodePage</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="126" />
            <source>Check your reply address</source>
            <translation>Check your reply address</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="127" />
            <source>Check your e-mail or phone</source>
            <translation>Check your e-mail or phone</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="130" />
            <source>We sent a 6-digit code to {contact}. Type it here so we know we can reach you there. Nothing else happens to your account yet.</source>
            <translation>We sent a 6-digit code to {contact}. Type it here so we know we can reach you there. Nothing else happens to your account yet.</translation>
        </message>
    </context>
    <context>
        <name>ResetStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="231" />
            <source>Paste the whole link from the e-mail or text message.</source>
            <translation>Paste the whole link from the e-mail or text message.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="235" />
            <source>No reset code was found in this text. Copy the whole link again.</source>
            <translation>No reset code was found in this text. Copy the whole link again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="238" />
            <source>Reset link recognised.</source>
            <translation>Reset link recognised.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="241" />
            <source>The two passwords are not the same yet.</source>
            <translation>The two passwords are not the same yet.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="243" />
            <source>Use at least 12 characters.</source>
            <translation>Use at least 12 characters.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="279" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask the agent in your recovery case to send a new one.</source>
            <translation>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask the agent in your recovery case to send a new one.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="283" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Open your recovery case with its reference and ask for a new link, or open a new case.</source>
            <translation>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Open your recovery case with its reference and ask for a new link, or open a new case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="289" />
            <source>Choose a new password</source>
            <translation>Choose a new password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="292" />
            <source>Paste the reset link we sent you, then choose a new password. After this, every session is signed out, including the one that was not yours.</source>
            <translation>Paste the reset link we sent you, then choose a new password. After this, every session is signed out, including the one that was not yours.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="296" />
            <source>Reset &amp;link:</source>
            <translation>Reset &amp;link:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="297" />
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="298" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="299" />
            <source>https://… or the code after #</source>
            <translation>https://… or the code after #</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="300" />
            <source>Reset link or code</source>
            <translation>Reset link or code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="301" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="302" />
            <source>Repeat new password</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="303" />
            <source>&amp;Show passwords</source>
            <translation>&amp;Show passwords</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="304" />
            <source>Show passwords</source>
            <translation>Show passwords</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="305" />
            <source>&amp;Set new password</source>
            <translation>&amp;Set new password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="306" />
            <source>Set new password</source>
            <translation>Set new password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="307" />
            <source>I already chose a new password</source>
            <translation>I already chose a new password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="308" />
            <source>Skip: I already chose a new password</source>
            <translation>Skip: I already chose a new password</translation>
        </message>
    </context>
    <context>
        <name>RestoreActions</name>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="82" />
            <source>Restore actions</source>
            <translation>Restore actions</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="137" />
            <source>a supervisor</source>
            <translation>a supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="139" />
            <source>another agent</source>
            <translation>another agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="141" />
            <source>Asked for approval; waiting for %1.</source>
            <translation>Asked for approval; waiting for %1.</translation>
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
            <translation>Confirm: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="119" />
            <source>%1 for case %2</source>
            <translation>%1 for case %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="121" />
            <source>&amp;Which contact:</source>
            <translation>&amp;Which contact:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="122" />
            <source>Which contact</source>
            <translation>Which contact</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="130" />
            <source>What changes:</source>
            <translation>What changes:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="131" />
            <source>Hold:</source>
            <translation>Hold:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="132" />
            <source>Who is told:</source>
            <translation>Who is told:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="133" />
            <source>Approval:</source>
            <translation>Approval:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="134" />
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="135" />
            <source>Reason for this change</source>
            <translation>Reason for this change</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="136" />
            <source>Why is this change right for this person?</source>
            <translation>Why is this change right for this person?</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>Ask for &amp;approval</source>
            <translation>Ask for &amp;approval</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>&amp;Run it now</source>
            <translation>&amp;Run it now</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="167" />
            <source>Every session is signed out (active now: %1)</source>
            <translation>Every session is signed out (active now: %1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="171" />
            <source>devices forgotten: %1</source>
            <translation>devices forgotten: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="175" />
            <source>A password-reset link goes to a contact the person proved in this case (or their verified reply address). You never set or see the password.</source>
            <translation>A password-reset link goes to a contact the person proved in this case (or their verified reply address). You never set or see the password.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="180" />
            <source>%1, added %2, is removed from the account.</source>
            <translation>%1, added %2, is removed from the account.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="186" />
            <source>%1, removed %2, is put back on the account.</source>
            <translation>%1, removed %2, is put back on the account.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="193" />
            <source>The authenticator app added %1, during the reported compromise, is removed.</source>
            <translation>The authenticator app added %1, during the reported compromise, is removed.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="197" />
            <source>The authenticator app (since %1) is removed and unused backup codes stop working. The person sets up a new one after signing in.</source>
            <translation>The authenticator app (since %1) is removed and unused backup codes stop working. The person sets up a new one after signing in.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="202" />
            <source>The account's status changes from %1 to active.</source>
            <translation>The account's status changes from %1 to active.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="207" />
            <source>None: the change happens as soon as it is approved or run.</source>
            <translation>None: the change happens as soon as it is approved or run.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="210" />
            <source>After approval the change waits %n hours, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</source>
            <translation>
                <numerusform>After approval the change waits %n hour, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</numerusform>
                <numerusform>After approval the change waits %n hours, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="218" />
            <source>The person receives the link; nobody else is told.</source>
            <translation>The person receives the link; nobody else is told.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="221" />
            <source>Nobody: the account has no contact from before the compromise.</source>
            <translation>Nobody: the account has no contact from before the compromise.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="225" />
            <source>%1, each with a link to cancel ("this wasn't me"), now and when it is done.</source>
            <translation>%1, each with a link to cancel ("this wasn't me"), now and when it is done.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="227" />
            <source>%1, when it is done.</source>
            <translation>%1, when it is done.</translation>
        </message>
    </context>
    <context>
        <name>ResumePage</name>
        <message>
            <location filename="../../ui/user/resume_page.py" line="72" />
            <source>Enter your case reference, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Enter your case reference, e.g. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="77" />
            <source>Enter the case key as well.</source>
            <translation>Enter the case key as well.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="84" />
            <location filename="../../ui/user/resume_page.py" line="85" />
            <source>Resume a case</source>
            <translation>Resume a case</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="86" />
            <source>Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="87" />
            <source>Case &amp;reference:</source>
            <translation>Case &amp;reference:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="88" />
            <source>Case reference</source>
            <translation>Case reference</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="89" />
            <source>Case &amp;key:</source>
            <translation>Case &amp;key:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="90" />
            <source>Case key</source>
            <translation>Case key</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="93" />
            <source>This computer does not keep the key to this case. Paste the case key you saved when you opened the case.</source>
            <translation>This computer does not keep the key to this case. Paste the case key you saved when you opened the case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="97" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="98" />
            <source>Continue with this case</source>
            <translation>Continue with this case</translation>
        </message>
    </context>
    <context>
        <name>SecureErrors</name>
        <message>
            <location filename="../../ui/user/secure_common.py" line="13" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask for a new link in your recovery case.</source>
            <translation>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask for a new link in your recovery case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="18" />
            <source>This password is too easy to guess or contains your name. Choose a longer one, for example a few unrelated words.</source>
            <translation>This password is too easy to guess or contains your name. Choose a longer one, for example a few unrelated words.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="23" />
            <source>The account name or password is not right. Check them and try again.</source>
            <translation>The account name or password is not right. Check them and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="27" />
            <source>Enter the current 6-digit code from your authenticator app, or one of your backup codes.</source>
            <translation>Enter the current 6-digit code from your authenticator app, or one of your backup codes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="31" />
            <source>Too many wrong codes were entered for this account. Open a recovery case to get back in.</source>
            <translation>Too many wrong codes were entered for this account. Open a recovery case to get back in.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="35" />
            <source>This account cannot be used right now. Follow your recovery case or open a new one.</source>
            <translation>This account cannot be used right now. Follow your recovery case or open a new one.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="39" />
            <source>That code was not accepted. Enter the code your authenticator app shows now; if it was just used, wait for the next one.</source>
            <translation>That code was not accepted. Enter the code your authenticator app shows now; if it was just used, wait for the next one.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="44" />
            <source>The key was not accepted. Start the set-up again.</source>
            <translation>The key was not accepted. Start the set-up again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="47" />
            <source>Too many codes were tried. Wait 15 minutes, then try again.</source>
            <translation>Too many codes were tried. Wait 15 minutes, then try again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="50" />
            <source>For this change you need to have signed in within the last 30 minutes. Sign in again, then repeat it.</source>
            <translation>For this change you need to have signed in within the last 30 minutes. Sign in again, then repeat it.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="55" />
            <source>Backup codes need an authenticator app. Set one up first.</source>
            <translation>Backup codes need an authenticator app. Set one up first.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="58" />
            <source>These backup codes were not accepted. Make a new set and try again.</source>
            <translation>These backup codes were not accepted. Make a new set and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="61" />
            <source>This is the session you are using now; it cannot be ended here.</source>
            <translation>This is the session you are using now; it cannot be ended here.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="64" />
            <source>This is the device you are using now; it cannot be revoked here.</source>
            <translation>This is the device you are using now; it cannot be revoked here.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="67" />
            <source>That session is no longer there. The list was reloaded.</source>
            <translation>That session is no longer there. The list was reloaded.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="70" />
            <source>That device is no longer there. The list was reloaded.</source>
            <translation>That device is no longer there. The list was reloaded.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="73" />
            <source>Your session has ended. Sign in again to continue.</source>
            <translation>Your session has ended. Sign in again to continue.</translation>
        </message>
    </context>
    <context>
        <name>SecurePage</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="182" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="183" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="184" />
            <source>Authenticator app</source>
            <translation>Authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="185" />
            <source>Backup codes</source>
            <translation>Backup codes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="186" />
            <source>Sessions and devices</source>
            <translation>Sessions and devices</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="187" />
            <source>Recent changes</source>
            <translation>Recent changes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="190" />
            <source>Your opinion</source>
            <translation>Your opinion</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="191" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="199" />
            <source>current step</source>
            <translation>current step</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="201" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="203" />
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="212" />
            <source>Steps to secure your account</source>
            <translation>Steps to secure your account</translation>
        </message>
    </context>
    <context>
        <name>SessionsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="147" />
            <source>This session (you)</source>
            <translation>This session (you)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="149" />
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="151" />
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="152" />
            <source>Unknown device</source>
            <translation>Unknown device</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="157" />
            <location filename="../../ui/user/secure_sessions.py" line="158" />
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="206" />
            <source>The session was ended.</source>
            <translation>The session was ended.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="212" />
            <source>The device was revoked and its sessions ended.</source>
            <translation>The device was revoked and its sessions ended.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="216" />
            <source>%n other session(s) ended.</source>
            <translation>
                <numerusform>%n other session ended.</numerusform>
                <numerusform>%n other sessions ended.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="239" />
            <source>Where you are signed in</source>
            <translation>Where you are signed in</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="242" />
            <source>Check every session and device. End any you do not recognise: whoever uses it is signed out at once. The session you are using now is marked and cannot be ended here.</source>
            <translation>Check every session and device. End any you do not recognise: whoever uses it is signed out at once. The session you are using now is marked and cannot be ended here.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="249" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="250" />
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="251" />
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="252" />
            <source>IP address</source>
            <translation>IP address</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="253" />
            <source>Browser or app</source>
            <translation>Browser or app</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="256" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="257" />
            <source>Show &amp;ended sessions</source>
            <translation>Show &amp;ended sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="258" />
            <source>Show ended sessions</source>
            <translation>Show ended sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="259" />
            <source>&amp;End session</source>
            <translation>&amp;End session</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="260" />
            <source>End the selected session</source>
            <translation>End the selected session</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="261" />
            <source>Revoke &amp;device</source>
            <translation>Revoke &amp;device</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="262" />
            <source>Revoke the selected session's device</source>
            <translation>Revoke the selected session's device</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="263" />
            <source>End &amp;all other sessions</source>
            <translation>End &amp;all other sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="264" />
            <source>End all other sessions</source>
            <translation>End all other sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="265" />
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="266" />
            <source>Reload the list</source>
            <translation>Reload the list</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="267" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="268" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="61" />
            <location filename="../../ui/agent/shortcuts_help.py" line="62" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="133" />
            <source>Agent sign-in</source>
            <translation>Agent sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="134" />
            <source>Sign in to the agent desk</source>
            <translation>Sign in to the agent desk</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="137" />
            <source>Use your agent user name, your password and the 6-digit code your authenticator app shows now.</source>
            <translation>Use your agent user name, your password and the 6-digit code your authenticator app shows now.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="141" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="142" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="143" />
            <source>Authenticator &amp;code</source>
            <translation>Authenticator &amp;code</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="144" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="145" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="146" />
            <source>Authenticator code, 6 digits</source>
            <translation>Authenticator code, 6 digits</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="147" />
            <source>6 digits</source>
            <translation>6 digits</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="148" />
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Remember me on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="149" />
            <source>Remember me on this computer</source>
            <translation>Remember me on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="152" />
            <source>Keeps the session in this computer's password store until it ends.</source>
            <translation>Keeps the session in this computer's password store until it ends.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="156" />
            <source>This computer has no password store, so the session stays in memory.</source>
            <translation>This computer has no password store, so the session stays in memory.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="158" />
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="159" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="166" />
            <source>Your session has ended. Sign in again: your unsent replies are kept and come back when you do.</source>
            <translation>Your session has ended. Sign in again: your unsent replies are kept and come back when you do.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="182" />
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="184" />
            <location filename="../../ui/agent/sign_in_page.py" line="204" />
            <source>Enter the 6 digits your authenticator app shows.</source>
            <translation>Enter the 6 digits your authenticator app shows.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="191" />
            <source>Sign-in error</source>
            <translation>Sign-in error</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="200" />
            <source>The user name, password or code is not right. Check them and try again with a new code.</source>
            <translation>The user name, password or code is not right. Check them and try again with a new code.</translation>
        </message>
    </context>
    <context>
        <name>SignInStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="391" />
            <source>Recovery Desk app</source>
            <translation>Recovery Desk app</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="402" />
            <source>Your account has a second step. Enter the current code from your authenticator app, or one of your backup codes.</source>
            <translation>Your account has a second step. Enter the current code from your authenticator app, or one of your backup codes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="419" />
            <source>Sign in with your new password</source>
            <translation>Sign in with your new password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="422" />
            <source>For your safety nobody is signed in after a password change. Sign in again so you can check your sessions and set up your second step.</source>
            <translation>For your safety nobody is signed in after a password change. Sign in again so you can check your sessions and set up your second step.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="426" />
            <source>&amp;Account name or e-mail:</source>
            <translation>&amp;Account name or e-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="427" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="428" />
            <source>&amp;Code or backup code:</source>
            <translation>&amp;Code or backup code:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="429" />
            <source>Account name or e-mail</source>
            <translation>Account name or e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="430" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="431" />
            <source>Authenticator code or backup code</source>
            <translation>Authenticator code or backup code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="432" />
            <source>123456 or abcd-efgh-ijkl-mnop</source>
            <translation>123456 or abcd-efgh-ijkl-mnop</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="433" />
            <source>Sign &amp;in</source>
            <translation>Sign &amp;in</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="434" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
    </context>
    <context>
        <name>SimpleChat</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="89" />
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="90" />
            <source>Your reply</source>
            <translation>Your reply</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="91" />
            <source>Write a reply (Ctrl+Enter sends)</source>
            <translation>Write a reply (Ctrl+Enter sends)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="92" />
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="93" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Send (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="111" />
            <source>Private note</source>
            <translation>Private note</translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message>
            <location filename="../../ui/user/situation_page.py" line="58" />
            <source>What happened?</source>
            <translation>What happened?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="59" />
            <source>Locked out of your account?</source>
            <translation>Locked out of your account?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="62" />
            <source>Tell us what happened. We will help you prove that the account is yours and get back in. We never ask for your password.</source>
            <translation>Tell us what happened. We will help you prove that the account is yours and get back in. We never ask for your password.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="68" />
            <source>I forgot my password</source>
            <translation>I forgot my password</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="69" />
            <source>You still have your e-mail or phone, but not the password.</source>
            <translation>You still have your e-mail or phone, but not the password.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="72" />
            <source>I lost my authenticator</source>
            <translation>I lost my authenticator</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="73" />
            <source>Your phone with the sign-in app is lost, reset or broken.</source>
            <translation>Your phone with the sign-in app is lost, reset or broken.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="76" />
            <source>My account was hacked</source>
            <translation>My account was hacked</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="77" />
            <source>Someone else changed your password, e-mail, phone or sign-in app.</source>
            <translation>Someone else changed your password, e-mail, phone or sign-in app.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="80" />
            <source>My account was disabled</source>
            <translation>My account was disabled</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="81" />
            <source>Your account was suspended or locked and you think it is a mistake.</source>
            <translation>Your account was suspended or locked and you think it is a mistake.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="90" />
            <source>&amp;Resume a case</source>
            <translation>&amp;Resume a case</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="91" />
            <source>Resume a case you opened before</source>
            <translation>Resume a case you opened before</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="92" />
            <source>I already have a reset lin&amp;k</source>
            <translation>I already have a reset lin&amp;k</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="94" />
            <source>I already have a password reset link: secure my account</source>
            <translation>I already have a password reset link: secure my account</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="108" />
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Very weak: this would be guessed almost at once.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="109" />
            <source>Weak: easy to guess.</source>
            <translation>Weak: easy to guess.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="110" />
            <source>Fair: could be guessed with some effort.</source>
            <translation>Fair: could be guessed with some effort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="111" />
            <source>Strong: hard to guess.</source>
            <translation>Strong: hard to guess.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="112" />
            <source>Very strong: very hard to guess.</source>
            <translation>Very strong: very hard to guess.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="115" />
            <source>Type a password to see how strong it is.</source>
            <translation>Type a password to see how strong it is.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="123" />
            <source>Password strength</source>
            <translation>Password strength</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="126" />
            <source>Use at least 12 characters.</source>
            <translation>Use at least 12 characters.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="127" />
            <source>Avoid common words, names and well-known passwords.</source>
            <translation>Avoid common words, names and well-known passwords.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="128" />
            <source>Avoid sequences such as abc or 1234.</source>
            <translation>Avoid sequences such as abc or 1234.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="129" />
            <source>Avoid repeated characters or words.</source>
            <translation>Avoid repeated characters or words.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="130" />
            <source>Avoid dates and years.</source>
            <translation>Avoid dates and years.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="131" />
            <source>Avoid keyboard patterns such as qwerty.</source>
            <translation>Avoid keyboard patterns such as qwerty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="132" />
            <source>A few unrelated words make a strong password you can remember.</source>
            <translation>A few unrelated words make a strong password you can remember.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFormat</name>
        <message>
            <location filename="../../ui/supervisor/format.py" line="15" />
            <source>Subscribers (live chat)</source>
            <translation>Subscribers (live chat)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="16" />
            <source>Free tier (messages)</source>
            <translation>Free tier (messages)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="19" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="20" />
            <source>Away</source>
            <translation>Away</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="21" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="24" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="25" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="26" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="30" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="31" />
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="32" />
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
    </context>
    <context>
        <name>SupervisorView</name>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="138" />
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="141" />
            <source>This view is for supervisors. Ask an administrator if you need it for your work.</source>
            <translation>This view is for supervisors. Ask an administrator if you need it for your work.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="145" />
            <source>The approvals inbox is not available in this version of the app.</source>
            <translation>The approvals inbox is not available in this version of the app.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts (%1)</source>
            <translation>&amp;Alerts (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts</source>
            <translation>&amp;Alerts</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="154" />
            <source>A&amp;pprovals (%1)</source>
            <translation>A&amp;pprovals (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="156" />
            <source>A&amp;pprovals</source>
            <translation>A&amp;pprovals</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="159" />
            <source>&amp;Live board</source>
            <translation>&amp;Live board</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="162" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="163" />
            <source>Audi&amp;t log</source>
            <translation>Audi&amp;t log</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="167" />
            <source>Alt+Shift+%1</source>
            <translation>Alt+Shift+%1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="245" />
            <source>New alert: %1</source>
            <translation>New alert: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="255" />
            <source>Only supervisors can see this. Your session may have changed role.</source>
            <translation>Only supervisors can see this. Your session may have changed role.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="274" />
            <source>This alert is about you: another supervisor must acknowledge it.</source>
            <translation>This alert is about you: another supervisor must acknowledge it.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="282" />
            <source>Alert acknowledged.</source>
            <translation>Alert acknowledged.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <location filename="../../ui/user/support_page.py" line="235" />
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="236" />
            <source>Get help</source>
            <translation>Get help</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="239" />
            <source>Case %1. Keep this reference: you can come back to your case with it.</source>
            <translation>Case %1. Keep this reference: you can come back to your case with it.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="242" />
            <source>Ask the assistant first</source>
            <translation>Ask the assistant first</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="243" />
            <source>Describe what happened in a few words</source>
            <translation>Describe what happened in a few words</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="244" />
            <source>Your question for the assistant</source>
            <translation>Your question for the assistant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="245" />
            <source>As&amp;k</source>
            <translation>As&amp;k</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="246" />
            <source>Ask the assistant</source>
            <translation>Ask the assistant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="247" />
            <source>What help you can get</source>
            <translation>What help you can get</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="250" />
            <source>Everyone: the assistant answers common questions at once, and often you can recover your account yourself once you have proved it is yours.</source>
            <translation>Everyone: the assistant answers common questions at once, and often you can recover your account yourself once you have proved it is yours.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="258" />
            <source>Free accounts: a specialist answers your case in writing within %n hours, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>
                <numerusform>Free accounts: a specialist answers your case in writing within %n hour, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</numerusform>
                <numerusform>Free accounts: a specialist answers your case in writing within %n hours, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="266" />
            <source>Free accounts: a specialist answers your case in writing, during business hours. Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>Free accounts: a specialist answers your case in writing, during business hours. Outside them you get an away message; the answer arrives in this chat.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="272" />
            <source>Verified subscribers: a live specialist in this chat. You see your place in line and the expected wait.</source>
            <translation>Verified subscribers: a live specialist in this chat. You see your place in line and the expected wait.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="276" />
            <source>&amp;Request support</source>
            <translation>&amp;Request support</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="277" />
            <source>Request support from a specialist</source>
            <translation>Request support from a specialist</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="278" />
            <source>&amp;Secure your account now</source>
            <translation>&amp;Secure your account now</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="279" />
            <source>Secure your account now</source>
            <translation>Secure your account now</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="395" />
            <source>Your access is restored.</source>
            <translation>Your access is restored.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="397" />
            <source>A specialist is with you in this chat.</source>
            <translation>A specialist is with you in this chat.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="399" />
            <source>The specialist is restoring your access.</source>
            <translation>The specialist is restoring your access.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="402" />
            <source>Your case is on hold for a safety waiting period; we will write here.</source>
            <translation>Your case is on hold for a safety waiting period; we will write here.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="405" />
            <source>You are in line for a live specialist.</source>
            <translation>You are in line for a live specialist.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="408" />
            <source>You are number %n in line.</source>
            <translation>
                <numerusform>You are number %n in line.</numerusform>
                <numerusform>You are number %n in line.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="413" />
            <source>Expected wait: about %n minutes.</source>
            <translation>
                <numerusform>Expected wait: about %n minute.</numerusform>
                <numerusform>Expected wait: about %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="416" />
            <source>Your case is with our team.</source>
            <translation>Your case is with our team.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="419" />
            <source>We reply within %n hours, here in this chat.</source>
            <translation>
                <numerusform>We reply within %n hour, here in this chat.</numerusform>
                <numerusform>We reply within %n hours, here in this chat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="427" />
            <source>At the latest by %1.</source>
            <translation>At the latest by %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="430" />
            <source>Business hours: %1.</source>
            <translation>Business hours: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="435" />
            <source>We are outside business hours now. Your case is kept and answered in order.</source>
            <translation>We are outside business hours now. Your case is kept and answered in order.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="439" />
            <source>We open again %1.</source>
            <translation>We open again %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="443" />
            <source>Your request is being sent…</source>
            <translation>Your request is being sent…</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="450" />
            <source>This is not possible at this step of your case. %1</source>
            <translation>This is not possible at this step of your case. %1</translation>
        </message>
    </context>
    <context>
        <name>SupportText</name>
        <message>
            <location filename="../../ui/user/support_text.py" line="12" />
            <source>Next: confirm your reply address with the code we sent to it.</source>
            <translation>Next: confirm your reply address with the code we sent to it.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="15" />
            <source>Next: prove it is your account in the verification step. Often that is enough to recover it yourself.</source>
            <translation>Next: prove it is your account in the verification step. Often that is enough to recover it yourself.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="20" />
            <source>If this does not solve it, request support below.</source>
            <translation>If this does not solve it, request support below.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="23" />
            <source>A specialist will answer you in this chat; you do not need to do more.</source>
            <translation>A specialist will answer you in this chat; you do not need to do more.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="26" />
            <source>We are reviewing what you sent; we will write to you here.</source>
            <translation>We are reviewing what you sent; we will write to you here.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="29" />
            <source>A specialist is with you in the chat.</source>
            <translation>A specialist is with you in the chat.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="32" />
            <source>You can do this yourself: prove it is you.</source>
            <translation>You can do this yourself: prove it is you.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="33" />
            <source>You can do this yourself: reset your password after verifying.</source>
            <translation>You can do this yourself: reset your password after verifying.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="50" />
            <source>The assistant has no ready answer for this. Request support below.</source>
            <translation>The assistant has no ready answer for this. Request support below.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStep</name>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="123" />
            <source>Thank you for your answer.</source>
            <translation>Thank you for your answer.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="124" />
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="128" />
            <source>How did it go?</source>
            <translation>How did it go?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="130" />
            <source>Two quick questions about your recovery case. Answering is optional.</source>
            <translation>Two quick questions about your recovery case. Answering is optional.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="132" />
            <source>Was your access restored?</source>
            <translation>Was your access restored?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="133" />
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="134" />
            <source>N&amp;o</source>
            <translation>N&amp;o</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="135" />
            <source>Yes, my access was restored</source>
            <translation>Yes, my access was restored</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="136" />
            <source>No, my access was not restored</source>
            <translation>No, my access was not restored</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="138" />
            <source>How would you rate the help you got? (1 = bad, 5 = very good)</source>
            <translation>How would you rate the help you got? (1 = bad, 5 = very good)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="141" />
            <source>Rating %1 of 5</source>
            <translation>Rating %1 of 5</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="142" />
            <source>Co&amp;mment (optional):</source>
            <translation>Co&amp;mment (optional):</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="143" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="144" />
            <source>Sen&amp;d</source>
            <translation>Sen&amp;d</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="145" />
            <source>Send your answer</source>
            <translation>Send your answer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>S&amp;kip</source>
            <translation>S&amp;kip</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="147" />
            <source>Continue without answering</source>
            <translation>Continue without answering</translation>
        </message>
    </context>
    <context>
        <name>TotpStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="151" />
            <source>Set up your authenticator app</source>
            <translation>Set up your authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="154" />
            <source>Scan the QR code with your authenticator app (for example Aegis, Google Authenticator or Microsoft Authenticator), or type the key by hand. This replaces any authenticator set up before, including one an intruder added. The key is shown only here and only now.</source>
            <translation>Scan the QR code with your authenticator app (for example Aegis, Google Authenticator or Microsoft Authenticator), or type the key by hand. This replaces any authenticator set up before, including one an intruder added. The key is shown only here and only now.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="160" />
            <source>QR code for your authenticator app</source>
            <translation>QR code for your authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="161" />
            <source>&amp;Key for typing by hand:</source>
            <translation>&amp;Key for typing by hand:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="162" />
            <source>Key for typing by hand</source>
            <translation>Key for typing by hand</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="163" />
            <source>&amp;Code the app shows now:</source>
            <translation>&amp;Code the app shows now:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="164" />
            <source>Six-digit code from the app</source>
            <translation>Six-digit code from the app</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="165" />
            <source>6 digits</source>
            <translation>6 digits</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="166" />
            <source>&amp;Confirm</source>
            <translation>&amp;Confirm</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="167" />
            <source>Confirm the code</source>
            <translation>Confirm the code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="168" />
            <source>Skip for now</source>
            <translation>Skip for now</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="169" />
            <source>Skip setting up an authenticator app</source>
            <translation>Skip setting up an authenticator app</translation>
        </message>
    </context>
    <context>
        <name>TypingIndicator</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="88" />
            <source>%1 is typing…</source>
            <translation>%1 is typing…</translation>
        </message>
    </context>
    <context>
        <name>UserFlow</name>
        <message>
            <location filename="../../ui/user/flow.py" line="237" />
            <source>Step {step} of {total}</source>
            <translation>Step {step} of {total}</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="272" />
            <source>This code is locked after too many wrong tries. Ask for a new code, or go back and choose another way to prove it is you.</source>
            <translation>This code is locked after too many wrong tries. Ask for a new code, or go back and choose another way to prove it is you.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="278" />
            <source>This code has expired or a newer one was sent. Ask for a new code and type the newest one.</source>
            <translation>This code has expired or a newer one was sent. Ask for a new code and type the newest one.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="290" />
            <source>We found no open case with this reference and key. Check them and try again, or start a new case.</source>
            <translation>We found no open case with this reference and key. Check them and try again, or start a new case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="295" />
            <source>Your case has moved on and this step is no longer possible. Go back to the start and resume your case with its reference.</source>
            <translation>Your case has moved on and this step is no longer possible. Go back to the start and resume your case with its reference.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="300" />
            <source>Please check what you typed: the account and an e-mail address or phone number (with country code) where we can reach you.</source>
            <translation>Please check what you typed: the account and an e-mail address or phone number (with country code) where we can reach you.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="305" />
            <source>Give an e-mail address or a phone number (with country code) we can reply to.</source>
            <translation>Give an e-mail address or a phone number (with country code) we can reply to.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="365" />
            <location filename="../../ui/user/flow.py" line="428" />
            <source>We sent a new code. Use the newest one.</source>
            <translation>We sent a new code. Use the newest one.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/flow.py" line="380" />
            <source>That code is not right. Check it and try again: %n tries left.</source>
            <translation>
                <numerusform>That code is not right. Check it and try again: %n try left.</numerusform>
                <numerusform>That code is not right. Check it and try again: %n tries left.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="488" />
            <source>Thank you: that proof was accepted.</source>
            <translation>Thank you: that proof was accepted.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="508" />
            <source>Sent. Our team checks your files, usually within a day; your level rises when they are approved. You can get help from a person meanwhile.</source>
            <translation>Sent. Our team checks your files, usually within a day; your level rises when they are approved. You can get help from a person meanwhile.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="525" />
            <source>To put you in touch with a person we need to know which account it is and how to reach you. Choose what happened, then fill in the next page.</source>
            <translation>To put you in touch with a person we need to know which account it is and how to reach you. Choose what happened, then fill in the next page.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="530" />
            <source>To put you in touch with a person, fill in this page first: which account, and where we can reach you.</source>
            <translation>To put you in touch with a person, fill in this page first: which account, and where we can reach you.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="543" />
            <source>First type the code we sent to your reply address, so that our team can reach you there.</source>
            <translation>First type the code we sent to your reply address, so that our team can reach you there.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="561" />
            <source>Talking to a person is not available in this version of the app.</source>
            <translation>Talking to a person is not available in this version of the app.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="579" />
            <source>Securing the account is not available in this version of the app.</source>
            <translation>Securing the account is not available in this version of the app.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="614" />
            <source>This computer does not keep the key to this case. Enter the case key you saved.</source>
            <translation>This computer does not keep the key to this case. Enter the case key you saved.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="634" />
            <source>This case is closed. To try again, go back and open a new case.</source>
            <translation>This case is closed. To try again, go back and open a new case.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="672" />
            <source>Get help with your account</source>
            <translation>Get help with your account</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="673" />
            <source>← &amp;Back</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="674" />
            <source>Back to the previous page</source>
            <translation>Back to the previous page</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="675" />
            <source>Back (Alt+Left)</source>
            <translation>Back (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="676" />
            <source>Talk to a &amp;person</source>
            <translation>Talk to a &amp;person</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="677" />
            <source>Get help from a person</source>
            <translation>Get help from a person</translation>
        </message>
    </context>
    <context>
        <name>UserWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="57" />
            <source>Get help with your account</source>
            <translation>Get help with your account</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="58" />
            <source>Locked out of your account?</source>
            <translation>Locked out of your account?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="61" />
            <source>Recovery Desk helps you prove that the account is yours and get back in, even if someone else has changed your e-mail, phone or sign-in app. It takes four steps:</source>
            <translation>Recovery Desk helps you prove that the account is yours and get back in, even if someone else has changed your e-mail, phone or sign-in app. It takes four steps:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="68" />
            <source>Tell us what happened.</source>
            <translation>Tell us what happened.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="69" />
            <source>Prove it is you, with something only you have.</source>
            <translation>Prove it is you, with something only you have.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="70" />
            <source>Get help: our assistant, and a person when you need one.</source>
            <translation>Get help: our assistant, and a person when you need one.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="71" />
            <source>Secure your account: new password, sign-in app and backup codes.</source>
            <translation>Secure your account: new password, sign-in app and backup codes.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="76" />
            <source>We never ask for your password, and nobody at Recovery Desk can see the codes we send you.</source>
            <translation>We never ask for your password, and nobody at Recovery Desk can see the codes we send you.</translation>
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="98" />
            <source>Verification</source>
            <translation>Verification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="99" />
            <source>Proofs passed</source>
            <translation>Proofs passed</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="100" />
            <source>Ask the requester for a &amp;proof:</source>
            <translation>Ask the requester for a &amp;proof:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="101" />
            <source>Proof to ask for</source>
            <translation>Proof to ask for</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="102" />
            <source>As&amp;k</source>
            <translation>As&amp;k</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="103" />
            <source>Ask the requester for this proof</source>
            <translation>Ask the requester for this proof</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="105" />
            <source>The requester answers in their own app; you see only the result.</source>
            <translation>The requester answers in their own app; you see only the result.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="107" />
            <source>Proofs you asked for</source>
            <translation>Proofs you asked for</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="115" />
            <source>Level: %1. Raised by: %2.</source>
            <translation>Level: %1. Raised by: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="128" />
            <source>None yet.</source>
            <translation>None yet.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="130" />
            <source>✓ %1, passed %2</source>
            <translation>✓ %1, passed %2</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../ui/user/verify_page.py" line="96" />
            <source>No proof yet</source>
            <translation>No proof yet</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="98" />
            <source>One proof lets us help you reset your password. Choose one of the ways below.</source>
            <translation>One proof lets us help you reset your password. Choose one of the ways below.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="103" />
            <source>One proof so far</source>
            <translation>One proof so far</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="105" />
            <source>That is enough to sign out every other device and, if the account has no two-step sign-in, to reset your password. One more proof of a different kind lets us reset your password in every case and undo changes someone else made.</source>
            <translation>That is enough to sign out every other device and, if the account has no two-step sign-in, to reset your password. One more proof of a different kind lets us reset your password in every case and undo changes someone else made.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="113" />
            <source>Two proofs</source>
            <translation>Two proofs</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="115" />
            <source>We can reset your password and undo changes someone else made to your e-mail address or phone. Removing two-step sign-in also needs your ID document and a selfie, checked by our team.</source>
            <translation>We can reset your password and undo changes someone else made to your e-mail address or phone. Removing two-step sign-in also needs your ID document and a selfie, checked by our team.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="121" />
            <source>Fully verified</source>
            <translation>Fully verified</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="123" />
            <source>Your proofs and your ID check let us restore everything, including removing two-step sign-in.</source>
            <translation>Your proofs and your ID check let us restore everything, including removing two-step sign-in.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="129" />
            <location filename="../../ui/user/verify_page.py" line="130" />
            <source>Prove it is you</source>
            <translation>Prove it is you</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="133" />
            <source>Each proof is something only the real owner has. Only e-mail addresses, phones and apps that were on the account before the problem started count.</source>
            <translation>Each proof is something only the real owner has. Only e-mail addresses, phones and apps that were on the account before the problem started count.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="141" />
            <source>Choose a way to prove it is you:</source>
            <translation>Choose a way to prove it is you:</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="144" />
            <source>Code to an e-mail address</source>
            <translation>Code to an e-mail address</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="145" />
            <source>We send a code to the account's e-mail address from before.</source>
            <translation>We send a code to the account's e-mail address from before.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="148" />
            <source>Code by text message</source>
            <translation>Code by text message</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="149" />
            <source>We send a code to the account's phone number from before.</source>
            <translation>We send a code to the account's phone number from before.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="152" />
            <source>Authenticator app</source>
            <translation>Authenticator app</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="153" />
            <source>Type the code your authenticator app shows for this account.</source>
            <translation>Type the code your authenticator app shows for this account.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="156" />
            <source>Backup code</source>
            <translation>Backup code</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="157" />
            <source>Use one of the backup codes you saved when you set up two-step sign-in.</source>
            <translation>Use one of the backup codes you saved when you set up two-step sign-in.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="160" />
            <source>ID document and selfie</source>
            <translation>ID document and selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="162" />
            <source>Send a photo of your ID and a selfie holding a code we show you. Our team checks them.</source>
            <translation>Send a photo of your ID and a selfie holding a code we show you. Our team checks them.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="172" />
            <source>{method} — done</source>
            <translation>{method} — done</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="176" />
            <source>Get &amp;help from a person</source>
            <translation>Get &amp;help from a person</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="177" />
            <source>Get help from a person</source>
            <translation>Get help from a person</translation>
        </message>
    </context>
</TS>