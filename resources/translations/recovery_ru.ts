<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="75" />
            <source>Retry now</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="76" />
            <source>Retry connecting to the server now</source>
            <translation>Повторить подключение к серверу сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="79" />
            <source>Connected</source>
            <translation>Подключено</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="80" />
            <source>Connected to the Recovery Desk server.</source>
            <translation>Подключено к серверу Recovery Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="82" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="83" />
            <source>Connecting to the Recovery Desk server.</source>
            <translation>Подключение к серверу Recovery Desk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/connection_indicator.py" line="86" />
            <source>Disconnected — retrying in %n s</source>
            <translation>
                <numerusform>Нет связи — повтор через %n с</numerusform>
                <numerusform>Нет связи — повтор через %n с</numerusform>
                <numerusform>Нет связи — повтор через %n с</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/connection_indicator.py" line="90" />
            <source>Connection status</source>
            <translation>Состояние подключения</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/errors_dialog.py" line="37" />
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="39" />
            <source>Recovery Desk ran into an unexpected problem. Nothing you entered was sent twice or lost; you can carry on, or restart the app if something looks wrong.</source>
            <translation>В Recovery Desk возникла непредвиденная ошибка. Ничего из введённого не отправлено дважды и не потеряно; можно продолжать работу или перезапустить приложение, если что-то выглядит неправильно.</translation>
        </message>
        <message>
            <location filename="../../ui/errors_dialog.py" line="47" />
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
            <translation>&amp;Помощь</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="195" />
            <source>Recover your own account (Ctrl+1)</source>
            <translation>Восстановить свой аккаунт (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="196" />
            <source>User mode: get help with your account</source>
            <translation>Режим пользователя: помощь с аккаунтом</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="197" />
            <source>&amp;Agent</source>
            <translation>&amp;Оператор</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="198" />
            <source>Work as a support agent (Ctrl+2)</source>
            <translation>Работать оператором поддержки (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="199" />
            <source>Agent mode: support agent workspace</source>
            <translation>Режим оператора: рабочее место поддержки</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="200" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="201" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="202" />
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="203" />
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="205" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="206" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="207" />
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="211" />
            <source>Server address</source>
            <translation>Адрес сервера</translation>
        </message>
        <message>
            <location filename="../../ui/windows/main_window.py" line="212" />
            <source>The Recovery Desk server this app talks to</source>
            <translation>Сервер Recovery Desk, с которым работает приложение</translation>
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
</TS>
