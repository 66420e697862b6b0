<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name />
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="50" />
            <source>%1 asked for %n restore actions</source>
            <translation>
                <numerusform>%1 запросил(а) %n действие по восстановлению</numerusform>
                <numerusform>%1 запросил(а) %n действия по восстановлению</numerusform>
                <numerusform>%1 запросил(а) %n действий по восстановлению</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="51" />
            <source>within %n minutes.</source>
            <translation>
                <numerusform>за %n минуту.</numerusform>
                <numerusform>за %n минуты.</numerusform>
                <numerusform>за %n минут.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="54" />
            <source>%1 asked %n times in a row to remove a second factor.</source>
            <translation>
                <numerusform>%1 %n раз подряд запросил(а) удаление второго фактора.</numerusform>
                <numerusform>%1 %n раза подряд запросил(а) удаление второго фактора.</numerusform>
                <numerusform>%1 %n раз подряд запросил(а) удаление второго фактора.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="74" />
            <source>%n message(s) could not be delivered in time; retries continue.</source>
            <translation>
                <numerusform>%n сообщение не удалось доставить вовремя; попытки продолжаются.</numerusform>
                <numerusform>%n сообщения не удалось доставить вовремя; попытки продолжаются.</numerusform>
                <numerusform>%n сообщений не удалось доставить вовремя; попытки продолжаются.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/alerts_model.py" line="76" />
            <source>%n message(s) were refused for good and will not be retried.</source>
            <translation>
                <numerusform>%n сообщение отклонено окончательно и не будет отправлено повторно.</numerusform>
                <numerusform>%n сообщения отклонены окончательно и не будут отправлены повторно.</numerusform>
                <numerusform>%n сообщений отклонено окончательно и не будет отправлено повторно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="65" />
            <source>%n s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%n с</numerusform>
                <numerusform>%n с</numerusform>
                <numerusform>%n с</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="68" />
            <source>%n min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%n мин</numerusform>
                <numerusform>%n мин</numerusform>
                <numerusform>%n мин</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="71" />
            <source>%n h</source>
            <comment>hours, short</comment>
            <translation>
                <numerusform>%n ч</numerusform>
                <numerusform>%n ч</numerusform>
                <numerusform>%n ч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/format.py" line="73" />
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_text.py" line="64" />
            <source>Thank you for your feedback (%n of 5).</source>
            <translation>
                <numerusform>Спасибо за отзыв (%n из 5).</numerusform>
                <numerusform>Спасибо за отзыв (%n из 5).</numerusform>
                <numerusform>Спасибо за отзыв (%n из 5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTimeline</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="45" />
            <source>Account and timeline</source>
            <translation>Аккаунт и история</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="51" />
            <source>Suspicious</source>
            <translation>Подозрительно</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="63" />
            <source>No account is linked to this case yet.</source>
            <translation>С этим обращением пока не связан ни один аккаунт.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="66" />
            <source>Account %1 (%2), status: %3</source>
            <translation>Аккаунт %1 (%2), статус: %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="73" />
            <source>Reported compromise from %1</source>
            <translation>Заявленный взлом с %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="77" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="80" />
            <source>Sign-in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="82" />
            <source>No authenticator app</source>
            <translation>Нет приложения-аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="84" />
            <source>Authenticator app since %1</source>
            <translation>Приложение-аутентификатор с %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="88" />
            <source>(added during the reported compromise)</source>
            <translation>(добавлено во время заявленного взлома)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="91" />
            <source>Device %1, first seen %2</source>
            <translation>Устройство %1, впервые замечено %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="94" />
            <source>(new device during the reported compromise)</source>
            <translation>(новое устройство во время заявленного взлома)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="96" />
            <source>(signed out)</source>
            <translation>(сеанс завершён)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="98" />
            <source>Active sessions: %1</source>
            <translation>Активные сеансы: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="99" />
            <source>Security events, newest first</source>
            <translation>События безопасности, сначала новые</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="107" />
            <source>%1, added %2 %3</source>
            <translation>%1, добавлен %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="113" />
            <source>original</source>
            <translation>исходный</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="115" />
            <source>added during the reported compromise</source>
            <translation>добавлен во время заявленного взлома</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="117" />
            <source>removed %1</source>
            <translation>удалён %1</translation>
        </message>
    </context>
    <context>
        <name>AgentBoardModel</name>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="15" />
            <source>Agent</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="16" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="17" />
            <source>Presence</source>
            <translation>Присутствие</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="18" />
            <source>Load / capacity</source>
            <translation>Нагрузка / лимит</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="19" />
            <source>Chats now</source>
            <translation>Чатов сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="20" />
            <source>Presence since</source>
            <translation>Присутствие с</translation>
        </message>
        <message>
            <location filename="../../ui/models/agent_board_model.py" line="32" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>AgentDesk</name>
        <message>
            <location filename="../../ui/agent/desk.py" line="188" />
            <source>Chats and queue</source>
            <translation>Чаты и очередь</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="189" />
            <source>Your chats and the waiting queue (Ctrl+Shift+1)</source>
            <translation>Ваши чаты и очередь ожидания (Ctrl+Shift+1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/desk.py" line="191" />
            <source>Approvals (%n)</source>
            <translation>
                <numerusform>Одобрения (%n)</numerusform>
                <numerusform>Одобрения (%n)</numerusform>
                <numerusform>Одобрения (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="193" />
            <source>Approvals</source>
            <translation>Одобрения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="196" />
            <source>Restore requests waiting for a second person (Ctrl+Shift+2)</source>
            <translation>Запросы на восстановление, ожидающие второго сотрудника (Ctrl+Shift+2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="199" />
            <source>Supervision</source>
            <translation>Контроль</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="201" />
            <source>Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)</source>
            <translation>Очередь, сотрудники, оповещения, панель и журнал аудита (Ctrl+Shift+3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="203" />
            <source>Desk sections</source>
            <translation>Разделы рабочего места</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="259" />
            <source>Agent desk</source>
            <translation>Рабочее место агента</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="263" />
            <source>No open chats. While you are online with a free slot, new chats open here by themselves.</source>
            <translation>Открытых чатов нет. Пока вы в сети и у вас есть свободное место, новые чаты откроются здесь сами.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="339" />
            <source>New chat assigned</source>
            <translation>Назначен новый чат</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="340" />
            <source>Case %1 is now yours.</source>
            <translation>Обращение %1 теперь ваше.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="348" />
            <source>Case %1 is no longer assigned to you.</source>
            <translation>Обращение %1 больше не назначено вам.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="363" />
            <source>New message</source>
            <translation>Новое сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="364" />
            <source>A new message in case %1.</source>
            <translation>Новое сообщение в обращении %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="463" />
            <source>Case %1 was handed over.</source>
            <translation>Обращение %1 передано.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="466" />
            <source>Case %1 was passed to a supervisor.</source>
            <translation>Обращение %1 передано руководителю.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="482" />
            <source>Close the case</source>
            <translation>Закрыть обращение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/desk.py" line="486" />
            <source>Case %1 is closed; the requester was asked for their feedback.</source>
            <translation>Обращение %1 закрыто; заявителя попросили оставить отзыв.</translation>
        </message>
    </context>
    <context>
        <name>AgentShortcuts</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="19" />
            <source>Next chat (also Ctrl+Tab)</source>
            <translation>Следующий чат (также Ctrl+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="20" />
            <source>Previous chat (also Ctrl+Shift+Tab)</source>
            <translation>Предыдущий чат (также Ctrl+Shift+Tab)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="21" />
            <source>Send the reply</source>
            <translation>Отправить ответ</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="22" />
            <source>Prepared replies (also Ctrl+/)</source>
            <translation>Готовые ответы (также Ctrl+/)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="23" />
            <source>Private note on or off</source>
            <translation>Показать или скрыть личную заметку</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="24" />
            <source>Transfer the chat</source>
            <translation>Передать чат</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="25" />
            <source>Escalate to a supervisor</source>
            <translation>Эскалировать руководителю</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="26" />
            <source>Close the case</source>
            <translation>Закрыть обращение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="27" />
            <source>Go to the waiting queue</source>
            <translation>Перейти к очереди ожидания</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="30" />
            <source>Chats and queue / approvals / supervision</source>
            <translation>Чаты и очередь / одобрения / контроль</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="32" />
            <source>User mode / agent mode</source>
            <translation>Режим пользователя / режим агента</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="33" />
            <source>This list</source>
            <translation>Этот список</translation>
        </message>
    </context>
    <context>
        <name>AgentStatusBar</name>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="77" />
            <source>St&amp;atus:</source>
            <translation>С&amp;татус:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Online</source>
            <translation>В сети</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Away</source>
            <translation>Отошёл</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="78" />
            <source>Offline</source>
            <translation>Не в сети</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="81" />
            <source>Your status</source>
            <translation>Ваш статус</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="83" />
            <source>Online: new chats are assigned to you. Away or offline: none are.</source>
            <translation>В сети: вам назначаются новые чаты. Отошёл или не в сети: не назначаются.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="85" />
            <source>C&amp;hats at once:</source>
            <translation>&amp;Чатов одновременно:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="86" />
            <source>Chats at once</source>
            <translation>Чатов одновременно</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="87" />
            <source>The most chats you take at the same time.</source>
            <translation>Наибольшее число чатов, которые вы ведёте одновременно.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="88" />
            <source>Keyboard &amp;shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="89" />
            <source>Keyboard shortcuts (F1)</source>
            <translation>Сочетания клавиш (F1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="90" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="91" />
            <source>Sign &amp;out</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/agent/status_bar.py" line="92" />
            <source>Sign out</source>
            <translation>Выйти</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/status_bar.py" line="117" />
            <source>%n open chats</source>
            <translation>
                <numerusform>%n открытый чат</numerusform>
                <numerusform>%n открытых чата</numerusform>
                <numerusform>%n открытых чатов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgentWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="86" />
            <location filename="../../ui/widgets/welcome_pages.py" line="87" />
            <source>Agent workspace</source>
            <translation>Рабочее место оператора</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="90" />
            <source>Support agents sign in here with their password and authenticator code to work the queue. The server enforces these rules:</source>
            <translation>Операторы поддержки входят здесь с паролем и кодом из приложения-аутентификатора, чтобы работать с очередью. Сервер следит за соблюдением правил:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="96" />
            <source>You see a person's data only while their case is assigned to you.</source>
            <translation>Данные человека видны вам, только пока его обращение назначено вам.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="97" />
            <source>Restore actions open only at the verification level they need.</source>
            <translation>Действия по восстановлению доступны только при нужном уровне проверки.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="98" />
            <source>High-impact actions need a second agent's approval.</source>
            <translation>Важные действия требуют одобрения второго оператора.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="99" />
            <source>Every action is written to a tamper-evident audit log.</source>
            <translation>Каждое действие записывается в журнал аудита, защищённый от подделки.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="103" />
            <source>Codes, passwords and authenticator secrets are never shown to agents.</source>
            <translation>Коды, пароли и секреты аутентификаторов никогда не показываются операторам.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="21" />
            <source>Unusual restore activity</source>
            <translation>Необычная активность по восстановлению</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="22" />
            <source>Repeated second-factor removal</source>
            <translation>Повторное удаление второго фактора</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="23" />
            <source>Service-level breach</source>
            <translation>Нарушение уровня обслуживания</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="24" />
            <source>Messages delayed</source>
            <translation>Сообщения задерживаются</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="25" />
            <source>Messages refused</source>
            <translation>Сообщения отклонены</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="63" />
            <source>Case %1 (%2) has had no first response for %3 (target %4).</source>
            <translation>Обращение %1 (%2) ждёт первого ответа уже %3 (цель: %4).</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="79" />
            <source>Owners not told about cases: %1.</source>
            <translation>Владельцы не уведомлены по обращениям: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="90" />
            <source>Raised</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="91" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="92" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="93" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="108" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged by %1</source>
            <translation>Подтвердил(а): %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/alerts_model.py" line="110" />
            <source>Acknowledged</source>
            <translation>Подтверждено</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="90" />
            <source>Alerts</source>
            <translation>Оповещения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="91" />
            <source>Show ac&amp;knowledged alerts too</source>
            <translation>Показывать и &amp;подтверждённые оповещения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="92" />
            <source>Show acknowledged alerts too</source>
            <translation>Показывать и подтверждённые оповещения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="93" />
            <source>Alerts, newest first</source>
            <translation>Оповещения, сначала новые</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="94" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Подтвердить</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="95" />
            <source>Acknowledge the selected alert</source>
            <translation>Подтвердить выбранное оповещение</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="110" />
            <source>No open alerts.</source>
            <translation>Открытых оповещений нет.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/alerts_view.py" line="137" />
            <source>Select an alert to see what happened.</source>
            <translation>Выберите оповещение, чтобы увидеть, что произошло.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="146" />
            <location filename="../../ui/agent/approvals_inbox.py" line="147" />
            <source>Approvals</source>
            <translation>Одобрения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="148" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="149" />
            <source>Refresh the approvals</source>
            <translation>Обновить одобрения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="150" />
            <source>&amp;Waiting for your decision</source>
            <translation>&amp;Ждут вашего решения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="151" />
            <source>Requests waiting for your decision</source>
            <translation>Запросы, ожидающие вашего решения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="152" />
            <source>Nothing waits for your decision.</source>
            <translation>Нет запросов, ожидающих вашего решения.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="153" />
            <source>&amp;Approve…</source>
            <translation>&amp;Одобрить…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="154" />
            <source>Approve the selected request</source>
            <translation>Одобрить выбранный запрос</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="155" />
            <source>Re&amp;fuse…</source>
            <translation>От&amp;казать…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="156" />
            <source>Refuse the selected request</source>
            <translation>Отказать по выбранному запросу</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="157" />
            <source>Your requests waiting for appro&amp;val</source>
            <translation>Ваши запросы, ожидающие о&amp;добрения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="158" />
            <source>Your requests waiting for approval</source>
            <translation>Ваши запросы, ожидающие одобрения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="205" />
            <source>Choose a request to see its details.</source>
            <translation>Выберите запрос, чтобы увидеть подробности.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="213" />
            <source>Case %1: %2, in %3</source>
            <translation>Обращение %1: %2, язык: %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="217" />
            <source>Verification: %1. Proofs: %2.</source>
            <translation>Проверка: %1. Подтверждения: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="228" />
            <source>Contact: %1 %2, added %3</source>
            <translation>Контакт: %1 %2, добавлен %3</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="231" />
            <source>Suspicious: added during the reported compromise</source>
            <translation>Подозрительно: добавлен во время заявленного взлома</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="233" />
            <source>original contact</source>
            <translation>исходный контакт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="235" />
            <source>removed %1</source>
            <translation>удалён %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="238" />
            <source>Asked by %1, %2: “%3”</source>
            <translation>Запросил(а) %1, %2: «%3»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/approvals_inbox.py" line="246" />
            <source>After your approval the change waits %n hours; the owner's original contacts are told and can cancel it.</source>
            <translation>
                <numerusform>После вашего одобрения изменение ждёт %n час; исходные контакты владельца получат уведомление и смогут его отменить.</numerusform>
                <numerusform>После вашего одобрения изменение ждёт %n часа; исходные контакты владельца получат уведомление и смогут его отменить.</numerusform>
                <numerusform>После вашего одобрения изменение ждёт %n часов; исходные контакты владельца получат уведомление и смогут его отменить.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="253" />
            <source>The case is frozen: the owner cancelled a change.</source>
            <translation>Обращение заморожено: владелец отменил изменение.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="255" />
            <source>Your own request: someone else has to decide it.</source>
            <translation>Ваш собственный запрос: решение должен принять кто-то другой.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="302" />
            <source>Approve the request</source>
            <translation>Одобрить запрос</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="303" />
            <source>What did you check before approving? It is written to the audit log.</source>
            <translation>Что вы проверили перед одобрением? Это записывается в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="304" />
            <source>&amp;Approve</source>
            <translation>&amp;Одобрить</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="310" />
            <source>Refuse the request</source>
            <translation>Отказать по запросу</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="311" />
            <source>Why do you refuse it? The requesting agent sees your note.</source>
            <translation>Почему вы отказываете? Запросивший сотрудник увидит вашу заметку.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="312" />
            <source>Re&amp;fuse</source>
            <translation>От&amp;казать</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="329" />
            <source>Decided: %1</source>
            <translation>Решение принято: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/models/audit_model.py" line="40" />
            <source>Row</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="41" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="42" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="43" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="44" />
            <source>Case</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="45" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="46" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="221" />
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="222" />
            <source>&amp;Case reference:</source>
            <translation>&amp;Номер обращения:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="223" />
            <source>e.g. RD-7KQ2-XM4P</source>
            <translation>например, RD-7KQ2-XM4P</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="224" />
            <source>Case reference</source>
            <translation>Номер обращения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="225" />
            <source>A&amp;gent:</source>
            <translation>&amp;Сотрудник:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="226" />
            <source>Any agent</source>
            <translation>Любой сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="227" />
            <source>Acting agent</source>
            <translation>Действовавший сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="228" />
            <source>Act&amp;ion:</source>
            <translation>&amp;Действие:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="230" />
            <source>Any action</source>
            <translation>Любое действие</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="231" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="232" />
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="233" />
            <source>Only rows from this time on</source>
            <translation>Только записи начиная с этого времени</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="234" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="235" />
            <source>&amp;Until:</source>
            <translation>&amp;До:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="236" />
            <source>Only rows before this time</source>
            <translation>Только записи до этого времени</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="237" />
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="238" />
            <source>&amp;Search</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="239" />
            <source>Search the audit log</source>
            <translation>Искать в журнале аудита</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="240" />
            <source>C&amp;lear</source>
            <translation>&amp;Сбросить</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="241" />
            <source>Clear the search filters</source>
            <translation>Сбросить фильтры поиска</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="242" />
            <source>Audit rows, newest first</source>
            <translation>Записи аудита, сначала новые</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="243" />
            <source>Details of the selected row</source>
            <translation>Подробности выбранной записи</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="244" />
            <source>Select a row to see its details.</source>
            <translation>Выберите запись, чтобы увидеть подробности.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="245" />
            <source>&amp;Verify chain</source>
            <translation>&amp;Проверить цепочку</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="246" />
            <source>Verify the audit log's hash chain</source>
            <translation>Проверить цепочку хешей журнала аудита</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="247" />
            <source>Result of the chain check</source>
            <translation>Результат проверки цепочки</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="273" />
            <source>A case reference has only letters, digits and dashes.</source>
            <translation>Номер обращения состоит только из букв, цифр и дефисов.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="278" />
            <source>An action has only small letters, digits, dots and underscores.</source>
            <translation>Действие состоит только из строчных букв, цифр, точек и подчёркиваний.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="285" />
            <source>The end of the time range must be after its start.</source>
            <translation>Конец периода должен быть позже его начала.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="342" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="346" />
            <source>No audit rows match this search.</source>
            <translation>Нет записей аудита, подходящих под этот поиск.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="348" />
            <source>%n row(s) match.</source>
            <translation>
                <numerusform>Найдена %n запись.</numerusform>
                <numerusform>Найдено %n записи.</numerusform>
                <numerusform>Найдено %n записей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="352" />
            <source>Showing the newest %n rows; scroll down for older ones.</source>
            <translation>
                <numerusform>Показана %n последняя запись; прокрутите вниз, чтобы увидеть более старые.</numerusform>
                <numerusform>Показаны %n последние записи; прокрутите вниз, чтобы увидеть более старые.</numerusform>
                <numerusform>Показаны %n последних записей; прокрутите вниз, чтобы увидеть более старые.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="376" />
            <source>Row %1 at %2</source>
            <translation>Запись %1 от %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="379" />
            <source>Who: %1</source>
            <translation>Кто: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="380" />
            <source>Action: %1</source>
            <translation>Действие: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="381" />
            <source>Details: %1</source>
            <translation>Подробности: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="382" />
            <source>Hash: %1</source>
            <translation>Хеш: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="396" />
            <source>Checking every row…</source>
            <translation>Проверяем все записи…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/audit_view.py" line="413" />
            <source>Chain intact (%n rows)</source>
            <translation>
                <numerusform>Цепочка цела (%n запись)</numerusform>
                <numerusform>Цепочка цела (%n записи)</numerusform>
                <numerusform>Цепочка цела (%n записей)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="415" />
            <source>Chain broken: the first bad row is %1.</source>
            <translation>Цепочка нарушена: первая повреждённая запись — %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit_view.py" line="419" />
            <source>Server's finding: %1</source>
            <translation>Вывод сервера: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupCodesStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="234" />
            <source>Recovery Desk backup codes</source>
            <translation>Резервные коды Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="236" />
            <source>Account: %1</source>
            <translation>Учётная запись: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="237" />
            <source>Each code works once, instead of a code from your app.</source>
            <translation>Каждый код срабатывает один раз вместо кода из приложения.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="244" />
            <source>The codes were copied.</source>
            <translation>Коды скопированы.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="249" />
            <source>Save backup codes</source>
            <translation>Сохранить резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="251" />
            <source>Text files (*.txt)</source>
            <translation>Текстовые файлы (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="261" />
            <source>The file could not be written. Choose another folder and try again.</source>
            <translation>Не удалось записать файл. Выберите другую папку и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="264" />
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="270" />
            <source>Print backup codes</source>
            <translation>Печать резервных кодов</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="312" />
            <source>Save your backup codes</source>
            <translation>Сохраните резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="315" />
            <source>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. They are shown only now: save or print them and keep them somewhere safe. Your earlier backup codes stop working.</source>
            <translation>Если вы потеряете телефон, каждый из этих кодов позволит один раз войти вместо кода из приложения. Они показываются только сейчас: сохраните или распечатайте их и храните в надёжном месте. Прежние резервные коды перестают действовать.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="320" />
            <source>C&amp;opy</source>
            <translation>К&amp;опировать</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="321" />
            <source>Copy the backup codes</source>
            <translation>Скопировать резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="322" />
            <source>Save to &amp;file…</source>
            <translation>Сохранить в &amp;файл…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="323" />
            <source>Save the backup codes to a file</source>
            <translation>Сохранить резервные коды в файл</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="324" />
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="325" />
            <source>Print the backup codes</source>
            <translation>Распечатать резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="326" />
            <source>I have &amp;saved these codes somewhere safe</source>
            <translation>Я &amp;сохранил(а) эти коды в надёжном месте</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="327" />
            <source>I have saved these codes somewhere safe</source>
            <translation>Я сохранил(а) эти коды в надёжном месте</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="328" />
            <source>&amp;Continue</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="329" />
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
    </context>
    <context>
        <name>CannedPopup</name>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="60" />
            <source>case reference</source>
            <translation>номер обращения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="61" />
            <source>requester's name</source>
            <translation>имя заявителя</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="62" />
            <source>your name</source>
            <translation>ваше имя</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="252" />
            <location filename="../../ui/agent/canned_popup.py" line="255" />
            <source>Prepared replies</source>
            <translation>Готовые ответы</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="253" />
            <source>Type to search by shortcut, title or text</source>
            <translation>Введите для поиска по сокращению, названию или тексту</translation>
        </message>
        <message>
            <location filename="../../ui/agent/canned_popup.py" line="254" />
            <source>Search prepared replies</source>
            <translation>Поиск готовых ответов</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="140" />
            <source>Case panel</source>
            <translation>Панель обращения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="141" />
            <source>Case %1</source>
            <translation>Обращение %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="142" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="143" />
            <source>Refresh the case panel</source>
            <translation>Обновить панель обращения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="144" />
            <source>Close panel</source>
            <translation>Закрыть панель</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="145" />
            <source>Close the case panel</source>
            <translation>Закрыть панель обращения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="149" />
            <source>Loading the case…</source>
            <translation>Загрузка обращения…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="182" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="185" />
            <source>The requester writes in %1.</source>
            <translation>Заявитель пишет на языке: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Verified subscriber</source>
            <translation>Подтверждённый подписчик</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="188" />
            <source>Free tier</source>
            <translation>Бесплатный тариф</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel.py" line="191" />
            <source>Frozen for review: the owner cancelled a change.</source>
            <translation>Заморожено для проверки: владелец отменил изменение.</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="26" />
            <source>Nothing proven yet (L0)</source>
            <translation>Пока ничего не подтверждено (L0)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="27" />
            <source>One proof (L1)</source>
            <translation>Одно подтверждение (L1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="28" />
            <source>Two independent proofs (L2)</source>
            <translation>Два независимых подтверждения (L2)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="29" />
            <source>Two proofs, a reviewed document and selfie (L3)</source>
            <translation>Два подтверждения, проверенные документ и селфи (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="33" />
            <source>Code by e-mail to an original address</source>
            <translation>Код по e-mail на исходный адрес</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="34" />
            <source>Code by text message to an original phone</source>
            <translation>Код по SMS на исходный номер</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="35" />
            <source>Authenticator app code</source>
            <translation>Код из приложения-аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="36" />
            <source>Backup code</source>
            <translation>Резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="37" />
            <source>Known device</source>
            <translation>Известное устройство</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="38" />
            <source>ID document</source>
            <translation>удостоверение личности</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="39" />
            <source>Selfie holding a phrase</source>
            <translation>Селфи с фразой</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="43" />
            <source>Waiting…</source>
            <translation>Ожидание…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="44" />
            <source>Passed</source>
            <translation>Пройдено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="45" />
            <source>Failed</source>
            <translation>Не пройдено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="46" />
            <source>Failed: too many wrong answers</source>
            <translation>Не пройдено: слишком много неверных ответов</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="47" />
            <source>Expired without an answer</source>
            <translation>Истекло без ответа</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="48" />
            <source>Replaced by a newer request</source>
            <translation>Заменено более новым запросом</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="52" />
            <source>Sign out all sessions and devices</source>
            <translation>Завершить все сеансы и отключить устройства</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="53" />
            <source>Send a password-reset link</source>
            <translation>Отправить ссылку для сброса пароля</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="54" />
            <source>Remove the attacker's contact</source>
            <translation>Удалить контакт злоумышленника</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="55" />
            <source>Remove the attacker's authenticator</source>
            <translation>Удалить аутентификатор злоумышленника</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="56" />
            <source>Restore an original contact</source>
            <translation>Восстановить исходный контакт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="57" />
            <source>Remove the lost authenticator</source>
            <translation>Удалить утерянный аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="58" />
            <source>Reinstate the disabled account</source>
            <translation>Восстановить заблокированный аккаунт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="62" />
            <source>No contact was added during the reported compromise.</source>
            <translation>Во время заявленного взлома контакты не добавлялись.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="65" />
            <source>No original contact was removed during the reported compromise.</source>
            <translation>Во время заявленного взлома исходные контакты не удалялись.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="68" />
            <source>No authenticator was added during the reported compromise.</source>
            <translation>Во время заявленного взлома аутентификатор не добавлялся.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="71" />
            <source>The account has no original authenticator to remove.</source>
            <translation>У аккаунта нет исходного аутентификатора, который можно удалить.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="74" />
            <source>The account is not disabled.</source>
            <translation>Аккаунт не заблокирован.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="78" />
            <source>Waiting for approval</source>
            <translation>Ожидает одобрения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="79" />
            <source>Refused by the approver</source>
            <translation>Отклонено проверяющим</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="80" />
            <source>Approved; on hold until %1</source>
            <translation>Одобрено; ожидание до %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="81" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="82" />
            <source>Cancelled by the account owner</source>
            <translation>Отменено владельцем аккаунта</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="83" />
            <source>Failed; nothing was changed</source>
            <translation>Ошибка; ничего не изменено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="87" />
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="88" />
            <source>Verifying</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="89" />
            <source>Waiting in the queue</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="90" />
            <source>In chat</source>
            <translation>В чате</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="91" />
            <source>Restoring</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="92" />
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="93" />
            <source>Rejected</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="94" />
            <source>Abandoned</source>
            <translation>Заброшено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="95" />
            <source>On hold</source>
            <translation>Приостановлено</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="99" />
            <source>Forgot password</source>
            <translation>Забытый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="100" />
            <source>Lost second factor</source>
            <translation>Утерян второй фактор</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="101" />
            <source>Hacked account</source>
            <translation>Взломанный аккаунт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="102" />
            <source>Disabled account (appeal)</source>
            <translation>Заблокированный аккаунт (апелляция)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="106" />
            <source>English</source>
            <translation>английский</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="107" />
            <source>Polish</source>
            <translation>польский</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="108" />
            <source>German</source>
            <translation>немецкий</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="109" />
            <source>French</source>
            <translation>французский</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="110" />
            <source>Russian</source>
            <translation>русский</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="114" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="115" />
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="116" />
            <source>authenticator</source>
            <translation>аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="117" />
            <source>backup code</source>
            <translation>резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="118" />
            <source>known device</source>
            <translation>знакомое устройство</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="122" />
            <source>Account created</source>
            <translation>Учётная запись создана</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="123" />
            <source>Contact added</source>
            <translation>Добавлен контакт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="124" />
            <source>Contact removed</source>
            <translation>Удалён контакт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="125" />
            <source>Contact restored</source>
            <translation>Восстановлен контакт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="126" />
            <source>Authenticator added</source>
            <translation>Добавлен аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="127" />
            <source>Authenticator removed</source>
            <translation>Удалён аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="128" />
            <source>Backup codes issued</source>
            <translation>Выданы резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="129" />
            <source>Backup code used</source>
            <translation>Использован резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="130" />
            <source>New device signed in</source>
            <translation>Вход с нового устройства</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="131" />
            <source>Password changed</source>
            <translation>Пароль изменён</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="132" />
            <source>Password reset</source>
            <translation>Пароль сброшен</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="133" />
            <source>Password-reset link sent</source>
            <translation>Отправлена ссылка для сброса пароля</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="134" />
            <source>All sessions signed out</source>
            <translation>Все сеансы завершены</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="135" />
            <source>Account status changed</source>
            <translation>Изменён статус учётной записи</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="136" />
            <source>Signed in</source>
            <translation>Активен</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="140" />
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="141" />
            <source>locked</source>
            <translation>заблокирован</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="142" />
            <source>suspended</source>
            <translation>приостановлен</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="143" />
            <source>on hold for recovery</source>
            <translation>приостановлен на время восстановления</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="147" />
            <source>by the owner</source>
            <translation>владельцем</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="148" />
            <source>by an agent</source>
            <translation>сотрудником поддержки</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="149" />
            <source>by the system</source>
            <translation>системой</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="150" />
            <source>by someone unknown</source>
            <translation>неизвестным лицом</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="154" />
            <source>The verification level is too low for this action. Ask for another proof.</source>
            <translation>Уровень проверки слишком низок для этого действия. Запросите ещё одно подтверждение.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="157" />
            <source>You asked for this change, so another agent has to approve it.</source>
            <translation>Это изменение запросили вы, поэтому одобрить его должен другой сотрудник.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="160" />
            <source>Only a supervisor can approve this change.</source>
            <translation>Одобрить это изменение может только руководитель.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="161" />
            <source>This case or request is no longer available to you. Refresh the list.</source>
            <translation>Это обращение или запрос вам больше недоступны. Обновите список.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="164" />
            <source>The case changed in the meantime. The panel is refreshed; please check it.</source>
            <translation>Обращение тем временем изменилось. Панель обновлена, проверьте её.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="167" />
            <source>The case is not at a stage where this can be done.</source>
            <translation>Обращение находится не на том этапе, где это возможно.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="170" />
            <location filename="../../ui/agent/case_panel_text.py" line="173" />
            <source>Please write a longer reason: a full sentence that explains why.</source>
            <translation>Напишите причину подробнее: целое предложение, объясняющее почему.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="176" />
            <source>Your agent session has ended. Sign in again to continue.</source>
            <translation>Ваш сеанс сотрудника завершён. Войдите снова, чтобы продолжить.</translation>
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
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="263" />
            <location filename="../../ui/agent/case_panel_text.py" line="196" />
            <source>reviewed document</source>
            <translation>проверенный документ</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="265" />
            <location filename="../../ui/agent/case_panel_text.py" line="198" />
            <source>reviewed selfie</source>
            <translation>проверенное селфи</translation>
        </message>
        <message>
            <location filename="../../ui/agent/approvals_inbox.py" line="266" />
            <location filename="../../ui/agent/case_panel_text.py" line="199" />
            <source>no proof yet</source>
            <translation>подтверждений пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="214" />
            <source>Needs a reviewed document and selfie (L3)</source>
            <translation>Нужны проверенные документ и селфи (L3)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="219" />
            <source>Needs two proofs (L2): two more proofs</source>
            <translation>Нужны два подтверждения (L2): не хватает обоих</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="222" />
            <source>Needs two proofs (L2): one more proof</source>
            <translation>Нужны два подтверждения (L2): не хватает одного</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="223" />
            <source>Needs one proof (L1): ask for a code or another proof</source>
            <translation>Нужно одно подтверждение (L1): запросите код или другое подтверждение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="227" />
            <source>The owner cancelled a change: the case is frozen for review</source>
            <translation>Владелец отменил изменение: обращение заморожено для проверки</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="231" />
            <source>Only while the case is in chat or being restored</source>
            <translation>Только пока обращение в чате или в процессе восстановления</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="235" />
            <source>No account is linked to this case</source>
            <translation>С этим обращением не связан ни один аккаунт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="241" />
            <source>A supervisor must approve it.</source>
            <translation>Требуется одобрение руководителя.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="243" />
            <source>Another agent must approve it.</source>
            <translation>Требуется одобрение другого сотрудника.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_text.py" line="244" />
            <source>Runs at once, no approval needed.</source>
            <translation>Выполняется сразу, одобрение не требуется.</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="47" />
            <source>waiting for a supervisor</source>
            <translation>ожидает руководителя</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="49" />
            <source>waiting for another agent</source>
            <translation>ожидает другого сотрудника</translation>
        </message>
        <message>
            <location filename="../../ui/models/approvals_model.py" line="52" />
            <source>asked by %1, %2</source>
            <translation>запросил(а) %1, %2</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="116" />
            <source>e-mail code</source>
            <translation>код по почте</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="117" />
            <source>text message code</source>
            <translation>код из SMS</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="118" />
            <source>authenticator app code</source>
            <translation>код аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="119" />
            <source>backup code</source>
            <translation>резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="120" />
            <source>known device</source>
            <translation>знакомое устройство</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="121" />
            <source>ID document</source>
            <translation>удостоверение личности</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="122" />
            <source>selfie</source>
            <translation>селфи</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="124" />
            <source>verification</source>
            <translation>проверка</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="126" />
            <source>a code sent to your e-mail</source>
            <translation>код, отправленный на вашу почту</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="127" />
            <source>a code sent by text message</source>
            <translation>код из SMS</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="128" />
            <source>a code from your authenticator app</source>
            <translation>код из приложения-аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="129" />
            <source>one of your backup codes</source>
            <translation>один из ваших резервных кодов</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="130" />
            <source>a sign-in from a device you used before</source>
            <translation>вход с устройства, которым вы пользовались раньше</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="131" />
            <source>a photo of an ID document</source>
            <translation>фото удостоверения личности</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="132" />
            <source>a selfie with a phrase</source>
            <translation>селфи с фразой</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="134" />
            <source>a verification step</source>
            <translation>шаг проверки</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="140" />
            <source>Verification requested: %1</source>
            <translation>Запрошена проверка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="141" />
            <source>You will see only whether it passed or failed.</source>
            <translation>Вы увидите только, пройдена проверка или нет.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="143" />
            <source>The specialist asks you to confirm it is you</source>
            <translation>Специалист просит подтвердить, что это вы</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="145" />
            <source>Enter %1 here and press Submit.</source>
            <translation>Введите здесь %1 и нажмите «Отправить».</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="149" />
            <source>This step needs %1: follow the verification step of your case.</source>
            <translation>Для этого шага нужно: %1. Перейдите к шагу проверки в вашем обращении.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="152" />
            <source>Verification code</source>
            <translation>Код подтверждения</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="153" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="154" />
            <source>&amp;Submit</source>
            <translation>&amp;Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="155" />
            <source>Submit the verification code</source>
            <translation>Отправить код подтверждения</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="157" />
            <source>Passed</source>
            <translation>Пройдено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="160" />
            <location filename="../../ui/widgets/chat_challenge.py" line="163" />
            <source>Failed</source>
            <translation>Не пройдено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="164" />
            <source>Failed: too many wrong answers. Ask for a new code.</source>
            <translation>Не пройдено: слишком много неверных ответов. Запросите новый код.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="165" />
            <source>Failed: the code expired. Ask for a new code.</source>
            <translation>Не пройдено: срок действия кода истёк. Запросите новый код.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_challenge.py" line="170" />
            <source>That code is not right. %n tries left.</source>
            <translation>
                <numerusform>Код неверный. Осталась %n попытка.</numerusform>
                <numerusform>Код неверный. Осталось %n попытки.</numerusform>
                <numerusform>Код неверный. Осталось %n попыток.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_challenge.py" line="172" />
            <source>Waiting for the answer</source>
            <translation>Ожидание ответа</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Hide the table</source>
            <translation>Скрыть таблицу</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="110" />
            <source>Show as table</source>
            <translation>Показать таблицей</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="113" />
            <source>Show or hide the table of: %1</source>
            <translation>Показать или скрыть таблицу: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="263" />
            <source>Prepared &amp;replies…</source>
            <translation>Готовые &amp;ответы…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="264" />
            <source>Search prepared replies (Ctrl+K)</source>
            <translation>Поиск готовых ответов (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="265" />
            <source>Private &amp;note</source>
            <translation>&amp;Личная заметка</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="266" />
            <source>Write a note only agents see (Ctrl+Shift+N)</source>
            <translation>Заметка, видимая только агентам (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="267" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Передать…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="268" />
            <source>Hand the chat to another agent (Ctrl+Shift+T)</source>
            <translation>Передать чат другому агенту (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="269" />
            <source>&amp;Escalate…</source>
            <translation>&amp;Эскалировать…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="270" />
            <source>Pass the case to a supervisor (Ctrl+Shift+E)</source>
            <translation>Передать обращение руководителю (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="271" />
            <source>C&amp;lose case…</source>
            <translation>&amp;Закрыть обращение…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="272" />
            <source>Finish the case and send the survey (Ctrl+Shift+W)</source>
            <translation>Завершить обращение и отправить опрос (Ctrl+Shift+W)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="281" />
            <source>Private note (only agents see it; Ctrl+Enter saves)</source>
            <translation>Личная заметка (видят только агенты; Ctrl+Enter — сохранить)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="282" />
            <source>Private note</source>
            <translation>Личная заметка</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="283" />
            <source>Save note</source>
            <translation>Сохранить заметку</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="285" />
            <source>The case panel is not available in this version.</source>
            <translation>Панель обращения недоступна в этой версии.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="353" />
            <source>Write the note first.</source>
            <translation>Сначала напишите заметку.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="364" />
            <source>Note saved. Only agents see it.</source>
            <translation>Заметка сохранена. Её видят только агенты.</translation>
        </message>
    </context>
    <context>
        <name>ChatTabs</name>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="42" />
            <source>Open chats</source>
            <translation>Открытые чаты</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_tabs.py" line="43" />
            <source>Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp</source>
            <translation>Следующий чат: Ctrl+PgDown или Ctrl+Tab; предыдущий: Ctrl+PgUp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/chat_tabs.py" line="96" />
            <source>%1: %n unread messages</source>
            <translation>
                <numerusform>%1: %n непрочитанное сообщение</numerusform>
                <numerusform>%1: %n непрочитанных сообщения</numerusform>
                <numerusform>%1: %n непрочитанных сообщений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatText</name>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="38" />
            <source>%1 joined the chat.</source>
            <translation>%1 присоединяется к чату.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="39" />
            <source>Specialist</source>
            <translation>Специалист</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="43" />
            <source>You asked for a proof; the requester answers it in their app.</source>
            <translation>Вы запросили подтверждение; заявитель ответит на него в своём приложении.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="46" />
            <source>The specialist asked for a proof. Answer it on the card in this chat.</source>
            <translation>Специалист запросил подтверждение. Ответьте на карточке в этом чате.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="50" />
            <source>Your case is back in the queue; the next free specialist will take it.</source>
            <translation>Ваше обращение снова в очереди; его возьмёт следующий свободный специалист.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="56" />
            <source>The chat was handed to %1.</source>
            <translation>Чат передан: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="59" />
            <source>The chat was handed to another specialist.</source>
            <translation>Чат передан другому специалисту.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="61" />
            <source>The case was passed to a supervisor.</source>
            <translation>Обращение передано руководителю.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="75" />
            <source>The assistant has no ready answer for this; ask for support.</source>
            <translation>У помощника нет готового ответа; обратитесь в поддержку.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_text.py" line="80" />
            <source>The case was updated.</source>
            <translation>Обращение обновлено.</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="333" />
            <location filename="../../ui/widgets/chat_view.py" line="750" />
            <source>The message is too long: at most 4,000 characters.</source>
            <translation>Сообщение слишком длинное: не более 4000 символов.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="391" />
            <source>This file is not available yet. Try again in a moment.</source>
            <translation>Файл пока недоступен. Попробуйте чуть позже.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="412" />
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>Не удалось сохранить файл сюда. Выберите другую папку.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="416" />
            <source>Transcript saved.</source>
            <translation>Стенограмма сохранена.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="450" />
            <source>You</source>
            <translation>Вы</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="452" />
            <source>Requester</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="454" />
            <source>Assistant</source>
            <translation>Помощник</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="456" />
            <source>Specialist</source>
            <translation>Специалист</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="457" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="522" />
            <source>Messages</source>
            <translation>Сообщения</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="523" />
            <source>Your message</source>
            <translation>Ваше сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="525" />
            <location filename="../../ui/widgets/chat_view.py" line="576" />
            <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>Напишите сообщение. Enter — отправить, Shift+Enter — новая строка.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="527" />
            <source>&amp;Send</source>
            <translation>&amp;Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="528" />
            <source>Send the message</source>
            <translation>Отправить сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="529" />
            <source>&amp;Attach file…</source>
            <translation>&amp;Прикрепить файл…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="530" />
            <location filename="../../ui/widgets/chat_view.py" line="584" />
            <source>Attach a photo or PDF</source>
            <translation>Прикрепить фото или PDF</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="532" />
            <source>Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)</source>
            <translation>Фото (JPEG, PNG) или PDF, до 10 МБ (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="534" />
            <source>Private &amp;note</source>
            <translation>&amp;Личная заметка</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="535" />
            <source>Private note: only agents see it</source>
            <translation>Личная заметка: её видят только сотрудники</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="537" />
            <source>Send as a private note that the person never sees (Ctrl+Shift+N)</source>
            <translation>Отправить как личную заметку, которую человек никогда не увидит (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="539" />
            <source>Save &amp;transcript</source>
            <translation>Сохранить &amp;стенограмму</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="540" />
            <location filename="../../ui/widgets/chat_view.py" line="615" />
            <source>Save the transcript</source>
            <translation>Сохранить стенограмму</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="541" />
            <source>As text…</source>
            <translation>Как текст…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="542" />
            <source>As PDF…</source>
            <translation>Как PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="572" />
            <source>Private note for agents. The person never sees it.</source>
            <translation>Личная заметка для сотрудников. Человек её никогда не увидит.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="586" />
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Фото и PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/chat_view.py" line="598" />
            <source>This file is too large to send: at most %n MB.</source>
            <translation>
                <numerusform>Файл слишком большой: не более %n МБ.</numerusform>
                <numerusform>Файл слишком большой: не более %n МБ.</numerusform>
                <numerusform>Файл слишком большой: не более %n МБ.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="600" />
            <source>Only photos (JPEG or PNG) and PDF files can be sent.</source>
            <translation>Можно отправлять только фото (JPEG или PNG) и файлы PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="601" />
            <source>This file cannot be read. Check that it still exists.</source>
            <translation>Не удаётся прочитать этот файл. Проверьте, что он ещё существует.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>Text files (*.txt)</source>
            <translation>Текстовые файлы (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="613" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="663" />
            <source>Save the file</source>
            <translation>Сохранить файл</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="706" />
            <source>New message from %1</source>
            <translation>Новое сообщение: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="707" />
            <source>A file</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="732" />
            <source>The specialist</source>
            <translation>Специалист</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>The person</source>
            <translation>Собеседник</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="734" />
            <source>An agent</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="748" />
            <source>This case is closed; the message was not sent.</source>
            <translation>Это обращение закрыто; сообщение не отправлено.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="749" />
            <source>You can no longer write in this chat.</source>
            <translation>Вы больше не можете писать в этот чат.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="751" />
            <source>The file could not be attached.</source>
            <translation>Не удалось прикрепить файл.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_view.py" line="766" />
            <source>Earlier messages could not be loaded. Scroll up to try again.</source>
            <translation>Не удалось загрузить более ранние сообщения. Прокрутите вверх, чтобы попробовать снова.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="40" />
            <location filename="../../ui/agent/close_dialog.py" line="49" />
            <source>Close the case</source>
            <translation>Закрыть обращение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="43" />
            <source>Close case %1? Every session and device of the account is signed out, the chat ends, and the requester is asked "Was your access restored?".</source>
            <translation>Закрыть обращение %1? Все сеансы и устройства учётной записи будут завершены, чат закончится, а заявителя спросят: «Доступ восстановлен?».</translation>
        </message>
        <message>
            <location filename="../../ui/agent/close_dialog.py" line="48" />
            <source>&amp;Close the case</source>
            <translation>&amp;Закрыть обращение</translation>
        </message>
    </context>
    <context>
        <name>CodeEntry</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="93" />
            <source>Sending the code is taking longer than usual. We keep trying until the code expires, so it can still arrive in the next minutes.</source>
            <translation>Отправка кода занимает больше времени, чем обычно. Мы пытаемся снова, пока код не истечёт, так что он ещё может прийти в ближайшие минуты.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="98" />
            <source>We could not deliver the code to this address. Check the address, or start again with another one.</source>
            <translation>Не удалось доставить код на этот адрес. Проверьте адрес или начните заново с другим.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="102" />
            <source>The code could not be delivered before it expired. Ask for a new code.</source>
            <translation>Код не удалось доставить до истечения его срока. Запросите новый код.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/code_entry.py" line="126" />
            <source>You can ask for a new code in %n seconds.</source>
            <translation>
                <numerusform>Новый код можно запросить через %n секунду.</numerusform>
                <numerusform>Новый код можно запросить через %n секунды.</numerusform>
                <numerusform>Новый код можно запросить через %n секунд.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="147" />
            <source>&amp;Code:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="148" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="149" />
            <source>C&amp;heck code</source>
            <translation>П&amp;роверить код</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="150" />
            <source>Check the code</source>
            <translation>Проверить код</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="151" />
            <source>&amp;Send a new code</source>
            <translation>Отправить &amp;новый код</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="152" />
            <source>Send a new code</source>
            <translation>Отправить новый код</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <location filename="../../ui/user/code_entry.py" line="197" />
            <source>Code sent by e-mail</source>
            <translation>Код по электронной почте</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="199" />
            <source>If the account had an e-mail address before the problem started, we sent a 6-digit code there. Codes for this step go only to addresses that were on the account before, never to a new one. The code works for 30 minutes.</source>
            <translation>Если у аккаунта был адрес почты до начала проблемы, мы отправили туда 6-значный код. Коды на этом шаге приходят только на адреса, которые были у аккаунта раньше, и никогда на новые. Код действует 30 минут.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="205" />
            <source>Code sent by text message</source>
            <translation>Код в SMS</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="207" />
            <source>If the account had a phone number before the problem started, we sent a 6-digit code there by text message. The code works for 10 minutes.</source>
            <translation>Если у аккаунта был номер телефона до начала проблемы, мы отправили на него 6-значный код в SMS. Код действует 10 минут.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="212" />
            <source>Code from your authenticator app</source>
            <translation>Код из приложения-аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="214" />
            <source>Open the authenticator app you set up for this account and type the 6-digit code it shows now.</source>
            <translation>Откройте приложение-аутентификатор, настроенное для этого аккаунта, и введите 6-значный код, который оно показывает сейчас.</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="219" />
            <source>Backup code</source>
            <translation>Резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/user/code_entry.py" line="221" />
            <source>Type one of the backup codes you saved when you set up two-step sign-in, e.g. abcd-efgh-ijkl-mnop. Each code works once.</source>
            <translation>Введите один из резервных кодов, сохранённых при настройке двухэтапного входа, например abcd-efgh-ijkl-mnop. Каждый код действует один раз.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="43" />
            <source>This chat is no longer available to you. Your messages are kept.</source>
            <translation>Этот чат вам больше недоступен. Ваши сообщения сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="45" />
            <source>The chat is disconnected.</source>
            <translation>Чат отключён.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="47" />
            <source>Reconnecting… your messages will be sent when we are back.</source>
            <translation>Переподключение… ваши сообщения будут отправлены, когда связь восстановится.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="78" />
            <source>Retry now</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Retry connecting to the server now</source>
            <translation>Повторить подключение к серверу сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connected</source>
            <translation>Подключено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Подключено к серверу Recovery Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="85" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Подключение к серверу Recovery Desk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="89" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Нет связи — повтор через %n с</numerusform>
                <numerusform>Нет связи — повтор через %n с</numerusform>
                <numerusform>Нет связи — повтор через %n с</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="93" />
            <source>Connection status</source>
            <translation>Состояние подключения</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="285" />
            <source>Service levels</source>
            <translation>Уровень обслуживания</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="286" />
            <source>&amp;Period:</source>
            <translation>&amp;Период:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="287" />
            <source>Period of the dashboard</source>
            <translation>Период панели</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="290" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="291" />
            <source>Refresh the dashboard</source>
            <translation>Обновить панель</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="312" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="342" />
            <source>No figures yet.</source>
            <translation>Данных пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="346" />
            <source>Cases that joined the queue from %1 to %2.</source>
            <translation>Обращения, попавшие в очередь с %1 по %2.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="362" />
            <source>First response times</source>
            <translation>Время до первого ответа</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="363" />
            <source>Resolution times</source>
            <translation>Время решения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="364" />
            <source>Service level met, per queue</source>
            <translation>Соблюдение уровня обслуживания по очередям</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="365" />
            <source>Service level met, per agent</source>
            <translation>Соблюдение уровня обслуживания по сотрудникам</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="366" />
            <source>Queue length over time</source>
            <translation>Длина очереди во времени</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="367" />
            <source>Satisfaction and access restored</source>
            <translation>Удовлетворённость и восстановленный доступ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="379" />
            <source>%1: %n case(s)</source>
            <translation>
                <numerusform>%1: %n обращение</numerusform>
                <numerusform>%1: %n обращения</numerusform>
                <numerusform>%1: %n обращений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="381" />
            <source>%n resolved</source>
            <translation>
                <numerusform>%n решено</numerusform>
                <numerusform>%n решено</numerusform>
                <numerusform>%n решено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="383" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n брошено</numerusform>
                <numerusform>%n брошено</numerusform>
                <numerusform>%n брошено</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="386" />
            <source>Cases in the period</source>
            <translation>Обращения за период</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="398" />
            <source>%1: median %2 over %n case(s)</source>
            <translation>
                <numerusform>%1: медиана %2 по %n обращению</numerusform>
                <numerusform>%1: медиана %2 по %n обращениям</numerusform>
                <numerusform>%1: медиана %2 по %n обращениям</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="403" />
            <source>%1: no cases</source>
            <translation>%1: обращений нет</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="406" />
            <location filename="../../ui/supervisor/dashboard.py" line="537" />
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="414" />
            <source>Time to first response</source>
            <translation>Время до первого ответа</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="416" />
            <source>Time to resolution</source>
            <translation>Время до решения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="418" />
            <source>Cases</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="429" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="445" />
            <source>%1: nothing measured yet</source>
            <translation>%1: пока нечего измерять</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal met</source>
            <translation>цель достигнута</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="447" />
            <source>goal not met</source>
            <translation>цель не достигнута</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="449" />
            <source>%1: %2 answered within %3 (%4)</source>
            <translation>%1: %2 с ответом в течение %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="457" />
            <source>Goal: %1.</source>
            <translation>Цель: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="461" />
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="462" />
            <location filename="../../ui/supervisor/dashboard.py" line="475" />
            <location filename="../../ui/supervisor/dashboard.py" line="503" />
            <location filename="../../ui/supervisor/dashboard.py" line="513" />
            <source>Within target</source>
            <translation>В пределах цели</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="463" />
            <location filename="../../ui/supervisor/dashboard.py" line="504" />
            <source>Answered in time</source>
            <translation>Отвечено вовремя</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="464" />
            <location filename="../../ui/supervisor/dashboard.py" line="505" />
            <source>Median first response</source>
            <translation>Медиана первого ответа</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="465" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="470" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Within target (%)</source>
            <translation>В пределах цели (%)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="490" />
            <source>%n agent(s) answered cases in the period.</source>
            <translation>
                <numerusform>%n сотрудник отвечал на обращения за период.</numerusform>
                <numerusform>%n сотрудника отвечали на обращения за период.</numerusform>
                <numerusform>%n сотрудников отвечали на обращения за период.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="493" />
            <source>Highest: %1 with %2 within target.</source>
            <translation>Лучший результат: %1, %2 в пределах цели.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="498" />
            <source>No agent answered a case in the period.</source>
            <translation>За период никто из сотрудников не ответил на обращения.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="502" />
            <location filename="../../ui/supervisor/dashboard.py" line="510" />
            <source>Agent</source>
            <translation>Сотрудник</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="529" />
            <source>%1: at most %n waiting (%2)</source>
            <translation>
                <numerusform>%1: не более %n в ожидании (%2)</numerusform>
                <numerusform>%1: не более %n в ожидании (%2)</numerusform>
                <numerusform>%1: не более %n в ожидании (%2)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="534" />
            <source>%1: nobody waited</source>
            <translation>%1: никто не ждал</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="541" />
            <source>Cases waiting</source>
            <translation>Ожидающие обращения</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard.py" line="566" />
            <source>%1: rated %2 of 5, access restored for %3 (%n survey(s))</source>
            <translation>
                <numerusform>%1: оценка %2 из 5, доступ восстановлен в %3 (%n опрос)</numerusform>
                <numerusform>%1: оценка %2 из 5, доступ восстановлен в %3 (%n опроса)</numerusform>
                <numerusform>%1: оценка %2 из 5, доступ восстановлен в %3 (%n опросов)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="573" />
            <source>%1: no surveys</source>
            <translation>%1: опросов нет</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="587" />
            <source>Queue or agent</source>
            <translation>Очередь или сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="588" />
            <source>Surveys</source>
            <translation>Опросы</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="589" />
            <source>Average rating (1–5)</source>
            <translation>Средняя оценка (1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="590" />
            <location filename="../../ui/supervisor/dashboard.py" line="600" />
            <source>Access restored</source>
            <translation>Доступ восстановлен</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="595" />
            <source>Share (%)</source>
            <translation>Доля (%)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="604" />
            <source>Average rating, as a share of 5</source>
            <translation>Средняя оценка как доля от 5</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="54" />
            <source>Your account is secured</source>
            <translation>Ваша учётная запись защищена</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="57" />
            <source>Your password is new, your sign-in is protected and no one else is signed in. Keep your backup codes somewhere safe. If something looks wrong later, open a new recovery case.</source>
            <translation>Пароль новый, вход защищён, и больше никто не вошёл в систему. Храните резервные коды в надёжном месте. Если позже что-то покажется странным, откройте новое дело о восстановлении.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="62" />
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="63" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="41" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>В Recovery Desk возникла непредвиденная ошибка. Ничего из введённого не отправлено дважды и не потеряно; можно продолжать работу или перезапустить приложение, если что-то выглядит неправильно.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="49" />
            <source>Details for support were written to {path}.</source>
            <translation>Подробности для поддержки записаны в {path}.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="11" />
            <source>The Recovery Desk server cannot be reached. Check your internet connection; we keep trying in the background.</source>
            <translation>Сервер Recovery Desk недоступен. Проверьте подключение к интернету; мы продолжаем попытки в фоне.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The service is having trouble on its side. Nothing you entered is lost; we keep trying in the background.</source>
            <translation>У сервиса временные неполадки. Введённые данные не потеряны; мы продолжаем попытки в фоне.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>The service is being updated. Please try again in a few minutes.</source>
            <translation>Сервис обновляется. Попробуйте снова через несколько минут.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>The service is temporarily unavailable. Please try again shortly.</source>
            <translation>Сервис временно недоступен. Попробуйте чуть позже.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>Too many attempts. Please wait a little and try again.</source>
            <translation>Слишком много попыток. Подождите немного и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>That is too large to send. Please send something smaller.</source>
            <translation>Это слишком большой объём для отправки. Отправьте что-нибудь поменьше.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>The server sent an answer this version of the app does not understand. Please update the app.</source>
            <translation>Сервер прислал ответ, который эта версия приложения не понимает. Обновите приложение.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>Something went wrong. Please try again; if it keeps happening, contact support.</source>
            <translation>Что-то пошло не так. Попробуйте ещё раз; если ошибка повторяется, обратитесь в поддержку.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This way of proving it is you is paused for a while because of too many wrong answers. Use a code sent to one of your original addresses, or try again later.</source>
            <translation>Этот способ подтверждения временно приостановлен из-за слишком большого числа неверных ответов. Используйте код, отправленный на один из ваших прежних адресов, или попробуйте позже.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This image has too many pixels to check. Please send a smaller photo (a phone photo of a document is fine).</source>
            <translation>В этом изображении слишком много пикселей для проверки. Отправьте фото поменьше (снимка документа на телефон достаточно).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>The service is busy checking other files. Please try again in a few seconds.</source>
            <translation>Сервис занят проверкой других файлов. Попробуйте ещё раз через несколько секунд.</translation>
        </message>
    </context>
    <context>
        <name>EventsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="319" />
            <source>Account created</source>
            <translation>Учётная запись создана</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="320" />
            <source>Password changed with a reset link</source>
            <translation>Пароль изменён по ссылке для сброса</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="321" />
            <source>Password changed</source>
            <translation>Пароль изменён</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="322" />
            <source>E-mail address or phone number added</source>
            <translation>Добавлен адрес e-mail или номер телефона</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="323" />
            <source>E-mail address or phone number removed</source>
            <translation>Удалён адрес e-mail или номер телефона</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="324" />
            <source>E-mail address or phone number put back</source>
            <translation>Возвращён адрес e-mail или номер телефона</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="325" />
            <source>Authenticator app set up</source>
            <translation>Настроено приложение-аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="326" />
            <source>Authenticator app removed</source>
            <translation>Приложение-аутентификатор удалено</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="327" />
            <source>New backup codes made</source>
            <translation>Созданы новые резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="328" />
            <source>Backup code used</source>
            <translation>Использован резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="329" />
            <source>Sign-in from a new device</source>
            <translation>Вход с нового устройства</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="330" />
            <source>Every session signed out</source>
            <translation>Все сеансы завершены</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="331" />
            <source>A session was ended</source>
            <translation>Сеанс завершён</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="332" />
            <source>A device was revoked</source>
            <translation>Устройство отозвано</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="333" />
            <source>All other sessions ended</source>
            <translation>Все остальные сеансы завершены</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="334" />
            <source>Reset link sent</source>
            <translation>Отправлена ссылка для сброса</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="335" />
            <source>Account status changed</source>
            <translation>Изменён статус учётной записи</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="341" />
            <source>made by someone who was not you</source>
            <translation>сделано не вами</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="342" />
            <source>made while your account was not under your control</source>
            <translation>сделано, когда учётная запись была не под вашим контролем</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="343" />
            <source>made from a session or device you ended</source>
            <translation>сделано из сеанса или с устройства, которые вы завершили</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="349" />
            <source>you or your account</source>
            <translation>вы или ваша учётная запись</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="350" />
            <source>support agent</source>
            <translation>сотрудник поддержки</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="351" />
            <source>Recovery Desk</source>
            <translation>Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="352" />
            <source>someone unknown</source>
            <translation>неизвестный</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="361" />
            <source>%n change(s) need your attention. If you did not make them, tell the agent in your recovery case.</source>
            <translation>
                <numerusform>%n изменение требует вашего внимания. Если вы его не делали, сообщите сотруднику поддержки в вашем деле о восстановлении.</numerusform>
                <numerusform>%n изменения требуют вашего внимания. Если вы их не делали, сообщите сотруднику поддержки в вашем деле о восстановлении.</numerusform>
                <numerusform>%n изменений требуют вашего внимания. Если вы их не делали, сообщите сотруднику поддержки в вашем деле о восстановлении.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="368" />
            <source>Nothing here looks suspicious.</source>
            <translation>Здесь нет ничего подозрительного.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="382" />
            <location filename="../../ui/user/secure_sessions.py" line="420" />
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="393" />
            <source>Suspicious: %1</source>
            <translation>Подозрительно: %1</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="410" />
            <location filename="../../ui/user/secure_sessions.py" line="427" />
            <source>Recent security changes</source>
            <translation>Последние изменения безопасности</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="413" />
            <source>These changes were made to how your account is signed in to and reached. Rows marked "Check" were made by an intruder, while your account was not under your control, or from a session you ended.</source>
            <translation>Эти изменения касаются входа в вашу учётную запись и способов связи с вами. Строки с пометкой «Проверить» сделаны злоумышленником, в то время когда учётная запись была не под вашим контролем, или из сеанса, который вы завершили.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="421" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="422" />
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="423" />
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="424" />
            <source>Why marked / where</source>
            <translation>Почему отмечено / откуда</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="428" />
            <source>&amp;Continue</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="429" />
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
    </context>
    <context>
        <name>EvidenceItem</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="108" />
            <source>%1, sent %2</source>
            <translation>%1, отправлено %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="111" />
            <source>Check that the paper shows: %1</source>
            <translation>Проверьте, что на листке написано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="114" />
            <source>Not reviewed yet</source>
            <translation>Ещё не проверен</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="115" />
            <source>✓ Approved</source>
            <translation>✓ Одобрен</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="116" />
            <source>✗ Rejected</source>
            <translation>✗ Отклонён</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Original shown</source>
            <translation>Показан оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="118" />
            <source>Blurred until revealed</source>
            <translation>Размыто до раскрытия</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="120" />
            <source>Deleted after the retention period</source>
            <translation>Удалено по истечении срока хранения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="122" />
            <source>&amp;Reveal original…</source>
            <translation>&amp;Показать оригинал…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="123" />
            <source>Reveal the original: %1</source>
            <translation>Показать оригинал: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>&amp;Одобрить…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="125" />
            <source>Approve: %1</source>
            <translation>Одобрить: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="126" />
            <source>Re&amp;ject…</source>
            <translation>О&amp;тклонить…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="127" />
            <source>Reject: %1</source>
            <translation>Отклонить: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="134" />
            <source>Loading the blurred preview…</source>
            <translation>Загрузка размытого предпросмотра…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="145" />
            <source>A PDF has no preview: reveal it to read it.</source>
            <translation>У PDF нет предпросмотра: раскройте его, чтобы прочитать.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/evidence_view.py" line="155" />
            <source>The original is a PDF of %n KB.</source>
            <translation>
                <numerusform>Оригинал — PDF-файл размером %n КБ.</numerusform>
                <numerusform>Оригинал — PDF-файл размером %n КБ.</numerusform>
                <numerusform>Оригинал — PDF-файл размером %n КБ.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="162" />
            <source>This image cannot be shown.</source>
            <translation>Это изображение невозможно показать.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Original image</source>
            <translation>Исходное изображение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="166" />
            <source>Blurred image</source>
            <translation>Размытое изображение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="182" />
            <source>Reveal the original</source>
            <translation>Показать оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="184" />
            <source>Why do you need to see the original? Your reason is written to the audit log.</source>
            <translation>Зачем вам нужен оригинал? Причина записывается в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="186" />
            <source>&amp;Reveal</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="207" />
            <source>Approve the evidence</source>
            <translation>Одобрить документ</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="209" />
            <source>What did you check? (For example: the photo matches, the phrase is right.)</source>
            <translation>Что вы проверили? (Например: фото совпадает, фраза верна.)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="211" />
            <source>&amp;Approve</source>
            <translation>&amp;Одобрить</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="216" />
            <source>Reject the evidence</source>
            <translation>Отклонить документ</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="217" />
            <source>Why is it rejected? The requester can send a new one.</source>
            <translation>Почему он отклонён? Заявитель может прислать новый.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="218" />
            <source>Re&amp;ject</source>
            <translation>О&amp;тклонить</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="209" />
            <source>Choose a photo of your ID document or a selfie first.</source>
            <translation>Сначала выберите фото документа или селфи.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="217" />
            <source>This file is larger than {mb} MB, so it was not sent. Take a smaller photo or scan and choose it again.</source>
            <translation>Этот файл больше {mb} МБ, поэтому он не отправлен. Сделайте фото или скан поменьше и выберите его снова.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="221" />
            <source>This file cannot be opened. Choose another file.</source>
            <translation>Не удаётся открыть этот файл. Выберите другой файл.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="223" />
            <source>A selfie must be a photo (JPEG or PNG). This file was not sent.</source>
            <translation>Селфи должно быть фотографией (JPEG или PNG). Этот файл не отправлен.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="225" />
            <source>This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. Choose another file.</source>
            <translation>Этот файл не фото (JPEG или PNG) и не скан PDF, поэтому он не отправлен. Выберите другой файл.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="230" />
            <location filename="../../ui/user/evidence_page.py" line="231" />
            <source>ID document and selfie</source>
            <translation>Документ и селфи</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="234" />
            <source>Send a photo or scan of an ID document with your name, and a selfie in which you hold a paper with the code below written on it. Only our team sees them, and they are deleted soon after the check.</source>
            <translation>Отправьте фото или скан документа с вашим именем и селфи, на котором вы держите лист с написанным ниже кодом. Их видит только наша команда, и вскоре после проверки они удаляются.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="239" />
            <source>Write this code on a paper for your selfie:</source>
            <translation>Напишите этот код на листе для селфи:</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="242" />
            <source>Code for your selfie: {code}</source>
            <translation>Код для селфи: {code}</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="244" />
            <source>Send for &amp;review</source>
            <translation>Отправить на &amp;проверку</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="245" />
            <source>Send the chosen files for review</source>
            <translation>Отправить выбранные файлы на проверку</translation>
        </message>
    </context>
    <context>
        <name>EvidenceSlot</name>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="88" />
            <source>Photos and scans ({patterns})</source>
            <translation>Фото и сканы ({patterns})</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>2. A selfie holding the code</source>
            <translation>2. Селфи с кодом</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="120" />
            <source>1. Your ID document</source>
            <translation>1. Ваш документ</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;selfie…</source>
            <translation>Выбрать с&amp;елфи…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="122" />
            <source>Choose &amp;ID…</source>
            <translation>Выбрать &amp;документ…</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the selfie photo</source>
            <translation>Выбрать фото селфи</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="124" />
            <source>Choose the ID photo or scan</source>
            <translation>Выбрать фото или скан документа</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="128" />
            <source>Drop a file here or choose one.</source>
            <translation>Перетащите файл сюда или выберите его.</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="129" />
            <source>No file yet</source>
            <translation>Файл не выбран</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>sent for review</source>
            <translation>отправлено на проверку</translation>
        </message>
        <message>
            <location filename="../../ui/user/evidence_page.py" line="131" />
            <source>ready to send</source>
            <translation>готово к отправке</translation>
        </message>
    </context>
    <context>
        <name>EvidenceView</name>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="269" />
            <source>Evidence</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../ui/agent/evidence_view.py" line="270" />
            <source>No document or selfie has been sent.</source>
            <translation>Документы и селфи не присылались.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="77" />
            <source>Transfer the chat</source>
            <translation>Передать чат</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="80" />
            <source>Hand this chat to another online agent with a free slot. Your note is for agents only.</source>
            <translation>Передайте этот чат другому агенту в сети со свободным местом. Вашу заметку видят только агенты.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="84" />
            <source>&amp;Transfer</source>
            <translation>&amp;Передать</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="86" />
            <source>Escalate to a supervisor</source>
            <translation>Эскалировать руководителю</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="89" />
            <source>A supervisor who is online takes the case, or the next one to come online. Say why; only agents see it.</source>
            <translation>Обращение возьмёт руководитель в сети или первый, кто появится. Укажите причину; её видят только агенты.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="93" />
            <source>&amp;Escalate</source>
            <translation>&amp;Эскалировать</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="94" />
            <source>&amp;Agent</source>
            <translation>&amp;Агент</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="95" />
            <source>Agent to transfer to</source>
            <translation>Агент, которому передать</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="96" />
            <source>&amp;Reason</source>
            <translation>&amp;Причина</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="97" />
            <source>Reason for the handover</source>
            <translation>Причина передачи</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/handover_dialog.py" line="105" />
            <source>%1 (online, %n free slots)</source>
            <translation>
                <numerusform>%1 (в сети, %n свободное место)</numerusform>
                <numerusform>%1 (в сети, %n свободных места)</numerusform>
                <numerusform>%1 (в сети, %n свободных мест)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="107" />
            <source>%1 (online, no free slot)</source>
            <translation>%1 (в сети, нет свободного места)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="109" />
            <source>%1 (not online)</source>
            <translation>%1 (не в сети)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="135" />
            <source>Nobody can take this chat now. Try again later or escalate.</source>
            <translation>Сейчас никто не может принять этот чат. Попробуйте позже или эскалируйте.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="138" />
            <source>Write a short reason for the next person.</source>
            <translation>Напишите короткую причину для следующего сотрудника.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/handover_dialog.py" line="142" />
            <source>Keep the reason under 2,000 characters.</source>
            <translation>Причина должна быть короче 2000 символов.</translation>
        </message>
    </context>
    <context>
        <name>HoldsView</name>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="148" />
            <source>Changes and holds</source>
            <translation>Изменения и периоды ожидания</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="152" />
            <source>Frozen: the account owner answered "this wasn't me". Waiting changes were cancelled and nothing more can change until the case is reviewed.</source>
            <translation>Заморожено: владелец аккаунта ответил «это был не я». Ожидающие изменения отменены, и до проверки обращения ничего больше измениться не может.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="164" />
            <source>No change requested yet.</source>
            <translation>Изменения пока не запрашивались.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_timeline.py" line="175" />
            <source>Waiting for approval by someone else</source>
            <translation>Ожидает одобрения другим сотрудником</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <location filename="../../ui/user/identify_page.py" line="98" />
            <source>Enter the account's name, e-mail address or phone number.</source>
            <translation>Введите имя аккаунта, адрес почты или номер телефона.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="104" />
            <source>Enter an e-mail address or a phone number (with country code) where we can reach you now.</source>
            <translation>Введите адрес почты или номер телефона (с кодом страны), по которому мы можем связаться с вами сейчас.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="115" />
            <source>You forgot your password.</source>
            <translation>Вы забыли пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="116" />
            <source>You lost your authenticator.</source>
            <translation>Вы потеряли приложение-аутентификатор.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="117" />
            <source>Your account was hacked.</source>
            <translation>Ваш аккаунт взломали.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="118" />
            <source>Your account was disabled.</source>
            <translation>Ваш аккаунт отключили.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="122" />
            <source>Your account and how to reach you</source>
            <translation>Ваш аккаунт и как с вами связаться</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="123" />
            <source>Which account is it?</source>
            <translation>О каком аккаунте речь?</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="126" />
            <source>Tell us which account you want back and where we can reach you now. We send a code to that address to check it is yours.</source>
            <translation>Укажите, какой аккаунт вы хотите вернуть и как с вами сейчас связаться. Мы отправим туда код, чтобы убедиться, что этот адрес ваш.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="131" />
            <source>Acc&amp;ount:</source>
            <translation>А&amp;ккаунт:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="132" />
            <source>Name, e-mail address or phone number</source>
            <translation>Имя, адрес почты или номер телефона</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="133" />
            <source>The account you want back</source>
            <translation>Аккаунт, который вы хотите вернуть</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="135" />
            <source>The name you sign in with, or an e-mail address or phone number it used.</source>
            <translation>Имя для входа или адрес почты либо номер телефона, привязанные к аккаунту.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="137" />
            <source>&amp;Reply to:</source>
            <translation>&amp;Ответ на:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="138" />
            <source>e.g. name@example.org or +48 600 100 200</source>
            <translation>напр. name@example.org или +7 900 123-45-67</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="139" />
            <source>Where we can reach you now</source>
            <translation>Где мы можем связаться с вами сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="142" />
            <source>An e-mail address or phone number you can use right now. If someone took over your account, do not use an address they changed.</source>
            <translation>Адрес почты или номер телефона, которыми вы можете пользоваться прямо сейчас. Если аккаунт захватили, не указывайте адрес, который изменил злоумышленник.</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="146" />
            <source>La&amp;nguage of our messages:</source>
            <translation>&amp;Язык наших сообщений:</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="147" />
            <source>Language of our messages</source>
            <translation>Язык наших сообщений</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="148" />
            <source>&amp;Continue</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <location filename="../../ui/user/identify_page.py" line="149" />
            <source>Continue: send me a code</source>
            <translation>Далее: отправить мне код</translation>
        </message>
    </context>
    <context>
        <name>LiveBoard</name>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="104" />
            <source>Queue now</source>
            <translation>Очередь сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="105" />
            <source>A&amp;gents</source>
            <translation>&amp;Сотрудники</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="106" />
            <source>Agents: presence and load</source>
            <translation>Сотрудники: присутствие и нагрузка</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/live_board.py" line="131" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n ждёт</numerusform>
                <numerusform>%n ждут</numerusform>
                <numerusform>%n ждут</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="133" />
            <source>Oldest wait: %1</source>
            <translation>Самое долгое ожидание: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="137" />
            <source>Nobody is waiting.</source>
            <translation>Никто не ждёт.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="143" />
            <source>Not loaded yet</source>
            <translation>Ещё не загружено</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="147" />
            <source>Updated %1</source>
            <translation>Обновлено в %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="152" />
            <source>Open service-level breaches: %1</source>
            <translation>Открытые нарушения уровня обслуживания: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="154" />
            <source>No open service-level breaches.</source>
            <translation>Открытых нарушений уровня обслуживания нет.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="159" />
            <source>Agents online: %1</source>
            <translation>Сотрудников в сети: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="160" />
            <source>Away: %1</source>
            <translation>Отошли: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="161" />
            <source>Free chat slots: %1</source>
            <translation>Свободных мест для чатов: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/live_board.py" line="162" />
            <source>Cases in progress: %1</source>
            <translation>Обращений в работе: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/windows/main_window.py" line="173" />
            <source>Recovery Desk — Get help</source>
            <translation>Recovery Desk — Помощь</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="176" />
            <source>Recovery Desk — Supervisor: %1</source>
            <translation>Recovery Desk — Руководитель: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="178" />
            <source>Recovery Desk — Agent: %1</source>
            <translation>Recovery Desk — Оператор: %1</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="181" />
            <source>Recovery Desk — Agent</source>
            <translation>Recovery Desk — Оператор</translation>
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
            <translation>&amp;Помощь</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="220" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Восстановить свой аккаунт (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="221" />
            <source>User mode: get help with your account</source>
            <translation>Режим пользователя: помощь с аккаунтом</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="222" />
            <source>&amp;Agent</source>
            <translation>&amp;Оператор</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="223" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Работать оператором поддержки (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="224" />
            <source>Agent mode: support agent workspace</source>
            <translation>Режим оператора: рабочее место поддержки</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="225" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="226" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="227" />
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="228" />
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="230" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="231" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="232" />
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="236" />
            <source>Server address</source>
            <translation>Адрес сервера</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="237" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Сервер Recovery Desk, с которым работает приложение</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="88" />
            <source>Private note</source>
            <translation>Личная заметка</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="108" />
            <source>Assistant's answer — show</source>
            <translation>Ответ помощника — показать</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chat_delegate.py" line="109" />
            <source>Hide the assistant's answer</source>
            <translation>Скрыть ответ помощника</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../ui/models/message_model.py" line="64" />
            <source>not sent yet</source>
            <translation>ещё не отправлено</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="65" />
            <source>sent</source>
            <translation>отправлено</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="66" />
            <source>delivered</source>
            <translation>доставлено</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="67" />
            <source>read</source>
            <translation>прочитано</translation>
        </message>
        <message>
            <location filename="../../ui/models/message_model.py" line="68" />
            <source>could not be sent</source>
            <translation>не удалось отправить</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../ui/widgets/notice_banner.py" line="19" />
            <source>Service notice</source>
            <translation>Сообщение о работе сервиса</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../ui/models/queue_model.py" line="38" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="39" />
            <source>Tier</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="40" />
            <source>Case</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="41" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="42" />
            <source>Waiting</source>
            <translation>Ожидание</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="43" />
            <source>Service level</source>
            <translation>Уровень обслуживания</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="46" />
            <source>Subscriber (live)</source>
            <translation>Подписчик (онлайн)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="47" />
            <source>Free</source>
            <translation>Бесплатный</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="50" />
            <source>Forgot password</source>
            <translation>Забытый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="51" />
            <source>Lost second factor</source>
            <translation>Утерян второй фактор</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="52" />
            <source>Hacked</source>
            <translation>Взлом</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="53" />
            <source>Disabled or suspended</source>
            <translation>Отключён или заблокирован</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="56" />
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="57" />
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="58" />
            <source>%1 h %2 min</source>
            <translation>%1 ч %2 мин</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="59" />
            <source>%1 d %2 h</source>
            <translation>%1 д %2 ч</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="60" />
            <source>%1 (escalated)</source>
            <translation>%1 (эскалировано)</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="61" />
            <source>Breached %1 ago</source>
            <translation>Просрочено %1 назад</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="62" />
            <source>Due soon: %1 left</source>
            <translation>Скоро срок: осталось %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="63" />
            <source>On time: %1 left</source>
            <translation>В срок: осталось %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/queue_model.py" line="64" />
            <source>%1. Target: %2.</source>
            <translation>%1. Цель: %2.</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="69" />
            <location filename="../../ui/agent/queue_view.py" line="70" />
            <source>Waiting queue</source>
            <translation>Очередь ожидания</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="71" />
            <source>Waiting queue (Ctrl+Shift+Q to focus)</source>
            <translation>Очередь ожидания (Ctrl+Shift+Q — перейти)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="74" />
            <source>New chats are given to you automatically when you are online and have a free slot; the queue is here so you can see the pressure.</source>
            <translation>Новые чаты назначаются автоматически, когда вы в сети и у вас есть свободное место; очередь показывает текущую нагрузку.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="91" />
            <source>Loading the queue…</source>
            <translation>Загрузка очереди…</translation>
        </message>
        <message>
            <location filename="../../ui/agent/queue_view.py" line="95" />
            <source>Nobody is waiting.</source>
            <translation>Никто не ждёт.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="98" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n ждёт</numerusform>
                <numerusform>%n ждут</numerusform>
                <numerusform>%n ждут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="99" />
            <source>%n subscribers</source>
            <translation>
                <numerusform>%n подписчик</numerusform>
                <numerusform>%n подписчика</numerusform>
                <numerusform>%n подписчиков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="100" />
            <source>%n free tier</source>
            <translation>
                <numerusform>%n бесплатный</numerusform>
                <numerusform>%n бесплатных</numerusform>
                <numerusform>%n бесплатных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="103" />
            <source>%n due soon</source>
            <translation>
                <numerusform>%n скоро просрочено</numerusform>
                <numerusform>%n скоро просрочены</numerusform>
                <numerusform>%n скоро просрочены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="105" />
            <source>%n breached</source>
            <translation>
                <numerusform>%n просрочено</numerusform>
                <numerusform>%n просрочены</numerusform>
                <numerusform>%n просрочены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/queue_view.py" line="108" />
            <source>(the first %n are listed)</source>
            <translation>
                <numerusform>(показано первое %n)</numerusform>
                <numerusform>(показаны первые %n)</numerusform>
                <numerusform>(показаны первые %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="98" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/case_panel_dialogs.py" line="100" />
            <source>At least %n characters. It is written to the audit log.</source>
            <translation>
                <numerusform>Не менее %n символа. Причина записывается в журнал аудита.</numerusform>
                <numerusform>Не менее %n символов. Причина записывается в журнал аудита.</numerusform>
                <numerusform>Не менее %n символов. Причина записывается в журнал аудита.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/case_panel_dialogs.py" line="103" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>ReferenceBox</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="74" />
            <source>Your case reference</source>
            <translation>Номер вашего обращения</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="75" />
            <source>C&amp;opy</source>
            <translation>К&amp;опировать</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="76" />
            <source>Copy the case reference</source>
            <translation>Скопировать номер обращения</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="78" />
            <source>Keep this to come back later: with it you can resume your case.</source>
            <translation>Сохраните его, чтобы вернуться позже: по нему можно продолжить обращение.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="82" />
            <source>This computer cannot keep the key to your case. Copy the case key and keep it somewhere safe: you need it with the reference to come back.</source>
            <translation>Этот компьютер не может сохранить ключ к вашему обращению. Скопируйте ключ обращения и храните его в надёжном месте: вместе с номером он нужен, чтобы вернуться.</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Key copied</source>
            <translation>Ключ скопирован</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="87" />
            <source>Copy case &amp;key</source>
            <translation>Скопировать &amp;ключ обращения</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="89" />
            <source>Copy the secret case key</source>
            <translation>Скопировать секретный ключ обращения</translation>
        </message>
    </context>
    <context>
        <name>ReplyCodePage</name>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="126" />
            <source>Check your reply address</source>
            <translation>Подтвердите контактный адрес</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="127" />
            <source>Check your e-mail or phone</source>
            <translation>Проверьте почту или телефон</translation>
        </message>
        <message>
            <location filename="../../ui/user/reply_code_page.py" line="130" />
            <source>We sent a 6-digit code to {contact}. Type it here so we know we can reach you there. Nothing else happens to your account yet.</source>
            <translation>Мы отправили 6-значный код на {contact}. Введите его здесь, чтобы мы знали, что можем связаться с вами. С аккаунтом пока ничего не происходит.</translation>
        </message>
    </context>
    <context>
        <name>ResetStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="231" />
            <source>Paste the whole link from the e-mail or text message.</source>
            <translation>Вставьте ссылку целиком из письма или SMS.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="235" />
            <source>No reset code was found in this text. Copy the whole link again.</source>
            <translation>В этом тексте не найден код сброса. Скопируйте ссылку целиком ещё раз.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="238" />
            <source>Reset link recognised.</source>
            <translation>Ссылка для сброса распознана.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="241" />
            <source>The two passwords are not the same yet.</source>
            <translation>Пароли пока не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="243" />
            <source>Use at least 12 characters.</source>
            <translation>Используйте не менее 12 символов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="279" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask the agent in your recovery case to send a new one.</source>
            <translation>Эта ссылка для сброса больше не работает: она уже использована, истекла или заменена более новой. Попросите сотрудника поддержки в вашем деле о восстановлении прислать новую.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="283" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Open your recovery case with its reference and ask for a new link, or open a new case.</source>
            <translation>Эта ссылка для сброса больше не работает: она уже использована, истекла или заменена более новой. Откройте своё дело о восстановлении по его номеру и запросите новую ссылку или откройте новое дело.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="289" />
            <source>Choose a new password</source>
            <translation>Выберите новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="292" />
            <source>Paste the reset link we sent you, then choose a new password. After this, every session is signed out, including the one that was not yours.</source>
            <translation>Вставьте ссылку для сброса, которую мы вам отправили, и выберите новый пароль. После этого все сеансы будут завершены, включая тот, что был не ваш.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="296" />
            <source>Reset &amp;link:</source>
            <translation>&amp;Ссылка для сброса:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="297" />
            <source>&amp;New password:</source>
            <translation>&amp;Новый пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="298" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Повторите пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="299" />
            <source>https://… or the code after #</source>
            <translation>https://… или код после #</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="300" />
            <source>Reset link or code</source>
            <translation>Ссылка для сброса или код</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="301" />
            <source>New password</source>
            <translation>Новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="302" />
            <source>Repeat new password</source>
            <translation>Повторите новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="303" />
            <source>&amp;Show passwords</source>
            <translation>Показать па&amp;роли</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="304" />
            <source>Show passwords</source>
            <translation>Показать пароли</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="305" />
            <source>&amp;Set new password</source>
            <translation>&amp;Задать новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="306" />
            <source>Set new password</source>
            <translation>Задать новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="307" />
            <source>I already chose a new password</source>
            <translation>Я уже выбрал(а) новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="308" />
            <source>Skip: I already chose a new password</source>
            <translation>Пропустить: я уже выбрал(а) новый пароль</translation>
        </message>
    </context>
    <context>
        <name>RestoreActions</name>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="82" />
            <source>Restore actions</source>
            <translation>Действия по восстановлению</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="137" />
            <source>a supervisor</source>
            <translation>руководителя</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="139" />
            <source>another agent</source>
            <translation>другого сотрудника</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_actions.py" line="141" />
            <source>Asked for approval; waiting for %1.</source>
            <translation>Запрошено одобрение; ожидаем %1.</translation>
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
            <translation>Подтвердить: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="119" />
            <source>%1 for case %2</source>
            <translation>%1 по обращению %2</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="121" />
            <source>&amp;Which contact:</source>
            <translation>&amp;Какой контакт:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="122" />
            <source>Which contact</source>
            <translation>Какой контакт</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="130" />
            <source>What changes:</source>
            <translation>Что изменится:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="131" />
            <source>Hold:</source>
            <translation>Ожидание:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="132" />
            <source>Who is told:</source>
            <translation>Кого уведомят:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="133" />
            <source>Approval:</source>
            <translation>Одобрение:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="134" />
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="135" />
            <source>Reason for this change</source>
            <translation>Причина этого изменения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="136" />
            <source>Why is this change right for this person?</source>
            <translation>Почему это изменение правильно для этого человека?</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>Ask for &amp;approval</source>
            <translation>Запросить &amp;одобрение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="138" />
            <source>&amp;Run it now</source>
            <translation>&amp;Выполнить сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="167" />
            <source>Every session is signed out (active now: %1)</source>
            <translation>Все сеансы будут завершены (сейчас активно: %1)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="171" />
            <source>devices forgotten: %1</source>
            <translation>забытые устройства: %1</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="175" />
            <source>A password-reset link goes to a contact the person proved in this case (or their verified reply address). You never set or see the password.</source>
            <translation>Ссылка для сброса пароля придёт на контакт, подтверждённый человеком в этом обращении (или на его проверенный адрес для ответов). Вы никогда не задаёте и не видите пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="180" />
            <source>%1, added %2, is removed from the account.</source>
            <translation>%1, добавленный %2, будет удалён из аккаунта.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="186" />
            <source>%1, removed %2, is put back on the account.</source>
            <translation>%1, удалённый %2, будет возвращён в аккаунт.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="193" />
            <source>The authenticator app added %1, during the reported compromise, is removed.</source>
            <translation>Приложение-аутентификатор, добавленное %1 во время заявленного взлома, будет удалено.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="197" />
            <source>The authenticator app (since %1) is removed and unused backup codes stop working. The person sets up a new one after signing in.</source>
            <translation>Приложение-аутентификатор (с %1) будет удалено, а неиспользованные резервные коды перестанут действовать. После входа человек настроит новое.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="202" />
            <source>The account's status changes from %1 to active.</source>
            <translation>Статус аккаунта изменится с «%1» на «активен».</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="207" />
            <source>None: the change happens as soon as it is approved or run.</source>
            <translation>Нет: изменение произойдёт сразу после одобрения или запуска.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="210" />
            <source>After approval the change waits %n hours, then runs by itself unless the owner cancels it. The end time is shown under Changes and holds.</source>
            <translation>
                <numerusform>После одобрения изменение ждёт %n час, затем выполняется само, если владелец его не отменит. Время окончания указано в разделе «Изменения и периоды ожидания».</numerusform>
                <numerusform>После одобрения изменение ждёт %n часа, затем выполняется само, если владелец его не отменит. Время окончания указано в разделе «Изменения и периоды ожидания».</numerusform>
                <numerusform>После одобрения изменение ждёт %n часов, затем выполняется само, если владелец его не отменит. Время окончания указано в разделе «Изменения и периоды ожидания».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="218" />
            <source>The person receives the link; nobody else is told.</source>
            <translation>Ссылку получит этот человек; больше никого не уведомят.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="221" />
            <source>Nobody: the account has no contact from before the compromise.</source>
            <translation>Никто: у аккаунта нет контактов, существовавших до взлома.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="225" />
            <source>%1, each with a link to cancel ("this wasn't me"), now and when it is done.</source>
            <translation>%1 — каждый со ссылкой для отмены («это был не я»), сейчас и после выполнения.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/restore_confirm_dialog.py" line="227" />
            <source>%1, when it is done.</source>
            <translation>%1, когда изменение будет выполнено.</translation>
        </message>
    </context>
    <context>
        <name>ResumePage</name>
        <message>
            <location filename="../../ui/user/resume_page.py" line="72" />
            <source>Enter your case reference, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Введите номер обращения, например RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="77" />
            <source>Enter the case key as well.</source>
            <translation>Введите также ключ обращения.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="84" />
            <location filename="../../ui/user/resume_page.py" line="85" />
            <source>Resume a case</source>
            <translation>Продолжить обращение</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="86" />
            <source>Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL.</source>
            <translation>Введите сохранённый номер обращения, например RD-ABCD-EFGH-IJKL.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="87" />
            <source>Case &amp;reference:</source>
            <translation>&amp;Номер обращения:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="88" />
            <source>Case reference</source>
            <translation>Номер обращения</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="89" />
            <source>Case &amp;key:</source>
            <translation>&amp;Ключ обращения:</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="90" />
            <source>Case key</source>
            <translation>Ключ обращения</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="93" />
            <source>This computer does not keep the key to this case. Paste the case key you saved when you opened the case.</source>
            <translation>Этот компьютер не хранит ключ к этому обращению. Вставьте ключ, сохранённый при создании обращения.</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="97" />
            <source>&amp;Continue</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <location filename="../../ui/user/resume_page.py" line="98" />
            <source>Continue with this case</source>
            <translation>Продолжить это обращение</translation>
        </message>
    </context>
    <context>
        <name>SecureErrors</name>
        <message>
            <location filename="../../ui/user/secure_common.py" line="13" />
            <source>This reset link no longer works: it was already used, it has expired, or a newer link replaced it. Ask for a new link in your recovery case.</source>
            <translation>Эта ссылка для сброса больше не работает: она уже использована, истекла или заменена более новой. Запросите новую ссылку в своём деле о восстановлении.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="18" />
            <source>This password is too easy to guess or contains your name. Choose a longer one, for example a few unrelated words.</source>
            <translation>Этот пароль слишком легко угадать, или он содержит ваше имя. Выберите более длинный, например несколько не связанных между собой слов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="23" />
            <source>The account name or password is not right. Check them and try again.</source>
            <translation>Имя учётной записи или пароль неверны. Проверьте их и попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="27" />
            <source>Enter the current 6-digit code from your authenticator app, or one of your backup codes.</source>
            <translation>Введите текущий 6-значный код из приложения-аутентификатора или один из резервных кодов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="31" />
            <source>Too many wrong codes were entered for this account. Open a recovery case to get back in.</source>
            <translation>Для этой учётной записи введено слишком много неверных кодов. Откройте дело о восстановлении, чтобы вернуть доступ.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="35" />
            <source>This account cannot be used right now. Follow your recovery case or open a new one.</source>
            <translation>Сейчас этой учётной записью пользоваться нельзя. Следите за своим делом о восстановлении или откройте новое.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="39" />
            <source>That code was not accepted. Enter the code your authenticator app shows now; if it was just used, wait for the next one.</source>
            <translation>Этот код не принят. Введите код, который приложение-аутентификатор показывает сейчас; если он только что использовался, дождитесь следующего.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="44" />
            <source>The key was not accepted. Start the set-up again.</source>
            <translation>Ключ не принят. Начните настройку заново.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="47" />
            <source>Too many codes were tried. Wait 15 minutes, then try again.</source>
            <translation>Опробовано слишком много кодов. Подождите 15 минут и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="50" />
            <source>For this change you need to have signed in within the last 30 minutes. Sign in again, then repeat it.</source>
            <translation>Для этого изменения нужно войти в систему не раньше чем 30 минут назад. Войдите снова и повторите изменение.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="55" />
            <source>Backup codes need an authenticator app. Set one up first.</source>
            <translation>Резервные коды требуют приложения-аутентификатора. Сначала настройте его.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="58" />
            <source>These backup codes were not accepted. Make a new set and try again.</source>
            <translation>Эти резервные коды не приняты. Создайте новый набор и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="61" />
            <source>This is the session you are using now; it cannot be ended here.</source>
            <translation>Это сеанс, которым вы сейчас пользуетесь; здесь его завершить нельзя.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="64" />
            <source>This is the device you are using now; it cannot be revoked here.</source>
            <translation>Это устройство, которым вы сейчас пользуетесь; здесь его отозвать нельзя.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="67" />
            <source>That session is no longer there. The list was reloaded.</source>
            <translation>Этого сеанса больше нет. Список обновлён.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="70" />
            <source>That device is no longer there. The list was reloaded.</source>
            <translation>Этого устройства больше нет. Список обновлён.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_common.py" line="73" />
            <source>Your session has ended. Sign in again to continue.</source>
            <translation>Ваш сеанс завершён. Войдите снова, чтобы продолжить.</translation>
        </message>
    </context>
    <context>
        <name>SecurePage</name>
        <message>
            <location filename="../../ui/user/secure_page.py" line="182" />
            <source>New password</source>
            <translation>Новый пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="183" />
            <source>Sign in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="184" />
            <source>Authenticator app</source>
            <translation>Приложение-аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="185" />
            <source>Backup codes</source>
            <translation>Резервные коды</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="186" />
            <source>Sessions and devices</source>
            <translation>Сеансы и устройства</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="187" />
            <source>Recent changes</source>
            <translation>Последние изменения</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="190" />
            <source>Your opinion</source>
            <translation>Ваше мнение</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="191" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="199" />
            <source>current step</source>
            <translation>текущий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="201" />
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="203" />
            <source>not yet</source>
            <translation>ещё нет</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_page.py" line="212" />
            <source>Steps to secure your account</source>
            <translation>Шаги защиты учётной записи</translation>
        </message>
    </context>
    <context>
        <name>SessionsStep</name>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="147" />
            <source>This session (you)</source>
            <translation>Этот сеанс (вы)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="149" />
            <source>Ended</source>
            <translation>Завершён</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="151" />
            <source>Signed in</source>
            <translation>Активен</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="152" />
            <source>Unknown device</source>
            <translation>Неизвестное устройство</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="157" />
            <location filename="../../ui/user/secure_sessions.py" line="158" />
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="206" />
            <source>The session was ended.</source>
            <translation>Сеанс завершён.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="212" />
            <source>The device was revoked and its sessions ended.</source>
            <translation>Устройство отозвано, его сеансы завершены.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/secure_sessions.py" line="216" />
            <source>%n other session(s) ended.</source>
            <translation>
                <numerusform>Завершён %n другой сеанс.</numerusform>
                <numerusform>Завершено %n других сеанса.</numerusform>
                <numerusform>Завершено %n других сеансов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="239" />
            <source>Where you are signed in</source>
            <translation>Где выполнен вход</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="242" />
            <source>Check every session and device. End any you do not recognise: whoever uses it is signed out at once. The session you are using now is marked and cannot be ended here.</source>
            <translation>Проверьте каждый сеанс и каждое устройство. Завершите те, которые вы не узнаёте: тот, кто ими пользуется, сразу выйдет из системы. Текущий сеанс отмечен, и здесь его завершить нельзя.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="249" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="250" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="251" />
            <source>Last seen</source>
            <translation>Последняя активность</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="252" />
            <source>IP address</source>
            <translation>IP-адрес</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="253" />
            <source>Browser or app</source>
            <translation>Браузер или приложение</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="256" />
            <source>Sessions</source>
            <translation>Сеансы</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="257" />
            <source>Show &amp;ended sessions</source>
            <translation>Показать &amp;завершённые сеансы</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="258" />
            <source>Show ended sessions</source>
            <translation>Показать завершённые сеансы</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="259" />
            <source>&amp;End session</source>
            <translation>&amp;Завершить сеанс</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="260" />
            <source>End the selected session</source>
            <translation>Завершить выбранный сеанс</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="261" />
            <source>Revoke &amp;device</source>
            <translation>Отозвать &amp;устройство</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="262" />
            <source>Revoke the selected session's device</source>
            <translation>Отозвать устройство выбранного сеанса</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="263" />
            <source>End &amp;all other sessions</source>
            <translation>Завершить &amp;все остальные сеансы</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="264" />
            <source>End all other sessions</source>
            <translation>Завершить все остальные сеансы</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="265" />
            <source>&amp;Reload</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="266" />
            <source>Reload the list</source>
            <translation>Обновить список</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="267" />
            <source>&amp;Continue</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_sessions.py" line="268" />
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="61" />
            <location filename="../../ui/agent/shortcuts_help.py" line="62" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../ui/agent/shortcuts_help.py" line="63" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="133" />
            <source>Agent sign-in</source>
            <translation>Вход для агента</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="134" />
            <source>Sign in to the agent desk</source>
            <translation>Вход в рабочее место агента</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="137" />
            <source>Use your agent user name, your password and the 6-digit code your authenticator app shows now.</source>
            <translation>Введите имя пользователя агента, пароль и 6-значный код, который сейчас показывает приложение-аутентификатор.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="141" />
            <source>&amp;User name</source>
            <translation>&amp;Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="142" />
            <source>&amp;Password</source>
            <translation>&amp;Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="143" />
            <source>Authenticator &amp;code</source>
            <translation>&amp;Код аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="144" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="145" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="146" />
            <source>Authenticator code, 6 digits</source>
            <translation>Код аутентификатора, 6 цифр</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="147" />
            <source>6 digits</source>
            <translation>6 цифр</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="148" />
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Запомнить меня на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="149" />
            <source>Remember me on this computer</source>
            <translation>Запомнить меня на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="152" />
            <source>Keeps the session in this computer's password store until it ends.</source>
            <translation>Хранит сеанс в хранилище паролей этого компьютера до его окончания.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="156" />
            <source>This computer has no password store, so the session stays in memory.</source>
            <translation>На этом компьютере нет хранилища паролей, поэтому сеанс хранится только в памяти.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="158" />
            <source>&amp;Sign in</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="159" />
            <source>Sign in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="166" />
            <source>Your session has ended. Sign in again: your unsent replies are kept and come back when you do.</source>
            <translation>Ваш сеанс завершён. Войдите снова: неотправленные ответы сохранены и вернутся после входа.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="182" />
            <source>Enter your user name and password.</source>
            <translation>Введите имя пользователя и пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="184" />
            <location filename="../../ui/agent/sign_in_page.py" line="204" />
            <source>Enter the 6 digits your authenticator app shows.</source>
            <translation>Введите 6 цифр, которые показывает приложение-аутентификатор.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="191" />
            <source>Sign-in error</source>
            <translation>Ошибка входа</translation>
        </message>
        <message>
            <location filename="../../ui/agent/sign_in_page.py" line="200" />
            <source>The user name, password or code is not right. Check them and try again with a new code.</source>
            <translation>Имя пользователя, пароль или код неверны. Проверьте их и попробуйте снова с новым кодом.</translation>
        </message>
    </context>
    <context>
        <name>SignInStep</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="391" />
            <source>Recovery Desk app</source>
            <translation>Приложение Recovery Desk</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="402" />
            <source>Your account has a second step. Enter the current code from your authenticator app, or one of your backup codes.</source>
            <translation>У вашей учётной записи есть второй шаг входа. Введите текущий код из приложения-аутентификатора или один из резервных кодов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="419" />
            <source>Sign in with your new password</source>
            <translation>Войдите с новым паролем</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="422" />
            <source>For your safety nobody is signed in after a password change. Sign in again so you can check your sessions and set up your second step.</source>
            <translation>Ради вашей безопасности после смены пароля никто не остаётся в системе. Войдите снова, чтобы проверить свои сеансы и настроить второй шаг входа.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="426" />
            <source>&amp;Account name or e-mail:</source>
            <translation>&amp;Имя учётной записи или e-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="427" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="428" />
            <source>&amp;Code or backup code:</source>
            <translation>&amp;Код или резервный код:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="429" />
            <source>Account name or e-mail</source>
            <translation>Имя учётной записи или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="430" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="431" />
            <source>Authenticator code or backup code</source>
            <translation>Код из приложения-аутентификатора или резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="432" />
            <source>123456 or abcd-efgh-ijkl-mnop</source>
            <translation>123456 или abcd-efgh-ijkl-mnop</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="433" />
            <source>Sign &amp;in</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="434" />
            <source>Sign in</source>
            <translation>Вход</translation>
        </message>
    </context>
    <context>
        <name>SimpleChat</name>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="89" />
            <source>Conversation</source>
            <translation>Переписка</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="90" />
            <source>Your reply</source>
            <translation>Ваш ответ</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="91" />
            <source>Write a reply (Ctrl+Enter sends)</source>
            <translation>Напишите ответ (Ctrl+Enter — отправить)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="92" />
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="93" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Отправить (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Requester</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="109" />
            <source>Agent</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/agent/chat_pane.py" line="111" />
            <source>Private note</source>
            <translation>Личная заметка</translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message>
            <location filename="../../ui/user/situation_page.py" line="58" />
            <source>What happened?</source>
            <translation>Что случилось?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="59" />
            <source>Locked out of your account?</source>
            <translation>Нет доступа к аккаунту?</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="62" />
            <source>Tell us what happened. We will help you prove that the account is yours and get back in. We never ask for your password.</source>
            <translation>Расскажите, что случилось. Мы поможем доказать, что аккаунт ваш, и вернуть доступ. Мы никогда не спрашиваем ваш пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="68" />
            <source>I forgot my password</source>
            <translation>Я забыл(а) пароль</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="69" />
            <source>You still have your e-mail or phone, but not the password.</source>
            <translation>Почта или телефон у вас есть, а пароля нет.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="72" />
            <source>I lost my authenticator</source>
            <translation>Я потерял(а) приложение-аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="73" />
            <source>Your phone with the sign-in app is lost, reset or broken.</source>
            <translation>Телефон с приложением для входа потерян, сброшен или сломан.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="76" />
            <source>My account was hacked</source>
            <translation>Мой аккаунт взломали</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="77" />
            <source>Someone else changed your password, e-mail, phone or sign-in app.</source>
            <translation>Кто-то другой сменил ваш пароль, почту, телефон или приложение для входа.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="80" />
            <source>My account was disabled</source>
            <translation>Мой аккаунт отключили</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="81" />
            <source>Your account was suspended or locked and you think it is a mistake.</source>
            <translation>Аккаунт приостановлен или заблокирован, и вы считаете это ошибкой.</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="90" />
            <source>&amp;Resume a case</source>
            <translation>П&amp;родолжить обращение</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="91" />
            <source>Resume a case you opened before</source>
            <translation>Продолжить ранее созданное обращение</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="92" />
            <source>I already have a reset lin&amp;k</source>
            <translation>У меня уже есть сс&amp;ылка для сброса</translation>
        </message>
        <message>
            <location filename="../../ui/user/situation_page.py" line="94" />
            <source>I already have a password reset link: secure my account</source>
            <translation>У меня уже есть ссылка для сброса пароля: защитить аккаунт</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/user/secure_password.py" line="108" />
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Очень слабый: его угадают почти сразу.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="109" />
            <source>Weak: easy to guess.</source>
            <translation>Слабый: легко угадать.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="110" />
            <source>Fair: could be guessed with some effort.</source>
            <translation>Средний: можно угадать, приложив усилия.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="111" />
            <source>Strong: hard to guess.</source>
            <translation>Надёжный: трудно угадать.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="112" />
            <source>Very strong: very hard to guess.</source>
            <translation>Очень надёжный: очень трудно угадать.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="115" />
            <source>Type a password to see how strong it is.</source>
            <translation>Введите пароль, чтобы увидеть, насколько он надёжен.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="123" />
            <source>Password strength</source>
            <translation>Надёжность пароля</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="126" />
            <source>Use at least 12 characters.</source>
            <translation>Используйте не менее 12 символов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="127" />
            <source>Avoid common words, names and well-known passwords.</source>
            <translation>Избегайте распространённых слов, имён и известных паролей.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="128" />
            <source>Avoid sequences such as abc or 1234.</source>
            <translation>Избегайте последовательностей вроде abc или 1234.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="129" />
            <source>Avoid repeated characters or words.</source>
            <translation>Избегайте повторяющихся символов и слов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="130" />
            <source>Avoid dates and years.</source>
            <translation>Избегайте дат и годов.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="131" />
            <source>Avoid keyboard patterns such as qwerty.</source>
            <translation>Избегайте клавиатурных шаблонов вроде qwerty.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_password.py" line="132" />
            <source>A few unrelated words make a strong password you can remember.</source>
            <translation>Несколько не связанных между собой слов — надёжный пароль, который легко запомнить.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFormat</name>
        <message>
            <location filename="../../ui/supervisor/format.py" line="15" />
            <source>Subscribers (live chat)</source>
            <translation>Подписчики (живой чат)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="16" />
            <source>Free tier (messages)</source>
            <translation>Бесплатный тариф (сообщения)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="19" />
            <source>Online</source>
            <translation>В сети</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="20" />
            <source>Away</source>
            <translation>Отошёл</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="21" />
            <source>Offline</source>
            <translation>Не в сети</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="24" />
            <source>Agent</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="25" />
            <source>Supervisor</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="26" />
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="30" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="31" />
            <source>Last 7 days</source>
            <translation>Последние 7 дней</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/format.py" line="32" />
            <source>Last 30 days</source>
            <translation>Последние 30 дней</translation>
        </message>
    </context>
    <context>
        <name>SupervisorView</name>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="138" />
            <source>Supervision</source>
            <translation>Контроль</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="141" />
            <source>This view is for supervisors. Ask an administrator if you need it for your work.</source>
            <translation>Этот раздел доступен руководителям. Если он нужен вам для работы, обратитесь к администратору.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="145" />
            <source>The approvals inbox is not available in this version of the app.</source>
            <translation>Входящие запросы на одобрение недоступны в этой версии приложения.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts (%1)</source>
            <translation>&amp;Оповещения (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="151" />
            <source>&amp;Alerts</source>
            <translation>&amp;Оповещения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="154" />
            <source>A&amp;pprovals (%1)</source>
            <translation>&amp;Одобрения (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="156" />
            <source>A&amp;pprovals</source>
            <translation>&amp;Одобрения</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="159" />
            <source>&amp;Live board</source>
            <translation>&amp;Текущая обстановка</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="162" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Показатели</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="163" />
            <source>Audi&amp;t log</source>
            <translation>Журнал &amp;аудита</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="167" />
            <source>Alt+Shift+%1</source>
            <translation>Alt+Shift+%1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="245" />
            <source>New alert: %1</source>
            <translation>Новое оповещение: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="255" />
            <source>Only supervisors can see this. Your session may have changed role.</source>
            <translation>Это видят только руководители. Возможно, роль вашего сеанса изменилась.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="274" />
            <source>This alert is about you: another supervisor must acknowledge it.</source>
            <translation>Это оповещение касается вас: подтвердить его должен другой руководитель.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supervisor_view.py" line="282" />
            <source>Alert acknowledged.</source>
            <translation>Оповещение подтверждено.</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <location filename="../../ui/user/support_page.py" line="235" />
            <source>Support</source>
            <translation>Поддержка</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="236" />
            <source>Get help</source>
            <translation>Получить помощь</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="239" />
            <source>Case %1. Keep this reference: you can come back to your case with it.</source>
            <translation>Обращение %1. Сохраните этот номер: по нему можно вернуться к обращению.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="242" />
            <source>Ask the assistant first</source>
            <translation>Сначала спросите помощника</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="243" />
            <source>Describe what happened in a few words</source>
            <translation>Опишите в нескольких словах, что произошло</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="244" />
            <source>Your question for the assistant</source>
            <translation>Ваш вопрос помощнику</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="245" />
            <source>As&amp;k</source>
            <translation>&amp;Спросить</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="246" />
            <source>Ask the assistant</source>
            <translation>Спросить помощника</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="247" />
            <source>What help you can get</source>
            <translation>Какую помощь вы можете получить</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="250" />
            <source>Everyone: the assistant answers common questions at once, and often you can recover your account yourself once you have proved it is yours.</source>
            <translation>Все: помощник сразу отвечает на частые вопросы, и часто вы можете восстановить аккаунт сами, доказав, что он ваш.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="258" />
            <source>Free accounts: a specialist answers your case in writing within %n hours, during business hours (%1). Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>
                <numerusform>Бесплатные аккаунты: специалист письменно отвечает на обращение в течение %n часа, в рабочие часы (%1). В остальное время вы получите сообщение об отсутствии; ответ придёт в этот чат.</numerusform>
                <numerusform>Бесплатные аккаунты: специалист письменно отвечает на обращение в течение %n часов, в рабочие часы (%1). В остальное время вы получите сообщение об отсутствии; ответ придёт в этот чат.</numerusform>
                <numerusform>Бесплатные аккаунты: специалист письменно отвечает на обращение в течение %n часов, в рабочие часы (%1). В остальное время вы получите сообщение об отсутствии; ответ придёт в этот чат.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="266" />
            <source>Free accounts: a specialist answers your case in writing, during business hours. Outside them you get an away message; the answer arrives in this chat.</source>
            <translation>Бесплатные аккаунты: специалист письменно отвечает на обращение в рабочие часы. В остальное время вы получите сообщение об отсутствии; ответ придёт в этот чат.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="272" />
            <source>Verified subscribers: a live specialist in this chat. You see your place in line and the expected wait.</source>
            <translation>Подтверждённые подписчики: специалист в этом чате в реальном времени. Вы видите своё место в очереди и ожидаемое время ожидания.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="276" />
            <source>&amp;Request support</source>
            <translation>&amp;Запросить поддержку</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="277" />
            <source>Request support from a specialist</source>
            <translation>Запросить помощь специалиста</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="278" />
            <source>&amp;Secure your account now</source>
            <translation>&amp;Защитите аккаунт сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="279" />
            <source>Secure your account now</source>
            <translation>Защитите аккаунт сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="395" />
            <source>Your access is restored.</source>
            <translation>Ваш доступ восстановлен.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="397" />
            <source>A specialist is with you in this chat.</source>
            <translation>Специалист с вами в этом чате.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="399" />
            <source>The specialist is restoring your access.</source>
            <translation>Специалист восстанавливает ваш доступ.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="402" />
            <source>Your case is on hold for a safety waiting period; we will write here.</source>
            <translation>Обращение приостановлено на период ожидания из соображений безопасности; мы напишем здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="405" />
            <source>You are in line for a live specialist.</source>
            <translation>Вы в очереди к специалисту.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="408" />
            <source>You are number %n in line.</source>
            <translation>
                <numerusform>Вы %n-й в очереди.</numerusform>
                <numerusform>Вы %n-й в очереди.</numerusform>
                <numerusform>Вы %n-й в очереди.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="413" />
            <source>Expected wait: about %n minutes.</source>
            <translation>
                <numerusform>Ожидаемое время: около %n минуты.</numerusform>
                <numerusform>Ожидаемое время: около %n минут.</numerusform>
                <numerusform>Ожидаемое время: около %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="416" />
            <source>Your case is with our team.</source>
            <translation>Вашим обращением занимается наша команда.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/support_page.py" line="419" />
            <source>We reply within %n hours, here in this chat.</source>
            <translation>
                <numerusform>Мы ответим в течение %n часа, здесь в чате.</numerusform>
                <numerusform>Мы ответим в течение %n часов, здесь в чате.</numerusform>
                <numerusform>Мы ответим в течение %n часов, здесь в чате.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="427" />
            <source>At the latest by %1.</source>
            <translation>Не позднее %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="430" />
            <source>Business hours: %1.</source>
            <translation>Рабочие часы: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="435" />
            <source>We are outside business hours now. Your case is kept and answered in order.</source>
            <translation>Сейчас нерабочее время. Ваше обращение сохранено, ответ придёт в порядке очереди.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="439" />
            <source>We open again %1.</source>
            <translation>Мы снова работаем: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="443" />
            <source>Your request is being sent…</source>
            <translation>Запрос отправляется…</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_page.py" line="450" />
            <source>This is not possible at this step of your case. %1</source>
            <translation>На этом этапе обращения это невозможно. %1</translation>
        </message>
    </context>
    <context>
        <name>SupportText</name>
        <message>
            <location filename="../../ui/user/support_text.py" line="12" />
            <source>Next: confirm your reply address with the code we sent to it.</source>
            <translation>Далее: подтвердите адрес для ответа кодом, который мы на него отправили.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="15" />
            <source>Next: prove it is your account in the verification step. Often that is enough to recover it yourself.</source>
            <translation>Далее: подтвердите на шаге проверки, что это ваш аккаунт. Часто этого достаточно, чтобы восстановить его самостоятельно.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="20" />
            <source>If this does not solve it, request support below.</source>
            <translation>Если это не помогло, запросите поддержку ниже.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="23" />
            <source>A specialist will answer you in this chat; you do not need to do more.</source>
            <translation>Специалист ответит вам в этом чате; больше ничего делать не нужно.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="26" />
            <source>We are reviewing what you sent; we will write to you here.</source>
            <translation>Мы проверяем то, что вы отправили; мы напишем вам здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="29" />
            <source>A specialist is with you in the chat.</source>
            <translation>Специалист с вами в чате.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="32" />
            <source>You can do this yourself: prove it is you.</source>
            <translation>Это можно сделать самостоятельно: подтвердите, что это вы.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="33" />
            <source>You can do this yourself: reset your password after verifying.</source>
            <translation>Это можно сделать самостоятельно: после проверки сбросьте пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/user/support_text.py" line="50" />
            <source>The assistant has no ready answer for this. Request support below.</source>
            <translation>У помощника нет готового ответа. Запросите поддержку ниже.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStep</name>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="123" />
            <source>Thank you for your answer.</source>
            <translation>Спасибо за ответ.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="124" />
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>&amp;Continue</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="128" />
            <source>How did it go?</source>
            <translation>Как всё прошло?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="130" />
            <source>Two quick questions about your recovery case. Answering is optional.</source>
            <translation>Два коротких вопроса о вашем деле о восстановлении. Отвечать необязательно.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="132" />
            <source>Was your access restored?</source>
            <translation>Доступ восстановлен?</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="133" />
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="134" />
            <source>N&amp;o</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="135" />
            <source>Yes, my access was restored</source>
            <translation>Да, доступ восстановлен</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="136" />
            <source>No, my access was not restored</source>
            <translation>Нет, доступ не восстановлен</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="138" />
            <source>How would you rate the help you got? (1 = bad, 5 = very good)</source>
            <translation>Как вы оцениваете полученную помощь? (1 = плохо, 5 = очень хорошо)</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="141" />
            <source>Rating %1 of 5</source>
            <translation>Оценка %1 из 5</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="142" />
            <source>Co&amp;mment (optional):</source>
            <translation>&amp;Комментарий (необязательно):</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="143" />
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="144" />
            <source>Sen&amp;d</source>
            <translation>&amp;Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="145" />
            <source>Send your answer</source>
            <translation>Отправить ответ</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="146" />
            <source>S&amp;kip</source>
            <translation>&amp;Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_survey.py" line="147" />
            <source>Continue without answering</source>
            <translation>Продолжить без ответа</translation>
        </message>
    </context>
    <context>
        <name>TotpStep</name>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="151" />
            <source>Set up your authenticator app</source>
            <translation>Настройте приложение-аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="154" />
            <source>Scan the QR code with your authenticator app (for example Aegis, Google Authenticator or Microsoft Authenticator), or type the key by hand. This replaces any authenticator set up before, including one an intruder added. The key is shown only here and only now.</source>
            <translation>Отсканируйте QR-код приложением-аутентификатором (например, Aegis, Google Authenticator или Microsoft Authenticator) или введите ключ вручную. Это заменит любой ранее настроенный аутентификатор, в том числе добавленный злоумышленником. Ключ показывается только здесь и только сейчас.</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="160" />
            <source>QR code for your authenticator app</source>
            <translation>QR-код для приложения-аутентификатора</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="161" />
            <source>&amp;Key for typing by hand:</source>
            <translation>&amp;Ключ для ручного ввода:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="162" />
            <source>Key for typing by hand</source>
            <translation>Ключ для ручного ввода</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="163" />
            <source>&amp;Code the app shows now:</source>
            <translation>&amp;Код, который сейчас показывает приложение:</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="164" />
            <source>Six-digit code from the app</source>
            <translation>Шестизначный код из приложения</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="165" />
            <source>6 digits</source>
            <translation>6 цифр</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="166" />
            <source>&amp;Confirm</source>
            <translation>&amp;Подтвердить</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="167" />
            <source>Confirm the code</source>
            <translation>Подтвердить код</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="168" />
            <source>Skip for now</source>
            <translation>Пока пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/user/secure_factors.py" line="169" />
            <source>Skip setting up an authenticator app</source>
            <translation>Пропустить настройку приложения-аутентификатора</translation>
        </message>
    </context>
    <context>
        <name>TypingIndicator</name>
        <message>
            <location filename="../../ui/widgets/chat_banner.py" line="88" />
            <source>%1 is typing…</source>
            <translation>%1 печатает…</translation>
        </message>
    </context>
    <context>
        <name>UserFlow</name>
        <message>
            <location filename="../../ui/user/flow.py" line="237" />
            <source>Step {step} of {total}</source>
            <translation>Шаг {step} из {total}</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="272" />
            <source>This code is locked after too many wrong tries. Ask for a new code, or go back and choose another way to prove it is you.</source>
            <translation>Этот код заблокирован после слишком многих неверных попыток. Запросите новый код или вернитесь и выберите другой способ подтвердить, что это вы.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="278" />
            <source>This code has expired or a newer one was sent. Ask for a new code and type the newest one.</source>
            <translation>Срок действия этого кода истёк или был отправлен более новый. Запросите новый код и введите самый последний.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="290" />
            <source>We found no open case with this reference and key. Check them and try again, or start a new case.</source>
            <translation>Мы не нашли открытого обращения с таким номером и ключом. Проверьте их и попробуйте снова или создайте новое обращение.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="295" />
            <source>Your case has moved on and this step is no longer possible. Go back to the start and resume your case with its reference.</source>
            <translation>Ваше обращение уже перешло на следующий этап, и этот шаг недоступен. Вернитесь в начало и продолжите обращение по его номеру.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="300" />
            <source>Please check what you typed: the account and an e-mail address or phone number (with country code) where we can reach you.</source>
            <translation>Проверьте введённые данные: аккаунт и адрес электронной почты или номер телефона (с кодом страны), по которому мы можем с вами связаться.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="305" />
            <source>Give an e-mail address or a phone number (with country code) we can reply to.</source>
            <translation>Укажите адрес электронной почты или номер телефона (с кодом страны), на который мы можем ответить.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="365" />
            <location filename="../../ui/user/flow.py" line="428" />
            <source>We sent a new code. Use the newest one.</source>
            <translation>Мы отправили новый код. Используйте самый последний.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/user/flow.py" line="380" />
            <source>That code is not right. Check it and try again: %n tries left.</source>
            <translation>
                <numerusform>Код неверный. Проверьте его и попробуйте снова: осталась %n попытка.</numerusform>
                <numerusform>Код неверный. Проверьте его и попробуйте снова: осталось %n попытки.</numerusform>
                <numerusform>Код неверный. Проверьте его и попробуйте снова: осталось %n попыток.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="488" />
            <source>Thank you: that proof was accepted.</source>
            <translation>Спасибо: подтверждение принято.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="508" />
            <source>Sent. Our team checks your files, usually within a day; your level rises when they are approved. You can get help from a person meanwhile.</source>
            <translation>Отправлено. Наша команда проверит файлы, обычно в течение суток; уровень подтверждения повысится после их одобрения. Тем временем вы можете обратиться за помощью к человеку.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="525" />
            <source>To put you in touch with a person we need to know which account it is and how to reach you. Choose what happened, then fill in the next page.</source>
            <translation>Чтобы связать вас с человеком, нам нужно знать, о каком аккаунте идёт речь и как с вами связаться. Выберите, что случилось, и заполните следующую страницу.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="530" />
            <source>To put you in touch with a person, fill in this page first: which account, and where we can reach you.</source>
            <translation>Чтобы связать вас с человеком, сначала заполните эту страницу: какой аккаунт и как с вами связаться.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="543" />
            <source>First type the code we sent to your reply address, so that our team can reach you there.</source>
            <translation>Сначала введите код, отправленный на ваш контактный адрес, чтобы наша команда могла связаться с вами.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="561" />
            <source>Talking to a person is not available in this version of the app.</source>
            <translation>Разговор с человеком недоступен в этой версии приложения.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="579" />
            <source>Securing the account is not available in this version of the app.</source>
            <translation>Защита аккаунта недоступна в этой версии приложения.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="614" />
            <source>This computer does not keep the key to this case. Enter the case key you saved.</source>
            <translation>Этот компьютер не хранит ключ к этому обращению. Введите сохранённый ключ обращения.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="634" />
            <source>This case is closed. To try again, go back and open a new case.</source>
            <translation>Это обращение закрыто. Чтобы попробовать снова, вернитесь и создайте новое обращение.</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="672" />
            <source>Get help with your account</source>
            <translation>Помощь с аккаунтом</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="673" />
            <source>← &amp;Back</source>
            <translation>← &amp;Назад</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="674" />
            <source>Back to the previous page</source>
            <translation>Вернуться на предыдущую страницу</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="675" />
            <source>Back (Alt+Left)</source>
            <translation>Назад (Alt+Влево)</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="676" />
            <source>Talk to a &amp;person</source>
            <translation>Поговорить с &amp;человеком</translation>
        </message>
        <message>
            <location filename="../../ui/user/flow.py" line="677" />
            <source>Get help from a person</source>
            <translation>Помощь от человека</translation>
        </message>
    </context>
    <context>
        <name>UserWelcomePage</name>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="57" />
            <source>Get help with your account</source>
            <translation>Помощь с аккаунтом</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="58" />
            <source>Locked out of your account?</source>
            <translation>Нет доступа к аккаунту?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="61" />
            <source>Recovery Desk helps you prove that the account is yours and get back in, even if someone else has changed your e-mail, phone or sign-in app. It takes four steps:</source>
            <translation>Recovery Desk поможет доказать, что аккаунт ваш, и вернуть доступ — даже если кто-то сменил вашу почту, телефон или приложение для входа. Это четыре шага:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="68" />
            <source>Tell us what happened.</source>
            <translation>Расскажите, что случилось.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="69" />
            <source>Prove it is you, with something only you have.</source>
            <translation>Подтвердите, что это вы, тем, что есть только у вас.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="70" />
            <source>Get help: our assistant, and a person when you need one.</source>
            <translation>Получите помощь: наш помощник, а при необходимости — живой специалист.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="71" />
            <source>Secure your account: new password, sign-in app and backup codes.</source>
            <translation>Защитите аккаунт: новый пароль, приложение для входа и резервные коды.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/welcome_pages.py" line="76" />
            <source>We never ask for your password, and nobody at Recovery Desk can see the codes we send you.</source>
            <translation>Мы никогда не спрашиваем ваш пароль, и никто в Recovery Desk не видит коды, которые мы вам отправляем.</translation>
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="98" />
            <source>Verification</source>
            <translation>Проверка личности</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="99" />
            <source>Proofs passed</source>
            <translation>Пройденные подтверждения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="100" />
            <source>Ask the requester for a &amp;proof:</source>
            <translation>Запросить у заявителя &amp;подтверждение:</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="101" />
            <source>Proof to ask for</source>
            <translation>Запрашиваемое подтверждение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="102" />
            <source>As&amp;k</source>
            <translation>&amp;Спросить</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="103" />
            <source>Ask the requester for this proof</source>
            <translation>Запросить у заявителя это подтверждение</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="105" />
            <source>The requester answers in their own app; you see only the result.</source>
            <translation>Заявитель отвечает в своём приложении; вы видите только результат.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="107" />
            <source>Proofs you asked for</source>
            <translation>Запрошенные вами подтверждения</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="115" />
            <source>Level: %1. Raised by: %2.</source>
            <translation>Уровень: %1. Благодаря: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="128" />
            <source>None yet.</source>
            <translation>Пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/agent/verification_panel.py" line="130" />
            <source>✓ %1, passed %2</source>
            <translation>✓ %1, пройдено %2</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../ui/user/verify_page.py" line="96" />
            <source>No proof yet</source>
            <translation>Подтверждений пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="98" />
            <source>One proof lets us help you reset your password. Choose one of the ways below.</source>
            <translation>Одно подтверждение позволит нам помочь со сбросом пароля. Выберите один из способов ниже.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="103" />
            <source>One proof so far</source>
            <translation>Пока одно подтверждение</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="105" />
            <source>That is enough to sign out every other device and, if the account has no two-step sign-in, to reset your password. One more proof of a different kind lets us reset your password in every case and undo changes someone else made.</source>
            <translation>Этого достаточно, чтобы завершить сеансы на всех других устройствах, а если у аккаунта нет двухэтапного входа — чтобы сбросить пароль. Ещё одно подтверждение другого типа позволит сбросить пароль в любом случае и отменить изменения, сделанные кем-то другим.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="113" />
            <source>Two proofs</source>
            <translation>Два подтверждения</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="115" />
            <source>We can reset your password and undo changes someone else made to your e-mail address or phone. Removing two-step sign-in also needs your ID document and a selfie, checked by our team.</source>
            <translation>Мы можем сбросить пароль и отменить изменения почты или телефона, сделанные кем-то другим. Для отключения двухэтапного входа нужны также документ и селфи, проверенные нашей командой.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="121" />
            <source>Fully verified</source>
            <translation>Полностью подтверждено</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="123" />
            <source>Your proofs and your ID check let us restore everything, including removing two-step sign-in.</source>
            <translation>Ваши подтверждения и проверка документа позволяют нам восстановить всё, включая отключение двухэтапного входа.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="129" />
            <location filename="../../ui/user/verify_page.py" line="130" />
            <source>Prove it is you</source>
            <translation>Подтвердите, что это вы</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="133" />
            <source>Each proof is something only the real owner has. Only e-mail addresses, phones and apps that were on the account before the problem started count.</source>
            <translation>Каждое подтверждение — это то, что есть только у настоящего владельца. Учитываются только адреса почты, телефоны и приложения, которые были привязаны к аккаунту до начала проблемы.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="141" />
            <source>Choose a way to prove it is you:</source>
            <translation>Выберите способ подтверждения:</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="144" />
            <source>Code to an e-mail address</source>
            <translation>Код на электронную почту</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="145" />
            <source>We send a code to the account's e-mail address from before.</source>
            <translation>Мы отправим код на прежний адрес почты аккаунта.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="148" />
            <source>Code by text message</source>
            <translation>Код в SMS</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="149" />
            <source>We send a code to the account's phone number from before.</source>
            <translation>Мы отправим код на прежний номер телефона аккаунта.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="152" />
            <source>Authenticator app</source>
            <translation>Приложение-аутентификатор</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="153" />
            <source>Type the code your authenticator app shows for this account.</source>
            <translation>Введите код, который приложение-аутентификатор показывает для этого аккаунта.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="156" />
            <source>Backup code</source>
            <translation>Резервный код</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="157" />
            <source>Use one of the backup codes you saved when you set up two-step sign-in.</source>
            <translation>Используйте один из резервных кодов, сохранённых при настройке двухэтапного входа.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="160" />
            <source>ID document and selfie</source>
            <translation>Документ и селфи</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="162" />
            <source>Send a photo of your ID and a selfie holding a code we show you. Our team checks them.</source>
            <translation>Отправьте фото документа и селфи с кодом, который мы покажем. Наша команда их проверит.</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="172" />
            <source>{method} — done</source>
            <translation>{method} — готово</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="176" />
            <source>Get &amp;help from a person</source>
            <translation>&amp;Помощь от человека</translation>
        </message>
        <message>
            <location filename="../../ui/user/verify_page.py" line="177" />
            <source>Get help from a person</source>
            <translation>Помощь от человека</translation>
        </message>
    </context>
</TS>