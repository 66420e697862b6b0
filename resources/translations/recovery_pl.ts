<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
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
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="75" />
            <source>Retry now</source>
            <translation>Ponów teraz</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="76" />
            <source>Retry connecting to the server now</source>
            <translation>Ponów teraz połączenie z serwerem</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Connected</source>
            <translation>Połączono</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="80" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Połączono z serwerem Recovery Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Łączenie z serwerem Recovery Desk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Rozłączono — ponowna próba za %n s</numerusform>
                <numerusform>Rozłączono — ponowna próba za %n s</numerusform>
                <numerusform>Rozłączono — ponowna próba za %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="90" />
            <source>Connection status</source>
            <translation>Stan połączenia</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="37" />
            <source>Something went wrong</source>
            <translation>Coś poszło nie tak</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk napotkał nieoczekiwany problem. Nic z tego, co wpisano, nie zostało wysłane dwukrotnie ani utracone; możesz kontynuować albo uruchomić aplikację ponownie, jeśli coś wygląda źle.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="47" />
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/windows/main_window.py" line="192" />
            <location filename="../../ui/windows/main_window.py" line="193" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="194" />
            <source>&amp;Get help</source>
            <translation>&amp;Pomoc</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="195" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Odzyskaj własne konto (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="196" />
            <source>User mode: get help with your account</source>
            <translation>Tryb użytkownika: pomoc z kontem</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="197" />
            <source>&amp;Agent</source>
            <translation>&amp;Konsultant</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="198" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Pracuj jako konsultant wsparcia (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="199" />
            <source>Agent mode: support agent workspace</source>
            <translation>Tryb konsultanta: panel wsparcia</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="200" />
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="201" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="202" />
            <source>&amp;Theme:</source>
            <translation>&amp;Motyw:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="203" />
            <source>Theme</source>
            <translation>Motyw</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="205" />
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="206" />
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="207" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="211" />
            <source>Server address</source>
            <translation>Adres serwera</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="212" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Serwer Recovery Desk, z którym łączy się aplikacja</translation>
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
</TS>
