<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="75" />
            <source>Retry now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="76" />
            <source>Retry connecting to the server now</source>
            <translation>Jetzt erneut mit dem Server verbinden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="80" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Mit dem Recovery-Desk-Server verbunden.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Verbindung zum Recovery-Desk-Server wird aufgebaut.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Getrennt — neuer Versuch in %n s</numerusform>
                <numerusform>Getrennt — neuer Versuch in %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="90" />
            <source>Connection status</source>
            <translation>Verbindungsstatus</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="37" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk ist auf ein unerwartetes Problem gestoßen. Nichts von Ihren Eingaben wurde doppelt gesendet oder verloren; Sie können weitermachen oder die App neu starten, falls etwas nicht stimmt.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="47" />
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
            <translation>&amp;Hilfe holen</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="195" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Eigenes Konto wiederherstellen (Strg+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="196" />
            <source>User mode: get help with your account</source>
            <translation>Benutzermodus: Hilfe mit Ihrem Konto</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="197" />
            <source>&amp;Agent</source>
            <translation>&amp;Mitarbeitende</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="198" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Als Support-Mitarbeitende arbeiten (Strg+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="199" />
            <source>Agent mode: support agent workspace</source>
            <translation>Mitarbeitendenmodus: Arbeitsbereich des Supports</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="200" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="201" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="202" />
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="203" />
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="205" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="206" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="207" />
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="211" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="212" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Der Recovery-Desk-Server, mit dem diese App spricht</translation>
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
</TS>
