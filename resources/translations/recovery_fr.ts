<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AgentWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="86" />
            <location filename="../../ui/widgets/welcome_pages.py" line="87" />
            <source>Agent workspace</source>
            <translation>Espace agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="90" />
            <source>Support agents sign in here with their password and authenticator code to work the queue. The server enforces these rules:</source>
            <translation>Les agents du support se connectent ici avec leur mot de passe et le code de leur application d’authentification pour traiter la file d’attente. Le serveur applique ces règles :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="96" />
            <source>You see a person's data only while their case is assigned to you.</source>
            <translation>Vous ne voyez les données d’une personne que tant que son dossier vous est attribué.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="97" />
            <source>Restore actions open only at the verification level they need.</source>
            <translation>Les actions de restauration ne s’ouvrent qu’au niveau de vérification requis.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="98" />
            <source>High-impact actions need a second agent's approval.</source>
            <translation>Les actions sensibles doivent être approuvées par un second agent.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="99" />
            <source>Every action is written to a tamper-evident audit log.</source>
            <translation>Chaque action est inscrite dans un journal d’audit infalsifiable.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="103" />
            <source>Codes, passwords and authenticator secrets are never shown to agents.</source>
            <translation>Les codes, mots de passe et secrets d’authentification ne sont jamais montrés aux agents.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="75" />
            <source>Retry now</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="76" />
            <source>Retry connecting to the server now</source>
            <translation>Réessayer maintenant de se connecter au serveur</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="80" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Connecté au serveur Recovery Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Connexion au serveur Recovery Desk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Déconnecté — nouvel essai dans %n s</numerusform>
                <numerusform>Déconnecté — nouvel essai dans %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="90" />
            <source>Connection status</source>
            <translation>État de la connexion</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="37" />
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk a rencontré un problème inattendu. Rien de ce que vous avez saisi n’a été envoyé deux fois ni perdu ; vous pouvez continuer, ou redémarrer l’application si quelque chose semble anormal.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="47" />
            <source>Details for support were written to {path}.</source>
            <translation>Les détails pour le support ont été enregistrés dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="11" />
            <source>The Recovery Desk server cannot be reached. Check your internet connection; we keep trying in the background.</source>
            <translation>Le serveur Recovery Desk est injoignable. Vérifiez votre connexion Internet ; nous réessayons en arrière-plan.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The service is having trouble on its side. Nothing you entered is lost; we keep trying in the background.</source>
            <translation>Le service rencontre un problème de son côté. Rien de ce que vous avez saisi n’est perdu ; nous réessayons en arrière-plan.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>The service is being updated. Please try again in a few minutes.</source>
            <translation>Le service est en cours de mise à jour. Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>The service is temporarily unavailable. Please try again shortly.</source>
            <translation>Le service est momentanément indisponible. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>Too many attempts. Please wait a little and try again.</source>
            <translation>Trop de tentatives. Patientez un peu, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>That is too large to send. Please send something smaller.</source>
            <translation>C’est trop volumineux pour être envoyé. Envoyez quelque chose de plus petit.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>The server sent an answer this version of the app does not understand. Please update the app.</source>
            <translation>Le serveur a envoyé une réponse que cette version de l’application ne comprend pas. Mettez l’application à jour.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>Something went wrong. Please try again; if it keeps happening, contact support.</source>
            <translation>Un problème est survenu. Réessayez ; si cela se reproduit, contactez le support.</translation>
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
            <translation>Obtenir de l’&amp;aide</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="195" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Récupérer votre propre compte (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="196" />
            <source>User mode: get help with your account</source>
            <translation>Mode utilisateur : aide pour votre compte</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="197" />
            <source>&amp;Agent</source>
            <translation>A&amp;gent</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="198" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Travailler comme agent du support (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="199" />
            <source>Agent mode: support agent workspace</source>
            <translation>Mode agent : espace de travail du support</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="200" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="201" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="202" />
            <source>&amp;Theme:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="203" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="205" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="206" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="207" />
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="211" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="212" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Le serveur Recovery Desk auquel cette application se connecte</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../ui/widgets/notice_banner.py" line="19" />
            <source>Service notice</source>
            <translation>Avis de service</translation>
        </message>
    </context>
    <context>
        <name>UserWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="57" />
            <source>Get help with your account</source>
            <translation>Aide pour votre compte</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="58" />
            <source>Locked out of your account?</source>
            <translation>Vous n’avez plus accès à votre compte ?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="61" />
            <source>Recovery Desk helps you prove that the account is yours and get back in, even if someone else has changed your e-mail, phone or sign-in app. It takes four steps:</source>
            <translation>Recovery Desk vous aide à prouver que le compte est le vôtre et à y accéder de nouveau, même si quelqu’un a changé votre e-mail, votre téléphone ou votre application de connexion. Cela se fait en quatre étapes :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="68" />
            <source>Tell us what happened.</source>
            <translation>Dites-nous ce qui s’est passé.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="69" />
            <source>Prove it is you, with something only you have.</source>
            <translation>Prouvez que c’est vous, avec quelque chose que vous seul possédez.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="70" />
            <source>Get help: our assistant, and a person when you need one.</source>
            <translation>Obtenez de l’aide : notre assistant, et une personne si besoin.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="71" />
            <source>Secure your account: new password, sign-in app and backup codes.</source>
            <translation>Sécurisez votre compte : nouveau mot de passe, application de connexion et codes de secours.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="76" />
            <source>We never ask for your password, and nobody at Recovery Desk can see the codes we send you.</source>
            <translation>Nous ne demandons jamais votre mot de passe, et personne chez Recovery Desk ne peut voir les codes que nous vous envoyons.</translation>
        </message>
    </context>
</TS>
