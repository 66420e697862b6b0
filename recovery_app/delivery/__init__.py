"""Delivery of notifications: the outbox dispatcher, its templates and its transports.

- :mod:`~recovery_app.delivery.templates`: the message texts, per language;
- :mod:`~recovery_app.delivery.maildir`: e-mail written into a local Maildir (the default);
- :mod:`~recovery_app.delivery.smtp`: e-mail sent through an SMTP server;
- :mod:`~recovery_app.delivery.sms`: the SMS gateway interface and its Maildir-style default;
- :mod:`~recovery_app.delivery.dispatcher`: sends what the outbox holds, with retries.

Nothing is imported here, so that importing the templates stays cheap and free of cycles.
"""
