-- The candidate's online assessment: invitations by link (the token only as a hash), consent to the processing of
-- personal data, answers with the time they took, and the signals an owner reads beside the results.
CREATE TABLE assessment_invitation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    candidate_id         BIGINT       NOT NULL,
    token_hash           CHAR(64)     NOT NULL,
    seed                 BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    created_by           VARCHAR(254) NOT NULL,
    expires_at           DATETIME(6)  NOT NULL,
    revoked_at           DATETIME(6)  NULL,
    email_sent_at        DATETIME(6)  NULL,
    opened_at            DATETIME(6)  NULL,
    consent_version      VARCHAR(32)  NULL,
    consent_at           DATETIME(6)  NULL,
    consent_address      VARCHAR(64)  NULL,
    consent_text_hash    CHAR(64)     NULL,
    situational_started  DATETIME(6)  NULL,
    self_started         DATETIME(6)  NULL,
    cases_started        DATETIME(6)  NULL,
    current_step         VARCHAR(80)  NULL,
    tab_switches         INT          NOT NULL DEFAULT 0,
    submitted_at         DATETIME(6)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_invitation_candidate ON assessment_invitation (candidate_id);

CREATE TABLE assessment_answer (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    invitation_id BIGINT      NOT NULL,
    item_kind     VARCHAR(16) NOT NULL,
    item_id       VARCHAR(48) NOT NULL,
    choice        VARCHAR(8)  NULL,
    likert        INT         NULL,
    seconds_spent INT         NOT NULL DEFAULT 0,
    pasted_chars  INT         NOT NULL DEFAULT 0,
    answered_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_answer UNIQUE (invitation_id, item_kind, item_id),
    CONSTRAINT fk_assessment_answer FOREIGN KEY (invitation_id) REFERENCES assessment_invitation (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
