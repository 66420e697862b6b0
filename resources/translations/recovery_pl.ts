<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name />
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="50" />
            <source>%1 asked for %n restore actions</source>
            <translation>
                <numerusform>%1 zlecił(a) %n czynność przywracania</numerusform>
                <numerusform>%1 zlecił(a) %n czynności przywracania</numerusform>
                <numerusform>%1 zlecił(a) %n czynności przywracania</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="51" />
            <source>within %n minutes.</source>
            <translation>
                <numerusform>w ciągu %n minuty.</numerusform>
                <numerusform>w ciągu %n minut.</numerusform>
                <numerusform>w ciągu %n minut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="54" />
            <source>%1 asked %n times in a row to remove a second factor.</source>
            <translation>
                <numerusform>%1 %n raz z rzędu zlecił(a) usunięcie drugiego składnika.</numerusform>
                <numerusform>%1 %n razy z rzędu zlecił(a) usunięcie drugiego składnika.</numerusform>
                <numerusform>%1 %n razy z rzędu zlecił(a) usunięcie drugiego składnika.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="74" />
            <source>%n message(s) could not be delivered in time; retries continue.</source>
            <translation>
                <numerusform>%n wiadomość nie została dostarczona na czas; ponawiamy próby.</numerusform>
                <numerusform>%n wiadomości nie zostały dostarczone na czas; ponawiamy próby.</numerusform>
                <numerusform>%n wiadomości nie zostało dostarczonych na czas; ponawiamy próby.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="76" />
            <source>%n message(s) were refused for good and will not be retried.</source>
            <translation>
                <numerusform>%n wiadomość została odrzucona na stałe i nie będzie ponawiana.</numerusform>
                <numerusform>%n wiadomości zostały odrzucone na stałe i nie będą ponawiane.</numerusform>
                <numerusform>%n wiadomości zostało odrzuconych na stałe i nie będzie ponawianych.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="65" />
            <source>%n s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%n s</numerusform>
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
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="71" />
            <source>%n h</source>
            <comment>hours, short</comment>
            <translation>
                <numerusform>%n godz.</numerusform>
                <numerusform>%n godz.</numerusform>
                <numerusform>%n godz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="73" />
            <source>%n days</source>
            <translation>
                <numerusform>%n dzień</numerusform>
                <numerusform>%n dni</numerusform>
                <numerusform>%n dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_text.py" line="64" />
            <source>Thank you for your feedback (%n of 5).</source>
            <translation>
                <numerusform>Dziękujemy za opinię (%n na 5).</numerusform>
                <numerusform>Dziękujemy za opinię (%n na 5).</numerusform>
                <numerusform>Dziękujemy za opinię (%n na 5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTimeline</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="45" />
            <source>Account and timeline</source>
            <translation>Konto i historia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="51" />
            <source>Suspicious</source>
            <translation>Podejrzane</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="63" />
            <source>No account is linked to this case yet.</source>
            <translation>Z tą sprawą nie powiązano jeszcze żadnego konta.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="66" />
            <source>Account %1 (%2), status: %3</source>
            <translation>Konto %1 (%2), status: %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="73" />
            <source>Reported compromise from %1</source>
            <translation>Zgłoszone włamanie od %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="77" />
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="80" />
            <source>Sign-in</source>
            <translation>Logowanie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="82" />
            <source>No authenticator app</source>
            <translation>Brak aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="84" />
            <source>Authenticator app since %1</source>
            <translation>Aplikacja uwierzytelniająca od %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="88" />
            <source>(added during the reported compromise)</source>
            <translation>(dodana w czasie zgłoszonego włamania)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="91" />
            <source>Device %1, first seen %2</source>
            <translation>Urządzenie %1, pierwszy raz widziane %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="94" />
            <source>(new device during the reported compromise)</source>
            <translation>(nowe urządzenie w czasie zgłoszonego włamania)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="96" />
            <source>(signed out)</source>
            <translation>(wylogowane)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="98" />
            <source>Active sessions: %1</source>
            <translation>Aktywne sesje: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="99" />
            <source>Security events, newest first</source>
            <translation>Zdarzenia bezpieczeństwa, od najnowszych</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="107" />
            <source>%1, added %2 %3</source>
            <translation>%1, dodany %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="113" />
            <source>original</source>
            <translation>pierwotny</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="115" />
            <source>added during the reported compromise</source>
            <translation>dodany w czasie zgłoszonego włamania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="117" />
            <source>removed %1</source>
            <translation>usunięty %1</translation>
        </message>
    </context>
    <context>
        <name>AgentBoardModel</name>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="15" />
            <source>Agent</source>
            <translation>Konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="16" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="17" />
            <source>Presence</source>
            <translation>Dostępność</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="18" />
            <source>Load / capacity</source>
            <translation>Obciążenie / limit</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="19" />
            <source>Chats now</source>
            <translation>Czaty teraz</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="20" />
            <source>Presence since</source>
            <translation>Dostępność od</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="32" />
            <source>%1 of %2</source>
            <translation>%1 z %2</translation>
        </message>
    </context>
    <context>
        <name>AgentDesk</name>
        <message>
            <location filename="../../ui/agent/desk.py" line="188" />
            <source>Chats and queue</source>
            <translation>Czaty i kolejka</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="189" />
            <source>Your chats and the waiting queue (Ctrl+Shift+1)</source>
            <translation>Twoje czaty i kolejka oczekujących (Ctrl+Shift+1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/desk.py" line="191" />
            <source>Approvals (%n)</source>
            <translation>
                <numerusform>Zatwierdzenia (%n)</numerusform>
                <numerusform>Zatwierdzenia (%n)</numerusform>
                <numerusform>Zatwierdzenia (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="193" />
            <source>Approvals</source>
            <translation>Zatwierdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="196" />
            <source>Restore requests waiting for a second person (Ctrl+Shift+2)</source>
            <translation>Prośby o przywrócenie czekające na drugą osobę (Ctrl+Shift+2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="199" />
            <source>Supervision</source>
            <translation>Nadzór</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="201" />
            <source>Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)</source>
            <translation>Kolejka, konsultanci, alerty, pulpit i dziennik audytu (Ctrl+Shift+3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="203" />
            <source>Desk sections</source>
            <translation>Sekcje panelu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="259" />
            <source>Agent desk</source>
            <translation>Panel agenta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="263" />
            <source>No open chats. While you are online with a free slot, new chats open here by themselves.</source>
            <translation>Brak otwartych czatów. Gdy jesteś dostępny i masz wolne miejsce, nowe czaty otworzą się tutaj same.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="339" />
            <source>New chat assigned</source>
            <translation>Przydzielono nowy czat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="340" />
            <source>Case %1 is now yours.</source>
            <translation>Sprawa %1 jest teraz Twoja.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="348" />
            <source>Case %1 is no longer assigned to you.</source>
            <translation>Sprawa %1 nie jest już do Ciebie przypisana.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="363" />
            <source>New message</source>
            <translation>Nowa wiadomość</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="364" />
            <source>A new message in case %1.</source>
            <translation>Nowa wiadomość w sprawie %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="463" />
            <source>Case %1 was handed over.</source>
            <translation>Sprawa %1 została przekazana.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="466" />
            <source>Case %1 was passed to a supervisor.</source>
            <translation>Sprawa %1 została przekazana przełożonemu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="482" />
            <source>Close the case</source>
            <translation>Zamknij sprawę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="486" />
            <source>Case %1 is closed; the requester was asked for their feedback.</source>
            <translation>Sprawa %1 jest zamknięta; zgłaszającego poproszono o opinię.</translation>
        </message>
    </context>
    <context>
        <name>AgentShortcuts</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="19" />
            <source>Next chat (also Ctrl+Tab)</source>
            <translation>Następny czat (także Ctrl+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="20" />
            <source>Previous chat (also Ctrl+Shift+Tab)</source>
            <translation>Poprzedni czat (także Ctrl+Shift+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="21" />
            <source>Send the reply</source>
            <translation>Wyślij odpowiedź</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="22" />
            <source>Prepared replies (also Ctrl+/)</source>
            <translation>Gotowe odpowiedzi (także Ctrl+/)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="23" />
            <source>Private note on or off</source>
            <translation>Włącz lub wyłącz notatkę prywatną</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="24" />
            <source>Transfer the chat</source>
            <translation>Przekaż czat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="25" />
            <source>Escalate to a supervisor</source>
            <translation>Eskaluj do przełożonego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="26" />
            <source>Close the case</source>
            <translation>Zamknij sprawę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="27" />
            <source>Go to the waiting queue</source>
            <translation>Przejdź do kolejki oczekujących</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="30" />
            <source>Chats and queue / approvals / supervision</source>
            <translation>Czaty i kolejka / zatwierdzenia / nadzór</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="32" />
            <source>User mode / agent mode</source>
            <translation>Tryb użytkownika / tryb agenta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="33" />
            <source>This list</source>
            <translation>Ta lista</translation>
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
            <translation>Dostępny</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Away</source>
            <translation>Zaraz wracam</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Offline</source>
            <translation>Niedostępny</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="81" />
            <source>Your status</source>
            <translation>Twój status</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="83" />
            <source>Online: new chats are assigned to you. Away or offline: none are.</source>
            <translation>Dostępny: otrzymujesz nowe czaty. Zaraz wracam lub niedostępny: nie otrzymujesz żadnych.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="85" />
            <source>C&amp;hats at once:</source>
            <translation>C&amp;zaty naraz:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="86" />
            <source>Chats at once</source>
            <translation>Czaty naraz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="87" />
            <source>The most chats you take at the same time.</source>
            <translation>Największa liczba czatów prowadzonych jednocześnie.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="88" />
            <source>Keyboard &amp;shortcuts</source>
            <translation>&amp;Skróty klawiszowe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="89" />
            <source>Keyboard shortcuts (F1)</source>
            <translation>Skróty klawiszowe (F1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="90" />
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="91" />
            <source>Sign &amp;out</source>
            <translation>&amp;Wyloguj się</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="92" />
            <source>Sign out</source>
            <translation>Wyloguj się</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/status_bar.py" line="117" />
            <source>%n open chats</source>
            <translation>
                <numerusform>%n otwarty czat</numerusform>
                <numerusform>%n otwarte czaty</numerusform>
                <numerusform>%n otwartych czatów</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgentWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="86" />
            <location filename="../../ui/widgets/welcome_pages.py" line="87" />
            <source>Agent workspace</source>
            <translation>Panel konsultanta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="90" />
            <source>Support agents sign in here with their password and authenticator code to work the queue. The server enforces these rules:</source>
            <translation>Konsultanci logują się tutaj hasłem i kodem z aplikacji uwierzytelniającej, aby obsługiwać kolejkę. Serwer pilnuje tych zasad:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="96" />
            <source>You see a person's data only while their case is assigned to you.</source>
            <translation>Dane osoby widzisz tylko wtedy, gdy jej sprawa jest przypisana do Ciebie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="97" />
            <source>Restore actions open only at the verification level they need.</source>
            <translation>Działania przywracające są dostępne dopiero przy wymaganym poziomie weryfikacji.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="98" />
            <source>High-impact actions need a second agent's approval.</source>
            <translation>Działania o dużym znaczeniu wymagają zatwierdzenia przez drugiego konsultanta.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="99" />
            <source>Every action is written to a tamper-evident audit log.</source>
            <translation>Każde działanie trafia do dziennika audytu, którego nie da się niepostrzeżenie zmienić.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="103" />
            <source>Codes, passwords and authenticator secrets are never shown to agents.</source>
            <translation>Kody, hasła i sekrety aplikacji uwierzytelniających nigdy nie są pokazywane konsultantom.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="21" />
            <source>Unusual restore activity</source>
            <translation>Nietypowa aktywność przywracania</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="22" />
            <source>Repeated second-factor removal</source>
            <translation>Powtarzane usuwanie drugiego składnika</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="23" />
            <source>Service-level breach</source>
            <translation>Naruszenie poziomu obsługi</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="24" />
            <source>Messages delayed</source>
            <translation>Opóźnione wiadomości</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="25" />
            <source>Messages refused</source>
            <translation>Odrzucone wiadomości</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="63" />
            <source>Case %1 (%2) has had no first response for %3 (target %4).</source>
            <translation>Sprawa %1 (%2) od %3 czeka na pierwszą odpowiedź (cel: %4).</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="79" />
            <source>Owners not told about cases: %1.</source>
            <translation>Właściciele nie zostali powiadomieni o sprawach: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="90" />
            <source>Raised</source>
            <translation>Zgłoszono</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="91" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="92" />
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="93" />
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="108" />
            <source>Open</source>
            <translation>Otwarty</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged by %1</source>
            <translation>Potwierdził(a): %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged</source>
            <translation>Potwierdzony</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="90" />
            <source>Alerts</source>
            <translation>Alerty</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="91" />
            <source>Show ac&amp;knowledged alerts too</source>
            <translation>Pokaż też &amp;potwierdzone alerty</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="92" />
            <source>Show acknowledged alerts too</source>
            <translation>Pokaż też potwierdzone alerty</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="93" />
            <source>Alerts, newest first</source>
            <translation>Alerty, od najnowszych</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="94" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Potwierdź</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="95" />
            <source>Acknowledge the selected alert</source>
            <translation>Potwierdź wybrany alert</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="110" />
            <source>No open alerts.</source>
            <translation>Brak otwartych alertów.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="137" />
            <source>Select an alert to see what happened.</source>
            <translation>Wybierz alert, aby zobaczyć, co się stało.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="146" />
            <location filename="../../ui/agent/approvals_inbox.py" line="147" />
            <source>Approvals</source>
            <translation>Zatwierdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="148" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="149" />
            <source>Refresh the approvals</source>
            <translation>Odśwież zatwierdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="150" />
            <source>&amp;Waiting for your decision</source>
            <translation>&amp;Czekają na Twoją decyzję</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="151" />
            <source>Requests waiting for your decision</source>
            <translation>Prośby czekające na Twoją decyzję</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="152" />
            <source>Nothing waits for your decision.</source>
            <translation>Nic nie czeka na Twoją decyzję.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="153" />
            <source>&amp;Approve…</source>
            <translation>&amp;Zatwierdź…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="154" />
            <source>Approve the selected request</source>
            <translation>Zatwierdź wybraną prośbę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="155" />
            <source>Re&amp;fuse…</source>
            <translation>Od&amp;mów…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="156" />
            <source>Refuse the selected request</source>
            <translation>Odmów wybranej prośbie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="157" />
            <source>Your requests waiting for appro&amp;val</source>
            <translation>Twoje prośby czekające na za&amp;twierdzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="158" />
            <source>Your requests waiting for approval</source>
            <translation>Twoje prośby czekające na zatwierdzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="205" />
            <source>Choose a request to see its details.</source>
            <translation>Wybierz prośbę, aby zobaczyć szczegóły.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="213" />
            <source>Case %1: %2, in %3</source>
            <translation>Sprawa %1: %2, język: %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="217" />
            <source>Verification: %1. Proofs: %2.</source>
            <translation>Weryfikacja: %1. Potwierdzenia: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="228" />
            <source>Contact: %1 %2, added %3</source>
            <translation>Kontakt: %1 %2, dodany %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="231" />
            <source>Suspicious: added during the reported compromise</source>
            <translation>Podejrzane: dodany w czasie zgłoszonego włamania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="233" />
            <source>original contact</source>
            <translation>pierwotny kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="235" />
            <source>removed %1</source>
            <translation>usunięty %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="238" />
            <source>Asked by %1, %2: “%3”</source>
            <translation>Poprosił(a) %1, %2: „%3”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/approvals_inbox.py" line="246" />
            <source>After your approval the change waits %n hours; the owner's original contacts are told and can cancel it.</source>
            <translation>
                <numerusform>Po Twoim zatwierdzeniu zmiana czeka %n godzinę; pierwotne kontakty właściciela zostaną powiadomione i mogą ją anulować.</numerusform>
                <numerusform>Po Twoim zatwierdzeniu zmiana czeka %n godziny; pierwotne kontakty właściciela zostaną powiadomione i mogą ją anulować.</numerusform>
                <numerusform>Po Twoim zatwierdzeniu zmiana czeka %n godzin; pierwotne kontakty właściciela zostaną powiadomione i mogą ją anulować.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="253" />
            <source>The case is frozen: the owner cancelled a change.</source>
            <translation>Sprawa jest zamrożona: właściciel anulował zmianę.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="255" />
            <source>Your own request: someone else has to decide it.</source>
            <translation>Twoja własna prośba: musi o niej zdecydować ktoś inny.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="302" />
            <source>Approve the request</source>
            <translation>Zatwierdź prośbę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="303" />
            <source>What did you check before approving? It is written to the audit log.</source>
            <translation>Co sprawdziłeś przed zatwierdzeniem? Zostanie to zapisane w dzienniku audytu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="304" />
            <source>&amp;Approve</source>
            <translation>&amp;Zatwierdź</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="310" />
            <source>Refuse the request</source>
            <translation>Odmów prośbie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="311" />
            <source>Why do you refuse it? The requesting agent sees your note.</source>
            <translation>Dlaczego odmawiasz? Konsultant, który prosił, zobaczy Twoją notatkę.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="312" />
            <source>Re&amp;fuse</source>
            <translation>Od&amp;mów</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="329" />
            <source>Decided: %1</source>
            <translation>Zdecydowano: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/models/audit_model.py" line="40" />
            <source>Row</source>
            <translation>Wpis</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="41" />
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="42" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="43" />
            <source>Action</source>
            <translation>Czynność</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="44" />
            <source>Case</source>
            <translation>Sprawa</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="45" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="46" />
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="221" />
            <source>Audit log</source>
            <translation>Dziennik audytu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="222" />
            <source>&amp;Case reference:</source>
            <translation>Numer &amp;sprawy:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="223" />
            <source>e.g. RD-7KQ2-XM4P</source>
            <translation>np. RD-7KQ2-XM4P</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="224" />
            <source>Case reference</source>
            <translation>Numer sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="225" />
            <source>A&amp;gent:</source>
            <translation>&amp;Konsultant:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="226" />
            <source>Any agent</source>
            <translation>Dowolny konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="227" />
            <source>Acting agent</source>
            <translation>Działający konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="228" />
            <source>Act&amp;ion:</source>
            <translation>&amp;Czynność:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="230" />
            <source>Any action</source>
            <translation>Dowolna czynność</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="231" />
            <source>Action</source>
            <translation>Czynność</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="232" />
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="233" />
            <source>Only rows from this time on</source>
            <translation>Tylko wpisy od tej chwili</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="234" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="235" />
            <source>&amp;Until:</source>
            <translation>&amp;Do:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="236" />
            <source>Only rows before this time</source>
            <translation>Tylko wpisy przed tą chwilą</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="237" />
            <source>Until</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="238" />
            <source>&amp;Search</source>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="239" />
            <source>Search the audit log</source>
            <translation>Przeszukaj dziennik audytu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="240" />
            <source>C&amp;lear</source>
            <translation>&amp;Wyczyść</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="241" />
            <source>Clear the search filters</source>
            <translation>Wyczyść filtry wyszukiwania</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="242" />
            <source>Audit rows, newest first</source>
            <translation>Wpisy audytu, od najnowszych</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="243" />
            <source>Details of the selected row</source>
            <translation>Szczegóły wybranego wpisu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="244" />
            <source>Select a row to see its details.</source>
            <translation>Wybierz wpis, aby zobaczyć szczegóły.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="245" />
            <source>&amp;Verify chain</source>
            <translation>Sprawdź &amp;łańcuch</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="246" />
            <source>Verify the audit log's hash chain</source>
            <translation>Sprawdź łańcuch skrótów dziennika audytu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="247" />
            <source>Result of the chain check</source>
            <translation>Wynik sprawdzenia łańcucha</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="273" />
            <source>A case reference has only letters, digits and dashes.</source>
            <translation>Numer sprawy składa się tylko z liter, cyfr i myślników.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="278" />
            <source>An action has only small letters, digits, dots and underscores.</source>
            <translation>Nazwa czynności składa się tylko z małych liter, cyfr, kropek i podkreśleń.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="285" />
            <source>The end of the time range must be after its start.</source>
            <translation>Koniec zakresu czasu musi być po jego początku.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="342" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="346" />
            <source>No audit rows match this search.</source>
            <translation>Żaden wpis audytu nie pasuje do wyszukiwania.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="348" />
            <source>%n row(s) match.</source>
            <translation>
                <numerusform>Pasuje %n wpis.</numerusform>
                <numerusform>Pasują %n wpisy.</numerusform>
                <numerusform>Pasuje %n wpisów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="352" />
            <source>Showing the newest %n rows; scroll down for older ones.</source>
            <translation>
                <numerusform>Widać najnowszy %n wpis; przewiń w dół, aby zobaczyć starsze.</numerusform>
                <numerusform>Widać najnowsze %n wpisy; przewiń w dół, aby zobaczyć starsze.</numerusform>
                <numerusform>Widać najnowszych %n wpisów; przewiń w dół, aby zobaczyć starsze.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="376" />
            <source>Row %1 at %2</source>
            <translation>Wpis %1 z %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="379" />
            <source>Who: %1</source>
            <translation>Kto: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="380" />
            <source>Action: %1</source>
            <translation>Czynność: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="381" />
            <source>Details: %1</source>
            <translation>Szczegóły: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="382" />
            <source>Hash: %1</source>
            <translation>Skrót: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="396" />
            <source>Checking every row…</source>
            <translation>Sprawdzanie wszystkich wpisów…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="413" />
            <source>Chain intact (%n rows)</source>
            <translation>
                <numerusform>Łańcuch nienaruszony (%n wpis)</numerusform>
                <numerusform>Łańcuch nienaruszony (%n wpisy)</numerusform>
                <numerusform>Łańcuch nienaruszony (%n wpisów)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="415" />
            <source>Chain broken: the first bad row is %1.</source>
            <translation>Łańcuch przerwany: pierwszy błędny wpis to %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="419" />
            <source>Server's finding: %1</source>
            <translation>Ustalenie serwera: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupCodesStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="234" />
            <source>Recovery Desk backup codes</source>
            <translation>Kody zapasowe Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="236" />
            <source>Account: %1</source>
            <translation>Konto: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="237" />
            <source>Each code works once, instead of a code from your app.</source>
            <translation>Każdy kod działa jeden raz, zamiast kodu z aplikacji.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="244" />
            <source>The codes were copied.</source>
            <translation>Kody zostały skopiowane.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="249" />
            <source>Save backup codes</source>
            <translation>Zapisz kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="251" />
            <source>Text files (*.txt)</source>
            <translation>Pliki tekstowe (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="261" />
            <source>The file could not be written. Choose another folder and try again.</source>
            <translation>Nie udało się zapisać pliku. Wybierz inny folder i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="264" />
            <source>Saved to %1.</source>
            <translation>Zapisano w %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="270" />
            <source>Print backup codes</source>
            <translation>Drukuj kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="312" />
            <source>Save your backup codes</source>
            <translation>Zapisz swoje kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="315" />
            <source>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. They are shown only now: save or print them and keep them somewhere safe. Your earlier backup codes stop working.</source>
            <translation>Jeśli zgubisz telefon, każdy z tych kodów pozwoli Ci zalogować się jeden raz zamiast kodu z aplikacji. Są pokazywane tylko teraz: zapisz je lub wydrukuj i przechowuj w bezpiecznym miejscu. Wcześniejsze kody zapasowe przestają działać.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="320" />
            <source>C&amp;opy</source>
            <translation>K&amp;opiuj</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="321" />
            <source>Copy the backup codes</source>
            <translation>Skopiuj kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="322" />
            <source>Save to &amp;file…</source>
            <translation>Zapisz do &amp;pliku…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="323" />
            <source>Save the backup codes to a file</source>
            <translation>Zapisz kody zapasowe do pliku</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="324" />
            <source>&amp;Print…</source>
            <translation>&amp;Drukuj…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="325" />
            <source>Print the backup codes</source>
            <translation>Wydrukuj kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="326" />
            <source>I have &amp;saved these codes somewhere safe</source>
            <translation>&amp;Zapisałem(-am) te kody w bezpiecznym miejscu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="327" />
            <source>I have saved these codes somewhere safe</source>
            <translation>Zapisałem(-am) te kody w bezpiecznym miejscu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="328" />
            <source>&amp;Continue</source>
            <translation>&amp;Dalej</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="329" />
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
    </context>
    <context>
        <name>CannedPopup</name>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="60" />
            <source>case reference</source>
            <translation>numer sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="61" />
            <source>requester's name</source>
            <translation>imię osoby zgłaszającej</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="62" />
            <source>your name</source>
            <translation>Twoje imię</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="252" />
            <location filename="../../ui/agent/canned_popup.py" line="255" />
            <source>Prepared replies</source>
            <translation>Gotowe odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="253" />
            <source>Type to search by shortcut, title or text</source>
            <translation>Wpisz, aby szukać po skrócie, tytule lub treści</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="254" />
            <source>Search prepared replies</source>
            <translation>Szukaj gotowych odpowiedzi</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="140" />
            <source>Case panel</source>
            <translation>Panel sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="141" />
            <source>Case %1</source>
            <translation>Sprawa %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="142" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="143" />
            <source>Refresh the case panel</source>
            <translation>Odśwież panel sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="144" />
            <source>Close panel</source>
            <translation>Zamknij panel</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="145" />
            <source>Close the case panel</source>
            <translation>Zamknij panel sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="149" />
            <source>Loading the case…</source>
            <translation>Wczytywanie sprawy…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="182" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="185" />
            <source>The requester writes in %1.</source>
            <translation>Zgłaszający pisze w języku: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Verified subscriber</source>
            <translation>Zweryfikowany subskrybent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Free tier</source>
            <translation>Plan bezpłatny</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="191" />
            <source>Frozen for review: the owner cancelled a change.</source>
            <translation>Zamrożona do przeglądu: właściciel anulował zmianę.</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="26" />
            <source>Nothing proven yet (L0)</source>
            <translation>Jeszcze nic nie potwierdzono (L0)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="27" />
            <source>One proof (L1)</source>
            <translation>Jedno potwierdzenie (L1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="28" />
            <source>Two independent proofs (L2)</source>
            <translation>Dwa niezależne potwierdzenia (L2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="29" />
            <source>Two proofs, a reviewed document and selfie (L3)</source>
            <translation>Dwa potwierdzenia, sprawdzony dokument i selfie (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="33" />
            <source>Code by e-mail to an original address</source>
            <translation>Kod e-mailem na pierwotny adres</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="34" />
            <source>Code by text message to an original phone</source>
            <translation>Kod SMS-em na pierwotny numer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="35" />
            <source>Authenticator app code</source>
            <translation>Kod z aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="36" />
            <source>Backup code</source>
            <translation>Kod zapasowy</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="37" />
            <source>Known device</source>
            <translation>Znane urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="38" />
            <source>ID document</source>
            <translation>dokument tożsamości</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="39" />
            <source>Selfie holding a phrase</source>
            <translation>Selfie z hasłem na kartce</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="43" />
            <source>Waiting…</source>
            <translation>Oczekiwanie…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="44" />
            <source>Passed</source>
            <translation>Zaliczono</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="45" />
            <source>Failed</source>
            <translation>Niezaliczono</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="46" />
            <source>Failed: too many wrong answers</source>
            <translation>Niezaliczone: zbyt wiele błędnych odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="47" />
            <source>Expired without an answer</source>
            <translation>Wygasło bez odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="48" />
            <source>Replaced by a newer request</source>
            <translation>Zastąpione nowszą prośbą</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="52" />
            <source>Sign out all sessions and devices</source>
            <translation>Wyloguj wszystkie sesje i urządzenia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="53" />
            <source>Send a password-reset link</source>
            <translation>Wyślij link do zmiany hasła</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="54" />
            <source>Remove the attacker's contact</source>
            <translation>Usuń kontakt atakującego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="55" />
            <source>Remove the attacker's authenticator</source>
            <translation>Usuń aplikację uwierzytelniającą atakującego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="56" />
            <source>Restore an original contact</source>
            <translation>Przywróć pierwotny kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="57" />
            <source>Remove the lost authenticator</source>
            <translation>Usuń utraconą aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="58" />
            <source>Reinstate the disabled account</source>
            <translation>Przywróć zablokowane konto</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="62" />
            <source>No contact was added during the reported compromise.</source>
            <translation>W czasie zgłoszonego włamania nie dodano żadnego kontaktu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="65" />
            <source>No original contact was removed during the reported compromise.</source>
            <translation>W czasie zgłoszonego włamania nie usunięto żadnego pierwotnego kontaktu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="68" />
            <source>No authenticator was added during the reported compromise.</source>
            <translation>W czasie zgłoszonego włamania nie dodano aplikacji uwierzytelniającej.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="71" />
            <source>The account has no original authenticator to remove.</source>
            <translation>Konto nie ma pierwotnej aplikacji uwierzytelniającej do usunięcia.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="74" />
            <source>The account is not disabled.</source>
            <translation>Konto nie jest zablokowane.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="78" />
            <source>Waiting for approval</source>
            <translation>Czeka na zatwierdzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="79" />
            <source>Refused by the approver</source>
            <translation>Odrzucone przez zatwierdzającego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="80" />
            <source>Approved; on hold until %1</source>
            <translation>Zatwierdzone; wstrzymane do %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="81" />
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="82" />
            <source>Cancelled by the account owner</source>
            <translation>Anulowane przez właściciela konta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="83" />
            <source>Failed; nothing was changed</source>
            <translation>Niepowodzenie; nic nie zmieniono</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="87" />
            <source>Opened</source>
            <translation>Otwarta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="88" />
            <source>Verifying</source>
            <translation>Weryfikacja</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="89" />
            <source>Waiting in the queue</source>
            <translation>Czeka w kolejce</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="90" />
            <source>In chat</source>
            <translation>Na czacie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="91" />
            <source>Restoring</source>
            <translation>Przywracanie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="92" />
            <source>Restored</source>
            <translation>Przywrócona</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="93" />
            <source>Rejected</source>
            <translation>Odrzucona</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="94" />
            <source>Abandoned</source>
            <translation>Porzucona</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="95" />
            <source>On hold</source>
            <translation>Wstrzymana</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="99" />
            <source>Forgot password</source>
            <translation>Zapomniane hasło</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="100" />
            <source>Lost second factor</source>
            <translation>Utracony drugi składnik</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="101" />
            <source>Hacked account</source>
            <translation>Przejęte konto</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="102" />
            <source>Disabled account (appeal)</source>
            <translation>Zablokowane konto (odwołanie)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="106" />
            <source>English</source>
            <translation>angielski</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="107" />
            <source>Polish</source>
            <translation>polski</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="108" />
            <source>German</source>
            <translation>niemiecki</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="109" />
            <source>French</source>
            <translation>francuski</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="110" />
            <source>Russian</source>
            <translation>rosyjski</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="114" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="115" />
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="116" />
            <source>authenticator</source>
            <translation>aplikacja uwierzytelniająca</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="117" />
            <source>backup code</source>
            <translation>kod zapasowy</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="118" />
            <source>known device</source>
            <translation>znane urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="122" />
            <source>Account created</source>
            <translation>Utworzono konto</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="123" />
            <source>Contact added</source>
            <translation>Dodano kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="124" />
            <source>Contact removed</source>
            <translation>Usunięto kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="125" />
            <source>Contact restored</source>
            <translation>Przywrócono kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="126" />
            <source>Authenticator added</source>
            <translation>Dodano aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="127" />
            <source>Authenticator removed</source>
            <translation>Usunięto aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="128" />
            <source>Backup codes issued</source>
            <translation>Wydano kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="129" />
            <source>Backup code used</source>
            <translation>Użyto kodu zapasowego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="130" />
            <source>New device signed in</source>
            <translation>Zalogowano z nowego urządzenia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="131" />
            <source>Password changed</source>
            <translation>Zmieniono hasło</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="132" />
            <source>Password reset</source>
            <translation>Zresetowano hasło</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="133" />
            <source>Password-reset link sent</source>
            <translation>Wysłano link do zmiany hasła</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="134" />
            <source>All sessions signed out</source>
            <translation>Wylogowano wszystkie sesje</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="135" />
            <source>Account status changed</source>
            <translation>Zmieniono status konta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="136" />
            <source>Signed in</source>
            <translation>Zalogowana</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="140" />
            <source>active</source>
            <translation>aktywne</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="141" />
            <source>locked</source>
            <translation>zablokowane</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="142" />
            <source>suspended</source>
            <translation>zawieszone</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="143" />
            <source>on hold for recovery</source>
            <translation>wstrzymane na czas odzyskiwania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="147" />
            <source>by the owner</source>
            <translation>przez właściciela</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="148" />
            <source>by an agent</source>
            <translation>przez konsultanta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="149" />
            <source>by the system</source>
            <translation>przez system</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="150" />
            <source>by someone unknown</source>
            <translation>przez nieznaną osobę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="154" />
            <source>The verification level is too low for this action. Ask for another proof.</source>
            <translation>Poziom weryfikacji jest za niski dla tej czynności. Poproś o kolejne potwierdzenie.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="157" />
            <source>You asked for this change, so another agent has to approve it.</source>
            <translation>To Ty poprosiłeś o tę zmianę, więc musi ją zatwierdzić inny konsultant.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="160" />
            <source>Only a supervisor can approve this change.</source>
            <translation>Tę zmianę może zatwierdzić tylko przełożony.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="161" />
            <source>This case or request is no longer available to you. Refresh the list.</source>
            <translation>Ta sprawa lub prośba nie jest już dla Ciebie dostępna. Odśwież listę.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="164" />
            <source>The case changed in the meantime. The panel is refreshed; please check it.</source>
            <translation>Sprawa w międzyczasie się zmieniła. Panel został odświeżony – sprawdź go.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="167" />
            <source>The case is not at a stage where this can be done.</source>
            <translation>Sprawa nie jest na etapie, na którym można to zrobić.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="170" />
            <location filename="../../ui/agent/case_panel_text.py" line="173" />
            <source>Please write a longer reason: a full sentence that explains why.</source>
            <translation>Napisz dłuższe uzasadnienie: pełne zdanie, które wyjaśnia powód.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="176" />
            <source>Your agent session has ended. Sign in again to continue.</source>
            <translation>Twoja sesja konsultanta wygasła. Zaloguj się ponownie, aby kontynuować.</translation>
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
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="263" />
            <location filename="../../ui/agent/case_panel_text.py" line="196" />
            <source>reviewed document</source>
            <translation>sprawdzony dokument</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="265" />
            <location filename="../../ui/agent/case_panel_text.py" line="198" />
            <source>reviewed selfie</source>
            <translation>sprawdzone selfie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="266" />
            <location filename="../../ui/agent/case_panel_text.py" line="199" />
            <source>no proof yet</source>
            <translation>brak potwierdzeń</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="214" />
            <source>Needs a reviewed document and selfie (L3)</source>
            <translation>Wymaga sprawdzonego dokumentu i selfie (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="219" />
            <source>Needs two proofs (L2): two more proofs</source>
            <translation>Wymaga dwóch potwierdzeń (L2): brakuje obu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="222" />
            <source>Needs two proofs (L2): one more proof</source>
            <translation>Wymaga dwóch potwierdzeń (L2): brakuje jednego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="223" />
            <source>Needs one proof (L1): ask for a code or another proof</source>
            <translation>Wymaga jednego potwierdzenia (L1): poproś o kod lub inne potwierdzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="227" />
            <source>The owner cancelled a change: the case is frozen for review</source>
            <translation>Właściciel anulował zmianę: sprawa jest zamrożona do przeglądu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="231" />
            <source>Only while the case is in chat or being restored</source>
            <translation>Tylko gdy sprawa jest na czacie lub w trakcie przywracania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="235" />
            <source>No account is linked to this case</source>
            <translation>Z tą sprawą nie jest powiązane żadne konto</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="241" />
            <source>A supervisor must approve it.</source>
            <translation>Musi to zatwierdzić przełożony.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="243" />
            <source>Another agent must approve it.</source>
            <translation>Musi to zatwierdzić inny konsultant.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="244" />
            <source>Runs at once, no approval needed.</source>
            <translation>Wykonuje się od razu, bez zatwierdzania.</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="47" />
            <source>waiting for a supervisor</source>
            <translation>czeka na przełożonego</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="49" />
            <source>waiting for another agent</source>
            <translation>czeka na innego konsultanta</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="52" />
            <source>asked by %1, %2</source>
            <translation>prośba: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="116" />
            <source>e-mail code</source>
            <translation>kod e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="117" />
            <source>text message code</source>
            <translation>kod SMS</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="118" />
            <source>authenticator app code</source>
            <translation>kod z aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="119" />
            <source>backup code</source>
            <translation>kod zapasowy</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="120" />
            <source>known device</source>
            <translation>znane urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="121" />
            <source>ID document</source>
            <translation>dokument tożsamości</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="122" />
            <source>selfie</source>
            <translation>selfie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="124" />
            <source>verification</source>
            <translation>weryfikacja</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="126" />
            <source>a code sent to your e-mail</source>
            <translation>kod wysłany na Twój e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="127" />
            <source>a code sent by text message</source>
            <translation>kod wysłany SMS-em</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="128" />
            <source>a code from your authenticator app</source>
            <translation>kod z aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="129" />
            <source>one of your backup codes</source>
            <translation>jeden z Twoich kodów zapasowych</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="130" />
            <source>a sign-in from a device you used before</source>
            <translation>logowanie z urządzenia, którego używałeś wcześniej</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="131" />
            <source>a photo of an ID document</source>
            <translation>zdjęcie dokumentu tożsamości</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="132" />
            <source>a selfie with a phrase</source>
            <translation>selfie z hasłem</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="134" />
            <source>a verification step</source>
            <translation>krok weryfikacji</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="140" />
            <source>Verification requested: %1</source>
            <translation>Poproszono o weryfikację: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="141" />
            <source>You will see only whether it passed or failed.</source>
            <translation>Zobaczysz tylko, czy się powiodła, czy nie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="143" />
            <source>The specialist asks you to confirm it is you</source>
            <translation>Specjalista prosi o potwierdzenie, że to Ty</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="145" />
            <source>Enter %1 here and press Submit.</source>
            <translation>Wpisz tutaj %1 i naciśnij Wyślij.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="149" />
            <source>This step needs %1: follow the verification step of your case.</source>
            <translation>Ten krok wymaga: %1. Przejdź do kroku weryfikacji w swojej sprawie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="152" />
            <source>Verification code</source>
            <translation>Kod weryfikacyjny</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="153" />
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="154" />
            <source>&amp;Submit</source>
            <translation>&amp;Wyślij</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="155" />
            <source>Submit the verification code</source>
            <translation>Wyślij kod weryfikacyjny</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="157" />
            <source>Passed</source>
            <translation>Zaliczono</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="160" />
            <location filename="../../ui/widgets/chat_challenge.py" line="163" />
            <source>Failed</source>
            <translation>Niezaliczono</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="164" />
            <source>Failed: too many wrong answers. Ask for a new code.</source>
            <translation>Niezaliczono: zbyt wiele błędnych odpowiedzi. Poproś o nowy kod.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="165" />
            <source>Failed: the code expired. Ask for a new code.</source>
            <translation>Niezaliczono: kod wygasł. Poproś o nowy kod.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_challenge.py" line="170" />
            <source>That code is not right. %n tries left.</source>
            <translation>
                <numerusform>Ten kod jest nieprawidłowy. Została %n próba.</numerusform>
                <numerusform>Ten kod jest nieprawidłowy. Zostały %n próby.</numerusform>
                <numerusform>Ten kod jest nieprawidłowy. Zostało %n prób.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="172" />
            <source>Waiting for the answer</source>
            <translation>Oczekiwanie na odpowiedź</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Hide the table</source>
            <translation>Ukryj tabelę</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Show as table</source>
            <translation>Pokaż jako tabelę</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="113" />
            <source>Show or hide the table of: %1</source>
            <translation>Pokaż lub ukryj tabelę: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="263" />
            <source>Prepared &amp;replies…</source>
            <translation>Gotowe &amp;odpowiedzi…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="264" />
            <source>Search prepared replies (Ctrl+K)</source>
            <translation>Szukaj gotowych odpowiedzi (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="265" />
            <source>Private &amp;note</source>
            <translation>Notatka &amp;prywatna</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="266" />
            <source>Write a note only agents see (Ctrl+Shift+N)</source>
            <translation>Napisz notatkę widoczną tylko dla agentów (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="267" />
            <source>&amp;Transfer…</source>
            <translation>P&amp;rzekaż…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="268" />
            <source>Hand the chat to another agent (Ctrl+Shift+T)</source>
            <translation>Przekaż czat innemu agentowi (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="269" />
            <source>&amp;Escalate…</source>
            <translation>&amp;Eskaluj…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="270" />
            <source>Pass the case to a supervisor (Ctrl+Shift+E)</source>
            <translation>Przekaż sprawę przełożonemu (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="271" />
            <source>C&amp;lose case…</source>
            <translation>Za&amp;mknij sprawę…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="272" />
            <source>Finish the case and send the survey (Ctrl+Shift+W)</source>
            <translation>Zakończ sprawę i wyślij ankietę (Ctrl+Shift+W)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="281" />
            <source>Private note (only agents see it; Ctrl+Enter saves)</source>
            <translation>Notatka prywatna (widzą ją tylko agenci; Ctrl+Enter zapisuje)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="282" />
            <source>Private note</source>
            <translation>Notatka prywatna</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="283" />
            <source>Save note</source>
            <translation>Zapisz notatkę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="285" />
            <source>The case panel is not available in this version.</source>
            <translation>Panel sprawy nie jest dostępny w tej wersji.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="353" />
            <source>Write the note first.</source>
            <translation>Najpierw napisz notatkę.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="364" />
            <source>Note saved. Only agents see it.</source>
            <translation>Notatka zapisana. Widzą ją tylko agenci.</translation>
        </message>
    </context>
    <context>
        <name>ChatTabs</name>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="42" />
            <source>Open chats</source>
            <translation>Otwarte czaty</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="43" />
            <source>Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp</source>
            <translation>Następny czat: Ctrl+PgDown lub Ctrl+Tab; poprzedni: Ctrl+PgUp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/chat_tabs.py" line="96" />
            <source>%1: %n unread messages</source>
            <translation>
                <numerusform>%1: %n nieprzeczytana wiadomość</numerusform>
                <numerusform>%1: %n nieprzeczytane wiadomości</numerusform>
                <numerusform>%1: %n nieprzeczytanych wiadomości</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatText</name>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="38" />
            <source>%1 joined the chat.</source>
            <translation>%1 dołącza do czatu.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="39" />
            <source>Specialist</source>
            <translation>Specjalista</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="43" />
            <source>You asked for a proof; the requester answers it in their app.</source>
            <translation>Poprosiłeś(-aś) o potwierdzenie; osoba zgłaszająca odpowiada w swojej aplikacji.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="46" />
            <source>The specialist asked for a proof. Answer it on the card in this chat.</source>
            <translation>Konsultant poprosił o potwierdzenie. Odpowiedz na karcie w tym czacie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="50" />
            <source>Your case is back in the queue; the next free specialist will take it.</source>
            <translation>Twoja sprawa wróciła do kolejki; zajmie się nią następny wolny specjalista.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="56" />
            <source>The chat was handed to %1.</source>
            <translation>Czat przekazano: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="59" />
            <source>The chat was handed to another specialist.</source>
            <translation>Czat przekazano innemu specjaliście.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="61" />
            <source>The case was passed to a supervisor.</source>
            <translation>Sprawę przekazano kierownikowi.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="75" />
            <source>The assistant has no ready answer for this; ask for support.</source>
            <translation>Asystent nie ma na to gotowej odpowiedzi; poproś o pomoc.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="80" />
            <source>The case was updated.</source>
            <translation>Sprawa została zaktualizowana.</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="333" />
            <location filename="../../ui/widgets/chat_view.py" line="750" />
            <source>The message is too long: at most 4,000 characters.</source>
            <translation>Wiadomość jest za długa: najwyżej 4000 znaków.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="391" />
            <source>This file is not available yet. Try again in a moment.</source>
            <translation>Ten plik nie jest jeszcze dostępny. Spróbuj za chwilę.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="412" />
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>Nie udało się zapisać pliku w tym miejscu. Wybierz inny folder.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="416" />
            <source>Transcript saved.</source>
            <translation>Zapis rozmowy zapisany.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="450" />
            <source>You</source>
            <translation>Ty</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="452" />
            <source>Requester</source>
            <translation>Zgłaszający</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="454" />
            <source>Assistant</source>
            <translation>Asystent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="456" />
            <source>Specialist</source>
            <translation>Specjalista</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="457" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="522" />
            <source>Messages</source>
            <translation>Wiadomości</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="523" />
            <source>Your message</source>
            <translation>Twoja wiadomość</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="525" />
            <location filename="../../ui/widgets/chat_view.py" line="576" />
            <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>Napisz wiadomość. Enter wysyła, Shift+Enter zaczyna nowy wiersz.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="527" />
            <source>&amp;Send</source>
            <translation>&amp;Wyślij</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="528" />
            <source>Send the message</source>
            <translation>Wyślij wiadomość</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="529" />
            <source>&amp;Attach file…</source>
            <translation>&amp;Załącz plik…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="530" />
            <location filename="../../ui/widgets/chat_view.py" line="584" />
            <source>Attach a photo or PDF</source>
            <translation>Załącz zdjęcie lub PDF</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="532" />
            <source>Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)</source>
            <translation>Zdjęcia (JPEG, PNG) lub PDF, do 10 MB (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="534" />
            <source>Private &amp;note</source>
            <translation>Notatka &amp;prywatna</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="535" />
            <source>Private note: only agents see it</source>
            <translation>Notatka prywatna: widzą ją tylko agenci</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="537" />
            <source>Send as a private note that the person never sees (Ctrl+Shift+N)</source>
            <translation>Wyślij jako notatkę prywatną, której osoba nigdy nie zobaczy (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="539" />
            <source>Save &amp;transcript</source>
            <translation>Zapisz &amp;rozmowę</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="540" />
            <location filename="../../ui/widgets/chat_view.py" line="615" />
            <source>Save the transcript</source>
            <translation>Zapisz zapis rozmowy</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="541" />
            <source>As text…</source>
            <translation>Jako tekst…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="542" />
            <source>As PDF…</source>
            <translation>Jako PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="572" />
            <source>Private note for agents. The person never sees it.</source>
            <translation>Notatka prywatna dla agentów. Osoba nigdy jej nie zobaczy.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="586" />
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Zdjęcia i PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_view.py" line="598" />
            <source>This file is too large to send: at most %n MB.</source>
            <translation>
                <numerusform>Ten plik jest za duży: najwyżej %n MB.</numerusform>
                <numerusform>Ten plik jest za duży: najwyżej %n MB.</numerusform>
                <numerusform>Ten plik jest za duży: najwyżej %n MB.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="600" />
            <source>Only photos (JPEG or PNG) and PDF files can be sent.</source>
            <translation>Można wysyłać tylko zdjęcia (JPEG lub PNG) i pliki PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="601" />
            <source>This file cannot be read. Check that it still exists.</source>
            <translation>Nie można odczytać tego pliku. Sprawdź, czy nadal istnieje.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>Text files (*.txt)</source>
            <translation>Pliki tekstowe (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="663" />
            <source>Save the file</source>
            <translation>Zapisz plik</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="706" />
            <source>New message from %1</source>
            <translation>Nowa wiadomość od: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="707" />
            <source>A file</source>
            <translation>Plik</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="732" />
            <source>The specialist</source>
            <translation>Specjalista</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>The person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>An agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="748" />
            <source>This case is closed; the message was not sent.</source>
            <translation>Ta sprawa jest zamknięta; wiadomość nie została wysłana.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="749" />
            <source>You can no longer write in this chat.</source>
            <translation>Nie możesz już pisać na tym czacie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="751" />
            <source>The file could not be attached.</source>
            <translation>Nie udało się załączyć pliku.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="766" />
            <source>Earlier messages could not be loaded. Scroll up to try again.</source>
            <translation>Nie udało się wczytać wcześniejszych wiadomości. Przewiń w górę, aby spróbować ponownie.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="40" />
            <location filename="../../ui/agent/close_dialog.py" line="49" />
            <source>Close the case</source>
            <translation>Zamknij sprawę</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="43" />
            <source>Close case %1? Every session and device of the account is signed out, the chat ends, and the requester is asked "Was your access restored?".</source>
            <translation>Zamknąć sprawę %1? Wszystkie sesje i urządzenia konta zostaną wylogowane, czat się zakończy, a zgłaszający zobaczy pytanie „Czy odzyskano dostęp?”.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="48" />
            <source>&amp;Close the case</source>
            <translation>&amp;Zamknij sprawę</translation>
        </message>
    </context>
    <context>
        <name>CodeEntry</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="93" />
            <source>Sending the code is taking longer than usual. We keep trying until the code expires, so it can still arrive in the next minutes.</source>
            <translation>Wysyłanie kodu trwa dłużej niż zwykle. Próbujemy dalej, dopóki kod nie wygaśnie, więc może jeszcze dotrzeć w ciągu kilku minut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="98" />
            <source>We could not deliver the code to this address. Check the address, or start again with another one.</source>
            <translation>Nie udało się dostarczyć kodu na ten adres. Sprawdź adres albo zacznij od nowa z innym.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="102" />
            <source>The code could not be delivered before it expired. Ask for a new code.</source>
            <translation>Nie udało się dostarczyć kodu, zanim wygasł. Poproś o nowy kod.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/code_entry.py" line="126" />
            <source>You can ask for a new code in %n seconds.</source>
            <translation>
                <numerusform>Nowy kod możesz zamówić za %n sekundę.</numerusform>
                <numerusform>Nowy kod możesz zamówić za %n sekundy.</numerusform>
                <numerusform>Nowy kod możesz zamówić za %n sekund.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="147" />
            <source>&amp;Code:</source>
            <translation>&amp;Kod:</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="148" />
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="149" />
            <source>C&amp;heck code</source>
            <translation>&amp;Sprawdź kod</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="150" />
            <source>Check the code</source>
            <translation>Sprawdź kod</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="151" />
            <source>&amp;Send a new code</source>
            <translation>Wyślij &amp;nowy kod</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="152" />
            <source>Send a new code</source>
            <translation>Wyślij nowy kod</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="197" />
            <source>Code sent by e-mail</source>
            <translation>Kod wysłany e-mailem</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="199" />
            <source>If the account had an e-mail address before the problem started, we sent a 6-digit code there. Codes for this step go only to addresses that were on the account before, never to a new one. The code works for 30 minutes.</source>
            <translation>Jeśli konto miało adres e-mail, zanim pojawił się problem, wysłaliśmy tam 6-cyfrowy kod. Kody w tym kroku trafiają tylko na adresy, które były przypisane do konta wcześniej, nigdy na nowy. Kod jest ważny 30 minut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="205" />
            <source>Code sent by text message</source>
            <translation>Kod wysłany SMS-em</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="207" />
            <source>If the account had a phone number before the problem started, we sent a 6-digit code there by text message. The code works for 10 minutes.</source>
            <translation>Jeśli konto miało numer telefonu, zanim pojawił się problem, wysłaliśmy na niego 6-cyfrowy kod SMS-em. Kod jest ważny 10 minut.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="212" />
            <source>Code from your authenticator app</source>
            <translation>Kod z aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="214" />
            <source>Open the authenticator app you set up for this account and type the 6-digit code it shows now.</source>
            <translation>Otwórz aplikację uwierzytelniającą skonfigurowaną dla tego konta i wpisz 6-cyfrowy kod, który teraz pokazuje.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="219" />
            <source>Backup code</source>
            <translation>Kod zapasowy</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="221" />
            <source>Type one of the backup codes you saved when you set up two-step sign-in, e.g. abcd-efgh-ijkl-mnop. Each code works once.</source>
            <translation>Wpisz jeden z kodów zapasowych zapisanych przy włączaniu logowania dwuetapowego, np. abcd-efgh-ijkl-mnop. Każdy kod działa raz.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="43" />
            <source>This chat is no longer available to you. Your messages are kept.</source>
            <translation>Ten czat nie jest już dla Ciebie dostępny. Twoje wiadomości są zachowane.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="45" />
            <source>The chat is disconnected.</source>
            <translation>Czat jest rozłączony.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="47" />
            <source>Reconnecting… your messages will be sent when we are back.</source>
            <translation>Ponowne łączenie… Twoje wiadomości zostaną wysłane, gdy połączenie wróci.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="78" />
            <source>Retry now</source>
            <translation>Ponów teraz</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Retry connecting to the server now</source>
            <translation>Ponów teraz połączenie z serwerem</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connected</source>
            <translation>Połączono</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Połączono z serwerem Recovery Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="85" />
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Łączenie z serwerem Recovery Desk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="89" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Rozłączono — ponowna próba za %n s</numerusform>
                <numerusform>Rozłączono — ponowna próba za %n s</numerusform>
                <numerusform>Rozłączono — ponowna próba za %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="93" />
            <source>Connection status</source>
            <translation>Stan połączenia</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="285" />
            <source>Service levels</source>
            <translation>Poziomy obsługi</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="286" />
            <source>&amp;Period:</source>
            <translation>&amp;Okres:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="287" />
            <source>Period of the dashboard</source>
            <translation>Okres pulpitu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="290" />
            <source>&amp;Refresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="291" />
            <source>Refresh the dashboard</source>
            <translation>Odśwież pulpit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="312" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="342" />
            <source>No figures yet.</source>
            <translation>Brak danych.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="346" />
            <source>Cases that joined the queue from %1 to %2.</source>
            <translation>Sprawy, które trafiły do kolejki od %1 do %2.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="362" />
            <source>First response times</source>
            <translation>Czas do pierwszej odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="363" />
            <source>Resolution times</source>
            <translation>Czas rozwiązania</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="364" />
            <source>Service level met, per queue</source>
            <translation>Dotrzymany poziom obsługi, według kolejki</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="365" />
            <source>Service level met, per agent</source>
            <translation>Dotrzymany poziom obsługi, według konsultanta</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="366" />
            <source>Queue length over time</source>
            <translation>Długość kolejki w czasie</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="367" />
            <source>Satisfaction and access restored</source>
            <translation>Zadowolenie i odzyskany dostęp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="379" />
            <source>%1: %n case(s)</source>
            <translation>
                <numerusform>%1: %n sprawa</numerusform>
                <numerusform>%1: %n sprawy</numerusform>
                <numerusform>%1: %n spraw</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="381" />
            <source>%n resolved</source>
            <translation>
                <numerusform>%n rozwiązana</numerusform>
                <numerusform>%n rozwiązane</numerusform>
                <numerusform>%n rozwiązanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="383" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n porzucona</numerusform>
                <numerusform>%n porzucone</numerusform>
                <numerusform>%n porzuconych</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="386" />
            <source>Cases in the period</source>
            <translation>Sprawy w okresie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="398" />
            <source>%1: median %2 over %n case(s)</source>
            <translation>
                <numerusform>%1: mediana %2 z %n sprawy</numerusform>
                <numerusform>%1: mediana %2 z %n spraw</numerusform>
                <numerusform>%1: mediana %2 z %n spraw</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="403" />
            <source>%1: no cases</source>
            <translation>%1: brak spraw</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="406" />
            <location filename="../../ui/supervisor/dashboard.py" line="537" />
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="414" />
            <source>Time to first response</source>
            <translation>Czas do pierwszej odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="416" />
            <source>Time to resolution</source>
            <translation>Czas do rozwiązania</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="418" />
            <source>Cases</source>
            <translation>Sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="429" />
            <source>%1 of %2</source>
            <translation>%1 z %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="445" />
            <source>%1: nothing measured yet</source>
            <translation>%1: jeszcze nic nie zmierzono</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal met</source>
            <translation>cel osiągnięty</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal not met</source>
            <translation>cel nieosiągnięty</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="449" />
            <source>%1: %2 answered within %3 (%4)</source>
            <translation>%1: %2 z odpowiedzią w ciągu %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="457" />
            <source>Goal: %1.</source>
            <translation>Cel: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="461" />
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Queue</source>
            <translation>Kolejka</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="462" />
            <location filename="../../ui/supervisor/dashboard.py" line="475" />
            <location filename="../../ui/supervisor/dashboard.py" line="503" />
            <location filename="../../ui/supervisor/dashboard.py" line="513" />
            <source>Within target</source>
            <translation>W docelowym czasie</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="463" />
            <location filename="../../ui/supervisor/dashboard.py" line="504" />
            <source>Answered in time</source>
            <translation>Odpowiedziano na czas</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="464" />
            <location filename="../../ui/supervisor/dashboard.py" line="505" />
            <source>Median first response</source>
            <translation>Mediana pierwszej odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="465" />
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Within target (%)</source>
            <translation>W docelowym czasie (%)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="490" />
            <source>%n agent(s) answered cases in the period.</source>
            <translation>
                <numerusform>%n konsultant odpowiadał na sprawy w tym okresie.</numerusform>
                <numerusform>%n konsultanci odpowiadali na sprawy w tym okresie.</numerusform>
                <numerusform>%n konsultantów odpowiadało na sprawy w tym okresie.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="493" />
            <source>Highest: %1 with %2 within target.</source>
            <translation>Najwyżej: %1, %2 w docelowym czasie.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="498" />
            <source>No agent answered a case in the period.</source>
            <translation>W tym okresie żaden konsultant nie odpowiedział na sprawę.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="502" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Agent</source>
            <translation>Konsultant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="529" />
            <source>%1: at most %n waiting (%2)</source>
            <translation>
                <numerusform>%1: najwyżej %n oczekująca (%2)</numerusform>
                <numerusform>%1: najwyżej %n oczekujące (%2)</numerusform>
                <numerusform>%1: najwyżej %n oczekujących (%2)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="534" />
            <source>%1: nobody waited</source>
            <translation>%1: nikt nie czekał</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Cases waiting</source>
            <translation>Sprawy oczekujące</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="566" />
            <source>%1: rated %2 of 5, access restored for %3 (%n survey(s))</source>
            <translation>
                <numerusform>%1: ocena %2 na 5, dostęp odzyskany w %3 (%n ankieta)</numerusform>
                <numerusform>%1: ocena %2 na 5, dostęp odzyskany w %3 (%n ankiety)</numerusform>
                <numerusform>%1: ocena %2 na 5, dostęp odzyskany w %3 (%n ankiet)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="573" />
            <source>%1: no surveys</source>
            <translation>%1: brak ankiet</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="587" />
            <source>Queue or agent</source>
            <translation>Kolejka lub konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="588" />
            <source>Surveys</source>
            <translation>Ankiety</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="589" />
            <source>Average rating (1–5)</source>
            <translation>Średnia ocena (1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="590" />
            <location filename="../../ui/supervisor/dashboard.py" line="600" />
            <source>Access restored</source>
            <translation>Dostęp odzyskany</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Share (%)</source>
            <translation>Udział (%)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="604" />
            <source>Average rating, as a share of 5</source>
            <translation>Średnia ocena jako część z 5</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="54" />
            <source>Your account is secured</source>
            <translation>Twoje konto jest zabezpieczone</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="57" />
            <source>Your password is new, your sign-in is protected and no one else is signed in. Keep your backup codes somewhere safe. If something looks wrong later, open a new recovery case.</source>
            <translation>Masz nowe hasło, logowanie jest chronione i nikt inny nie jest zalogowany. Przechowuj kody zapasowe w bezpiecznym miejscu. Jeśli później coś będzie wyglądać podejrzanie, otwórz nową sprawę odzyskiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="62" />
            <source>&amp;Finish</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="63" />
            <source>Finish</source>
            <translation>Zakończ</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Something went wrong</source>
            <translation>Coś poszło nie tak</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="41" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk napotkał nieoczekiwany problem. Nic z tego, co wpisano, nie zostało wysłane dwukrotnie ani utracone; możesz kontynuować albo uruchomić aplikację ponownie, jeśli coś wygląda źle.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="49" />
            <source>Details for support were written to {path}.</source>
            <translation>Szczegóły dla wsparcia zapisano w {path}.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="11" />
            <source>The Recovery Desk server cannot be reached. Check your internet connection; we keep trying in the background.</source>
            <translation>Nie można połączyć się z serwerem Recovery Desk. Sprawdź połączenie z internetem; ponawiamy próby w tle.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The service is having trouble on its side. Nothing you entered is lost; we keep trying in the background.</source>
            <translation>Usługa ma problemy po swojej stronie. Nic z wpisanych danych nie przepadło; ponawiamy próby w tle.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>The service is being updated. Please try again in a few minutes.</source>
            <translation>Usługa jest aktualizowana. Spróbuj ponownie za kilka minut.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>The service is temporarily unavailable. Please try again shortly.</source>
            <translation>Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>Too many attempts. Please wait a little and try again.</source>
            <translation>Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>That is too large to send. Please send something smaller.</source>
            <translation>To jest zbyt duże, by to wysłać. Wyślij coś mniejszego.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>The server sent an answer this version of the app does not understand. Please update the app.</source>
            <translation>Serwer wysłał odpowiedź, której ta wersja aplikacji nie rozumie. Zaktualizuj aplikację.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>Something went wrong. Please try again; if it keeps happening, contact support.</source>
            <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli problem się powtarza, skontaktuj się ze wsparciem.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This way of proving it is you is paused for a while because of too many wrong answers. Use a code sent to one of your original addresses, or try again later.</source>
            <translation>Ten sposób potwierdzenia tożsamości jest na jakiś czas wstrzymany z powodu zbyt wielu błędnych odpowiedzi. Użyj kodu wysłanego na jeden z Twoich pierwotnych adresów albo spróbuj później.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This image has too many pixels to check. Please send a smaller photo (a phone photo of a document is fine).</source>
            <translation>Ten obraz ma zbyt wiele pikseli, by go sprawdzić. Wyślij mniejsze zdjęcie (zdjęcie dokumentu z telefonu wystarczy).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>The service is busy checking other files. Please try again in a few seconds.</source>
            <translation>Usługa jest zajęta sprawdzaniem innych plików. Spróbuj ponownie za kilka sekund.</translation>
        </message>
    </context>
    <context>
        <name>EventsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="319" />
            <source>Account created</source>
            <translation>Utworzono konto</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="320" />
            <source>Password changed with a reset link</source>
            <translation>Zmieniono hasło za pomocą linku resetującego</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="321" />
            <source>Password changed</source>
            <translation>Zmieniono hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="322" />
            <source>E-mail address or phone number added</source>
            <translation>Dodano adres e-mail lub numer telefonu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="323" />
            <source>E-mail address or phone number removed</source>
            <translation>Usunięto adres e-mail lub numer telefonu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="324" />
            <source>E-mail address or phone number put back</source>
            <translation>Przywrócono adres e-mail lub numer telefonu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="325" />
            <source>Authenticator app set up</source>
            <translation>Skonfigurowano aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="326" />
            <source>Authenticator app removed</source>
            <translation>Usunięto aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="327" />
            <source>New backup codes made</source>
            <translation>Utworzono nowe kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="328" />
            <source>Backup code used</source>
            <translation>Użyto kodu zapasowego</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="329" />
            <source>Sign-in from a new device</source>
            <translation>Logowanie z nowego urządzenia</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="330" />
            <source>Every session signed out</source>
            <translation>Wylogowano wszystkie sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="331" />
            <source>A session was ended</source>
            <translation>Zakończono sesję</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="332" />
            <source>A device was revoked</source>
            <translation>Odwołano urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="333" />
            <source>All other sessions ended</source>
            <translation>Zakończono wszystkie inne sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="334" />
            <source>Reset link sent</source>
            <translation>Wysłano link resetujący</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="335" />
            <source>Account status changed</source>
            <translation>Zmieniono status konta</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="341" />
            <source>made by someone who was not you</source>
            <translation>wprowadzone przez kogoś innego niż Ty</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="342" />
            <source>made while your account was not under your control</source>
            <translation>wprowadzone, gdy konto nie było pod Twoją kontrolą</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="343" />
            <source>made from a session or device you ended</source>
            <translation>wprowadzone z sesji lub urządzenia, które zakończono</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="349" />
            <source>you or your account</source>
            <translation>Ty lub Twoje konto</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="350" />
            <source>support agent</source>
            <translation>konsultant pomocy</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="351" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="352" />
            <source>someone unknown</source>
            <translation>ktoś nieznany</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="361" />
            <source>%n change(s) need your attention. If you did not make them, tell the agent in your recovery case.</source>
            <translation>
                <numerusform>%n zmiana wymaga Twojej uwagi. Jeśli to nie Ty jej dokonałeś(-aś), powiedz o tym konsultantowi w swojej sprawie odzyskiwania.</numerusform>
                <numerusform>%n zmiany wymagają Twojej uwagi. Jeśli to nie Ty ich dokonałeś(-aś), powiedz o tym konsultantowi w swojej sprawie odzyskiwania.</numerusform>
                <numerusform>%n zmian wymaga Twojej uwagi. Jeśli to nie Ty ich dokonałeś(-aś), powiedz o tym konsultantowi w swojej sprawie odzyskiwania.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="368" />
            <source>Nothing here looks suspicious.</source>
            <translation>Nic tu nie wygląda podejrzanie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="382" />
            <location filename="../../ui/user/secure_sessions.py" line="420" />
            <source>Check</source>
            <translation>Sprawdź</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="393" />
            <source>Suspicious: %1</source>
            <translation>Podejrzane: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="410" />
            <location filename="../../ui/user/secure_sessions.py" line="427" />
            <source>Recent security changes</source>
            <translation>Ostatnie zmiany zabezpieczeń</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="413" />
            <source>These changes were made to how your account is signed in to and reached. Rows marked "Check" were made by an intruder, while your account was not under your control, or from a session you ended.</source>
            <translation>Te zmiany dotyczą sposobu logowania do konta i kontaktu z Tobą. Wiersze oznaczone „Sprawdź” wprowadził intruz, zostały wprowadzone, gdy konto nie było pod Twoją kontrolą, albo pochodzą z sesji, którą zakończono.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="421" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="422" />
            <source>What changed</source>
            <translation>Co się zmieniło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="423" />
            <source>By</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="424" />
            <source>Why marked / where</source>
            <translation>Dlaczego oznaczone / skąd</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="428" />
            <source>&amp;Continue</source>
            <translation>&amp;Dalej</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="429" />
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
    </context>
    <context>
        <name>EvidenceItem</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="108" />
            <source>%1, sent %2</source>
            <translation>%1, przesłano %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="111" />
            <source>Check that the paper shows: %1</source>
            <translation>Sprawdź, czy na kartce widnieje: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="114" />
            <source>Not reviewed yet</source>
            <translation>Jeszcze nie sprawdzony</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="115" />
            <source>✓ Approved</source>
            <translation>✓ Zatwierdzony</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="116" />
            <source>✗ Rejected</source>
            <translation>✗ Odrzucony</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Original shown</source>
            <translation>Pokazano oryginał</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Blurred until revealed</source>
            <translation>Rozmyte do czasu odsłonięcia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="120" />
            <source>Deleted after the retention period</source>
            <translation>Usunięte po okresie przechowywania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="122" />
            <source>&amp;Reveal original…</source>
            <translation>&amp;Odsłoń oryginał…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="123" />
            <source>Reveal the original: %1</source>
            <translation>Odsłoń oryginał: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>&amp;Zatwierdź…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="125" />
            <source>Approve: %1</source>
            <translation>Zatwierdź: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="126" />
            <source>Re&amp;ject…</source>
            <translation>&amp;Odrzuć…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="127" />
            <source>Reject: %1</source>
            <translation>Odrzuć: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="134" />
            <source>Loading the blurred preview…</source>
            <translation>Wczytywanie rozmytego podglądu…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="145" />
            <source>A PDF has no preview: reveal it to read it.</source>
            <translation>Plik PDF nie ma podglądu: odsłoń go, aby go przeczytać.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/evidence_view.py" line="155" />
            <source>The original is a PDF of %n KB.</source>
            <translation>
                <numerusform>Oryginał to plik PDF o rozmiarze %n KB.</numerusform>
                <numerusform>Oryginał to plik PDF o rozmiarze %n KB.</numerusform>
                <numerusform>Oryginał to plik PDF o rozmiarze %n KB.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="162" />
            <source>This image cannot be shown.</source>
            <translation>Nie można wyświetlić tego obrazu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Original image</source>
            <translation>Oryginalny obraz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Blurred image</source>
            <translation>Rozmyty obraz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="182" />
            <source>Reveal the original</source>
            <translation>Odsłoń oryginał</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="184" />
            <source>Why do you need to see the original? Your reason is written to the audit log.</source>
            <translation>Dlaczego musisz zobaczyć oryginał? Uzasadnienie zostanie zapisane w dzienniku audytu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="186" />
            <source>&amp;Reveal</source>
            <translation>&amp;Odsłoń</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="207" />
            <source>Approve the evidence</source>
            <translation>Zatwierdź dowód</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="209" />
            <source>What did you check? (For example: the photo matches, the phrase is right.)</source>
            <translation>Co sprawdziłeś? (Na przykład: zdjęcie się zgadza, hasło jest prawidłowe.)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="211" />
            <source>&amp;Approve</source>
            <translation>&amp;Zatwierdź</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="216" />
            <source>Reject the evidence</source>
            <translation>Odrzuć dowód</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="217" />
            <source>Why is it rejected? The requester can send a new one.</source>
            <translation>Dlaczego go odrzucasz? Zgłaszający może przesłać nowy.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="218" />
            <source>Re&amp;ject</source>
            <translation>&amp;Odrzuć</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="209" />
            <source>Choose a photo of your ID document or a selfie first.</source>
            <translation>Najpierw wybierz zdjęcie dokumentu lub selfie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="217" />
            <source>This file is larger than {mb} MB, so it was not sent. Take a smaller photo or scan and choose it again.</source>
            <translation>Ten plik jest większy niż {mb} MB, więc nie został wysłany. Zrób mniejsze zdjęcie lub skan i wybierz go ponownie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="221" />
            <source>This file cannot be opened. Choose another file.</source>
            <translation>Nie można otworzyć tego pliku. Wybierz inny plik.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="223" />
            <source>A selfie must be a photo (JPEG or PNG). This file was not sent.</source>
            <translation>Selfie musi być zdjęciem (JPEG lub PNG). Ten plik nie został wysłany.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="225" />
            <source>This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. Choose another file.</source>
            <translation>Ten plik nie jest zdjęciem (JPEG lub PNG) ani skanem PDF, więc nie został wysłany. Wybierz inny plik.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="230" />
            <location filename="../../ui/user/evidence_page.py" line="231" />
            <source>ID document and selfie</source>
            <translation>Dokument tożsamości i selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="234" />
            <source>Send a photo or scan of an ID document with your name, and a selfie in which you hold a paper with the code below written on it. Only our team sees them, and they are deleted soon after the check.</source>
            <translation>Wyślij zdjęcie lub skan dokumentu tożsamości z Twoim imieniem i nazwiskiem oraz selfie, na którym trzymasz kartkę z zapisanym poniższym kodem. Widzi je tylko nasz zespół, a po sprawdzeniu wkrótce je usuwamy.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="239" />
            <source>Write this code on a paper for your selfie:</source>
            <translation>Zapisz ten kod na kartce do selfie:</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="242" />
            <source>Code for your selfie: {code}</source>
            <translation>Kod do selfie: {code}</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="244" />
            <source>Send for &amp;review</source>
            <translation>Wyślij do &amp;sprawdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="245" />
            <source>Send the chosen files for review</source>
            <translation>Wyślij wybrane pliki do sprawdzenia</translation>
        </message>
    </context>
    <context>
        <name>EvidenceSlot</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="88" />
            <source>Photos and scans ({patterns})</source>
            <translation>Zdjęcia i skany ({patterns})</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>2. A selfie holding the code</source>
            <translation>2. Selfie z kodem</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>1. Your ID document</source>
            <translation>1. Dokument tożsamości</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;selfie…</source>
            <translation>Wybierz s&amp;elfie…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;ID…</source>
            <translation>Wybierz &amp;dokument…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the selfie photo</source>
            <translation>Wybierz zdjęcie selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the ID photo or scan</source>
            <translation>Wybierz zdjęcie lub skan dokumentu</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="128" />
            <source>Drop a file here or choose one.</source>
            <translation>Upuść tu plik albo go wybierz.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="129" />
            <source>No file yet</source>
            <translation>Brak pliku</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>sent for review</source>
            <translation>wysłano do sprawdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>ready to send</source>
            <translation>gotowe do wysłania</translation>
        </message>
    </context>
    <context>
        <name>EvidenceView</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="269" />
            <source>Evidence</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="270" />
            <source>No document or selfie has been sent.</source>
            <translation>Nie przesłano żadnego dokumentu ani selfie.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="77" />
            <source>Transfer the chat</source>
            <translation>Przekaż czat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="80" />
            <source>Hand this chat to another online agent with a free slot. Your note is for agents only.</source>
            <translation>Przekaż ten czat innemu dostępnemu agentowi z wolnym miejscem. Twoja notatka jest tylko dla agentów.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="84" />
            <source>&amp;Transfer</source>
            <translation>P&amp;rzekaż</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="86" />
            <source>Escalate to a supervisor</source>
            <translation>Eskaluj do przełożonego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="89" />
            <source>A supervisor who is online takes the case, or the next one to come online. Say why; only agents see it.</source>
            <translation>Sprawę przejmie dostępny przełożony albo pierwszy, który się pojawi. Podaj powód; widzą go tylko agenci.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="93" />
            <source>&amp;Escalate</source>
            <translation>&amp;Eskaluj</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="94" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="95" />
            <source>Agent to transfer to</source>
            <translation>Agent, któremu przekazać czat</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="96" />
            <source>&amp;Reason</source>
            <translation>&amp;Powód</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="97" />
            <source>Reason for the handover</source>
            <translation>Powód przekazania</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/handover_dialog.py" line="105" />
            <source>%1 (online, %n free slots)</source>
            <translation>
                <numerusform>%1 (dostępny, %n wolne miejsce)</numerusform>
                <numerusform>%1 (dostępny, %n wolne miejsca)</numerusform>
                <numerusform>%1 (dostępny, %n wolnych miejsc)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="107" />
            <source>%1 (online, no free slot)</source>
            <translation>%1 (dostępny, brak wolnego miejsca)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="109" />
            <source>%1 (not online)</source>
            <translation>%1 (niedostępny)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="135" />
            <source>Nobody can take this chat now. Try again later or escalate.</source>
            <translation>Nikt nie może teraz przejąć tego czatu. Spróbuj później lub eskaluj.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="138" />
            <source>Write a short reason for the next person.</source>
            <translation>Napisz krótki powód dla następnej osoby.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="142" />
            <source>Keep the reason under 2,000 characters.</source>
            <translation>Powód może mieć najwyżej 2000 znaków.</translation>
        </message>
    </context>
    <context>
        <name>HoldsView</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="148" />
            <source>Changes and holds</source>
            <translation>Zmiany i okresy oczekiwania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="152" />
            <source>Frozen: the account owner answered "this wasn't me". Waiting changes were cancelled and nothing more can change until the case is reviewed.</source>
            <translation>Zamrożona: właściciel konta odpowiedział „to nie ja”. Oczekujące zmiany anulowano i nic więcej nie może się zmienić do czasu przeglądu sprawy.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="164" />
            <source>No change requested yet.</source>
            <translation>Nie zlecono jeszcze żadnej zmiany.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="175" />
            <source>Waiting for approval by someone else</source>
            <translation>Czeka na zatwierdzenie przez inną osobę</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <location filename="../../ui/user/identify_page.py" line="98" />
            <source>Enter the account's name, e-mail address or phone number.</source>
            <translation>Wpisz nazwę konta, adres e-mail lub numer telefonu.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="104" />
            <source>Enter an e-mail address or a phone number (with country code) where we can reach you now.</source>
            <translation>Wpisz adres e-mail lub numer telefonu (z kodem kraju), pod którym możemy się teraz z Tobą skontaktować.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="115" />
            <source>You forgot your password.</source>
            <translation>Nie pamiętasz hasła.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="116" />
            <source>You lost your authenticator.</source>
            <translation>Nie masz już aplikacji uwierzytelniającej.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="117" />
            <source>Your account was hacked.</source>
            <translation>Twoje konto zostało przejęte.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="118" />
            <source>Your account was disabled.</source>
            <translation>Twoje konto zostało zablokowane.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="122" />
            <source>Your account and how to reach you</source>
            <translation>Twoje konto i kontakt z Tobą</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="123" />
            <source>Which account is it?</source>
            <translation>O które konto chodzi?</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="126" />
            <source>Tell us which account you want back and where we can reach you now. We send a code to that address to check it is yours.</source>
            <translation>Podaj, które konto chcesz odzyskać i gdzie możemy się teraz z Tobą skontaktować. Wyślemy tam kod, aby sprawdzić, że ten adres należy do Ciebie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="131" />
            <source>Acc&amp;ount:</source>
            <translation>K&amp;onto:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="132" />
            <source>Name, e-mail address or phone number</source>
            <translation>Nazwa, adres e-mail lub numer telefonu</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="133" />
            <source>The account you want back</source>
            <translation>Konto, które chcesz odzyskać</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="135" />
            <source>The name you sign in with, or an e-mail address or phone number it used.</source>
            <translation>Nazwa używana do logowania albo adres e-mail lub numer telefonu przypisany do konta.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="137" />
            <source>&amp;Reply to:</source>
            <translation>O&amp;dpowiedź na:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="138" />
            <source>e.g. name@example.org or +48 600 100 200</source>
            <translation>np. imie@example.org lub +48 600 100 200</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="139" />
            <source>Where we can reach you now</source>
            <translation>Gdzie możemy się teraz z Tobą skontaktować</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="142" />
            <source>An e-mail address or phone number you can use right now. If someone took over your account, do not use an address they changed.</source>
            <translation>Adres e-mail lub numer telefonu, z którego możesz teraz korzystać. Jeśli ktoś przejął Twoje konto, nie podawaj adresu, który zmienił.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="146" />
            <source>La&amp;nguage of our messages:</source>
            <translation>&amp;Język naszych wiadomości:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="147" />
            <source>Language of our messages</source>
            <translation>Język naszych wiadomości</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="148" />
            <source>&amp;Continue</source>
            <translation>&amp;Dalej</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="149" />
            <source>Continue: send me a code</source>
            <translation>Dalej: wyślij mi kod</translation>
        </message>
    </context>
    <context>
        <name>LiveBoard</name>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="104" />
            <source>Queue now</source>
            <translation>Kolejka teraz</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="105" />
            <source>A&amp;gents</source>
            <translation>&amp;Konsultanci</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="106" />
            <source>Agents: presence and load</source>
            <translation>Konsultanci: dostępność i obciążenie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/live_board.py" line="131" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n oczekuje</numerusform>
                <numerusform>%n oczekują</numerusform>
                <numerusform>%n oczekuje</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="133" />
            <source>Oldest wait: %1</source>
            <translation>Najdłuższe oczekiwanie: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="137" />
            <source>Nobody is waiting.</source>
            <translation>Nikt nie czeka.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="143" />
            <source>Not loaded yet</source>
            <translation>Jeszcze nie wczytano</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="147" />
            <source>Updated %1</source>
            <translation>Zaktualizowano %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="152" />
            <source>Open service-level breaches: %1</source>
            <translation>Otwarte naruszenia poziomu obsługi: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="154" />
            <source>No open service-level breaches.</source>
            <translation>Brak otwartych naruszeń poziomu obsługi.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="159" />
            <source>Agents online: %1</source>
            <translation>Konsultanci dostępni: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="160" />
            <source>Away: %1</source>
            <translation>Zaraz wracają: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="161" />
            <source>Free chat slots: %1</source>
            <translation>Wolne miejsca na czaty: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="162" />
            <source>Cases in progress: %1</source>
            <translation>Sprawy w toku: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/windows/main_window.py" line="173" />
            <source>Recovery Desk — Get help</source>
            <translation>Recovery Desk — Pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="176" />
            <source>Recovery Desk — Supervisor: %1</source>
            <translation>Recovery Desk — Kierownik zmiany: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="178" />
            <source>Recovery Desk — Agent: %1</source>
            <translation>Recovery Desk — Konsultant: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="181" />
            <source>Recovery Desk — Agent</source>
            <translation>Recovery Desk — Konsultant</translation>
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
            <translation>&amp;Pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="220" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Odzyskaj własne konto (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="221" />
            <source>User mode: get help with your account</source>
            <translation>Tryb użytkownika: pomoc z kontem</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="222" />
            <source>&amp;Agent</source>
            <translation>&amp;Konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="223" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Pracuj jako konsultant wsparcia (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="224" />
            <source>Agent mode: support agent workspace</source>
            <translation>Tryb konsultanta: panel wsparcia</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="225" />
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="226" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="227" />
            <source>&amp;Theme:</source>
            <translation>&amp;Motyw:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="228" />
            <source>Theme</source>
            <translation>Motyw</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="230" />
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="231" />
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="232" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="236" />
            <source>Server address</source>
            <translation>Adres serwera</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="237" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Serwer Recovery Desk, z którym łączy się aplikacja</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="88" />
            <source>Private note</source>
            <translation>Notatka prywatna</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="108" />
            <source>Assistant's answer — show</source>
            <translation>Odpowiedź asystenta — pokaż</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="109" />
            <source>Hide the assistant's answer</source>
            <translation>Ukryj odpowiedź asystenta</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../ui/models/message_model.py" line="64" />
            <source>not sent yet</source>
            <translation>jeszcze niewysłana</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="65" />
            <source>sent</source>
            <translation>wysłana</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="66" />
            <source>delivered</source>
            <translation>dostarczona</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="67" />
            <source>read</source>
            <translation>przeczytana</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="68" />
            <source>could not be sent</source>
            <translation>nie udało się wysłać</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../ui/widgets/notice_banner.py" line="19" />
            <source>Service notice</source>
            <translation>Komunikat serwisowy</translation>
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
            <translation>Poziom</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="40" />
            <source>Case</source>
            <translation>Sprawa</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="41" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="42" />
            <source>Waiting</source>
            <translation>Oczekiwanie</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="43" />
            <source>Service level</source>
            <translation>Poziom usług</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="46" />
            <source>Subscriber (live)</source>
            <translation>Subskrybent (na żywo)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="47" />
            <source>Free</source>
            <translation>Bezpłatny</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="50" />
            <source>Forgot password</source>
            <translation>Zapomniane hasło</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="51" />
            <source>Lost second factor</source>
            <translation>Utracony drugi składnik</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="52" />
            <source>Hacked</source>
            <translation>Włamanie</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="53" />
            <source>Disabled or suspended</source>
            <translation>Wyłączone lub zawieszone</translation>
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
            <translation>%1 (eskalowana)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="61" />
            <source>Breached %1 ago</source>
            <translation>Po terminie od %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="62" />
            <source>Due soon: %1 left</source>
            <translation>Wkrótce termin: zostało %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="63" />
            <source>On time: %1 left</source>
            <translation>W terminie: zostało %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="64" />
            <source>%1. Target: %2.</source>
            <translation>%1. Cel: %2.</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="69" />
            <location filename="../../ui/agent/queue_view.py" line="70" />
            <source>Waiting queue</source>
            <translation>Kolejka oczekujących</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="71" />
            <source>Waiting queue (Ctrl+Shift+Q to focus)</source>
            <translation>Kolejka oczekujących (Ctrl+Shift+Q, aby przejść)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="74" />
            <source>New chats are given to you automatically when you are online and have a free slot; the queue is here so you can see the pressure.</source>
            <translation>Nowe czaty są przydzielane automatycznie, gdy jesteś dostępny i masz wolne miejsce; kolejka pokazuje, jak duże jest obciążenie.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="91" />
            <source>Loading the queue…</source>
            <translation>Wczytywanie kolejki…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="95" />
            <source>Nobody is waiting.</source>
            <translation>Nikt nie czeka.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="98" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n oczekuje</numerusform>
                <numerusform>%n oczekują</numerusform>
                <numerusform>%n oczekuje</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="99" />
            <source>%n subscribers</source>
            <translation>
                <numerusform>%n subskrybent</numerusform>
                <numerusform>%n subskrybentów</numerusform>
                <numerusform>%n subskrybentów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="100" />
            <source>%n free tier</source>
            <translation>
                <numerusform>%n bezpłatny</numerusform>
                <numerusform>%n bezpłatne</numerusform>
                <numerusform>%n bezpłatnych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="103" />
            <source>%n due soon</source>
            <translation>
                <numerusform>%n wkrótce po terminie</numerusform>
                <numerusform>%n wkrótce po terminie</numerusform>
                <numerusform>%n wkrótce po terminie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="105" />
            <source>%n breached</source>
            <translation>
                <numerusform>%n po terminie</numerusform>
                <numerusform>%n po terminie</numerusform>
                <numerusform>%n po terminie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="108" />
            <source>(the first %n are listed)</source>
            <translation>
                <numerusform>(pokazano pierwszą %n)</numerusform>
                <numerusform>(pokazano pierwsze %n)</numerusform>
                <numerusform>(pokazano pierwszych %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="98" />
            <source>Reason</source>
            <translation>Uzasadnienie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/case_panel_dialogs.py" line="100" />
            <source>At least %n characters. It is written to the audit log.</source>
            <translation>
                <numerusform>Co najmniej %n znak. Zostanie zapisane w dzienniku audytu.</numerusform>
                <numerusform>Co najmniej %n znaki. Zostanie zapisane w dzienniku audytu.</numerusform>
                <numerusform>Co najmniej %n znaków. Zostanie zapisane w dzienniku audytu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="103" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
    </context>
    <context>
        <name>ReferenceBox</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="74" />
            <source>Your case reference</source>
            <translation>Numer Twojej sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>Copied</source>
            <translation>Skopiowano</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>C&amp;opy</source>
            <translation>K&amp;opiuj</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="76" />
            <source>Copy the case reference</source>
            <translation>Skopiuj numer sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="78" />
            <source>Keep this to come back later: with it you can resume your case.</source>
            <translation>Zachowaj go, aby wrócić później: dzięki niemu wznowisz sprawę.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="82" />
            <source>This computer cannot keep the key to your case. Copy the case key and keep it somewhere safe: you need it with the reference to come back.</source>
            <translation>Ten komputer nie może przechować klucza do Twojej sprawy. Skopiuj klucz sprawy i przechowuj go w bezpiecznym miejscu: razem z numerem jest potrzebny, aby wrócić.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Key copied</source>
            <translation>Skopiowano klucz</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Copy case &amp;key</source>
            <translation>Skopiuj &amp;klucz sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="89" />
            <source>Copy the secret case key</source>
            <translation>Skopiuj tajny klucz sprawy</translation>
        </message>
    </context>
    <context>
        <name>ReplyCodePage</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="126" />
            <source>Check your reply address</source>
            <translation>Potwierdź adres kontaktowy</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="127" />
            <source>Check your e-mail or phone</source>
            <translation>Sprawdź e-mail lub telefon</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="130" />
            <source>We sent a 6-digit code to {contact}. Type it here so we know we can reach you there. Nothing else happens to your account yet.</source>
            <translation>Wysłaliśmy 6-cyfrowy kod na {contact}. Wpisz go tutaj, abyśmy wiedzieli, że możemy się z Tobą tam skontaktować. Z Twoim kontem na razie nic się nie dzieje.</translation>
        </message>
    </context>
    <context>
        <name>ResetStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="231" />
            <source>Paste the whole link from the e-mail or text message.</source>
            <translation>Wklej cały link z e-maila lub SMS-a.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="235" />
            <source>No reset code was found in this text. Copy the whole link again.</source>
            <translation>W tym tekście nie znaleziono kodu resetującego. Skopiuj cały link jeszcze raz.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="238" />
            <source>Reset link recognised.</source>
            <translation>Link resetujący rozpoznany.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="241" />
            <source>The two passwords are not the same yet.</source>
            <translation>Oba hasła nie są jeszcze takie same.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="243" />
            <source>Use at least 12 characters.</source>
            <translation>Użyj co najmniej 12 znaków.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="279" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask the agent in your recovery case to send a new one.</source>
            <translation>Ten link resetujący już nie działa: został użyty, wygasł albo zastąpił go nowszy link. Poproś konsultanta w swojej sprawie odzyskiwania o wysłanie nowego.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="283" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Open your recovery case with its reference and ask for a new link, or open a new case.</source>
            <translation>Ten link resetujący już nie działa: został użyty, wygasł albo zastąpił go nowszy link. Otwórz swoją sprawę odzyskiwania za pomocą jej numeru i poproś o nowy link albo otwórz nową sprawę.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="289" />
            <source>Choose a new password</source>
            <translation>Wybierz nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="292" />
            <source>Paste the reset link we sent you, then choose a new password. After this, every session is signed out, including the one that was not yours.</source>
            <translation>Wklej link resetujący, który Ci wysłaliśmy, a następnie wybierz nowe hasło. Potem wszystkie sesje zostaną wylogowane, także ta, która nie była Twoja.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="296" />
            <source>Reset &amp;link:</source>
            <translation>&amp;Link resetujący:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="297" />
            <source>&amp;New password:</source>
            <translation>&amp;Nowe hasło:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="298" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Powtórz hasło:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="299" />
            <source>https://… or the code after #</source>
            <translation>https://… albo kod po znaku #</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="300" />
            <source>Reset link or code</source>
            <translation>Link resetujący lub kod</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="301" />
            <source>New password</source>
            <translation>Nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="302" />
            <source>Repeat new password</source>
            <translation>Powtórz nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="303" />
            <source>&amp;Show passwords</source>
            <translation>Pokaż &amp;hasła</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="304" />
            <source>Show passwords</source>
            <translation>Pokaż hasła</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="305" />
            <source>&amp;Set new password</source>
            <translation>&amp;Ustaw nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="306" />
            <source>Set new password</source>
            <translation>Ustaw nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="307" />
            <source>I already chose a new password</source>
            <translation>Mam już nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="308" />
            <source>Skip: I already chose a new password</source>
            <translation>Pomiń: mam już nowe hasło</translation>
        </message>
    </context>
    <context>
        <name>RestoreActions</name>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="82" />
            <source>Restore actions</source>
            <translation>Czynności przywracania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="137" />
            <source>a supervisor</source>
            <translation>przełożonego</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="139" />
            <source>another agent</source>
            <translation>innego konsultanta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="141" />
            <source>Asked for approval; waiting for %1.</source>
            <translation>Poproszono o zatwierdzenie; czekamy na %1.</translation>
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
            <translation>Potwierdź: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="119" />
            <source>%1 for case %2</source>
            <translation>%1 w sprawie %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="121" />
            <source>&amp;Which contact:</source>
            <translation>&amp;Który kontakt:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="122" />
            <source>Which contact</source>
            <translation>Który kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="130" />
            <source>What changes:</source>
            <translation>Co się zmieni:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="131" />
            <source>Hold:</source>
            <translation>Oczekiwanie:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="132" />
            <source>Who is told:</source>
            <translation>Kto zostanie powiadomiony:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="133" />
            <source>Approval:</source>
            <translation>Zatwierdzenie:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="134" />
            <source>&amp;Reason:</source>
            <translation>&amp;Uzasadnienie:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="135" />
            <source>Reason for this change</source>
            <translation>Uzasadnienie tej zmiany</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="136" />
            <source>Why is this change right for this person?</source>
            <translation>Dlaczego ta zmiana jest właściwa dla tej osoby?</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>Ask for &amp;approval</source>
            <translation>Poproś o &amp;zatwierdzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>&amp;Run it now</source>
            <translation>&amp;Wykonaj teraz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="167" />
            <source>Every session is signed out (active now: %1)</source>
            <translation>Wszystkie sesje zostaną wylogowane (aktywne teraz: %1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="171" />
            <source>devices forgotten: %1</source>
            <translation>zapomniane urządzenia: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="175" />
            <source>A password-reset link goes to a contact the person proved in this case (or their verified reply address). You never set or see the password.</source>
            <translation>Link do zmiany hasła trafi na kontakt potwierdzony przez tę osobę w tej sprawie (lub na jej zweryfikowany adres do odpowiedzi). Nigdy nie ustawiasz ani nie widzisz hasła.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="180" />
            <source>%1, added %2, is removed from the account.</source>
            <translation>%1, dodany %2, zostanie usunięty z konta.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="186" />
            <source>%1, removed %2, is put back on the account.</source>
            <translation>%1, usunięty %2, wróci na konto.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="193" />
            <source>The authenticator app added %1, during the reported compromise, is removed.</source>
            <translation>Aplikacja uwierzytelniająca dodana %1, w czasie zgłoszonego włamania, zostanie usunięta.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="197" />
            <source>The authenticator app (since %1) is removed and unused backup codes stop working. The person sets up a new one after signing in.</source>
            <translation>Aplikacja uwierzytelniająca (od %1) zostanie usunięta, a niewykorzystane kody zapasowe przestaną działać. Po zalogowaniu osoba skonfiguruje nową.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="202" />
            <source>The account's status changes from %1 to active.</source>
            <translation>Status konta zmieni się z „%1” na „aktywne”.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="207" />
            <source>None: the change happens as soon as it is approved or run.</source>
            <translation>Brak: zmiana nastąpi od razu po zatwierdzeniu lub wykonaniu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="210" />
            <source>After approval the change waits %n hours, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</source>
            <translation>
                <numerusform>Po zatwierdzeniu zmiana czeka %n godzinę, a potem wykona się sama, chyba że właściciel ją anuluje. Czas zakończenia widać w sekcji Zmiany i okresy oczekiwania.</numerusform>
                <numerusform>Po zatwierdzeniu zmiana czeka %n godziny, a potem wykona się sama, chyba że właściciel ją anuluje. Czas zakończenia widać w sekcji Zmiany i okresy oczekiwania.</numerusform>
                <numerusform>Po zatwierdzeniu zmiana czeka %n godzin, a potem wykona się sama, chyba że właściciel ją anuluje. Czas zakończenia widać w sekcji Zmiany i okresy oczekiwania.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="218" />
            <source>The person receives the link; nobody else is told.</source>
            <translation>Link otrzyma ta osoba; nikt inny nie zostanie powiadomiony.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="221" />
            <source>Nobody: the account has no contact from before the compromise.</source>
            <translation>Nikt: konto nie ma kontaktu sprzed włamania.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="225" />
            <source>%1, each with a link to cancel ("this wasn't me"), now and when it is done.</source>
            <translation>%1 – każdy z linkiem do anulowania („to nie ja”), teraz i po wykonaniu zmiany.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="227" />
            <source>%1, when it is done.</source>
            <translation>%1, gdy zmiana zostanie wykonana.</translation>
        </message>
    </context>
    <context>
        <name>ResumePage</name>
        <message>
            <location filename="../../ui/user/resume_page.py" line="72" />
            <source>Enter your case reference, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Wpisz numer sprawy, np. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="77" />
            <source>Enter the case key as well.</source>
            <translation>Wpisz też klucz sprawy.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="84" />
            <location filename="../../ui/user/resume_page.py" line="85" />
            <source>Resume a case</source>
            <translation>Wznów sprawę</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="86" />
            <source>Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Wpisz zachowany numer sprawy, np. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="87" />
            <source>Case &amp;reference:</source>
            <translation>&amp;Numer sprawy:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="88" />
            <source>Case reference</source>
            <translation>Numer sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="89" />
            <source>Case &amp;key:</source>
            <translation>&amp;Klucz sprawy:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="90" />
            <source>Case key</source>
            <translation>Klucz sprawy</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="93" />
            <source>This computer does not keep the key to this case. Paste the case key you saved when you opened the case.</source>
            <translation>Ten komputer nie przechowuje klucza do tej sprawy. Wklej klucz sprawy zapisany przy jej otwieraniu.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="97" />
            <source>&amp;Continue</source>
            <translation>&amp;Dalej</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="98" />
            <source>Continue with this case</source>
            <translation>Kontynuuj tę sprawę</translation>
        </message>
    </context>
    <context>
        <name>SecureErrors</name>
        <message>
            <location filename="../../ui/user/secure_common.py" line="13" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask for a new link in your recovery case.</source>
            <translation>Ten link resetujący już nie działa: został użyty, wygasł albo zastąpił go nowszy link. Poproś o nowy link w swojej sprawie odzyskiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="18" />
            <source>This password is too easy to guess or contains your name. Choose a longer one, for example a few unrelated words.</source>
            <translation>To hasło jest zbyt łatwe do odgadnięcia albo zawiera Twoje imię. Wybierz dłuższe, na przykład kilka niezwiązanych ze sobą słów.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="23" />
            <source>The account name or password is not right. Check them and try again.</source>
            <translation>Nazwa konta lub hasło są nieprawidłowe. Sprawdź je i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="27" />
            <source>Enter the current 6-digit code from your authenticator app, or one of your backup codes.</source>
            <translation>Wpisz aktualny 6-cyfrowy kod z aplikacji uwierzytelniającej albo jeden z kodów zapasowych.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="31" />
            <source>Too many wrong codes were entered for this account. Open a recovery case to get back in.</source>
            <translation>Dla tego konta wpisano zbyt wiele błędnych kodów. Otwórz sprawę odzyskiwania, aby odzyskać dostęp.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="35" />
            <source>This account cannot be used right now. Follow your recovery case or open a new one.</source>
            <translation>Tego konta nie można teraz używać. Śledź swoją sprawę odzyskiwania albo otwórz nową.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="39" />
            <source>That code was not accepted. Enter the code your authenticator app shows now; if it was just used, wait for the next one.</source>
            <translation>Ten kod nie został przyjęty. Wpisz kod, który aplikacja uwierzytelniająca pokazuje teraz; jeśli został właśnie użyty, poczekaj na następny.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="44" />
            <source>The key was not accepted. Start the set-up again.</source>
            <translation>Klucz nie został przyjęty. Rozpocznij konfigurację od nowa.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="47" />
            <source>Too many codes were tried. Wait 15 minutes, then try again.</source>
            <translation>Wypróbowano zbyt wiele kodów. Odczekaj 15 minut i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="50" />
            <source>For this change you need to have signed in within the last 30 minutes. Sign in again, then repeat it.</source>
            <translation>Do tej zmiany musisz być zalogowany(-a) w ciągu ostatnich 30 minut. Zaloguj się ponownie, a potem powtórz zmianę.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="55" />
            <source>Backup codes need an authenticator app. Set one up first.</source>
            <translation>Kody zapasowe wymagają aplikacji uwierzytelniającej. Najpierw ją skonfiguruj.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="58" />
            <source>These backup codes were not accepted. Make a new set and try again.</source>
            <translation>Te kody zapasowe nie zostały przyjęte. Wygeneruj nowy zestaw i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="61" />
            <source>This is the session you are using now; it cannot be ended here.</source>
            <translation>To jest sesja, której teraz używasz; nie można jej tu zakończyć.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="64" />
            <source>This is the device you are using now; it cannot be revoked here.</source>
            <translation>To jest urządzenie, którego teraz używasz; nie można go tu odwołać.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="67" />
            <source>That session is no longer there. The list was reloaded.</source>
            <translation>Tej sesji już nie ma. Lista została odświeżona.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="70" />
            <source>That device is no longer there. The list was reloaded.</source>
            <translation>Tego urządzenia już nie ma. Lista została odświeżona.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="73" />
            <source>Your session has ended. Sign in again to continue.</source>
            <translation>Twoja sesja się zakończyła. Zaloguj się ponownie, aby kontynuować.</translation>
        </message>
    </context>
    <context>
        <name>SecurePage</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="182" />
            <source>New password</source>
            <translation>Nowe hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="183" />
            <source>Sign in</source>
            <translation>Logowanie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="184" />
            <source>Authenticator app</source>
            <translation>Aplikacja uwierzytelniająca</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="185" />
            <source>Backup codes</source>
            <translation>Kody zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="186" />
            <source>Sessions and devices</source>
            <translation>Sesje i urządzenia</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="187" />
            <source>Recent changes</source>
            <translation>Ostatnie zmiany</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="190" />
            <source>Your opinion</source>
            <translation>Twoja opinia</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="191" />
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="199" />
            <source>current step</source>
            <translation>bieżący krok</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="201" />
            <source>done</source>
            <translation>zrobione</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="203" />
            <source>not yet</source>
            <translation>jeszcze nie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="212" />
            <source>Steps to secure your account</source>
            <translation>Kroki zabezpieczania konta</translation>
        </message>
    </context>
    <context>
        <name>SessionsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="147" />
            <source>This session (you)</source>
            <translation>Ta sesja (Ty)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="149" />
            <source>Ended</source>
            <translation>Zakończona</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="151" />
            <source>Signed in</source>
            <translation>Zalogowana</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="152" />
            <source>Unknown device</source>
            <translation>Nieznane urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="157" />
            <location filename="../../ui/user/secure_sessions.py" line="158" />
            <source>unknown</source>
            <translation>nieznany</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="206" />
            <source>The session was ended.</source>
            <translation>Sesja została zakończona.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="212" />
            <source>The device was revoked and its sessions ended.</source>
            <translation>Urządzenie zostało odwołane, a jego sesje zakończone.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="216" />
            <source>%n other session(s) ended.</source>
            <translation>
                <numerusform>Zakończono %n inną sesję.</numerusform>
                <numerusform>Zakończono %n inne sesje.</numerusform>
                <numerusform>Zakończono %n innych sesji.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="239" />
            <source>Where you are signed in</source>
            <translation>Gdzie jesteś zalogowany(-a)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="242" />
            <source>Check every session and device. End any you do not recognise: whoever uses it is signed out at once. The session you are using now is marked and cannot be ended here.</source>
            <translation>Sprawdź każdą sesję i każde urządzenie. Zakończ te, których nie rozpoznajesz: ktokolwiek ich używa, zostanie od razu wylogowany. Sesja, której teraz używasz, jest oznaczona i nie można jej tu zakończyć.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="249" />
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="250" />
            <source>Device</source>
            <translation>Urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="251" />
            <source>Last seen</source>
            <translation>Ostatnia aktywność</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="252" />
            <source>IP address</source>
            <translation>Adres IP</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="253" />
            <source>Browser or app</source>
            <translation>Przeglądarka lub aplikacja</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="256" />
            <source>Sessions</source>
            <translation>Sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="257" />
            <source>Show &amp;ended sessions</source>
            <translation>Pokaż &amp;zakończone sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="258" />
            <source>Show ended sessions</source>
            <translation>Pokaż zakończone sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="259" />
            <source>&amp;End session</source>
            <translation>&amp;Zakończ sesję</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="260" />
            <source>End the selected session</source>
            <translation>Zakończ wybraną sesję</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="261" />
            <source>Revoke &amp;device</source>
            <translation>Odwołaj &amp;urządzenie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="262" />
            <source>Revoke the selected session's device</source>
            <translation>Odwołaj urządzenie wybranej sesji</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="263" />
            <source>End &amp;all other sessions</source>
            <translation>Zakończ &amp;wszystkie inne sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="264" />
            <source>End all other sessions</source>
            <translation>Zakończ wszystkie inne sesje</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="265" />
            <source>&amp;Reload</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="266" />
            <source>Reload the list</source>
            <translation>Odśwież listę</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="267" />
            <source>&amp;Continue</source>
            <translation>&amp;Dalej</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="268" />
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="61" />
            <location filename="../../ui/agent/shortcuts_help.py" line="62" />
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Keys</source>
            <translation>Klawisze</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Action</source>
            <translation>Czynność</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="133" />
            <source>Agent sign-in</source>
            <translation>Logowanie agenta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="134" />
            <source>Sign in to the agent desk</source>
            <translation>Zaloguj się do panelu agenta</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="137" />
            <source>Use your agent user name, your password and the 6-digit code your authenticator app shows now.</source>
            <translation>Podaj nazwę użytkownika agenta, hasło i 6-cyfrowy kod, który teraz pokazuje aplikacja uwierzytelniająca.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="141" />
            <source>&amp;User name</source>
            <translation>Nazwa &amp;użytkownika</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="142" />
            <source>&amp;Password</source>
            <translation>&amp;Hasło</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="143" />
            <source>Authenticator &amp;code</source>
            <translation>&amp;Kod uwierzytelniający</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="144" />
            <source>User name</source>
            <translation>Nazwa użytkownika</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="145" />
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="146" />
            <source>Authenticator code, 6 digits</source>
            <translation>Kod uwierzytelniający, 6 cyfr</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="147" />
            <source>6 digits</source>
            <translation>6 cyfr</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="148" />
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Zapamiętaj mnie na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="149" />
            <source>Remember me on this computer</source>
            <translation>Zapamiętaj mnie na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="152" />
            <source>Keeps the session in this computer's password store until it ends.</source>
            <translation>Przechowuje sesję w magazynie haseł tego komputera do jej wygaśnięcia.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="156" />
            <source>This computer has no password store, so the session stays in memory.</source>
            <translation>Ten komputer nie ma magazynu haseł, więc sesja pozostaje tylko w pamięci.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="158" />
            <source>&amp;Sign in</source>
            <translation>&amp;Zaloguj się</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="159" />
            <source>Sign in</source>
            <translation>Logowanie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="166" />
            <source>Your session has ended. Sign in again: your unsent replies are kept and come back when you do.</source>
            <translation>Twoja sesja wygasła. Zaloguj się ponownie: niewysłane odpowiedzi zostały zachowane i wrócą po zalogowaniu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="182" />
            <source>Enter your user name and password.</source>
            <translation>Podaj nazwę użytkownika i hasło.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="184" />
            <location filename="../../ui/agent/sign_in_page.py" line="204" />
            <source>Enter the 6 digits your authenticator app shows.</source>
            <translation>Wpisz 6 cyfr, które pokazuje aplikacja uwierzytelniająca.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="191" />
            <source>Sign-in error</source>
            <translation>Błąd logowania</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="200" />
            <source>The user name, password or code is not right. Check them and try again with a new code.</source>
            <translation>Nazwa użytkownika, hasło lub kod są nieprawidłowe. Sprawdź je i spróbuj ponownie z nowym kodem.</translation>
        </message>
    </context>
    <context>
        <name>SignInStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="391" />
            <source>Recovery Desk app</source>
            <translation>Aplikacja Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="402" />
            <source>Your account has a second step. Enter the current code from your authenticator app, or one of your backup codes.</source>
            <translation>Twoje konto ma drugi krok logowania. Wpisz aktualny kod z aplikacji uwierzytelniającej albo jeden z kodów zapasowych.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="419" />
            <source>Sign in with your new password</source>
            <translation>Zaloguj się nowym hasłem</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="422" />
            <source>For your safety nobody is signed in after a password change. Sign in again so you can check your sessions and set up your second step.</source>
            <translation>Dla Twojego bezpieczeństwa po zmianie hasła nikt nie jest zalogowany. Zaloguj się ponownie, aby sprawdzić swoje sesje i skonfigurować drugi krok logowania.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="426" />
            <source>&amp;Account name or e-mail:</source>
            <translation>Nazwa &amp;konta lub e-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="427" />
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="428" />
            <source>&amp;Code or backup code:</source>
            <translation>Kod lub kod &amp;zapasowy:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="429" />
            <source>Account name or e-mail</source>
            <translation>Nazwa konta lub e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="430" />
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="431" />
            <source>Authenticator code or backup code</source>
            <translation>Kod z aplikacji uwierzytelniającej lub kod zapasowy</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="432" />
            <source>123456 or abcd-efgh-ijkl-mnop</source>
            <translation>123456 lub abcd-efgh-ijkl-mnop</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="433" />
            <source>Sign &amp;in</source>
            <translation>&amp;Zaloguj</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="434" />
            <source>Sign in</source>
            <translation>Logowanie</translation>
        </message>
    </context>
    <context>
        <name>SimpleChat</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="89" />
            <source>Conversation</source>
            <translation>Rozmowa</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="90" />
            <source>Your reply</source>
            <translation>Twoja odpowiedź</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="91" />
            <source>Write a reply (Ctrl+Enter sends)</source>
            <translation>Napisz odpowiedź (Ctrl+Enter wysyła)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="92" />
            <source>Send</source>
            <translation>Wyślij</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="93" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Wyślij (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Requester</source>
            <translation>Zgłaszający</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Agent</source>
            <translation>Konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="111" />
            <source>Private note</source>
            <translation>Notatka prywatna</translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message>
            <location filename="../../ui/user/situation_page.py" line="58" />
            <source>What happened?</source>
            <translation>Co się stało?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="59" />
            <source>Locked out of your account?</source>
            <translation>Nie możesz wejść na swoje konto?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="62" />
            <source>Tell us what happened. We will help you prove that the account is yours and get back in. We never ask for your password.</source>
            <translation>Powiedz nam, co się stało. Pomożemy Ci udowodnić, że konto należy do Ciebie, i odzyskać dostęp. Nigdy nie prosimy o hasło.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="68" />
            <source>I forgot my password</source>
            <translation>Nie pamiętam hasła</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="69" />
            <source>You still have your e-mail or phone, but not the password.</source>
            <translation>Masz dostęp do e-maila lub telefonu, ale nie pamiętasz hasła.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="72" />
            <source>I lost my authenticator</source>
            <translation>Straciłem(-am) aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="73" />
            <source>Your phone with the sign-in app is lost, reset or broken.</source>
            <translation>Telefon z aplikacją do logowania zginął, został zresetowany lub jest zepsuty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="76" />
            <source>My account was hacked</source>
            <translation>Moje konto zostało przejęte</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="77" />
            <source>Someone else changed your password, e-mail, phone or sign-in app.</source>
            <translation>Ktoś inny zmienił Twoje hasło, e-mail, telefon lub aplikację do logowania.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="80" />
            <source>My account was disabled</source>
            <translation>Moje konto zostało zablokowane</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="81" />
            <source>Your account was suspended or locked and you think it is a mistake.</source>
            <translation>Konto zostało zawieszone lub zablokowane i uważasz, że to pomyłka.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="90" />
            <source>&amp;Resume a case</source>
            <translation>&amp;Wznów sprawę</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="91" />
            <source>Resume a case you opened before</source>
            <translation>Wznów sprawę otwartą wcześniej</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="92" />
            <source>I already have a reset lin&amp;k</source>
            <translation>Mam już lin&amp;k do zmiany hasła</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="94" />
            <source>I already have a password reset link: secure my account</source>
            <translation>Mam już link do zmiany hasła: zabezpiecz moje konto</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="108" />
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Bardzo słabe: zostałoby odgadnięte niemal od razu.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="109" />
            <source>Weak: easy to guess.</source>
            <translation>Słabe: łatwe do odgadnięcia.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="110" />
            <source>Fair: could be guessed with some effort.</source>
            <translation>Średnie: można je odgadnąć przy pewnym wysiłku.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="111" />
            <source>Strong: hard to guess.</source>
            <translation>Silne: trudne do odgadnięcia.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="112" />
            <source>Very strong: very hard to guess.</source>
            <translation>Bardzo silne: bardzo trudne do odgadnięcia.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="115" />
            <source>Type a password to see how strong it is.</source>
            <translation>Wpisz hasło, aby zobaczyć, jak silne jest.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="123" />
            <source>Password strength</source>
            <translation>Siła hasła</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="126" />
            <source>Use at least 12 characters.</source>
            <translation>Użyj co najmniej 12 znaków.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="127" />
            <source>Avoid common words, names and well-known passwords.</source>
            <translation>Unikaj popularnych słów, imion i znanych haseł.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="128" />
            <source>Avoid sequences such as abc or 1234.</source>
            <translation>Unikaj sekwencji takich jak abc czy 1234.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="129" />
            <source>Avoid repeated characters or words.</source>
            <translation>Unikaj powtarzających się znaków i słów.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="130" />
            <source>Avoid dates and years.</source>
            <translation>Unikaj dat i lat.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="131" />
            <source>Avoid keyboard patterns such as qwerty.</source>
            <translation>Unikaj układów klawiatury takich jak qwerty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="132" />
            <source>A few unrelated words make a strong password you can remember.</source>
            <translation>Kilka niezwiązanych ze sobą słów to silne hasło, które łatwo zapamiętać.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFormat</name>
        <message>
            <location filename="../../ui/supervisor/format.py" line="15" />
            <source>Subscribers (live chat)</source>
            <translation>Subskrybenci (czat na żywo)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="16" />
            <source>Free tier (messages)</source>
            <translation>Plan bezpłatny (wiadomości)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="19" />
            <source>Online</source>
            <translation>Dostępny</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="20" />
            <source>Away</source>
            <translation>Zaraz wracam</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="21" />
            <source>Offline</source>
            <translation>Niedostępny</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="24" />
            <source>Agent</source>
            <translation>Konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="25" />
            <source>Supervisor</source>
            <translation>Kierownik zmiany</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="26" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="30" />
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="31" />
            <source>Last 7 days</source>
            <translation>Ostatnie 7 dni</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="32" />
            <source>Last 30 days</source>
            <translation>Ostatnie 30 dni</translation>
        </message>
    </context>
    <context>
        <name>SupervisorView</name>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="138" />
            <source>Supervision</source>
            <translation>Nadzór</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="141" />
            <source>This view is for supervisors. Ask an administrator if you need it for your work.</source>
            <translation>Ten widok jest przeznaczony dla kierowników zmiany. Jeśli potrzebujesz go w pracy, poproś administratora.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="145" />
            <source>The approvals inbox is not available in this version of the app.</source>
            <translation>Skrzynka zatwierdzeń nie jest dostępna w tej wersji aplikacji.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts (%1)</source>
            <translation>&amp;Alerty (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts</source>
            <translation>&amp;Alerty</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="154" />
            <source>A&amp;pprovals (%1)</source>
            <translation>&amp;Zatwierdzenia (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="156" />
            <source>A&amp;pprovals</source>
            <translation>&amp;Zatwierdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="159" />
            <source>&amp;Live board</source>
            <translation>&amp;Tablica na żywo</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="162" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Pulpit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="163" />
            <source>Audi&amp;t log</source>
            <translation>Dziennik &amp;audytu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="167" />
            <source>Alt+Shift+%1</source>
            <translation>Alt+Shift+%1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="245" />
            <source>New alert: %1</source>
            <translation>Nowy alert: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="255" />
            <source>Only supervisors can see this. Your session may have changed role.</source>
            <translation>Tylko kierownicy zmiany mogą to zobaczyć. Rola Twojej sesji mogła się zmienić.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="274" />
            <source>This alert is about you: another supervisor must acknowledge it.</source>
            <translation>Ten alert dotyczy Ciebie: musi go potwierdzić inny kierownik zmiany.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="282" />
            <source>Alert acknowledged.</source>
            <translation>Alert potwierdzony.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <location filename="../../ui/user/support_page.py" line="235" />
            <source>Support</source>
            <translation>Pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="236" />
            <source>Get help</source>
            <translation>Uzyskaj pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="239" />
            <source>Case %1. Keep this reference: you can come back to your case with it.</source>
            <translation>Sprawa %1. Zachowaj ten numer: dzięki niemu wrócisz do swojej sprawy.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="242" />
            <source>Ask the assistant first</source>
            <translation>Najpierw zapytaj asystenta</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="243" />
            <source>Describe what happened in a few words</source>
            <translation>Opisz w kilku słowach, co się stało</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="244" />
            <source>Your question for the assistant</source>
            <translation>Twoje pytanie do asystenta</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="245" />
            <source>As&amp;k</source>
            <translation>&amp;Zapytaj</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="246" />
            <source>Ask the assistant</source>
            <translation>Zapytaj asystenta</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="247" />
            <source>What help you can get</source>
            <translation>Jaką pomoc możesz otrzymać</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="250" />
            <source>Everyone: the assistant answers common questions at once, and often you can recover your account yourself once you have proved it is yours.</source>
            <translation>Wszyscy: asystent od razu odpowiada na częste pytania, a często możesz samodzielnie odzyskać konto, gdy udowodnisz, że należy do Ciebie.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="258" />
            <source>Free accounts: a specialist answers your case in writing within %n hours, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>
                <numerusform>Konta bezpłatne: specjalista odpowiada na Twoją sprawę pisemnie w ciągu %n godziny, w godzinach pracy (%1). Poza nimi otrzymasz wiadomość o nieobecności; odpowiedź pojawi się na tym czacie.</numerusform>
                <numerusform>Konta bezpłatne: specjalista odpowiada na Twoją sprawę pisemnie w ciągu %n godzin, w godzinach pracy (%1). Poza nimi otrzymasz wiadomość o nieobecności; odpowiedź pojawi się na tym czacie.</numerusform>
                <numerusform>Konta bezpłatne: specjalista odpowiada na Twoją sprawę pisemnie w ciągu %n godzin, w godzinach pracy (%1). Poza nimi otrzymasz wiadomość o nieobecności; odpowiedź pojawi się na tym czacie.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="266" />
            <source>Free accounts: a specialist answers your case in writing, during business hours. Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>Konta bezpłatne: specjalista odpowiada na Twoją sprawę pisemnie, w godzinach pracy. Poza nimi otrzymasz wiadomość o nieobecności; odpowiedź pojawi się na tym czacie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="272" />
            <source>Verified subscribers: a live specialist in this chat. You see your place in line and the expected wait.</source>
            <translation>Zweryfikowani subskrybenci: specjalista na żywo na tym czacie. Widzisz swoje miejsce w kolejce i przewidywany czas oczekiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="276" />
            <source>&amp;Request support</source>
            <translation>&amp;Poproś o pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="277" />
            <source>Request support from a specialist</source>
            <translation>Poproś specjalistę o pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="278" />
            <source>&amp;Secure your account now</source>
            <translation>&amp;Zabezpiecz teraz swoje konto</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="279" />
            <source>Secure your account now</source>
            <translation>Zabezpiecz teraz swoje konto</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="395" />
            <source>Your access is restored.</source>
            <translation>Twój dostęp został przywrócony.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="397" />
            <source>A specialist is with you in this chat.</source>
            <translation>Specjalista jest z Tobą na tym czacie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="399" />
            <source>The specialist is restoring your access.</source>
            <translation>Specjalista przywraca Twój dostęp.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="402" />
            <source>Your case is on hold for a safety waiting period; we will write here.</source>
            <translation>Twoja sprawa jest wstrzymana na okres oczekiwania ze względów bezpieczeństwa; napiszemy tutaj.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="405" />
            <source>You are in line for a live specialist.</source>
            <translation>Czekasz w kolejce na specjalistę na żywo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="408" />
            <source>You are number %n in line.</source>
            <translation>
                <numerusform>Jesteś %n. w kolejce.</numerusform>
                <numerusform>Jesteś %n. w kolejce.</numerusform>
                <numerusform>Jesteś %n. w kolejce.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="413" />
            <source>Expected wait: about %n minutes.</source>
            <translation>
                <numerusform>Przewidywany czas oczekiwania: około %n minuty.</numerusform>
                <numerusform>Przewidywany czas oczekiwania: około %n minut.</numerusform>
                <numerusform>Przewidywany czas oczekiwania: około %n minut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="416" />
            <source>Your case is with our team.</source>
            <translation>Twoja sprawa jest w rękach naszego zespołu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="419" />
            <source>We reply within %n hours, here in this chat.</source>
            <translation>
                <numerusform>Odpowiemy w ciągu %n godziny, tutaj na czacie.</numerusform>
                <numerusform>Odpowiemy w ciągu %n godzin, tutaj na czacie.</numerusform>
                <numerusform>Odpowiemy w ciągu %n godzin, tutaj na czacie.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="427" />
            <source>At the latest by %1.</source>
            <translation>Najpóźniej do %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="430" />
            <source>Business hours: %1.</source>
            <translation>Godziny pracy: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="435" />
            <source>We are outside business hours now. Your case is kept and answered in order.</source>
            <translation>Jesteśmy teraz poza godzinami pracy. Twoja sprawa jest zachowana i otrzyma odpowiedź w kolejności.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="439" />
            <source>We open again %1.</source>
            <translation>Wracamy %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="443" />
            <source>Your request is being sent…</source>
            <translation>Wysyłanie prośby…</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="450" />
            <source>This is not possible at this step of your case. %1</source>
            <translation>Na tym etapie sprawy nie jest to możliwe. %1</translation>
        </message>
    </context>
    <context>
        <name>SupportText</name>
        <message>
            <location filename="../../ui/user/support_text.py" line="12" />
            <source>Next: confirm your reply address with the code we sent to it.</source>
            <translation>Dalej: potwierdź swój adres kontaktowy kodem, który na niego wysłaliśmy.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="15" />
            <source>Next: prove it is your account in the verification step. Often that is enough to recover it yourself.</source>
            <translation>Dalej: udowodnij w kroku weryfikacji, że to Twoje konto. Często to wystarczy, by odzyskać je samodzielnie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="20" />
            <source>If this does not solve it, request support below.</source>
            <translation>Jeśli to nie pomoże, poproś o pomoc poniżej.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="23" />
            <source>A specialist will answer you in this chat; you do not need to do more.</source>
            <translation>Specjalista odpowie Ci na tym czacie; nie musisz robić nic więcej.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="26" />
            <source>We are reviewing what you sent; we will write to you here.</source>
            <translation>Sprawdzamy to, co przesłałeś; napiszemy do Ciebie tutaj.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="29" />
            <source>A specialist is with you in the chat.</source>
            <translation>Specjalista jest z Tobą na czacie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="32" />
            <source>You can do this yourself: prove it is you.</source>
            <translation>Możesz to zrobić samodzielnie: udowodnij, że to Ty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="33" />
            <source>You can do this yourself: reset your password after verifying.</source>
            <translation>Możesz to zrobić samodzielnie: po weryfikacji zresetuj hasło.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="50" />
            <source>The assistant has no ready answer for this. Request support below.</source>
            <translation>Asystent nie ma na to gotowej odpowiedzi. Poproś o pomoc poniżej.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStep</name>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="123" />
            <source>Thank you for your answer.</source>
            <translation>Dziękujemy za odpowiedź.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="124" />
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>&amp;Continue</source>
            <translation>&amp;Dalej</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="128" />
            <source>How did it go?</source>
            <translation>Jak poszło?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="130" />
            <source>Two quick questions about your recovery case. Answering is optional.</source>
            <translation>Dwa krótkie pytania o Twoją sprawę odzyskiwania. Odpowiedź jest dobrowolna.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="132" />
            <source>Was your access restored?</source>
            <translation>Czy odzyskałeś(-aś) dostęp?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="133" />
            <source>&amp;Yes</source>
            <translation>&amp;Tak</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="134" />
            <source>N&amp;o</source>
            <translation>&amp;Nie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="135" />
            <source>Yes, my access was restored</source>
            <translation>Tak, odzyskałem(-am) dostęp</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="136" />
            <source>No, my access was not restored</source>
            <translation>Nie, nie odzyskałem(-am) dostępu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="138" />
            <source>How would you rate the help you got? (1 = bad, 5 = very good)</source>
            <translation>Jak oceniasz otrzymaną pomoc? (1 = źle, 5 = bardzo dobrze)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="141" />
            <source>Rating %1 of 5</source>
            <translation>Ocena %1 z 5</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="142" />
            <source>Co&amp;mment (optional):</source>
            <translation>&amp;Komentarz (opcjonalnie):</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="143" />
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="144" />
            <source>Sen&amp;d</source>
            <translation>&amp;Wyślij</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="145" />
            <source>Send your answer</source>
            <translation>Wyślij odpowiedź</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>S&amp;kip</source>
            <translation>&amp;Pomiń</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="147" />
            <source>Continue without answering</source>
            <translation>Dalej bez odpowiedzi</translation>
        </message>
    </context>
    <context>
        <name>TotpStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="151" />
            <source>Set up your authenticator app</source>
            <translation>Skonfiguruj aplikację uwierzytelniającą</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="154" />
            <source>Scan the QR code with your authenticator app (for example Aegis, Google Authenticator or Microsoft Authenticator), or type the key by hand. This replaces any authenticator set up before, including one an intruder added. The key is shown only here and only now.</source>
            <translation>Zeskanuj kod QR aplikacją uwierzytelniającą (na przykład Aegis, Google Authenticator lub Microsoft Authenticator) albo wpisz klucz ręcznie. Zastąpi to każdą wcześniej skonfigurowaną aplikację, także dodaną przez intruza. Klucz jest pokazywany tylko tutaj i tylko teraz.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="160" />
            <source>QR code for your authenticator app</source>
            <translation>Kod QR dla aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="161" />
            <source>&amp;Key for typing by hand:</source>
            <translation>&amp;Klucz do wpisania ręcznie:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="162" />
            <source>Key for typing by hand</source>
            <translation>Klucz do wpisania ręcznie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="163" />
            <source>&amp;Code the app shows now:</source>
            <translation>Kod, który aplikacja &amp;pokazuje teraz:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="164" />
            <source>Six-digit code from the app</source>
            <translation>Sześciocyfrowy kod z aplikacji</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="165" />
            <source>6 digits</source>
            <translation>6 cyfr</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="166" />
            <source>&amp;Confirm</source>
            <translation>&amp;Potwierdź</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="167" />
            <source>Confirm the code</source>
            <translation>Potwierdź kod</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="168" />
            <source>Skip for now</source>
            <translation>Pomiń na razie</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="169" />
            <source>Skip setting up an authenticator app</source>
            <translation>Pomiń konfigurację aplikacji uwierzytelniającej</translation>
        </message>
    </context>
    <context>
        <name>TypingIndicator</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="88" />
            <source>%1 is typing…</source>
            <translation>%1 pisze…</translation>
        </message>
    </context>
    <context>
        <name>UserFlow</name>
        <message>
            <location filename="../../ui/user/flow.py" line="237" />
            <source>Step {step} of {total}</source>
            <translation>Krok {step} z {total}</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="272" />
            <source>This code is locked after too many wrong tries. Ask for a new code, or go back and choose another way to prove it is you.</source>
            <translation>Ten kod został zablokowany po zbyt wielu błędnych próbach. Poproś o nowy kod albo wróć i wybierz inny sposób potwierdzenia, że to Ty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="278" />
            <source>This code has expired or a newer one was sent. Ask for a new code and type the newest one.</source>
            <translation>Ten kod wygasł albo wysłaliśmy nowszy. Poproś o nowy kod i wpisz najnowszy.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="290" />
            <source>We found no open case with this reference and key. Check them and try again, or start a new case.</source>
            <translation>Nie znaleźliśmy otwartej sprawy o tym numerze i kluczu. Sprawdź je i spróbuj ponownie albo rozpocznij nową sprawę.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="295" />
            <source>Your case has moved on and this step is no longer possible. Go back to the start and resume your case with its reference.</source>
            <translation>Twoja sprawa jest już na dalszym etapie i ten krok nie jest możliwy. Wróć na początek i wznów sprawę, podając jej numer.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="300" />
            <source>Please check what you typed: the account and an e-mail address or phone number (with country code) where we can reach you.</source>
            <translation>Sprawdź, co wpisano: konto oraz adres e-mail lub numer telefonu (z kodem kraju), pod którym możemy się z Tobą skontaktować.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="305" />
            <source>Give an e-mail address or a phone number (with country code) we can reply to.</source>
            <translation>Podaj adres e-mail lub numer telefonu (z kodem kraju), na który możemy odpowiedzieć.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="365" />
            <location filename="../../ui/user/flow.py" line="428" />
            <source>We sent a new code. Use the newest one.</source>
            <translation>Wysłaliśmy nowy kod. Użyj najnowszego.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/flow.py" line="380" />
            <source>That code is not right. Check it and try again: %n tries left.</source>
            <translation>
                <numerusform>Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie: została %n próba.</numerusform>
                <numerusform>Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie: zostały %n próby.</numerusform>
                <numerusform>Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie: zostało %n prób.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="488" />
            <source>Thank you: that proof was accepted.</source>
            <translation>Dziękujemy: ten dowód został przyjęty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="508" />
            <source>Sent. Our team checks your files, usually within a day; your level rises when they are approved. You can get help from a person meanwhile.</source>
            <translation>Wysłano. Nasz zespół sprawdzi pliki, zwykle w ciągu doby; poziom weryfikacji wzrośnie po ich zatwierdzeniu. W międzyczasie możesz poprosić o pomoc konsultanta.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="525" />
            <source>To put you in touch with a person we need to know which account it is and how to reach you. Choose what happened, then fill in the next page.</source>
            <translation>Aby połączyć Cię z konsultantem, musimy wiedzieć, o które konto chodzi i jak się z Tobą skontaktować. Wybierz, co się stało, a potem wypełnij następną stronę.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="530" />
            <source>To put you in touch with a person, fill in this page first: which account, and where we can reach you.</source>
            <translation>Aby połączyć Cię z konsultantem, najpierw wypełnij tę stronę: o które konto chodzi i gdzie możemy się z Tobą skontaktować.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="543" />
            <source>First type the code we sent to your reply address, so that our team can reach you there.</source>
            <translation>Najpierw wpisz kod wysłany na Twój adres kontaktowy, aby nasz zespół mógł się z Tobą tam skontaktować.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="561" />
            <source>Talking to a person is not available in this version of the app.</source>
            <translation>Rozmowa z konsultantem nie jest dostępna w tej wersji aplikacji.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="579" />
            <source>Securing the account is not available in this version of the app.</source>
            <translation>Zabezpieczanie konta nie jest dostępne w tej wersji aplikacji.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="614" />
            <source>This computer does not keep the key to this case. Enter the case key you saved.</source>
            <translation>Ten komputer nie przechowuje klucza do tej sprawy. Wpisz zapisany klucz sprawy.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="634" />
            <source>This case is closed. To try again, go back and open a new case.</source>
            <translation>Ta sprawa jest zamknięta. Aby spróbować ponownie, wróć i otwórz nową sprawę.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="672" />
            <source>Get help with your account</source>
            <translation>Pomoc z kontem</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="673" />
            <source>← &amp;Back</source>
            <translation>← &amp;Wstecz</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="674" />
            <source>Back to the previous page</source>
            <translation>Wróć do poprzedniej strony</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="675" />
            <source>Back (Alt+Left)</source>
            <translation>Wstecz (Alt+Lewo)</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="676" />
            <source>Talk to a &amp;person</source>
            <translation>Porozmawiaj z &amp;konsultantem</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="677" />
            <source>Get help from a person</source>
            <translation>Pomoc od konsultanta</translation>
        </message>
    </context>
    <context>
        <name>UserWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="57" />
            <source>Get help with your account</source>
            <translation>Pomoc z kontem</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="58" />
            <source>Locked out of your account?</source>
            <translation>Nie możesz wejść na swoje konto?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="61" />
            <source>Recovery Desk helps you prove that the account is yours and get back in, even if someone else has changed your e-mail, phone or sign-in app. It takes four steps:</source>
            <translation>Recovery Desk pomoże Ci udowodnić, że konto należy do Ciebie, i odzyskać dostęp — nawet jeśli ktoś zmienił Twój e-mail, telefon lub aplikację do logowania. To cztery kroki:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="68" />
            <source>Tell us what happened.</source>
            <translation>Powiedz nam, co się stało.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="69" />
            <source>Prove it is you, with something only you have.</source>
            <translation>Udowodnij, że to Ty, czymś, co masz tylko Ty.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="70" />
            <source>Get help: our assistant, and a person when you need one.</source>
            <translation>Uzyskaj pomoc: nasz asystent, a w razie potrzeby człowiek.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="71" />
            <source>Secure your account: new password, sign-in app and backup codes.</source>
            <translation>Zabezpiecz konto: nowe hasło, aplikacja do logowania i kody zapasowe.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="76" />
            <source>We never ask for your password, and nobody at Recovery Desk can see the codes we send you.</source>
            <translation>Nigdy nie prosimy o Twoje hasło, a nikt w Recovery Desk nie widzi kodów, które Ci wysyłamy.</translation>
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="98" />
            <source>Verification</source>
            <translation>Weryfikacja</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="99" />
            <source>Proofs passed</source>
            <translation>Zaliczone potwierdzenia</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="100" />
            <source>Ask the requester for a &amp;proof:</source>
            <translation>Poproś zgłaszającego o &amp;potwierdzenie:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="101" />
            <source>Proof to ask for</source>
            <translation>Potwierdzenie, o które prosisz</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="102" />
            <source>As&amp;k</source>
            <translation>&amp;Zapytaj</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="103" />
            <source>Ask the requester for this proof</source>
            <translation>Poproś zgłaszającego o to potwierdzenie</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="105" />
            <source>The requester answers in their own app; you see only the result.</source>
            <translation>Zgłaszający odpowiada we własnej aplikacji; widzisz tylko wynik.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="107" />
            <source>Proofs you asked for</source>
            <translation>Potwierdzenia, o które prosiłeś</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="115" />
            <source>Level: %1. Raised by: %2.</source>
            <translation>Poziom: %1. Dzięki: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="128" />
            <source>None yet.</source>
            <translation>Jeszcze żadnych.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="130" />
            <source>✓ %1, passed %2</source>
            <translation>✓ %1, zaliczone %2</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../ui/user/verify_page.py" line="96" />
            <source>No proof yet</source>
            <translation>Brak dowodów</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="98" />
            <source>One proof lets us help you reset your password. Choose one of the ways below.</source>
            <translation>Jeden dowód pozwoli nam pomóc Ci zmienić hasło. Wybierz jeden ze sposobów poniżej.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="103" />
            <source>One proof so far</source>
            <translation>Na razie jeden dowód</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="105" />
            <source>That is enough to sign out every other device and, if the account has no two-step sign-in, to reset your password. One more proof of a different kind lets us reset your password in every case and undo changes someone else made.</source>
            <translation>To wystarczy, aby wylogować wszystkie inne urządzenia, a jeśli konto nie ma logowania dwuetapowego — aby zmienić hasło. Jeszcze jeden dowód innego rodzaju pozwoli nam zmienić hasło w każdym przypadku i cofnąć zmiany wprowadzone przez kogoś innego.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="113" />
            <source>Two proofs</source>
            <translation>Dwa dowody</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="115" />
            <source>We can reset your password and undo changes someone else made to your e-mail address or phone. Removing two-step sign-in also needs your ID document and a selfie, checked by our team.</source>
            <translation>Możemy zmienić hasło i cofnąć zmiany, które ktoś inny wprowadził w adresie e-mail lub telefonie. Wyłączenie logowania dwuetapowego wymaga też dokumentu tożsamości i selfie sprawdzonych przez nasz zespół.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="121" />
            <source>Fully verified</source>
            <translation>W pełni potwierdzone</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="123" />
            <source>Your proofs and your ID check let us restore everything, including removing two-step sign-in.</source>
            <translation>Twoje dowody i sprawdzony dokument pozwalają nam przywrócić wszystko, łącznie z wyłączeniem logowania dwuetapowego.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="129" />
            <location filename="../../ui/user/verify_page.py" line="130" />
            <source>Prove it is you</source>
            <translation>Potwierdź, że to Ty</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="133" />
            <source>Each proof is something only the real owner has. Only e-mail addresses, phones and apps that were on the account before the problem started count.</source>
            <translation>Każdy dowód to coś, co ma tylko prawdziwy właściciel. Liczą się tylko adresy e-mail, telefony i aplikacje, które były przypisane do konta, zanim pojawił się problem.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="141" />
            <source>Choose a way to prove it is you:</source>
            <translation>Wybierz sposób potwierdzenia, że to Ty:</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="144" />
            <source>Code to an e-mail address</source>
            <translation>Kod na adres e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="145" />
            <source>We send a code to the account's e-mail address from before.</source>
            <translation>Wyślemy kod na wcześniejszy adres e-mail konta.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="148" />
            <source>Code by text message</source>
            <translation>Kod SMS-em</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="149" />
            <source>We send a code to the account's phone number from before.</source>
            <translation>Wyślemy kod na wcześniejszy numer telefonu konta.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="152" />
            <source>Authenticator app</source>
            <translation>Aplikacja uwierzytelniająca</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="153" />
            <source>Type the code your authenticator app shows for this account.</source>
            <translation>Wpisz kod, który aplikacja uwierzytelniająca pokazuje dla tego konta.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="156" />
            <source>Backup code</source>
            <translation>Kod zapasowy</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="157" />
            <source>Use one of the backup codes you saved when you set up two-step sign-in.</source>
            <translation>Użyj jednego z kodów zapasowych zapisanych przy włączaniu logowania dwuetapowego.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="160" />
            <source>ID document and selfie</source>
            <translation>Dokument tożsamości i selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="162" />
            <source>Send a photo of your ID and a selfie holding a code we show you. Our team checks them.</source>
            <translation>Wyślij zdjęcie dokumentu i selfie z kodem, który pokażemy. Nasz zespół je sprawdzi.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="172" />
            <source>{method} — done</source>
            <translation>{method} — gotowe</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="176" />
            <source>Get &amp;help from a person</source>
            <translation>Poproś konsultanta o &amp;pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="177" />
            <source>Get help from a person</source>
            <translation>Pomoc od konsultanta</translation>
        </message>
    </context>
</TS>