-- Who viewed, changed, exported or deleted candidate data and documents. Append-only: the application never
-- updates or deletes a row. detail is short and machine-like; no names, e-mails, phones or free text go here.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(254) NOT NULL,
    actor_name     VARCHAR(120) NULL,
    action         VARCHAR(16)  NOT NULL,
    subject_type   VARCHAR(16)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    vacancy_id     BIGINT       NULL,
    detail         VARCHAR(200) NULL,
    client_address VARCHAR(64)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The log is read newest first, by period and optionally by one person, one object or one vacancy.
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_event_vacancy ON audit_event (vacancy_id, occurred_at);
