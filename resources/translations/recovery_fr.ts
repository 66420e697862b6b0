<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="50" />
            <source>%1 asked for %n restore actions</source>
            <translation>
                <numerusform>%1 a demandé %n action de rétablissement</numerusform>
                <numerusform>%1 a demandé %n actions de rétablissement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="51" />
            <source>within %n minutes.</source>
            <translation>
                <numerusform>en %n minute.</numerusform>
                <numerusform>en %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="54" />
            <source>%1 asked %n times in a row to remove a second factor.</source>
            <translation>
                <numerusform>%1 a demandé %n fois de suite la suppression d’un second facteur.</numerusform>
                <numerusform>%1 a demandé %n fois de suite la suppression d’un second facteur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="74" />
            <source>%n message(s) could not be delivered in time; retries continue.</source>
            <translation>
                <numerusform>%n message n’a pas pu être remis à temps ; nous réessayons.</numerusform>
                <numerusform>%n messages n’ont pas pu être remis à temps ; nous réessayons.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="76" />
            <source>%n message(s) were refused for good and will not be retried.</source>
            <translation>
                <numerusform>%n message a été refusé définitivement et ne sera pas renvoyé.</numerusform>
                <numerusform>%n messages ont été refusés définitivement et ne seront pas renvoyés.</numerusform>
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
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_text.py" line="64" />
            <source>Thank you for your feedback (%n of 5).</source>
            <translation>
                <numerusform>Merci pour votre avis (%n sur 5).</numerusform>
                <numerusform>Merci pour votre avis (%n sur 5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTimeline</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="45" />
            <source>Account and timeline</source>
            <translation>Compte et historique</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="51" />
            <source>Suspicious</source>
            <translation>Suspect</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="63" />
            <source>No account is linked to this case yet.</source>
            <translation>Aucun compte n'est encore lié à ce dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="66" />
            <source>Account %1 (%2), status: %3</source>
            <translation>Compte %1 (%2), statut : %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="73" />
            <source>Reported compromise from %1</source>
            <translation>Compromission signalée depuis le %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="77" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="80" />
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="82" />
            <source>No authenticator app</source>
            <translation>Aucune application d'authentification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="84" />
            <source>Authenticator app since %1</source>
            <translation>Application d'authentification depuis le %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="88" />
            <source>(added during the reported compromise)</source>
            <translation>(ajoutée pendant la compromission signalée)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="91" />
            <source>Device %1, first seen %2</source>
            <translation>Appareil %1, vu pour la première fois le %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="94" />
            <source>(new device during the reported compromise)</source>
            <translation>(nouvel appareil pendant la compromission signalée)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="96" />
            <source>(signed out)</source>
            <translation>(déconnecté)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="98" />
            <source>Active sessions: %1</source>
            <translation>Sessions actives : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="99" />
            <source>Security events, newest first</source>
            <translation>Événements de sécurité, du plus récent au plus ancien</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="107" />
            <source>%1, added %2 %3</source>
            <translation>%1, ajouté le %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="113" />
            <source>original</source>
            <translation>d'origine</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="115" />
            <source>added during the reported compromise</source>
            <translation>ajouté pendant la compromission signalée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="117" />
            <source>removed %1</source>
            <translation>supprimé le %1</translation>
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
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="17" />
            <source>Presence</source>
            <translation>Présence</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="18" />
            <source>Load / capacity</source>
            <translation>Charge / capacité</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="19" />
            <source>Chats now</source>
            <translation>Chats en cours</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="20" />
            <source>Presence since</source>
            <translation>Présence depuis</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="32" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>AgentDesk</name>
        <message>
            <location filename="../../ui/agent/desk.py" line="188" />
            <source>Chats and queue</source>
            <translation>Discussions et file d’attente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="189" />
            <source>Your chats and the waiting queue (Ctrl+Shift+1)</source>
            <translation>Vos discussions et la file d’attente (Ctrl+Maj+1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/desk.py" line="191" />
            <source>Approvals (%n)</source>
            <translation>
                <numerusform>Approbations (%n)</numerusform>
                <numerusform>Approbations (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="193" />
            <source>Approvals</source>
            <translation>Approbations</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="196" />
            <source>Restore requests waiting for a second person (Ctrl+Shift+2)</source>
            <translation>Demandes de restauration en attente d’une deuxième personne (Ctrl+Maj+2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="199" />
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="201" />
            <source>Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)</source>
            <translation>File d’attente, agents, alertes, tableau de bord et journal d’audit (Ctrl+Maj+3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="203" />
            <source>Desk sections</source>
            <translation>Sections du poste de travail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="259" />
            <source>Agent desk</source>
            <translation>Bureau des agents</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="263" />
            <source>No open chats. While you are online with a free slot, new chats open here by themselves.</source>
            <translation>Aucune conversation ouverte. Tant que vous êtes en ligne avec une place libre, les nouvelles conversations s'ouvrent ici d'elles-mêmes.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="339" />
            <source>New chat assigned</source>
            <translation>Nouvelle conversation attribuée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="340" />
            <source>Case %1 is now yours.</source>
            <translation>Le dossier %1 vous est maintenant attribué.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="348" />
            <source>Case %1 is no longer assigned to you.</source>
            <translation>Le dossier %1 ne vous est plus attribué.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="363" />
            <source>New message</source>
            <translation>Nouveau message</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="364" />
            <source>A new message in case %1.</source>
            <translation>Un nouveau message dans le dossier %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="463" />
            <source>Case %1 was handed over.</source>
            <translation>Le dossier %1 a été transféré.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="466" />
            <source>Case %1 was passed to a supervisor.</source>
            <translation>Le dossier %1 a été transmis à un superviseur.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="482" />
            <source>Close the case</source>
            <translation>Clore le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="486" />
            <source>Case %1 is closed; the requester was asked for their feedback.</source>
            <translation>Le dossier %1 est clos ; le demandeur a été invité à donner son avis.</translation>
        </message>
    </context>
    <context>
        <name>AgentShortcuts</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="19" />
            <source>Next chat (also Ctrl+Tab)</source>
            <translation>Conversation suivante (aussi Ctrl+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="20" />
            <source>Previous chat (also Ctrl+Shift+Tab)</source>
            <translation>Conversation précédente (aussi Ctrl+Maj+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="21" />
            <source>Send the reply</source>
            <translation>Envoyer la réponse</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="22" />
            <source>Prepared replies (also Ctrl+/)</source>
            <translation>Réponses types (aussi Ctrl+/)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="23" />
            <source>Private note on or off</source>
            <translation>Afficher ou masquer la note privée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="24" />
            <source>Transfer the chat</source>
            <translation>Transférer la conversation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="25" />
            <source>Escalate to a supervisor</source>
            <translation>Escalader à un superviseur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="26" />
            <source>Close the case</source>
            <translation>Clore le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="27" />
            <source>Go to the waiting queue</source>
            <translation>Aller à la file d'attente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="30" />
            <source>Chats and queue / approvals / supervision</source>
            <translation>Discussions et file / approbations / supervision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="32" />
            <source>User mode / agent mode</source>
            <translation>Mode utilisateur / mode agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="33" />
            <source>This list</source>
            <translation>Cette liste</translation>
        </message>
    </context>
    <context>
        <name>AgentStatusBar</name>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="77" />
            <source>St&amp;atus:</source>
            <translation>St&amp;atut :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Away</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="81" />
            <source>Your status</source>
            <translation>Votre statut</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="83" />
            <source>Online: new chats are assigned to you. Away or offline: none are.</source>
            <translation>En ligne : de nouvelles conversations vous sont attribuées. Absent ou hors ligne : aucune.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="85" />
            <source>C&amp;hats at once:</source>
            <translation>Conversations simultan&amp;ées :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="86" />
            <source>Chats at once</source>
            <translation>Conversations simultanées</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="87" />
            <source>The most chats you take at the same time.</source>
            <translation>Le nombre maximal de conversations que vous menez en même temps.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="88" />
            <source>Keyboard &amp;shortcuts</source>
            <translation>Raccourci&amp;s clavier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="89" />
            <source>Keyboard shortcuts (F1)</source>
            <translation>Raccourcis clavier (F1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="90" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="91" />
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="92" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/status_bar.py" line="117" />
            <source>%n open chats</source>
            <translation>
                <numerusform>%n conversation ouverte</numerusform>
                <numerusform>%n conversations ouvertes</numerusform>
            </translation>
        </message>
    </context>
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
        <name>AlertsModel</name>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="21" />
            <source>Unusual restore activity</source>
            <translation>Activité de rétablissement inhabituelle</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="22" />
            <source>Repeated second-factor removal</source>
            <translation>Suppressions répétées du second facteur</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="23" />
            <source>Service-level breach</source>
            <translation>Dépassement du niveau de service</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="24" />
            <source>Messages delayed</source>
            <translation>Messages retardés</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="25" />
            <source>Messages refused</source>
            <translation>Messages refusés</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="63" />
            <source>Case %1 (%2) has had no first response for %3 (target %4).</source>
            <translation>Le dossier %1 (%2) attend une première réponse depuis %3 (objectif : %4).</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="79" />
            <source>Owners not told about cases: %1.</source>
            <translation>Titulaires non prévenus pour les dossiers : %1.</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="90" />
            <source>Raised</source>
            <translation>Déclenchée</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="91" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="92" />
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="93" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="108" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged by %1</source>
            <translation>Traitée par %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged</source>
            <translation>Traitée</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="90" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="91" />
            <source>Show ac&amp;knowledged alerts too</source>
            <translation>Afficher aussi les alertes &amp;traitées</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="92" />
            <source>Show acknowledged alerts too</source>
            <translation>Afficher aussi les alertes traitées</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="93" />
            <source>Alerts, newest first</source>
            <translation>Alertes, les plus récentes d’abord</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="94" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Marquer comme traitée</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="95" />
            <source>Acknowledge the selected alert</source>
            <translation>Marquer l’alerte sélectionnée comme traitée</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="110" />
            <source>No open alerts.</source>
            <translation>Aucune alerte ouverte.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="137" />
            <source>Select an alert to see what happened.</source>
            <translation>Sélectionnez une alerte pour voir ce qui s’est passé.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="146" />
            <location filename="../../ui/agent/approvals_inbox.py" line="147" />
            <source>Approvals</source>
            <translation>Approbations</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="148" />
            <source>Re&amp;fresh</source>
            <translation>A&amp;ctualiser</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="149" />
            <source>Refresh the approvals</source>
            <translation>Actualiser les approbations</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="150" />
            <source>&amp;Waiting for your decision</source>
            <translation>En &amp;attente de votre décision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="151" />
            <source>Requests waiting for your decision</source>
            <translation>Demandes en attente de votre décision</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="152" />
            <source>Nothing waits for your decision.</source>
            <translation>Rien n'attend votre décision.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="153" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approuver…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="154" />
            <source>Approve the selected request</source>
            <translation>Approuver la demande sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="155" />
            <source>Re&amp;fuse…</source>
            <translation>Re&amp;fuser…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="156" />
            <source>Refuse the selected request</source>
            <translation>Refuser la demande sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="157" />
            <source>Your requests waiting for appro&amp;val</source>
            <translation>Vos demandes en attente d'appro&amp;bation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="158" />
            <source>Your requests waiting for approval</source>
            <translation>Vos demandes en attente d'approbation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="205" />
            <source>Choose a request to see its details.</source>
            <translation>Choisissez une demande pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="213" />
            <source>Case %1: %2, in %3</source>
            <translation>Dossier %1 : %2, en %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="217" />
            <source>Verification: %1. Proofs: %2.</source>
            <translation>Vérification : %1. Preuves : %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="228" />
            <source>Contact: %1 %2, added %3</source>
            <translation>Contact : %1 %2, ajouté le %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="231" />
            <source>Suspicious: added during the reported compromise</source>
            <translation>Suspect : ajouté pendant la compromission signalée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="233" />
            <source>original contact</source>
            <translation>contact d'origine</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="235" />
            <source>removed %1</source>
            <translation>supprimé le %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="238" />
            <source>Asked by %1, %2: “%3”</source>
            <translation>Demandé par %1, le %2 : « %3 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/approvals_inbox.py" line="246" />
            <source>After your approval the change waits %n hours; the owner's original contacts are told and can cancel it.</source>
            <translation>
                <numerusform>Après votre approbation, la modification attend %n heure ; les contacts d'origine du titulaire sont prévenus et peuvent l'annuler.</numerusform>
                <numerusform>Après votre approbation, la modification attend %n heures ; les contacts d'origine du titulaire sont prévenus et peuvent l'annuler.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="253" />
            <source>The case is frozen: the owner cancelled a change.</source>
            <translation>Le dossier est gelé : le titulaire a annulé une modification.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="255" />
            <source>Your own request: someone else has to decide it.</source>
            <translation>Votre propre demande : quelqu'un d'autre doit en décider.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="302" />
            <source>Approve the request</source>
            <translation>Approuver la demande</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="303" />
            <source>What did you check before approving? It is written to the audit log.</source>
            <translation>Qu'avez-vous vérifié avant d'approuver ? C'est inscrit au journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="304" />
            <source>&amp;Approve</source>
            <translation>&amp;Approuver</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="310" />
            <source>Refuse the request</source>
            <translation>Refuser la demande</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="311" />
            <source>Why do you refuse it? The requesting agent sees your note.</source>
            <translation>Pourquoi la refusez-vous ? L'agent demandeur verra votre note.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="312" />
            <source>Re&amp;fuse</source>
            <translation>Re&amp;fuser</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="329" />
            <source>Decided: %1</source>
            <translation>Décision prise : %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/models/audit_model.py" line="40" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="41" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="42" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="43" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="44" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="45" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="46" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="221" />
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="222" />
            <source>&amp;Case reference:</source>
            <translation>Référence du &amp;dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="223" />
            <source>e.g. RD-7KQ2-XM4P</source>
            <translation>p. ex. RD-7KQ2-XM4P</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="224" />
            <source>Case reference</source>
            <translation>Référence du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="225" />
            <source>A&amp;gent:</source>
            <translation>A&amp;gent :</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="226" />
            <source>Any agent</source>
            <translation>Tous les agents</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="227" />
            <source>Acting agent</source>
            <translation>Agent ayant agi</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="228" />
            <source>Act&amp;ion:</source>
            <translation>A&amp;ction :</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="230" />
            <source>Any action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="231" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="232" />
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="233" />
            <source>Only rows from this time on</source>
            <translation>Seulement les lignes à partir de ce moment</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="234" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="235" />
            <source>&amp;Until:</source>
            <translation>&amp;Jusqu’au :</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="236" />
            <source>Only rows before this time</source>
            <translation>Seulement les lignes avant ce moment</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="237" />
            <source>Until</source>
            <translation>Jusqu’au</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="238" />
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="239" />
            <source>Search the audit log</source>
            <translation>Rechercher dans le journal d’audit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="240" />
            <source>C&amp;lear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="241" />
            <source>Clear the search filters</source>
            <translation>Effacer les filtres de recherche</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="242" />
            <source>Audit rows, newest first</source>
            <translation>Lignes d’audit, les plus récentes d’abord</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="243" />
            <source>Details of the selected row</source>
            <translation>Détails de la ligne sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="244" />
            <source>Select a row to see its details.</source>
            <translation>Sélectionnez une ligne pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="245" />
            <source>&amp;Verify chain</source>
            <translation>&amp;Vérifier la chaîne</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="246" />
            <source>Verify the audit log's hash chain</source>
            <translation>Vérifier la chaîne de hachage du journal d’audit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="247" />
            <source>Result of the chain check</source>
            <translation>Résultat de la vérification de la chaîne</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="273" />
            <source>A case reference has only letters, digits and dashes.</source>
            <translation>Une référence de dossier ne contient que des lettres, des chiffres et des tirets.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="278" />
            <source>An action has only small letters, digits, dots and underscores.</source>
            <translation>Une action ne contient que des minuscules, des chiffres, des points et des tirets bas.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="285" />
            <source>The end of the time range must be after its start.</source>
            <translation>La fin de la période doit être après son début.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="342" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="346" />
            <source>No audit rows match this search.</source>
            <translation>Aucune ligne d’audit ne correspond à cette recherche.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="348" />
            <source>%n row(s) match.</source>
            <translation>
                <numerusform>%n ligne correspond.</numerusform>
                <numerusform>%n lignes correspondent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="352" />
            <source>Showing the newest %n rows; scroll down for older ones.</source>
            <translation>
                <numerusform>La ligne la plus récente est affichée ; faites défiler vers le bas pour les plus anciennes.</numerusform>
                <numerusform>Les %n lignes les plus récentes sont affichées ; faites défiler vers le bas pour les plus anciennes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="376" />
            <source>Row %1 at %2</source>
            <translation>Ligne %1 du %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="379" />
            <source>Who: %1</source>
            <translation>Qui : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="380" />
            <source>Action: %1</source>
            <translation>Action : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="381" />
            <source>Details: %1</source>
            <translation>Détails : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="382" />
            <source>Hash: %1</source>
            <translation>Empreinte : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="396" />
            <source>Checking every row…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="413" />
            <source>Chain intact (%n rows)</source>
            <translation>
                <numerusform>Chaîne intacte (%n ligne)</numerusform>
                <numerusform>Chaîne intacte (%n lignes)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="415" />
            <source>Chain broken: the first bad row is %1.</source>
            <translation>Chaîne rompue : la première ligne altérée est la %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="419" />
            <source>Server's finding: %1</source>
            <translation>Constat du serveur : %1</translation>
        </message>
    </context>
    <context>
        <name>BackupCodesStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="234" />
            <source>Recovery Desk backup codes</source>
            <translation>Codes de secours Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="236" />
            <source>Account: %1</source>
            <translation>Compte : %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="237" />
            <source>Each code works once, instead of a code from your app.</source>
            <translation>Chaque code fonctionne une fois, à la place d'un code de votre application.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="244" />
            <source>The codes were copied.</source>
            <translation>Les codes ont été copiés.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="249" />
            <source>Save backup codes</source>
            <translation>Enregistrer les codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="251" />
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="261" />
            <source>The file could not be written. Choose another folder and try again.</source>
            <translation>Le fichier n'a pas pu être écrit. Choisissez un autre dossier et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="264" />
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="270" />
            <source>Print backup codes</source>
            <translation>Imprimer les codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="312" />
            <source>Save your backup codes</source>
            <translation>Enregistrez vos codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="315" />
            <source>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. They are shown only now: save or print them and keep them somewhere safe. Your earlier backup codes stop working.</source>
            <translation>Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois à la place d'un code de l'application. Ils ne sont affichés que maintenant : enregistrez-les ou imprimez-les et conservez-les en lieu sûr. Vos anciens codes de secours ne fonctionnent plus.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="320" />
            <source>C&amp;opy</source>
            <translation>C&amp;opier</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="321" />
            <source>Copy the backup codes</source>
            <translation>Copier les codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="322" />
            <source>Save to &amp;file…</source>
            <translation>Enregistrer dans un &amp;fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="323" />
            <source>Save the backup codes to a file</source>
            <translation>Enregistrer les codes de secours dans un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="324" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="325" />
            <source>Print the backup codes</source>
            <translation>Imprimer les codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="326" />
            <source>I have &amp;saved these codes somewhere safe</source>
            <translation>J'ai &amp;conservé ces codes en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="327" />
            <source>I have saved these codes somewhere safe</source>
            <translation>J'ai conservé ces codes en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="328" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="329" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>CannedPopup</name>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="60" />
            <source>case reference</source>
            <translation>référence du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="61" />
            <source>requester's name</source>
            <translation>nom du demandeur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="62" />
            <source>your name</source>
            <translation>votre nom</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="252" />
            <location filename="../../ui/agent/canned_popup.py" line="255" />
            <source>Prepared replies</source>
            <translation>Réponses types</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="253" />
            <source>Type to search by shortcut, title or text</source>
            <translation>Tapez pour chercher par raccourci, titre ou texte</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="254" />
            <source>Search prepared replies</source>
            <translation>Rechercher des réponses types</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="140" />
            <source>Case panel</source>
            <translation>Panneau du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="141" />
            <source>Case %1</source>
            <translation>Dossier %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="142" />
            <source>Re&amp;fresh</source>
            <translation>A&amp;ctualiser</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="143" />
            <source>Refresh the case panel</source>
            <translation>Actualiser le panneau du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="144" />
            <source>Close panel</source>
            <translation>Fermer le panneau</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="145" />
            <source>Close the case panel</source>
            <translation>Fermer le panneau du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="149" />
            <source>Loading the case…</source>
            <translation>Chargement du dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="182" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="185" />
            <source>The requester writes in %1.</source>
            <translation>Le demandeur écrit en %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Verified subscriber</source>
            <translation>Abonné vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Free tier</source>
            <translation>Offre gratuite</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="191" />
            <source>Frozen for review: the owner cancelled a change.</source>
            <translation>Gelé pour examen : le titulaire a annulé une modification.</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="26" />
            <source>Nothing proven yet (L0)</source>
            <translation>Rien n'est encore prouvé (L0)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="27" />
            <source>One proof (L1)</source>
            <translation>Une preuve (L1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="28" />
            <source>Two independent proofs (L2)</source>
            <translation>Deux preuves indépendantes (L2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="29" />
            <source>Two proofs, a reviewed document and selfie (L3)</source>
            <translation>Deux preuves, un document et un selfie vérifiés (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="33" />
            <source>Code by e-mail to an original address</source>
            <translation>Code par e-mail à une adresse d'origine</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="34" />
            <source>Code by text message to an original phone</source>
            <translation>Code par SMS à un numéro d'origine</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="35" />
            <source>Authenticator app code</source>
            <translation>Code de l'application d'authentification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="36" />
            <source>Backup code</source>
            <translation>Code de secours</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="37" />
            <source>Known device</source>
            <translation>Appareil connu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="38" />
            <source>ID document</source>
            <translation>pièce d’identité</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="39" />
            <source>Selfie holding a phrase</source>
            <translation>Selfie avec une phrase</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="43" />
            <source>Waiting…</source>
            <translation>En attente…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="44" />
            <source>Passed</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="45" />
            <source>Failed</source>
            <translation>Échoué</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="46" />
            <source>Failed: too many wrong answers</source>
            <translation>Échouée : trop de mauvaises réponses</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="47" />
            <source>Expired without an answer</source>
            <translation>Expirée sans réponse</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="48" />
            <source>Replaced by a newer request</source>
            <translation>Remplacée par une demande plus récente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="52" />
            <source>Sign out all sessions and devices</source>
            <translation>Déconnecter toutes les sessions et tous les appareils</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="53" />
            <source>Send a password-reset link</source>
            <translation>Envoyer un lien de réinitialisation du mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="54" />
            <source>Remove the attacker's contact</source>
            <translation>Supprimer le contact de l'attaquant</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="55" />
            <source>Remove the attacker's authenticator</source>
            <translation>Supprimer l'authentificateur de l'attaquant</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="56" />
            <source>Restore an original contact</source>
            <translation>Rétablir un contact d'origine</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="57" />
            <source>Remove the lost authenticator</source>
            <translation>Supprimer l'authentificateur perdu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="58" />
            <source>Reinstate the disabled account</source>
            <translation>Réactiver le compte désactivé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="62" />
            <source>No contact was added during the reported compromise.</source>
            <translation>Aucun contact n'a été ajouté pendant la compromission signalée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="65" />
            <source>No original contact was removed during the reported compromise.</source>
            <translation>Aucun contact d'origine n'a été supprimé pendant la compromission signalée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="68" />
            <source>No authenticator was added during the reported compromise.</source>
            <translation>Aucun authentificateur n'a été ajouté pendant la compromission signalée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="71" />
            <source>The account has no original authenticator to remove.</source>
            <translation>Le compte n'a pas d'authentificateur d'origine à supprimer.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="74" />
            <source>The account is not disabled.</source>
            <translation>Le compte n'est pas désactivé.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="78" />
            <source>Waiting for approval</source>
            <translation>En attente d'approbation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="79" />
            <source>Refused by the approver</source>
            <translation>Refusée par l'approbateur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="80" />
            <source>Approved; on hold until %1</source>
            <translation>Approuvée ; en attente jusqu'au %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="81" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="82" />
            <source>Cancelled by the account owner</source>
            <translation>Annulée par le titulaire du compte</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="83" />
            <source>Failed; nothing was changed</source>
            <translation>Échec ; rien n'a été modifié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="87" />
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="88" />
            <source>Verifying</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="89" />
            <source>Waiting in the queue</source>
            <translation>En file d'attente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="90" />
            <source>In chat</source>
            <translation>En discussion</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="91" />
            <source>Restoring</source>
            <translation>Restauration en cours</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="92" />
            <source>Restored</source>
            <translation>Restauré</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="93" />
            <source>Rejected</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="94" />
            <source>Abandoned</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="95" />
            <source>On hold</source>
            <translation>En suspens</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="99" />
            <source>Forgot password</source>
            <translation>Mot de passe oublié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="100" />
            <source>Lost second factor</source>
            <translation>Second facteur perdu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="101" />
            <source>Hacked account</source>
            <translation>Compte piraté</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="102" />
            <source>Disabled account (appeal)</source>
            <translation>Compte désactivé (recours)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="106" />
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="107" />
            <source>Polish</source>
            <translation>polonais</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="108" />
            <source>German</source>
            <translation>allemand</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="109" />
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="110" />
            <source>Russian</source>
            <translation>russe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="114" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="115" />
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="116" />
            <source>authenticator</source>
            <translation>authentificateur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="117" />
            <source>backup code</source>
            <translation>code de secours</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="118" />
            <source>known device</source>
            <translation>appareil connu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="122" />
            <source>Account created</source>
            <translation>Compte créé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="123" />
            <source>Contact added</source>
            <translation>Contact ajouté</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="124" />
            <source>Contact removed</source>
            <translation>Contact supprimé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="125" />
            <source>Contact restored</source>
            <translation>Contact rétabli</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="126" />
            <source>Authenticator added</source>
            <translation>Authentificateur ajouté</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="127" />
            <source>Authenticator removed</source>
            <translation>Authentificateur supprimé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="128" />
            <source>Backup codes issued</source>
            <translation>Codes de secours émis</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="129" />
            <source>Backup code used</source>
            <translation>Code de secours utilisé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="130" />
            <source>New device signed in</source>
            <translation>Connexion depuis un nouvel appareil</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="131" />
            <source>Password changed</source>
            <translation>Mot de passe modifié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="132" />
            <source>Password reset</source>
            <translation>Mot de passe réinitialisé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="133" />
            <source>Password-reset link sent</source>
            <translation>Lien de réinitialisation envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="134" />
            <source>All sessions signed out</source>
            <translation>Toutes les sessions déconnectées</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="135" />
            <source>Account status changed</source>
            <translation>Statut du compte modifié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="136" />
            <source>Signed in</source>
            <translation>Connectée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="140" />
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="141" />
            <source>locked</source>
            <translation>verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="142" />
            <source>suspended</source>
            <translation>suspendu</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="143" />
            <source>on hold for recovery</source>
            <translation>suspendu pour la récupération</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="147" />
            <source>by the owner</source>
            <translation>par le titulaire</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="148" />
            <source>by an agent</source>
            <translation>par un agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="149" />
            <source>by the system</source>
            <translation>par le système</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="150" />
            <source>by someone unknown</source>
            <translation>par une personne inconnue</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="154" />
            <source>The verification level is too low for this action. Ask for another proof.</source>
            <translation>Le niveau de vérification est trop bas pour cette action. Demandez une autre preuve.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="157" />
            <source>You asked for this change, so another agent has to approve it.</source>
            <translation>Vous avez demandé cette modification : un autre agent doit donc l'approuver.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="160" />
            <source>Only a supervisor can approve this change.</source>
            <translation>Seul un superviseur peut approuver cette modification.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="161" />
            <source>This case or request is no longer available to you. Refresh the list.</source>
            <translation>Ce dossier ou cette demande ne vous est plus accessible. Actualisez la liste.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="164" />
            <source>The case changed in the meantime. The panel is refreshed; please check it.</source>
            <translation>Le dossier a changé entre-temps. Le panneau a été actualisé ; veuillez le vérifier.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="167" />
            <source>The case is not at a stage where this can be done.</source>
            <translation>Le dossier n'en est pas à une étape où cela est possible.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="170" />
            <location filename="../../ui/agent/case_panel_text.py" line="173" />
            <source>Please write a longer reason: a full sentence that explains why.</source>
            <translation>Veuillez écrire un motif plus long : une phrase complète qui explique pourquoi.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="176" />
            <source>Your agent session has ended. Sign in again to continue.</source>
            <translation>Votre session d'agent a expiré. Reconnectez-vous pour continuer.</translation>
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
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="263" />
            <location filename="../../ui/agent/case_panel_text.py" line="196" />
            <source>reviewed document</source>
            <translation>document vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="265" />
            <location filename="../../ui/agent/case_panel_text.py" line="198" />
            <source>reviewed selfie</source>
            <translation>selfie vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="266" />
            <location filename="../../ui/agent/case_panel_text.py" line="199" />
            <source>no proof yet</source>
            <translation>aucune preuve pour l'instant</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="214" />
            <source>Needs a reviewed document and selfie (L3)</source>
            <translation>Nécessite un document et un selfie vérifiés (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="219" />
            <source>Needs two proofs (L2): two more proofs</source>
            <translation>Nécessite deux preuves (L2) : encore deux</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="222" />
            <source>Needs two proofs (L2): one more proof</source>
            <translation>Nécessite deux preuves (L2) : encore une</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="223" />
            <source>Needs one proof (L1): ask for a code or another proof</source>
            <translation>Nécessite une preuve (L1) : demandez un code ou une autre preuve</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="227" />
            <source>The owner cancelled a change: the case is frozen for review</source>
            <translation>Le titulaire a annulé une modification : le dossier est gelé pour examen</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="231" />
            <source>Only while the case is in chat or being restored</source>
            <translation>Uniquement lorsque le dossier est en discussion ou en cours de restauration</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="235" />
            <source>No account is linked to this case</source>
            <translation>Aucun compte n'est lié à ce dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="241" />
            <source>A supervisor must approve it.</source>
            <translation>Un superviseur doit l'approuver.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="243" />
            <source>Another agent must approve it.</source>
            <translation>Un autre agent doit l'approuver.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="244" />
            <source>Runs at once, no approval needed.</source>
            <translation>S'exécute immédiatement, sans approbation.</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="47" />
            <source>waiting for a supervisor</source>
            <translation>en attente d'un superviseur</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="49" />
            <source>waiting for another agent</source>
            <translation>en attente d'un autre agent</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="52" />
            <source>asked by %1, %2</source>
            <translation>demandé par %1, le %2</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="116" />
            <source>e-mail code</source>
            <translation>code par e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="117" />
            <source>text message code</source>
            <translation>code par SMS</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="118" />
            <source>authenticator app code</source>
            <translation>code d’application d’authentification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="119" />
            <source>backup code</source>
            <translation>code de secours</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="120" />
            <source>known device</source>
            <translation>appareil connu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="121" />
            <source>ID document</source>
            <translation>pièce d’identité</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="122" />
            <source>selfie</source>
            <translation>selfie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="124" />
            <source>verification</source>
            <translation>vérification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="126" />
            <source>a code sent to your e-mail</source>
            <translation>un code envoyé à votre adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="127" />
            <source>a code sent by text message</source>
            <translation>un code envoyé par SMS</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="128" />
            <source>a code from your authenticator app</source>
            <translation>un code de votre application d’authentification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="129" />
            <source>one of your backup codes</source>
            <translation>l’un de vos codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="130" />
            <source>a sign-in from a device you used before</source>
            <translation>une connexion depuis un appareil déjà utilisé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="131" />
            <source>a photo of an ID document</source>
            <translation>une photo d’une pièce d’identité</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="132" />
            <source>a selfie with a phrase</source>
            <translation>un selfie avec une phrase</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="134" />
            <source>a verification step</source>
            <translation>une étape de vérification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="140" />
            <source>Verification requested: %1</source>
            <translation>Vérification demandée : %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="141" />
            <source>You will see only whether it passed or failed.</source>
            <translation>Vous verrez seulement si elle a réussi ou échoué.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="143" />
            <source>The specialist asks you to confirm it is you</source>
            <translation>Le spécialiste vous demande de confirmer que c’est bien vous</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="145" />
            <source>Enter %1 here and press Submit.</source>
            <translation>Saisissez ici %1 et appuyez sur Valider.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="149" />
            <source>This step needs %1: follow the verification step of your case.</source>
            <translation>Cette étape nécessite %1 : suivez l’étape de vérification de votre dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="152" />
            <source>Verification code</source>
            <translation>Code de vérification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="153" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="154" />
            <source>&amp;Submit</source>
            <translation>&amp;Valider</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="155" />
            <source>Submit the verification code</source>
            <translation>Valider le code de vérification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="157" />
            <source>Passed</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="160" />
            <location filename="../../ui/widgets/chat_challenge.py" line="163" />
            <source>Failed</source>
            <translation>Échoué</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="164" />
            <source>Failed: too many wrong answers. Ask for a new code.</source>
            <translation>Échoué : trop de mauvaises réponses. Demandez un nouveau code.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="165" />
            <source>Failed: the code expired. Ask for a new code.</source>
            <translation>Échoué : le code a expiré. Demandez un nouveau code.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_challenge.py" line="170" />
            <source>That code is not right. %n tries left.</source>
            <translation>
                <numerusform>Ce code n’est pas correct. Encore %n essai.</numerusform>
                <numerusform>Ce code n’est pas correct. Encore %n essais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="172" />
            <source>Waiting for the answer</source>
            <translation>En attente de la réponse</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Hide the table</source>
            <translation>Masquer le tableau</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Show as table</source>
            <translation>Afficher sous forme de tableau</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="113" />
            <source>Show or hide the table of: %1</source>
            <translation>Afficher ou masquer le tableau : %1</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="263" />
            <source>Prepared &amp;replies…</source>
            <translation>&amp;Réponses types…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="264" />
            <source>Search prepared replies (Ctrl+K)</source>
            <translation>Rechercher des réponses types (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="265" />
            <source>Private &amp;note</source>
            <translation>&amp;Note privée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="266" />
            <source>Write a note only agents see (Ctrl+Shift+N)</source>
            <translation>Écrire une note visible seulement par les agents (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="267" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Transférer…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="268" />
            <source>Hand the chat to another agent (Ctrl+Shift+T)</source>
            <translation>Confier la conversation à un autre agent (Ctrl+Maj+T)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="269" />
            <source>&amp;Escalate…</source>
            <translation>&amp;Escalader…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="270" />
            <source>Pass the case to a supervisor (Ctrl+Shift+E)</source>
            <translation>Transmettre le dossier à un superviseur (Ctrl+Maj+E)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="271" />
            <source>C&amp;lose case…</source>
            <translation>C&amp;lore le dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="272" />
            <source>Finish the case and send the survey (Ctrl+Shift+W)</source>
            <translation>Clore le dossier et envoyer l'enquête (Ctrl+Maj+W)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="281" />
            <source>Private note (only agents see it; Ctrl+Enter saves)</source>
            <translation>Note privée (visible seulement par les agents ; Ctrl+Entrée pour enregistrer)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="282" />
            <source>Private note</source>
            <translation>Note privée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="283" />
            <source>Save note</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="285" />
            <source>The case panel is not available in this version.</source>
            <translation>Le panneau du dossier n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="353" />
            <source>Write the note first.</source>
            <translation>Écrivez d'abord la note.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="364" />
            <source>Note saved. Only agents see it.</source>
            <translation>Note enregistrée. Seuls les agents la voient.</translation>
        </message>
    </context>
    <context>
        <name>ChatTabs</name>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="42" />
            <source>Open chats</source>
            <translation>Conversations ouvertes</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="43" />
            <source>Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp</source>
            <translation>Conversation suivante : Ctrl+Pg.Suiv ou Ctrl+Tab ; précédente : Ctrl+Pg.Préc</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/chat_tabs.py" line="96" />
            <source>%1: %n unread messages</source>
            <translation>
                <numerusform>%1 : %n message non lu</numerusform>
                <numerusform>%1 : %n messages non lus</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatText</name>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="38" />
            <source>%1 joined the chat.</source>
            <translation>%1 a rejoint la discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="39" />
            <source>Specialist</source>
            <translation>Spécialiste</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="43" />
            <source>You asked for a proof; the requester answers it in their app.</source>
            <translation>Vous avez demandé une preuve ; le demandeur y répond dans son application.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="46" />
            <source>The specialist asked for a proof. Answer it on the card in this chat.</source>
            <translation>Le spécialiste a demandé une preuve. Répondez sur la carte dans cette discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="50" />
            <source>Your case is back in the queue; the next free specialist will take it.</source>
            <translation>Votre dossier est de retour dans la file ; le prochain spécialiste disponible le prendra.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="56" />
            <source>The chat was handed to %1.</source>
            <translation>La discussion a été confiée à %1.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="59" />
            <source>The chat was handed to another specialist.</source>
            <translation>La discussion a été confiée à un autre spécialiste.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="61" />
            <source>The case was passed to a supervisor.</source>
            <translation>Le dossier a été transmis à un superviseur.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="75" />
            <source>The assistant has no ready answer for this; ask for support.</source>
            <translation>L’assistant n’a pas de réponse toute prête ; demandez de l’aide.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="80" />
            <source>The case was updated.</source>
            <translation>Le dossier a été mis à jour.</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="333" />
            <location filename="../../ui/widgets/chat_view.py" line="750" />
            <source>The message is too long: at most 4,000 characters.</source>
            <translation>Le message est trop long : 4 000 caractères au maximum.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="391" />
            <source>This file is not available yet. Try again in a moment.</source>
            <translation>Ce fichier n’est pas encore disponible. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="412" />
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>Le fichier n’a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="416" />
            <source>Transcript saved.</source>
            <translation>Transcription enregistrée.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="450" />
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="452" />
            <source>Requester</source>
            <translation>Demandeur</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="454" />
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="456" />
            <source>Specialist</source>
            <translation>Spécialiste</translation>
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
            <translation>Votre message</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="525" />
            <location filename="../../ui/widgets/chat_view.py" line="576" />
            <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>Écrivez un message. Entrée envoie, Maj+Entrée commence une nouvelle ligne.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="527" />
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="528" />
            <source>Send the message</source>
            <translation>Envoyer le message</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="529" />
            <source>&amp;Attach file…</source>
            <translation>&amp;Joindre un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="530" />
            <location filename="../../ui/widgets/chat_view.py" line="584" />
            <source>Attach a photo or PDF</source>
            <translation>Joindre une photo ou un PDF</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="532" />
            <source>Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)</source>
            <translation>Photos (JPEG, PNG) ou PDF, jusqu’à 10 Mo (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="534" />
            <source>Private &amp;note</source>
            <translation>&amp;Note privée</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="535" />
            <source>Private note: only agents see it</source>
            <translation>Note privée : seuls les agents la voient</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="537" />
            <source>Send as a private note that the person never sees (Ctrl+Shift+N)</source>
            <translation>Envoyer comme note privée que la personne ne voit jamais (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="539" />
            <source>Save &amp;transcript</source>
            <translation>Enregistrer la &amp;transcription</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="540" />
            <location filename="../../ui/widgets/chat_view.py" line="615" />
            <source>Save the transcript</source>
            <translation>Enregistrer la transcription</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="541" />
            <source>As text…</source>
            <translation>En texte…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="542" />
            <source>As PDF…</source>
            <translation>En PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="572" />
            <source>Private note for agents. The person never sees it.</source>
            <translation>Note privée pour les agents. La personne ne la voit jamais.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="586" />
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos et PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_view.py" line="598" />
            <source>This file is too large to send: at most %n MB.</source>
            <translation>
                <numerusform>Ce fichier est trop volumineux : %n Mo au maximum.</numerusform>
                <numerusform>Ce fichier est trop volumineux : %n Mo au maximum.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="600" />
            <source>Only photos (JPEG or PNG) and PDF files can be sent.</source>
            <translation>Seules les photos (JPEG ou PNG) et les fichiers PDF peuvent être envoyés.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="601" />
            <source>This file cannot be read. Check that it still exists.</source>
            <translation>Ce fichier ne peut pas être lu. Vérifiez qu’il existe toujours.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="663" />
            <source>Save the file</source>
            <translation>Enregistrer le fichier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="706" />
            <source>New message from %1</source>
            <translation>Nouveau message de %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="707" />
            <source>A file</source>
            <translation>Un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="732" />
            <source>The specialist</source>
            <translation>Le spécialiste</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>The person</source>
            <translation>La personne</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>An agent</source>
            <translation>Un agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="748" />
            <source>This case is closed; the message was not sent.</source>
            <translation>Ce dossier est clos ; le message n’a pas été envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="749" />
            <source>You can no longer write in this chat.</source>
            <translation>Vous ne pouvez plus écrire dans cette discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="751" />
            <source>The file could not be attached.</source>
            <translation>Le fichier n’a pas pu être joint.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="766" />
            <source>Earlier messages could not be loaded. Scroll up to try again.</source>
            <translation>Les messages précédents n’ont pas pu être chargés. Faites défiler vers le haut pour réessayer.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="40" />
            <location filename="../../ui/agent/close_dialog.py" line="49" />
            <source>Close the case</source>
            <translation>Clore le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="43" />
            <source>Close case %1? Every session and device of the account is signed out, the chat ends, and the requester is asked "Was your access restored?".</source>
            <translation>Clore le dossier %1 ? Toutes les sessions et tous les appareils du compte sont déconnectés, la conversation se termine et le demandeur reçoit la question « Avez-vous retrouvé l'accès ? ».</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="48" />
            <source>&amp;Close the case</source>
            <translation>&amp;Clore le dossier</translation>
        </message>
    </context>
    <context>
        <name>CodeEntry</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="93" />
            <source>Sending the code is taking longer than usual. We keep trying until the code expires, so it can still arrive in the next minutes.</source>
            <translation>L’envoi du code prend plus de temps que d’habitude. Nous réessayons jusqu’à son expiration : il peut encore arriver dans les prochaines minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="98" />
            <source>We could not deliver the code to this address. Check the address, or start again with another one.</source>
            <translation>Nous n’avons pas pu remettre le code à cette adresse. Vérifiez l’adresse ou recommencez avec une autre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="102" />
            <source>The code could not be delivered before it expired. Ask for a new code.</source>
            <translation>Le code n’a pas pu être remis avant d’expirer. Demandez un nouveau code.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/code_entry.py" line="126" />
            <source>You can ask for a new code in %n seconds.</source>
            <translation>
                <numerusform>Vous pourrez demander un nouveau code dans %n seconde.</numerusform>
                <numerusform>Vous pourrez demander un nouveau code dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="147" />
            <source>&amp;Code:</source>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="148" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="149" />
            <source>C&amp;heck code</source>
            <translation>&amp;Vérifier le code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="150" />
            <source>Check the code</source>
            <translation>Vérifier le code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="151" />
            <source>&amp;Send a new code</source>
            <translation>E&amp;nvoyer un nouveau code</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="152" />
            <source>Send a new code</source>
            <translation>Envoyer un nouveau code</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="197" />
            <source>Code sent by e-mail</source>
            <translation>Code envoyé par e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="199" />
            <source>If the account had an e-mail address before the problem started, we sent a 6-digit code there. Codes for this step go only to addresses that were on the account before, never to a new one. The code works for 30 minutes.</source>
            <translation>Si le compte avait une adresse e-mail avant le début du problème, nous y avons envoyé un code à 6 chiffres. Les codes de cette étape ne vont qu’aux adresses liées au compte auparavant, jamais à une nouvelle. Le code est valable 30 minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="205" />
            <source>Code sent by text message</source>
            <translation>Code envoyé par SMS</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="207" />
            <source>If the account had a phone number before the problem started, we sent a 6-digit code there by text message. The code works for 10 minutes.</source>
            <translation>Si le compte avait un numéro de téléphone avant le début du problème, nous y avons envoyé un code à 6 chiffres par SMS. Le code est valable 10 minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="212" />
            <source>Code from your authenticator app</source>
            <translation>Code de votre application d’authentification</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="214" />
            <source>Open the authenticator app you set up for this account and type the 6-digit code it shows now.</source>
            <translation>Ouvrez l’application d’authentification configurée pour ce compte et saisissez le code à 6 chiffres qu’elle affiche maintenant.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="219" />
            <source>Backup code</source>
            <translation>Code de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="221" />
            <source>Type one of the backup codes you saved when you set up two-step sign-in, e.g. abcd-efgh-ijkl-mnop. Each code works once.</source>
            <translation>Saisissez l’un des codes de secours enregistrés lors de l’activation de la connexion en deux étapes, p. ex. abcd-efgh-ijkl-mnop. Chaque code ne sert qu’une fois.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="43" />
            <source>This chat is no longer available to you. Your messages are kept.</source>
            <translation>Cette discussion ne vous est plus accessible. Vos messages sont conservés.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="45" />
            <source>The chat is disconnected.</source>
            <translation>La discussion est déconnectée.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="47" />
            <source>Reconnecting… your messages will be sent when we are back.</source>
            <translation>Reconnexion… vos messages seront envoyés dès notre retour.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="78" />
            <source>Retry now</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Retry connecting to the server now</source>
            <translation>Réessayer maintenant de se connecter au serveur</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Connecté au serveur Recovery Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="85" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Connexion au serveur Recovery Desk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="89" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Déconnecté — nouvel essai dans %n s</numerusform>
                <numerusform>Déconnecté — nouvel essai dans %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="93" />
            <source>Connection status</source>
            <translation>État de la connexion</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="285" />
            <source>Service levels</source>
            <translation>Niveaux de service</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="286" />
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="287" />
            <source>Period of the dashboard</source>
            <translation>Période du tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="290" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="291" />
            <source>Refresh the dashboard</source>
            <translation>Actualiser le tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="312" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="342" />
            <source>No figures yet.</source>
            <translation>Pas encore de chiffres.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="346" />
            <source>Cases that joined the queue from %1 to %2.</source>
            <translation>Dossiers entrés dans la file du %1 au %2.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="362" />
            <source>First response times</source>
            <translation>Délais de première réponse</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="363" />
            <source>Resolution times</source>
            <translation>Délais de résolution</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="364" />
            <source>Service level met, per queue</source>
            <translation>Niveau de service atteint, par file</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="365" />
            <source>Service level met, per agent</source>
            <translation>Niveau de service atteint, par agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="366" />
            <source>Queue length over time</source>
            <translation>Longueur de la file au fil du temps</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="367" />
            <source>Satisfaction and access restored</source>
            <translation>Satisfaction et accès rétabli</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="379" />
            <source>%1: %n case(s)</source>
            <translation>
                <numerusform>%1 : %n dossier</numerusform>
                <numerusform>%1 : %n dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="381" />
            <source>%n resolved</source>
            <translation>
                <numerusform>%n résolu</numerusform>
                <numerusform>%n résolus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="383" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n abandonné</numerusform>
                <numerusform>%n abandonnés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="386" />
            <source>Cases in the period</source>
            <translation>Dossiers de la période</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="398" />
            <source>%1: median %2 over %n case(s)</source>
            <translation>
                <numerusform>%1 : médiane %2 sur %n dossier</numerusform>
                <numerusform>%1 : médiane %2 sur %n dossiers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="403" />
            <source>%1: no cases</source>
            <translation>%1 : aucun dossier</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="406" />
            <location filename="../../ui/supervisor/dashboard.py" line="537" />
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="414" />
            <source>Time to first response</source>
            <translation>Délai de première réponse</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="416" />
            <source>Time to resolution</source>
            <translation>Délai de résolution</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="418" />
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="429" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="445" />
            <source>%1: nothing measured yet</source>
            <translation>%1 : rien de mesuré pour l’instant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal met</source>
            <translation>objectif atteint</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal not met</source>
            <translation>objectif non atteint</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="449" />
            <source>%1: %2 answered within %3 (%4)</source>
            <translation>%1 : %2 avec réponse en %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="457" />
            <source>Goal: %1.</source>
            <translation>Objectif : %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="461" />
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Queue</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="462" />
            <location filename="../../ui/supervisor/dashboard.py" line="475" />
            <location filename="../../ui/supervisor/dashboard.py" line="503" />
            <location filename="../../ui/supervisor/dashboard.py" line="513" />
            <source>Within target</source>
            <translation>Dans l’objectif</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="463" />
            <location filename="../../ui/supervisor/dashboard.py" line="504" />
            <source>Answered in time</source>
            <translation>Répondu à temps</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="464" />
            <location filename="../../ui/supervisor/dashboard.py" line="505" />
            <source>Median first response</source>
            <translation>Médiane de première réponse</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="465" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Within target (%)</source>
            <translation>Dans l’objectif (%)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="490" />
            <source>%n agent(s) answered cases in the period.</source>
            <translation>
                <numerusform>%n agent a répondu à des dossiers pendant la période.</numerusform>
                <numerusform>%n agents ont répondu à des dossiers pendant la période.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="493" />
            <source>Highest: %1 with %2 within target.</source>
            <translation>Le plus élevé : %1 avec %2 dans l’objectif.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="498" />
            <source>No agent answered a case in the period.</source>
            <translation>Aucun agent n’a répondu à un dossier pendant la période.</translation>
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
                <numerusform>%1 : au plus %n en attente (%2)</numerusform>
                <numerusform>%1 : au plus %n en attente (%2)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="534" />
            <source>%1: nobody waited</source>
            <translation>%1 : personne n’a attendu</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Cases waiting</source>
            <translation>Dossiers en attente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="566" />
            <source>%1: rated %2 of 5, access restored for %3 (%n survey(s))</source>
            <translation>
                <numerusform>%1 : note %2 sur 5, accès rétabli pour %3 (%n enquête)</numerusform>
                <numerusform>%1 : note %2 sur 5, accès rétabli pour %3 (%n enquêtes)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="573" />
            <source>%1: no surveys</source>
            <translation>%1 : aucune enquête</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="587" />
            <source>Queue or agent</source>
            <translation>File ou agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="588" />
            <source>Surveys</source>
            <translation>Enquêtes</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="589" />
            <source>Average rating (1–5)</source>
            <translation>Note moyenne (1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="590" />
            <location filename="../../ui/supervisor/dashboard.py" line="600" />
            <source>Access restored</source>
            <translation>Accès rétabli</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Share (%)</source>
            <translation>Part (%)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="604" />
            <source>Average rating, as a share of 5</source>
            <translation>Note moyenne, en part de 5</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="54" />
            <source>Your account is secured</source>
            <translation>Votre compte est sécurisé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="57" />
            <source>Your password is new, your sign-in is protected and no one else is signed in. Keep your backup codes somewhere safe. If something looks wrong later, open a new recovery case.</source>
            <translation>Votre mot de passe est nouveau, votre connexion est protégée et personne d'autre n'est connecté. Conservez vos codes de secours en lieu sûr. Si quelque chose vous semble anormal plus tard, ouvrez un nouveau dossier de récupération.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="62" />
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="63" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="41" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>Recovery Desk a rencontré un problème inattendu. Rien de ce que vous avez saisi n’a été envoyé deux fois ni perdu ; vous pouvez continuer, ou redémarrer l’application si quelque chose semble anormal.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="49" />
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
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This way of proving it is you is paused for a while because of too many wrong answers. Use a code sent to one of your original addresses, or try again later.</source>
            <translation>Ce moyen de prouver votre identité est suspendu pour un moment à cause de trop de réponses erronées. Utilisez un code envoyé à l’une de vos adresses d’origine, ou réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This image has too many pixels to check. Please send a smaller photo (a phone photo of a document is fine).</source>
            <translation>Cette image a trop de pixels pour être vérifiée. Envoyez une photo plus petite (une photo du document prise au téléphone suffit).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>The service is busy checking other files. Please try again in a few seconds.</source>
            <translation>Le service est occupé à vérifier d’autres fichiers. Réessayez dans quelques secondes.</translation>
        </message>
    </context>
    <context>
        <name>EventsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="319" />
            <source>Account created</source>
            <translation>Compte créé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="320" />
            <source>Password changed with a reset link</source>
            <translation>Mot de passe modifié avec un lien de réinitialisation</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="321" />
            <source>Password changed</source>
            <translation>Mot de passe modifié</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="322" />
            <source>E-mail address or phone number added</source>
            <translation>Adresse e-mail ou numéro de téléphone ajouté</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="323" />
            <source>E-mail address or phone number removed</source>
            <translation>Adresse e-mail ou numéro de téléphone supprimé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="324" />
            <source>E-mail address or phone number put back</source>
            <translation>Adresse e-mail ou numéro de téléphone rétabli</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="325" />
            <source>Authenticator app set up</source>
            <translation>Application d'authentification configurée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="326" />
            <source>Authenticator app removed</source>
            <translation>Application d'authentification supprimée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="327" />
            <source>New backup codes made</source>
            <translation>Nouveaux codes de secours créés</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="328" />
            <source>Backup code used</source>
            <translation>Code de secours utilisé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="329" />
            <source>Sign-in from a new device</source>
            <translation>Connexion depuis un nouvel appareil</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="330" />
            <source>Every session signed out</source>
            <translation>Toutes les sessions déconnectées</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="331" />
            <source>A session was ended</source>
            <translation>Une session a été fermée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="332" />
            <source>A device was revoked</source>
            <translation>Un appareil a été révoqué</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="333" />
            <source>All other sessions ended</source>
            <translation>Toutes les autres sessions fermées</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="334" />
            <source>Reset link sent</source>
            <translation>Lien de réinitialisation envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="335" />
            <source>Account status changed</source>
            <translation>Statut du compte modifié</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="341" />
            <source>made by someone who was not you</source>
            <translation>faite par quelqu'un d'autre que vous</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="342" />
            <source>made while your account was not under your control</source>
            <translation>faite alors que votre compte n'était pas sous votre contrôle</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="343" />
            <source>made from a session or device you ended</source>
            <translation>faite depuis une session ou un appareil que vous avez fermé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="349" />
            <source>you or your account</source>
            <translation>vous ou votre compte</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="350" />
            <source>support agent</source>
            <translation>agent d'assistance</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="351" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="352" />
            <source>someone unknown</source>
            <translation>une personne inconnue</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="361" />
            <source>%n change(s) need your attention. If you did not make them, tell the agent in your recovery case.</source>
            <translation>
                <numerusform>%n modification demande votre attention. Si vous ne l'avez pas faite, dites-le à l'agent de votre dossier de récupération.</numerusform>
                <numerusform>%n modifications demandent votre attention. Si vous ne les avez pas faites, dites-le à l'agent de votre dossier de récupération.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="368" />
            <source>Nothing here looks suspicious.</source>
            <translation>Rien ici ne semble suspect.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="382" />
            <location filename="../../ui/user/secure_sessions.py" line="420" />
            <source>Check</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="393" />
            <source>Suspicious: %1</source>
            <translation>Suspect : %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="410" />
            <location filename="../../ui/user/secure_sessions.py" line="427" />
            <source>Recent security changes</source>
            <translation>Modifications de sécurité récentes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="413" />
            <source>These changes were made to how your account is signed in to and reached. Rows marked "Check" were made by an intruder, while your account was not under your control, or from a session you ended.</source>
            <translation>Ces modifications concernent la connexion à votre compte et les moyens de vous joindre. Les lignes marquées « À vérifier » ont été faites par un intrus, alors que votre compte n'était pas sous votre contrôle, ou depuis une session que vous avez fermée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="421" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="422" />
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="423" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="424" />
            <source>Why marked / where</source>
            <translation>Pourquoi signalé / d’où</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="428" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="429" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>EvidenceItem</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="108" />
            <source>%1, sent %2</source>
            <translation>%1, envoyé le %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="111" />
            <source>Check that the paper shows: %1</source>
            <translation>Vérifiez que le papier indique : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="114" />
            <source>Not reviewed yet</source>
            <translation>Pas encore vérifiée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="115" />
            <source>✓ Approved</source>
            <translation>✓ Approuvée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="116" />
            <source>✗ Rejected</source>
            <translation>✗ Rejetée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Original shown</source>
            <translation>Original affiché</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Blurred until revealed</source>
            <translation>Flouté jusqu'à révélation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="120" />
            <source>Deleted after the retention period</source>
            <translation>Supprimé après la durée de conservation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="122" />
            <source>&amp;Reveal original…</source>
            <translation>&amp;Révéler l'original…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="123" />
            <source>Reveal the original: %1</source>
            <translation>Révéler l'original : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approuver…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="125" />
            <source>Approve: %1</source>
            <translation>Approuver : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="126" />
            <source>Re&amp;ject…</source>
            <translation>Re&amp;jeter…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="127" />
            <source>Reject: %1</source>
            <translation>Rejeter : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="134" />
            <source>Loading the blurred preview…</source>
            <translation>Chargement de l'aperçu flouté…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="145" />
            <source>A PDF has no preview: reveal it to read it.</source>
            <translation>Un PDF n'a pas d'aperçu : révélez-le pour le lire.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/evidence_view.py" line="155" />
            <source>The original is a PDF of %n KB.</source>
            <translation>
                <numerusform>L'original est un PDF de %n Ko.</numerusform>
                <numerusform>L'original est un PDF de %n Ko.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="162" />
            <source>This image cannot be shown.</source>
            <translation>Cette image ne peut pas être affichée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Original image</source>
            <translation>Image originale</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Blurred image</source>
            <translation>Image floutée</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="182" />
            <source>Reveal the original</source>
            <translation>Révéler l'original</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="184" />
            <source>Why do you need to see the original? Your reason is written to the audit log.</source>
            <translation>Pourquoi devez-vous voir l'original ? Votre motif est inscrit au journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="186" />
            <source>&amp;Reveal</source>
            <translation>&amp;Révéler</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="207" />
            <source>Approve the evidence</source>
            <translation>Approuver la pièce</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="209" />
            <source>What did you check? (For example: the photo matches, the phrase is right.)</source>
            <translation>Qu'avez-vous vérifié ? (Par exemple : la photo correspond, la phrase est correcte.)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="211" />
            <source>&amp;Approve</source>
            <translation>&amp;Approuver</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="216" />
            <source>Reject the evidence</source>
            <translation>Rejeter la pièce</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="217" />
            <source>Why is it rejected? The requester can send a new one.</source>
            <translation>Pourquoi est-elle rejetée ? Le demandeur peut en envoyer une nouvelle.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="218" />
            <source>Re&amp;ject</source>
            <translation>Re&amp;jeter</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="209" />
            <source>Choose a photo of your ID document or a selfie first.</source>
            <translation>Choisissez d’abord une photo de votre pièce d’identité ou un selfie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="217" />
            <source>This file is larger than {mb} MB, so it was not sent. Take a smaller photo or scan and choose it again.</source>
            <translation>Ce fichier dépasse {mb} Mo ; il n’a donc pas été envoyé. Prenez une photo ou un scan plus petit et choisissez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="221" />
            <source>This file cannot be opened. Choose another file.</source>
            <translation>Ce fichier ne peut pas être ouvert. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="223" />
            <source>A selfie must be a photo (JPEG or PNG). This file was not sent.</source>
            <translation>Un selfie doit être une photo (JPEG ou PNG). Ce fichier n’a pas été envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="225" />
            <source>This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. Choose another file.</source>
            <translation>Ce fichier n’est ni une photo (JPEG ou PNG) ni un scan PDF ; il n’a donc pas été envoyé. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="230" />
            <location filename="../../ui/user/evidence_page.py" line="231" />
            <source>ID document and selfie</source>
            <translation>Pièce d’identité et selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="234" />
            <source>Send a photo or scan of an ID document with your name, and a selfie in which you hold a paper with the code below written on it. Only our team sees them, and they are deleted soon after the check.</source>
            <translation>Envoyez une photo ou un scan d’une pièce d’identité à votre nom, et un selfie où vous tenez une feuille portant le code ci-dessous. Seule notre équipe les voit, et ils sont supprimés peu après la vérification.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="239" />
            <source>Write this code on a paper for your selfie:</source>
            <translation>Écrivez ce code sur une feuille pour votre selfie :</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="242" />
            <source>Code for your selfie: {code}</source>
            <translation>Code pour votre selfie : {code}</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="244" />
            <source>Send for &amp;review</source>
            <translation>Envoyer pour &amp;vérification</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="245" />
            <source>Send the chosen files for review</source>
            <translation>Envoyer les fichiers choisis pour vérification</translation>
        </message>
    </context>
    <context>
        <name>EvidenceSlot</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="88" />
            <source>Photos and scans ({patterns})</source>
            <translation>Photos et scans ({patterns})</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>2. A selfie holding the code</source>
            <translation>2. Un selfie tenant le code</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>1. Your ID document</source>
            <translation>1. Votre pièce d’identité</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;selfie…</source>
            <translation>Choisir le &amp;selfie…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;ID…</source>
            <translation>Choisir la pièce d’&amp;identité…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the selfie photo</source>
            <translation>Choisir la photo du selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the ID photo or scan</source>
            <translation>Choisir la photo ou le scan de la pièce d’identité</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="128" />
            <source>Drop a file here or choose one.</source>
            <translation>Déposez un fichier ici ou choisissez-en un.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="129" />
            <source>No file yet</source>
            <translation>Aucun fichier</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>sent for review</source>
            <translation>envoyé pour vérification</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>ready to send</source>
            <translation>prêt à envoyer</translation>
        </message>
    </context>
    <context>
        <name>EvidenceView</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="269" />
            <source>Evidence</source>
            <translation>Pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="270" />
            <source>No document or selfie has been sent.</source>
            <translation>Aucun document ni selfie n'a été envoyé.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="77" />
            <source>Transfer the chat</source>
            <translation>Transférer la conversation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="80" />
            <source>Hand this chat to another online agent with a free slot. Your note is for agents only.</source>
            <translation>Confiez cette conversation à un autre agent en ligne ayant une place libre. Votre note est réservée aux agents.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="84" />
            <source>&amp;Transfer</source>
            <translation>&amp;Transférer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="86" />
            <source>Escalate to a supervisor</source>
            <translation>Escalader à un superviseur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="89" />
            <source>A supervisor who is online takes the case, or the next one to come online. Say why; only agents see it.</source>
            <translation>Un superviseur en ligne prend le dossier, ou le prochain qui se connecte. Indiquez pourquoi ; seuls les agents le voient.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="93" />
            <source>&amp;Escalate</source>
            <translation>&amp;Escalader</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="94" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="95" />
            <source>Agent to transfer to</source>
            <translation>Agent à qui transférer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="96" />
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="97" />
            <source>Reason for the handover</source>
            <translation>Motif du transfert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/handover_dialog.py" line="105" />
            <source>%1 (online, %n free slots)</source>
            <translation>
                <numerusform>%1 (en ligne, %n place libre)</numerusform>
                <numerusform>%1 (en ligne, %n places libres)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="107" />
            <source>%1 (online, no free slot)</source>
            <translation>%1 (en ligne, aucune place libre)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="109" />
            <source>%1 (not online)</source>
            <translation>%1 (hors ligne)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="135" />
            <source>Nobody can take this chat now. Try again later or escalate.</source>
            <translation>Personne ne peut prendre cette conversation pour l'instant. Réessayez plus tard ou escaladez.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="138" />
            <source>Write a short reason for the next person.</source>
            <translation>Écrivez un court motif pour la personne suivante.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="142" />
            <source>Keep the reason under 2,000 characters.</source>
            <translation>Le motif doit faire moins de 2 000 caractères.</translation>
        </message>
    </context>
    <context>
        <name>HoldsView</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="148" />
            <source>Changes and holds</source>
            <translation>Modifications et délais d'attente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="152" />
            <source>Frozen: the account owner answered "this wasn't me". Waiting changes were cancelled and nothing more can change until the case is reviewed.</source>
            <translation>Gelé : le titulaire du compte a répondu « ce n'était pas moi ». Les modifications en attente ont été annulées et plus rien ne peut changer avant l'examen du dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="164" />
            <source>No change requested yet.</source>
            <translation>Aucune modification demandée pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="175" />
            <source>Waiting for approval by someone else</source>
            <translation>En attente d'approbation par quelqu'un d'autre</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <location filename="../../ui/user/identify_page.py" line="98" />
            <source>Enter the account's name, e-mail address or phone number.</source>
            <translation>Saisissez le nom, l’adresse e-mail ou le numéro de téléphone du compte.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="104" />
            <source>Enter an e-mail address or a phone number (with country code) where we can reach you now.</source>
            <translation>Saisissez une adresse e-mail ou un numéro de téléphone (avec l’indicatif du pays) où nous pouvons vous joindre maintenant.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="115" />
            <source>You forgot your password.</source>
            <translation>Vous avez oublié votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="116" />
            <source>You lost your authenticator.</source>
            <translation>Vous avez perdu votre application d’authentification.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="117" />
            <source>Your account was hacked.</source>
            <translation>Votre compte a été piraté.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="118" />
            <source>Your account was disabled.</source>
            <translation>Votre compte a été désactivé.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="122" />
            <source>Your account and how to reach you</source>
            <translation>Votre compte et comment vous joindre</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="123" />
            <source>Which account is it?</source>
            <translation>De quel compte s’agit-il ?</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="126" />
            <source>Tell us which account you want back and where we can reach you now. We send a code to that address to check it is yours.</source>
            <translation>Indiquez le compte que vous voulez récupérer et où nous pouvons vous joindre maintenant. Nous envoyons un code à cette adresse pour vérifier qu’elle est à vous.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="131" />
            <source>Acc&amp;ount:</source>
            <translation>C&amp;ompte :</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="132" />
            <source>Name, e-mail address or phone number</source>
            <translation>Nom, adresse e-mail ou numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="133" />
            <source>The account you want back</source>
            <translation>Le compte que vous voulez récupérer</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="135" />
            <source>The name you sign in with, or an e-mail address or phone number it used.</source>
            <translation>Le nom avec lequel vous vous connectez, ou une adresse e-mail ou un numéro de téléphone du compte.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="137" />
            <source>&amp;Reply to:</source>
            <translation>&amp;Répondre à :</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="138" />
            <source>e.g. name@example.org or +48 600 100 200</source>
            <translation>p. ex. nom@example.org ou +33 6 12 34 56 78</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="139" />
            <source>Where we can reach you now</source>
            <translation>Où nous pouvons vous joindre maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="142" />
            <source>An e-mail address or phone number you can use right now. If someone took over your account, do not use an address they changed.</source>
            <translation>Une adresse e-mail ou un numéro de téléphone que vous pouvez utiliser tout de suite. Si quelqu’un a pris votre compte, n’utilisez pas une adresse qu’il a modifiée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="146" />
            <source>La&amp;nguage of our messages:</source>
            <translation>La&amp;ngue de nos messages :</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="147" />
            <source>Language of our messages</source>
            <translation>Langue de nos messages</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="148" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="149" />
            <source>Continue: send me a code</source>
            <translation>Continuer : m’envoyer un code</translation>
        </message>
    </context>
    <context>
        <name>LiveBoard</name>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="104" />
            <source>Queue now</source>
            <translation>File en ce moment</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="105" />
            <source>A&amp;gents</source>
            <translation>A&amp;gents</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="106" />
            <source>Agents: presence and load</source>
            <translation>Agents : présence et charge</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/live_board.py" line="131" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="133" />
            <source>Oldest wait: %1</source>
            <translation>Attente la plus longue : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="137" />
            <source>Nobody is waiting.</source>
            <translation>Personne n’attend.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="143" />
            <source>Not loaded yet</source>
            <translation>Pas encore chargé</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="147" />
            <source>Updated %1</source>
            <translation>Mis à jour à %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="152" />
            <source>Open service-level breaches: %1</source>
            <translation>Dépassements de niveau de service en cours : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="154" />
            <source>No open service-level breaches.</source>
            <translation>Aucun dépassement de niveau de service en cours.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="159" />
            <source>Agents online: %1</source>
            <translation>Agents en ligne : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="160" />
            <source>Away: %1</source>
            <translation>Absents : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="161" />
            <source>Free chat slots: %1</source>
            <translation>Places de chat libres : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="162" />
            <source>Cases in progress: %1</source>
            <translation>Dossiers en cours : %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/windows/main_window.py" line="173" />
            <source>Recovery Desk — Get help</source>
            <translation>Recovery Desk — Obtenir de l’aide</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="176" />
            <source>Recovery Desk — Supervisor: %1</source>
            <translation>Recovery Desk — Superviseur : %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="178" />
            <source>Recovery Desk — Agent: %1</source>
            <translation>Recovery Desk — Agent : %1</translation>
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
            <translation>Obtenir de l’&amp;aide</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="220" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Récupérer votre propre compte (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="221" />
            <source>User mode: get help with your account</source>
            <translation>Mode utilisateur : aide pour votre compte</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="222" />
            <source>&amp;Agent</source>
            <translation>A&amp;gent</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="223" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Travailler comme agent du support (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="224" />
            <source>Agent mode: support agent workspace</source>
            <translation>Mode agent : espace de travail du support</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="225" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="226" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="227" />
            <source>&amp;Theme:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="228" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="230" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="231" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="232" />
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="236" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="237" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Le serveur Recovery Desk auquel cette application se connecte</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="88" />
            <source>Private note</source>
            <translation>Note privée</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="108" />
            <source>Assistant's answer — show</source>
            <translation>Réponse de l'assistant — afficher</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="109" />
            <source>Hide the assistant's answer</source>
            <translation>Masquer la réponse de l'assistant</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../ui/models/message_model.py" line="64" />
            <source>not sent yet</source>
            <translation>pas encore envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="65" />
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="66" />
            <source>delivered</source>
            <translation>distribué</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="67" />
            <source>read</source>
            <translation>lu</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="68" />
            <source>could not be sent</source>
            <translation>n’a pas pu être envoyé</translation>
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
        <name>QueueModel</name>
        <message>
            <location filename="../../ui/models/queue_model.py" line="38" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="39" />
            <source>Tier</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="40" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="41" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="42" />
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="43" />
            <source>Service level</source>
            <translation>Niveau de service</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="46" />
            <source>Subscriber (live)</source>
            <translation>Abonné (en direct)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="47" />
            <source>Free</source>
            <translation>Gratuit</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="50" />
            <source>Forgot password</source>
            <translation>Mot de passe oublié</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="51" />
            <source>Lost second factor</source>
            <translation>Second facteur perdu</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="52" />
            <source>Hacked</source>
            <translation>Piraté</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="53" />
            <source>Disabled or suspended</source>
            <translation>Désactivé ou suspendu</translation>
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
            <translation>%1 j %2 h</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="60" />
            <source>%1 (escalated)</source>
            <translation>%1 (escaladé)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="61" />
            <source>Breached %1 ago</source>
            <translation>En retard depuis %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="62" />
            <source>Due soon: %1 left</source>
            <translation>Bientôt dû : il reste %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="63" />
            <source>On time: %1 left</source>
            <translation>Dans les temps : il reste %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="64" />
            <source>%1. Target: %2.</source>
            <translation>%1. Objectif : %2.</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="69" />
            <location filename="../../ui/agent/queue_view.py" line="70" />
            <source>Waiting queue</source>
            <translation>File d'attente</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="71" />
            <source>Waiting queue (Ctrl+Shift+Q to focus)</source>
            <translation>File d'attente (Ctrl+Maj+Q pour y aller)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="74" />
            <source>New chats are given to you automatically when you are online and have a free slot; the queue is here so you can see the pressure.</source>
            <translation>Les nouvelles conversations vous sont attribuées automatiquement lorsque vous êtes en ligne avec une place libre ; la file sert à voir la charge.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="91" />
            <source>Loading the queue…</source>
            <translation>Chargement de la file…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="95" />
            <source>Nobody is waiting.</source>
            <translation>Personne n’attend.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="98" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="99" />
            <source>%n subscribers</source>
            <translation>
                <numerusform>%n abonné</numerusform>
                <numerusform>%n abonnés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="100" />
            <source>%n free tier</source>
            <translation>
                <numerusform>%n gratuit</numerusform>
                <numerusform>%n gratuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="103" />
            <source>%n due soon</source>
            <translation>
                <numerusform>%n bientôt en retard</numerusform>
                <numerusform>%n bientôt en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="105" />
            <source>%n breached</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="108" />
            <source>(the first %n are listed)</source>
            <translation>
                <numerusform>(le premier est affiché)</numerusform>
                <numerusform>(les %n premiers sont affichés)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="98" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/case_panel_dialogs.py" line="100" />
            <source>At least %n characters. It is written to the audit log.</source>
            <translation>
                <numerusform>Au moins %n caractère. Il est inscrit au journal d'audit.</numerusform>
                <numerusform>Au moins %n caractères. Il est inscrit au journal d'audit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="103" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ReferenceBox</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="74" />
            <source>Your case reference</source>
            <translation>Référence de votre dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>C&amp;opy</source>
            <translation>C&amp;opier</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="76" />
            <source>Copy the case reference</source>
            <translation>Copier la référence du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="78" />
            <source>Keep this to come back later: with it you can resume your case.</source>
            <translation>Gardez-la pour revenir plus tard : elle vous permet de reprendre votre dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="82" />
            <source>This computer cannot keep the key to your case. Copy the case key and keep it somewhere safe: you need it with the reference to come back.</source>
            <translation>Cet ordinateur ne peut pas conserver la clé de votre dossier. Copiez la clé du dossier et gardez-la en lieu sûr : il vous la faudra, avec la référence, pour revenir.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Key copied</source>
            <translation>Clé copiée</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Copy case &amp;key</source>
            <translation>Copier la &amp;clé du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="89" />
            <source>Copy the secret case key</source>
            <translation>Copier la clé secrète du dossier</translation>
        </message>
    </context>
    <context>
        <name>ReplyCodePage</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="126" />
            <source>Check your reply address</source>
            <translation>Vérifiez votre adresse de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="127" />
            <source>Check your e-mail or phone</source>
            <translation>Consultez vos e-mails ou votre téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="130" />
            <source>We sent a 6-digit code to {contact}. Type it here so we know we can reach you there. Nothing else happens to your account yet.</source>
            <translation>Nous avons envoyé un code à 6 chiffres à {contact}. Saisissez-le ici pour que nous sachions pouvoir vous y joindre. Rien d’autre ne change pour votre compte pour l’instant.</translation>
        </message>
    </context>
    <context>
        <name>ResetStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="231" />
            <source>Paste the whole link from the e-mail or text message.</source>
            <translation>Collez le lien complet de l'e-mail ou du SMS.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="235" />
            <source>No reset code was found in this text. Copy the whole link again.</source>
            <translation>Aucun code de réinitialisation n'a été trouvé dans ce texte. Copiez à nouveau le lien complet.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="238" />
            <source>Reset link recognised.</source>
            <translation>Lien de réinitialisation reconnu.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="241" />
            <source>The two passwords are not the same yet.</source>
            <translation>Les deux mots de passe ne sont pas encore identiques.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="243" />
            <source>Use at least 12 characters.</source>
            <translation>Utilisez au moins 12 caractères.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="279" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask the agent in your recovery case to send a new one.</source>
            <translation>Ce lien de réinitialisation ne fonctionne plus : il a déjà été utilisé, il a expiré ou un lien plus récent l'a remplacé. Demandez à l'agent de votre dossier de récupération de vous en envoyer un nouveau.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="283" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Open your recovery case with its reference and ask for a new link, or open a new case.</source>
            <translation>Ce lien de réinitialisation ne fonctionne plus : il a déjà été utilisé, il a expiré ou un lien plus récent l'a remplacé. Ouvrez votre dossier de récupération avec sa référence et demandez un nouveau lien, ou ouvrez un nouveau dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="289" />
            <source>Choose a new password</source>
            <translation>Choisissez un nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="292" />
            <source>Paste the reset link we sent you, then choose a new password. After this, every session is signed out, including the one that was not yours.</source>
            <translation>Collez le lien de réinitialisation que nous vous avons envoyé, puis choisissez un nouveau mot de passe. Ensuite, toutes les sessions sont déconnectées, y compris celle qui n'était pas la vôtre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="296" />
            <source>Reset &amp;link:</source>
            <translation>&amp;Lien de réinitialisation :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="297" />
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="298" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Répétez le mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="299" />
            <source>https://… or the code after #</source>
            <translation>https://… ou le code après #</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="300" />
            <source>Reset link or code</source>
            <translation>Lien de réinitialisation ou code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="301" />
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="302" />
            <source>Repeat new password</source>
            <translation>Répétez le nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="303" />
            <source>&amp;Show passwords</source>
            <translation>&amp;Afficher les mots de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="304" />
            <source>Show passwords</source>
            <translation>Afficher les mots de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="305" />
            <source>&amp;Set new password</source>
            <translation>&amp;Définir le nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="306" />
            <source>Set new password</source>
            <translation>Définir le nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="307" />
            <source>I already chose a new password</source>
            <translation>J'ai déjà choisi un nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="308" />
            <source>Skip: I already chose a new password</source>
            <translation>Passer : j'ai déjà choisi un nouveau mot de passe</translation>
        </message>
    </context>
    <context>
        <name>RestoreActions</name>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="82" />
            <source>Restore actions</source>
            <translation>Actions de restauration</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="137" />
            <source>a supervisor</source>
            <translation>un superviseur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="139" />
            <source>another agent</source>
            <translation>un autre agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="141" />
            <source>Asked for approval; waiting for %1.</source>
            <translation>Approbation demandée ; en attente d'%1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="144" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmDialog</name>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="117" />
            <source>Confirm: %1</source>
            <translation>Confirmer : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="119" />
            <source>%1 for case %2</source>
            <translation>%1 pour le dossier %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="121" />
            <source>&amp;Which contact:</source>
            <translation>&amp;Quel contact :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="122" />
            <source>Which contact</source>
            <translation>Quel contact</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="130" />
            <source>What changes:</source>
            <translation>Ce qui change :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="131" />
            <source>Hold:</source>
            <translation>Délai d'attente :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="132" />
            <source>Who is told:</source>
            <translation>Qui est prévenu :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="133" />
            <source>Approval:</source>
            <translation>Approbation :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="134" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="135" />
            <source>Reason for this change</source>
            <translation>Motif de cette modification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="136" />
            <source>Why is this change right for this person?</source>
            <translation>Pourquoi cette modification convient-elle à cette personne ?</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>Ask for &amp;approval</source>
            <translation>Demander l'&amp;approbation</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>&amp;Run it now</source>
            <translation>&amp;Exécuter maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="167" />
            <source>Every session is signed out (active now: %1)</source>
            <translation>Toutes les sessions sont déconnectées (actives actuellement : %1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="171" />
            <source>devices forgotten: %1</source>
            <translation>appareils oubliés : %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="175" />
            <source>A password-reset link goes to a contact the person proved in this case (or their verified reply address). You never set or see the password.</source>
            <translation>Un lien de réinitialisation est envoyé à un contact que la personne a prouvé dans ce dossier (ou à son adresse de réponse vérifiée). Vous ne définissez ni ne voyez jamais le mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="180" />
            <source>%1, added %2, is removed from the account.</source>
            <translation>%1, ajouté le %2, est supprimé du compte.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="186" />
            <source>%1, removed %2, is put back on the account.</source>
            <translation>%1, supprimé le %2, est rétabli sur le compte.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="193" />
            <source>The authenticator app added %1, during the reported compromise, is removed.</source>
            <translation>L'application d'authentification ajoutée le %1, pendant la compromission signalée, est supprimée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="197" />
            <source>The authenticator app (since %1) is removed and unused backup codes stop working. The person sets up a new one after signing in.</source>
            <translation>L'application d'authentification (depuis le %1) est supprimée et les codes de secours inutilisés cessent de fonctionner. La personne en configure une nouvelle après s'être connectée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="202" />
            <source>The account's status changes from %1 to active.</source>
            <translation>Le statut du compte passe de « %1 » à « actif ».</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="207" />
            <source>None: the change happens as soon as it is approved or run.</source>
            <translation>Aucun : la modification a lieu dès qu'elle est approuvée ou exécutée.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="210" />
            <source>After approval the change waits %n hours, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</source>
            <translation>
                <numerusform>Après approbation, la modification attend %n heure, puis s'exécute d'elle-même sauf si le titulaire l'annule. L'heure de fin figure sous « Modifications et délais d'attente ».</numerusform>
                <numerusform>Après approbation, la modification attend %n heures, puis s'exécute d'elle-même sauf si le titulaire l'annule. L'heure de fin figure sous « Modifications et délais d'attente ».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="218" />
            <source>The person receives the link; nobody else is told.</source>
            <translation>La personne reçoit le lien ; personne d'autre n'est prévenu.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="221" />
            <source>Nobody: the account has no contact from before the compromise.</source>
            <translation>Personne : le compte n'a aucun contact antérieur à la compromission.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="225" />
            <source>%1, each with a link to cancel ("this wasn't me"), now and when it is done.</source>
            <translation>%1, chacun avec un lien d'annulation (« ce n'était pas moi »), maintenant et une fois la modification effectuée.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="227" />
            <source>%1, when it is done.</source>
            <translation>%1, une fois la modification effectuée.</translation>
        </message>
    </context>
    <context>
        <name>ResumePage</name>
        <message>
            <location filename="../../ui/user/resume_page.py" line="72" />
            <source>Enter your case reference, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Saisissez la référence de votre dossier, p. ex. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="77" />
            <source>Enter the case key as well.</source>
            <translation>Saisissez aussi la clé du dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="84" />
            <location filename="../../ui/user/resume_page.py" line="85" />
            <source>Resume a case</source>
            <translation>Reprendre un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="86" />
            <source>Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Saisissez la référence du dossier que vous avez gardée, p. ex. RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="87" />
            <source>Case &amp;reference:</source>
            <translation>&amp;Référence du dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="88" />
            <source>Case reference</source>
            <translation>Référence du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="89" />
            <source>Case &amp;key:</source>
            <translation>&amp;Clé du dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="90" />
            <source>Case key</source>
            <translation>Clé du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="93" />
            <source>This computer does not keep the key to this case. Paste the case key you saved when you opened the case.</source>
            <translation>Cet ordinateur ne conserve pas la clé de ce dossier. Collez la clé du dossier que vous avez gardée à son ouverture.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="97" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="98" />
            <source>Continue with this case</source>
            <translation>Continuer avec ce dossier</translation>
        </message>
    </context>
    <context>
        <name>SecureErrors</name>
        <message>
            <location filename="../../ui/user/secure_common.py" line="13" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask for a new link in your recovery case.</source>
            <translation>Ce lien de réinitialisation ne fonctionne plus : il a déjà été utilisé, il a expiré ou un lien plus récent l'a remplacé. Demandez un nouveau lien dans votre dossier de récupération.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="18" />
            <source>This password is too easy to guess or contains your name. Choose a longer one, for example a few unrelated words.</source>
            <translation>Ce mot de passe est trop facile à deviner ou contient votre nom. Choisissez-en un plus long, par exemple quelques mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="23" />
            <source>The account name or password is not right. Check them and try again.</source>
            <translation>Le nom du compte ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="27" />
            <source>Enter the current 6-digit code from your authenticator app, or one of your backup codes.</source>
            <translation>Saisissez le code à 6 chiffres actuel de votre application d'authentification, ou l'un de vos codes de secours.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="31" />
            <source>Too many wrong codes were entered for this account. Open a recovery case to get back in.</source>
            <translation>Trop de codes erronés ont été saisis pour ce compte. Ouvrez un dossier de récupération pour retrouver l’accès.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="35" />
            <source>This account cannot be used right now. Follow your recovery case or open a new one.</source>
            <translation>Ce compte ne peut pas être utilisé pour le moment. Suivez votre dossier de récupération ou ouvrez-en un nouveau.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="39" />
            <source>That code was not accepted. Enter the code your authenticator app shows now; if it was just used, wait for the next one.</source>
            <translation>Ce code n'a pas été accepté. Saisissez le code que votre application d'authentification affiche maintenant ; s'il vient d'être utilisé, attendez le suivant.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="44" />
            <source>The key was not accepted. Start the set-up again.</source>
            <translation>La clé n'a pas été acceptée. Recommencez la configuration.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="47" />
            <source>Too many codes were tried. Wait 15 minutes, then try again.</source>
            <translation>Trop de codes ont été essayés. Attendez 15 minutes, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="50" />
            <source>For this change you need to have signed in within the last 30 minutes. Sign in again, then repeat it.</source>
            <translation>Pour cette modification, vous devez vous être connecté dans les 30 dernières minutes. Reconnectez-vous, puis recommencez.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="55" />
            <source>Backup codes need an authenticator app. Set one up first.</source>
            <translation>Les codes de secours nécessitent une application d'authentification. Configurez-en une d'abord.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="58" />
            <source>These backup codes were not accepted. Make a new set and try again.</source>
            <translation>Ces codes de secours n'ont pas été acceptés. Générez-en une nouvelle série et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="61" />
            <source>This is the session you are using now; it cannot be ended here.</source>
            <translation>C'est la session que vous utilisez en ce moment ; elle ne peut pas être fermée ici.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="64" />
            <source>This is the device you are using now; it cannot be revoked here.</source>
            <translation>C'est l'appareil que vous utilisez en ce moment ; il ne peut pas être révoqué ici.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="67" />
            <source>That session is no longer there. The list was reloaded.</source>
            <translation>Cette session n'existe plus. La liste a été rechargée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="70" />
            <source>That device is no longer there. The list was reloaded.</source>
            <translation>Cet appareil n'existe plus. La liste a été rechargée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="73" />
            <source>Your session has ended. Sign in again to continue.</source>
            <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
        </message>
    </context>
    <context>
        <name>SecurePage</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="182" />
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="183" />
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="184" />
            <source>Authenticator app</source>
            <translation>Application d’authentification</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="185" />
            <source>Backup codes</source>
            <translation>Codes de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="186" />
            <source>Sessions and devices</source>
            <translation>Sessions et appareils</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="187" />
            <source>Recent changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="190" />
            <source>Your opinion</source>
            <translation>Votre avis</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="191" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="199" />
            <source>current step</source>
            <translation>étape en cours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="201" />
            <source>done</source>
            <translation>terminée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="203" />
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="212" />
            <source>Steps to secure your account</source>
            <translation>Étapes pour sécuriser votre compte</translation>
        </message>
    </context>
    <context>
        <name>SessionsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="147" />
            <source>This session (you)</source>
            <translation>Cette session (vous)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="149" />
            <source>Ended</source>
            <translation>Fermée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="151" />
            <source>Signed in</source>
            <translation>Connectée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="152" />
            <source>Unknown device</source>
            <translation>Appareil inconnu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="157" />
            <location filename="../../ui/user/secure_sessions.py" line="158" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="206" />
            <source>The session was ended.</source>
            <translation>La session a été fermée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="212" />
            <source>The device was revoked and its sessions ended.</source>
            <translation>L'appareil a été révoqué et ses sessions fermées.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="216" />
            <source>%n other session(s) ended.</source>
            <translation>
                <numerusform>%n autre session fermée.</numerusform>
                <numerusform>%n autres sessions fermées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="239" />
            <source>Where you are signed in</source>
            <translation>Où vous êtes connecté</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="242" />
            <source>Check every session and device. End any you do not recognise: whoever uses it is signed out at once. The session you are using now is marked and cannot be ended here.</source>
            <translation>Vérifiez chaque session et chaque appareil. Fermez ceux que vous ne reconnaissez pas : la personne qui les utilise est déconnectée immédiatement. La session que vous utilisez est signalée et ne peut pas être fermée ici.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="249" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="250" />
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="251" />
            <source>Last seen</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="252" />
            <source>IP address</source>
            <translation>Adresse IP</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="253" />
            <source>Browser or app</source>
            <translation>Navigateur ou application</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="256" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="257" />
            <source>Show &amp;ended sessions</source>
            <translation>Afficher les sessions &amp;terminées</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="258" />
            <source>Show ended sessions</source>
            <translation>Afficher les sessions terminées</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="259" />
            <source>&amp;End session</source>
            <translation>&amp;Fermer la session</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="260" />
            <source>End the selected session</source>
            <translation>Fermer la session sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="261" />
            <source>Revoke &amp;device</source>
            <translation>Révoquer l'&amp;appareil</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="262" />
            <source>Revoke the selected session's device</source>
            <translation>Révoquer l'appareil de la session sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="263" />
            <source>End &amp;all other sessions</source>
            <translation>Fermer toutes les autres &amp;sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="264" />
            <source>End all other sessions</source>
            <translation>Fermer toutes les autres sessions</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="265" />
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="266" />
            <source>Reload the list</source>
            <translation>Recharger la liste</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="267" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="268" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="61" />
            <location filename="../../ui/agent/shortcuts_help.py" line="62" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Keys</source>
            <translation>Touches</translation>
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
            <translation>Connexion agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="134" />
            <source>Sign in to the agent desk</source>
            <translation>Se connecter au bureau des agents</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="137" />
            <source>Use your agent user name, your password and the 6-digit code your authenticator app shows now.</source>
            <translation>Saisissez votre nom d'utilisateur d'agent, votre mot de passe et le code à 6 chiffres que votre application d'authentification affiche en ce moment.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="141" />
            <source>&amp;User name</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="142" />
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="143" />
            <source>Authenticator &amp;code</source>
            <translation>&amp;Code d'authentification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="144" />
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="145" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="146" />
            <source>Authenticator code, 6 digits</source>
            <translation>Code d'authentification, 6 chiffres</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="147" />
            <source>6 digits</source>
            <translation>6 chiffres</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="148" />
            <source>&amp;Remember me on this computer</source>
            <translation>Se &amp;souvenir de moi sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="149" />
            <source>Remember me on this computer</source>
            <translation>Se souvenir de moi sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="152" />
            <source>Keeps the session in this computer's password store until it ends.</source>
            <translation>Conserve la session dans le trousseau de cet ordinateur jusqu'à son expiration.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="156" />
            <source>This computer has no password store, so the session stays in memory.</source>
            <translation>Cet ordinateur n'a pas de trousseau : la session reste uniquement en mémoire.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="158" />
            <source>&amp;Sign in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="159" />
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="166" />
            <source>Your session has ended. Sign in again: your unsent replies are kept and come back when you do.</source>
            <translation>Votre session a pris fin. Reconnectez-vous : vos réponses non envoyées sont conservées et réapparaîtront.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="182" />
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="184" />
            <location filename="../../ui/agent/sign_in_page.py" line="204" />
            <source>Enter the 6 digits your authenticator app shows.</source>
            <translation>Saisissez les 6 chiffres affichés par votre application d'authentification.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="191" />
            <source>Sign-in error</source>
            <translation>Erreur de connexion</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="200" />
            <source>The user name, password or code is not right. Check them and try again with a new code.</source>
            <translation>Le nom d'utilisateur, le mot de passe ou le code est incorrect. Vérifiez-les et réessayez avec un nouveau code.</translation>
        </message>
    </context>
    <context>
        <name>SignInStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="391" />
            <source>Recovery Desk app</source>
            <translation>Application Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="402" />
            <source>Your account has a second step. Enter the current code from your authenticator app, or one of your backup codes.</source>
            <translation>Votre compte a une deuxième étape. Saisissez le code actuel de votre application d'authentification, ou l'un de vos codes de secours.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="419" />
            <source>Sign in with your new password</source>
            <translation>Connectez-vous avec votre nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="422" />
            <source>For your safety nobody is signed in after a password change. Sign in again so you can check your sessions and set up your second step.</source>
            <translation>Pour votre sécurité, personne n'est connecté après un changement de mot de passe. Reconnectez-vous pour vérifier vos sessions et configurer votre deuxième étape.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="426" />
            <source>&amp;Account name or e-mail:</source>
            <translation>&amp;Nom du compte ou e-mail :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="427" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="428" />
            <source>&amp;Code or backup code:</source>
            <translation>&amp;Code ou code de secours :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="429" />
            <source>Account name or e-mail</source>
            <translation>Nom du compte ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="430" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="431" />
            <source>Authenticator code or backup code</source>
            <translation>Code de l'application d'authentification ou code de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="432" />
            <source>123456 or abcd-efgh-ijkl-mnop</source>
            <translation>123456 ou abcd-efgh-ijkl-mnop</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="433" />
            <source>Sign &amp;in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="434" />
            <source>Sign in</source>
            <translation>Connexion</translation>
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
            <translation>Votre réponse</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="91" />
            <source>Write a reply (Ctrl+Enter sends)</source>
            <translation>Écrivez une réponse (Ctrl+Entrée pour envoyer)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="92" />
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="93" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Envoyer (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Requester</source>
            <translation>Demandeur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="111" />
            <source>Private note</source>
            <translation>Note privée</translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message>
            <location filename="../../ui/user/situation_page.py" line="58" />
            <source>What happened?</source>
            <translation>Que s’est-il passé ?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="59" />
            <source>Locked out of your account?</source>
            <translation>Vous n’avez plus accès à votre compte ?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="62" />
            <source>Tell us what happened. We will help you prove that the account is yours and get back in. We never ask for your password.</source>
            <translation>Dites-nous ce qui s’est passé. Nous vous aidons à prouver que le compte est à vous et à y accéder de nouveau. Nous ne demandons jamais votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="68" />
            <source>I forgot my password</source>
            <translation>J’ai oublié mon mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="69" />
            <source>You still have your e-mail or phone, but not the password.</source>
            <translation>Vous avez toujours votre e-mail ou votre téléphone, mais plus le mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="72" />
            <source>I lost my authenticator</source>
            <translation>J’ai perdu mon application d’authentification</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="73" />
            <source>Your phone with the sign-in app is lost, reset or broken.</source>
            <translation>Votre téléphone avec l’application de connexion est perdu, réinitialisé ou cassé.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="76" />
            <source>My account was hacked</source>
            <translation>Mon compte a été piraté</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="77" />
            <source>Someone else changed your password, e-mail, phone or sign-in app.</source>
            <translation>Quelqu’un d’autre a changé votre mot de passe, votre e-mail, votre téléphone ou votre application de connexion.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="80" />
            <source>My account was disabled</source>
            <translation>Mon compte a été désactivé</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="81" />
            <source>Your account was suspended or locked and you think it is a mistake.</source>
            <translation>Votre compte a été suspendu ou bloqué et vous pensez que c’est une erreur.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="90" />
            <source>&amp;Resume a case</source>
            <translation>&amp;Reprendre un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="91" />
            <source>Resume a case you opened before</source>
            <translation>Reprendre un dossier ouvert auparavant</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="92" />
            <source>I already have a reset lin&amp;k</source>
            <translation>&amp;J’ai déjà un lien de réinitialisation</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="94" />
            <source>I already have a password reset link: secure my account</source>
            <translation>J’ai déjà un lien de réinitialisation du mot de passe : sécuriser mon compte</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="108" />
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Très faible : il serait deviné presque immédiatement.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="109" />
            <source>Weak: easy to guess.</source>
            <translation>Faible : facile à deviner.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="110" />
            <source>Fair: could be guessed with some effort.</source>
            <translation>Moyen : pourrait être deviné avec un peu d'effort.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="111" />
            <source>Strong: hard to guess.</source>
            <translation>Fort : difficile à deviner.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="112" />
            <source>Very strong: very hard to guess.</source>
            <translation>Très fort : très difficile à deviner.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="115" />
            <source>Type a password to see how strong it is.</source>
            <translation>Saisissez un mot de passe pour voir sa robustesse.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="123" />
            <source>Password strength</source>
            <translation>Robustesse du mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="126" />
            <source>Use at least 12 characters.</source>
            <translation>Utilisez au moins 12 caractères.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="127" />
            <source>Avoid common words, names and well-known passwords.</source>
            <translation>Évitez les mots courants, les noms et les mots de passe connus.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="128" />
            <source>Avoid sequences such as abc or 1234.</source>
            <translation>Évitez les suites comme abc ou 1234.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="129" />
            <source>Avoid repeated characters or words.</source>
            <translation>Évitez les caractères ou mots répétés.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="130" />
            <source>Avoid dates and years.</source>
            <translation>Évitez les dates et les années.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="131" />
            <source>Avoid keyboard patterns such as qwerty.</source>
            <translation>Évitez les suites de touches comme azerty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="132" />
            <source>A few unrelated words make a strong password you can remember.</source>
            <translation>Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFormat</name>
        <message>
            <location filename="../../ui/supervisor/format.py" line="15" />
            <source>Subscribers (live chat)</source>
            <translation>Abonnés (chat en direct)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="16" />
            <source>Free tier (messages)</source>
            <translation>Offre gratuite (messages)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="19" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="20" />
            <source>Away</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="21" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="24" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="25" />
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="26" />
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="30" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="31" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="32" />
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
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
            <translation>Cette vue est réservée aux superviseurs. Adressez-vous à un administrateur si vous en avez besoin pour votre travail.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="145" />
            <source>The approvals inbox is not available in this version of the app.</source>
            <translation>La boîte des approbations n’est pas disponible dans cette version de l’application.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts (%1)</source>
            <translation>&amp;Alertes (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts</source>
            <translation>&amp;Alertes</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="154" />
            <source>A&amp;pprovals (%1)</source>
            <translation>A&amp;pprobations (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="156" />
            <source>A&amp;pprovals</source>
            <translation>A&amp;pprobations</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="159" />
            <source>&amp;Live board</source>
            <translation>&amp;Tableau en direct</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="162" />
            <source>&amp;Dashboard</source>
            <translation>Tableau de &amp;bord</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="163" />
            <source>Audi&amp;t log</source>
            <translation>&amp;Journal d’audit</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="167" />
            <source>Alt+Shift+%1</source>
            <translation>Alt+Maj+%1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="245" />
            <source>New alert: %1</source>
            <translation>Nouvelle alerte : %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="255" />
            <source>Only supervisors can see this. Your session may have changed role.</source>
            <translation>Seuls les superviseurs peuvent voir ceci. Le rôle de votre session a peut-être changé.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="274" />
            <source>This alert is about you: another supervisor must acknowledge it.</source>
            <translation>Cette alerte vous concerne : un autre superviseur doit la traiter.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="282" />
            <source>Alert acknowledged.</source>
            <translation>Alerte marquée comme traitée.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <location filename="../../ui/user/support_page.py" line="235" />
            <source>Support</source>
            <translation>Assistance</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="236" />
            <source>Get help</source>
            <translation>Obtenir de l’aide</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="239" />
            <source>Case %1. Keep this reference: you can come back to your case with it.</source>
            <translation>Dossier %1. Gardez cette référence : elle vous permet de revenir à votre dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="242" />
            <source>Ask the assistant first</source>
            <translation>Demandez d’abord à l’assistant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="243" />
            <source>Describe what happened in a few words</source>
            <translation>Décrivez en quelques mots ce qui s’est passé</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="244" />
            <source>Your question for the assistant</source>
            <translation>Votre question pour l’assistant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="245" />
            <source>As&amp;k</source>
            <translation>&amp;Demander</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="246" />
            <source>Ask the assistant</source>
            <translation>Demander à l’assistant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="247" />
            <source>What help you can get</source>
            <translation>L’aide que vous pouvez obtenir</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="250" />
            <source>Everyone: the assistant answers common questions at once, and often you can recover your account yourself once you have proved it is yours.</source>
            <translation>Tout le monde : l’assistant répond tout de suite aux questions courantes, et vous pouvez souvent récupérer votre compte vous-même une fois prouvé qu’il vous appartient.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="258" />
            <source>Free accounts: a specialist answers your case in writing within %n hours, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>
                <numerusform>Comptes gratuits : un spécialiste répond à votre dossier par écrit sous %n heure, pendant les heures d’ouverture (%1). En dehors, vous recevez un message d’absence ; la réponse arrive dans cette discussion.</numerusform>
                <numerusform>Comptes gratuits : un spécialiste répond à votre dossier par écrit sous %n heures, pendant les heures d’ouverture (%1). En dehors, vous recevez un message d’absence ; la réponse arrive dans cette discussion.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="266" />
            <source>Free accounts: a specialist answers your case in writing, during business hours. Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>Comptes gratuits : un spécialiste répond à votre dossier par écrit, pendant les heures d’ouverture. En dehors, vous recevez un message d’absence ; la réponse arrive dans cette discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="272" />
            <source>Verified subscribers: a live specialist in this chat. You see your place in line and the expected wait.</source>
            <translation>Abonnés vérifiés : un spécialiste en direct dans cette discussion. Vous voyez votre place dans la file et l’attente prévue.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="276" />
            <source>&amp;Request support</source>
            <translation>&amp;Demander de l’aide</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="277" />
            <source>Request support from a specialist</source>
            <translation>Demander l’aide d’un spécialiste</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="278" />
            <source>&amp;Secure your account now</source>
            <translation>&amp;Sécurisez votre compte maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="279" />
            <source>Secure your account now</source>
            <translation>Sécurisez votre compte maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="395" />
            <source>Your access is restored.</source>
            <translation>Votre accès est rétabli.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="397" />
            <source>A specialist is with you in this chat.</source>
            <translation>Un spécialiste est avec vous dans cette discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="399" />
            <source>The specialist is restoring your access.</source>
            <translation>Le spécialiste rétablit votre accès.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="402" />
            <source>Your case is on hold for a safety waiting period; we will write here.</source>
            <translation>Votre dossier est en attente pour un délai de sécurité ; nous vous écrirons ici.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="405" />
            <source>You are in line for a live specialist.</source>
            <translation>Vous êtes dans la file pour un spécialiste en direct.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="408" />
            <source>You are number %n in line.</source>
            <translation>
                <numerusform>Vous êtes numéro %n dans la file.</numerusform>
                <numerusform>Vous êtes numéro %n dans la file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="413" />
            <source>Expected wait: about %n minutes.</source>
            <translation>
                <numerusform>Attente prévue : environ %n minute.</numerusform>
                <numerusform>Attente prévue : environ %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="416" />
            <source>Your case is with our team.</source>
            <translation>Votre dossier est entre les mains de notre équipe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="419" />
            <source>We reply within %n hours, here in this chat.</source>
            <translation>
                <numerusform>Nous répondons sous %n heure, ici dans cette discussion.</numerusform>
                <numerusform>Nous répondons sous %n heures, ici dans cette discussion.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="427" />
            <source>At the latest by %1.</source>
            <translation>Au plus tard le %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="430" />
            <source>Business hours: %1.</source>
            <translation>Heures d’ouverture : %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="435" />
            <source>We are outside business hours now. Your case is kept and answered in order.</source>
            <translation>Nous sommes actuellement en dehors des heures d’ouverture. Votre dossier est conservé et traité dans l’ordre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="439" />
            <source>We open again %1.</source>
            <translation>Nous rouvrons le %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="443" />
            <source>Your request is being sent…</source>
            <translation>Envoi de votre demande…</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="450" />
            <source>This is not possible at this step of your case. %1</source>
            <translation>Ce n’est pas possible à cette étape de votre dossier. %1</translation>
        </message>
    </context>
    <context>
        <name>SupportText</name>
        <message>
            <location filename="../../ui/user/support_text.py" line="12" />
            <source>Next: confirm your reply address with the code we sent to it.</source>
            <translation>Ensuite : confirmez votre adresse de réponse avec le code que nous y avons envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="15" />
            <source>Next: prove it is your account in the verification step. Often that is enough to recover it yourself.</source>
            <translation>Ensuite : prouvez à l’étape de vérification que c’est votre compte. Cela suffit souvent pour le récupérer vous-même.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="20" />
            <source>If this does not solve it, request support below.</source>
            <translation>Si cela ne résout pas le problème, demandez de l’aide ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="23" />
            <source>A specialist will answer you in this chat; you do not need to do more.</source>
            <translation>Un spécialiste vous répondra dans cette discussion ; vous n’avez rien d’autre à faire.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="26" />
            <source>We are reviewing what you sent; we will write to you here.</source>
            <translation>Nous examinons ce que vous avez envoyé ; nous vous écrirons ici.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="29" />
            <source>A specialist is with you in the chat.</source>
            <translation>Un spécialiste est avec vous dans la discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="32" />
            <source>You can do this yourself: prove it is you.</source>
            <translation>Vous pouvez le faire vous-même : prouvez que c’est bien vous.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="33" />
            <source>You can do this yourself: reset your password after verifying.</source>
            <translation>Vous pouvez le faire vous-même : réinitialisez votre mot de passe après vérification.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="50" />
            <source>The assistant has no ready answer for this. Request support below.</source>
            <translation>L’assistant n’a pas de réponse toute prête. Demandez de l’aide ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStep</name>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="123" />
            <source>Thank you for your answer.</source>
            <translation>Merci pour votre réponse.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="124" />
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="128" />
            <source>How did it go?</source>
            <translation>Comment cela s'est-il passé ?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="130" />
            <source>Two quick questions about your recovery case. Answering is optional.</source>
            <translation>Deux questions rapides sur votre dossier de récupération. Répondre est facultatif.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="132" />
            <source>Was your access restored?</source>
            <translation>Votre accès a-t-il été rétabli ?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="133" />
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="134" />
            <source>N&amp;o</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="135" />
            <source>Yes, my access was restored</source>
            <translation>Oui, mon accès a été rétabli</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="136" />
            <source>No, my access was not restored</source>
            <translation>Non, mon accès n'a pas été rétabli</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="138" />
            <source>How would you rate the help you got? (1 = bad, 5 = very good)</source>
            <translation>Comment évaluez-vous l'aide reçue ? (1 = mauvaise, 5 = très bonne)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="141" />
            <source>Rating %1 of 5</source>
            <translation>Note %1 sur 5</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="142" />
            <source>Co&amp;mment (optional):</source>
            <translation>Co&amp;mmentaire (facultatif) :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="143" />
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="144" />
            <source>Sen&amp;d</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="145" />
            <source>Send your answer</source>
            <translation>Envoyer votre réponse</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>S&amp;kip</source>
            <translation>&amp;Passer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="147" />
            <source>Continue without answering</source>
            <translation>Continuer sans répondre</translation>
        </message>
    </context>
    <context>
        <name>TotpStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="151" />
            <source>Set up your authenticator app</source>
            <translation>Configurez votre application d'authentification</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="154" />
            <source>Scan the QR code with your authenticator app (for example Aegis, Google Authenticator or Microsoft Authenticator), or type the key by hand. This replaces any authenticator set up before, including one an intruder added. The key is shown only here and only now.</source>
            <translation>Scannez le code QR avec votre application d'authentification (par exemple Aegis, Google Authenticator ou Microsoft Authenticator), ou saisissez la clé à la main. Cela remplace toute application configurée auparavant, y compris celle qu'un intrus aurait ajoutée. La clé n'est affichée qu'ici et maintenant.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="160" />
            <source>QR code for your authenticator app</source>
            <translation>Code QR pour votre application d'authentification</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="161" />
            <source>&amp;Key for typing by hand:</source>
            <translation>&amp;Clé à saisir à la main :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="162" />
            <source>Key for typing by hand</source>
            <translation>Clé à saisir à la main</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="163" />
            <source>&amp;Code the app shows now:</source>
            <translation>&amp;Code affiché maintenant par l'application :</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="164" />
            <source>Six-digit code from the app</source>
            <translation>Code à six chiffres de l'application</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="165" />
            <source>6 digits</source>
            <translation>6 chiffres</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="166" />
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="167" />
            <source>Confirm the code</source>
            <translation>Confirmer le code</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="168" />
            <source>Skip for now</source>
            <translation>Passer pour l'instant</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="169" />
            <source>Skip setting up an authenticator app</source>
            <translation>Passer la configuration de l'application d'authentification</translation>
        </message>
    </context>
    <context>
        <name>TypingIndicator</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="88" />
            <source>%1 is typing…</source>
            <translation>%1 écrit…</translation>
        </message>
    </context>
    <context>
        <name>UserFlow</name>
        <message>
            <location filename="../../ui/user/flow.py" line="237" />
            <source>Step {step} of {total}</source>
            <translation>Étape {step} sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="272" />
            <source>This code is locked after too many wrong tries. Ask for a new code, or go back and choose another way to prove it is you.</source>
            <translation>Ce code est bloqué après trop d’essais erronés. Demandez un nouveau code, ou revenez en arrière et choisissez une autre façon de prouver que c’est bien vous.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="278" />
            <source>This code has expired or a newer one was sent. Ask for a new code and type the newest one.</source>
            <translation>Ce code a expiré ou un code plus récent a été envoyé. Demandez un nouveau code et saisissez le plus récent.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="290" />
            <source>We found no open case with this reference and key. Check them and try again, or start a new case.</source>
            <translation>Nous n’avons trouvé aucun dossier ouvert avec cette référence et cette clé. Vérifiez-les et réessayez, ou ouvrez un nouveau dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="295" />
            <source>Your case has moved on and this step is no longer possible. Go back to the start and resume your case with its reference.</source>
            <translation>Votre dossier a avancé et cette étape n’est plus possible. Revenez au début et reprenez votre dossier avec sa référence.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="300" />
            <source>Please check what you typed: the account and an e-mail address or phone number (with country code) where we can reach you.</source>
            <translation>Vérifiez ce que vous avez saisi : le compte, et une adresse e-mail ou un numéro de téléphone (avec l’indicatif du pays) où nous pouvons vous joindre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="305" />
            <source>Give an e-mail address or a phone number (with country code) we can reply to.</source>
            <translation>Indiquez une adresse e-mail ou un numéro de téléphone (avec l’indicatif du pays) auquel nous pouvons répondre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="365" />
            <location filename="../../ui/user/flow.py" line="428" />
            <source>We sent a new code. Use the newest one.</source>
            <translation>Nous avons envoyé un nouveau code. Utilisez le plus récent.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/flow.py" line="380" />
            <source>That code is not right. Check it and try again: %n tries left.</source>
            <translation>
                <numerusform>Ce code n’est pas correct. Vérifiez-le et réessayez : il reste %n essai.</numerusform>
                <numerusform>Ce code n’est pas correct. Vérifiez-le et réessayez : il reste %n essais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="488" />
            <source>Thank you: that proof was accepted.</source>
            <translation>Merci : cette preuve a été acceptée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="508" />
            <source>Sent. Our team checks your files, usually within a day; your level rises when they are approved. You can get help from a person meanwhile.</source>
            <translation>Envoyé. Notre équipe vérifie vos fichiers, généralement sous un jour ; votre niveau augmente quand ils sont approuvés. En attendant, vous pouvez obtenir l’aide d’une personne.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="525" />
            <source>To put you in touch with a person we need to know which account it is and how to reach you. Choose what happened, then fill in the next page.</source>
            <translation>Pour vous mettre en relation avec une personne, nous devons savoir de quel compte il s’agit et comment vous joindre. Choisissez ce qui s’est passé, puis remplissez la page suivante.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="530" />
            <source>To put you in touch with a person, fill in this page first: which account, and where we can reach you.</source>
            <translation>Pour vous mettre en relation avec une personne, remplissez d’abord cette page : quel compte, et où nous pouvons vous joindre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="543" />
            <source>First type the code we sent to your reply address, so that our team can reach you there.</source>
            <translation>Saisissez d’abord le code envoyé à votre adresse de réponse, pour que notre équipe puisse vous y joindre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="561" />
            <source>Talking to a person is not available in this version of the app.</source>
            <translation>Parler à une personne n’est pas possible dans cette version de l’application.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="579" />
            <source>Securing the account is not available in this version of the app.</source>
            <translation>La sécurisation du compte n’est pas disponible dans cette version de l’application.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="614" />
            <source>This computer does not keep the key to this case. Enter the case key you saved.</source>
            <translation>Cet ordinateur ne conserve pas la clé de ce dossier. Saisissez la clé du dossier que vous avez gardée.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="634" />
            <source>This case is closed. To try again, go back and open a new case.</source>
            <translation>Ce dossier est clos. Pour réessayer, revenez en arrière et ouvrez un nouveau dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="672" />
            <source>Get help with your account</source>
            <translation>Obtenir de l’aide pour votre compte</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="673" />
            <source>← &amp;Back</source>
            <translation>← &amp;Retour</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="674" />
            <source>Back to the previous page</source>
            <translation>Revenir à la page précédente</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="675" />
            <source>Back (Alt+Left)</source>
            <translation>Retour (Alt+Gauche)</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="676" />
            <source>Talk to a &amp;person</source>
            <translation>Parler à une &amp;personne</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="677" />
            <source>Get help from a person</source>
            <translation>Obtenir l’aide d’une personne</translation>
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
    <context>
        <name>VerificationPanel</name>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="98" />
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="99" />
            <source>Proofs passed</source>
            <translation>Preuves validées</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="100" />
            <source>Ask the requester for a &amp;proof:</source>
            <translation>Demander une &amp;preuve au demandeur :</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="101" />
            <source>Proof to ask for</source>
            <translation>Preuve à demander</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="102" />
            <source>As&amp;k</source>
            <translation>&amp;Demander</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="103" />
            <source>Ask the requester for this proof</source>
            <translation>Demander cette preuve au demandeur</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="105" />
            <source>The requester answers in their own app; you see only the result.</source>
            <translation>Le demandeur répond dans sa propre application ; vous ne voyez que le résultat.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="107" />
            <source>Proofs you asked for</source>
            <translation>Preuves que vous avez demandées</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="115" />
            <source>Level: %1. Raised by: %2.</source>
            <translation>Niveau : %1. Obtenu grâce à : %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="128" />
            <source>None yet.</source>
            <translation>Aucune pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="130" />
            <source>✓ %1, passed %2</source>
            <translation>✓ %1, réussie le %2</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../ui/user/verify_page.py" line="96" />
            <source>No proof yet</source>
            <translation>Aucune preuve pour l’instant</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="98" />
            <source>One proof lets us help you reset your password. Choose one of the ways below.</source>
            <translation>Une preuve nous permet de vous aider à réinitialiser votre mot de passe. Choisissez l’un des moyens ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="103" />
            <source>One proof so far</source>
            <translation>Une preuve jusqu’ici</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="105" />
            <source>That is enough to sign out every other device and, if the account has no two-step sign-in, to reset your password. One more proof of a different kind lets us reset your password in every case and undo changes someone else made.</source>
            <translation>Cela suffit pour déconnecter tous les autres appareils et, si le compte n’a pas de connexion en deux étapes, pour réinitialiser votre mot de passe. Une preuve de plus, d’un autre type, nous permet de le réinitialiser dans tous les cas et d’annuler les changements faits par quelqu’un d’autre.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="113" />
            <source>Two proofs</source>
            <translation>Deux preuves</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="115" />
            <source>We can reset your password and undo changes someone else made to your e-mail address or phone. Removing two-step sign-in also needs your ID document and a selfie, checked by our team.</source>
            <translation>Nous pouvons réinitialiser votre mot de passe et annuler les changements faits par quelqu’un d’autre sur votre adresse e-mail ou votre téléphone. Supprimer la connexion en deux étapes demande aussi votre pièce d’identité et un selfie, vérifiés par notre équipe.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="121" />
            <source>Fully verified</source>
            <translation>Entièrement vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="123" />
            <source>Your proofs and your ID check let us restore everything, including removing two-step sign-in.</source>
            <translation>Vos preuves et la vérification de votre pièce d’identité nous permettent de tout rétablir, y compris la suppression de la connexion en deux étapes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="129" />
            <location filename="../../ui/user/verify_page.py" line="130" />
            <source>Prove it is you</source>
            <translation>Prouvez que c’est vous</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="133" />
            <source>Each proof is something only the real owner has. Only e-mail addresses, phones and apps that were on the account before the problem started count.</source>
            <translation>Chaque preuve est quelque chose que seul le vrai propriétaire possède. Seuls comptent les adresses e-mail, téléphones et applications liés au compte avant le début du problème.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="141" />
            <source>Choose a way to prove it is you:</source>
            <translation>Choisissez comment prouver que c’est vous :</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="144" />
            <source>Code to an e-mail address</source>
            <translation>Code par e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="145" />
            <source>We send a code to the account's e-mail address from before.</source>
            <translation>Nous envoyons un code à l’ancienne adresse e-mail du compte.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="148" />
            <source>Code by text message</source>
            <translation>Code par SMS</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="149" />
            <source>We send a code to the account's phone number from before.</source>
            <translation>Nous envoyons un code à l’ancien numéro de téléphone du compte.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="152" />
            <source>Authenticator app</source>
            <translation>Application d’authentification</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="153" />
            <source>Type the code your authenticator app shows for this account.</source>
            <translation>Saisissez le code que votre application d’authentification affiche pour ce compte.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="156" />
            <source>Backup code</source>
            <translation>Code de secours</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="157" />
            <source>Use one of the backup codes you saved when you set up two-step sign-in.</source>
            <translation>Utilisez l’un des codes de secours enregistrés lors de l’activation de la connexion en deux étapes.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="160" />
            <source>ID document and selfie</source>
            <translation>Pièce d’identité et selfie</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="162" />
            <source>Send a photo of your ID and a selfie holding a code we show you. Our team checks them.</source>
            <translation>Envoyez une photo de votre pièce d’identité et un selfie tenant un code que nous vous montrons. Notre équipe les vérifie.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="172" />
            <source>{method} — done</source>
            <translation>{method} — fait</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="176" />
            <source>Get &amp;help from a person</source>
            <translation>Obtenir l’aide d’une &amp;personne</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="177" />
            <source>Get help from a person</source>
            <translation>Obtenir l’aide d’une personne</translation>
        </message>
    </context>
</TS>