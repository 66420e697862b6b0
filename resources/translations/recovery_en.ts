<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="75" />
            <source>Retry now</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="76" />
            <source>Retry connecting to the server now</source>
            <translation>Retry connecting to the server now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="80" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Connected to the Recovery Desk server.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Connecting to the Recovery Desk server.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Disconnected — retrying in %n s</numerusform>
                <numerusform>Disconnected — retrying in %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="90" />
            <source>Connection status</source>
            <translation>Connection status</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="37" />
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="47" />
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
            <translation>&amp;Get help</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="195" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Recover your own account (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="196" />
            <source>User mode: get help with your account</source>
            <translation>User mode: get help with your account</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="197" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="198" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Work as a support agent (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="199" />
            <source>Agent mode: support agent workspace</source>
            <translation>Agent mode: support agent workspace</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="200" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="201" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="202" />
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="203" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="205" />
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="206" />
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="207" />
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="211" />
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="212" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>The Recovery Desk server this app talks to</translation>
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
</TS>
