"""Application services: one function per use case, run in one transaction.

Routes translate HTTP to a call here; services combine the pure rules of
``recovery_app.domain`` with storage, security, the audit log and the outbox.
(The domain stays free of SQL; this layer is where the two meet.)
"""
