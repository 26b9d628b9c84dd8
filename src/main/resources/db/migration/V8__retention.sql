-- Retention of candidates' personal data (152-ФЗ): when a vacancy's hiring ended, the separate consent to stay in
-- the talent pool, and the destruction records (акты), which name people and so live as files: the database keeps
-- only their number, date, reason, count, file name, checksum and the anonymous erasure rows they cover.
ALTER TABLE vacancy ADD COLUMN closed_at DATETIME(6) NULL;

-- Vacancies already filled or closed ended, as far as anyone can tell now, when they were last changed.
UPDATE vacancy SET closed_at = updated_at WHERE status IN ('FILLED', 'CLOSED');

CREATE TABLE talent_pool_consent (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    candidate_id  BIGINT      NOT NULL,
    version       VARCHAR(32) NOT NULL,
    text_hash     CHAR(64)    NOT NULL,
    address       VARCHAR(64) NOT NULL,
    given_at      DATETIME(6) NOT NULL,
    valid_until   DATETIME(6) NOT NULL,
    withdrawn_at  DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_talent_pool_candidate UNIQUE (candidate_id),
    CONSTRAINT fk_talent_pool_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Acts are numbered from a sequence before they are written, so the number printed in the file is the row's id.
CREATE SEQUENCE destruction_act_number START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE destruction_act (
    id          BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    reason      VARCHAR(16) NOT NULL,
    subjects    INT         NOT NULL,
    file_name   VARCHAR(80) NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE destruction_act_erasure (
    act_id      BIGINT NOT NULL,
    erasure_id  BIGINT NOT NULL,
    PRIMARY KEY (act_id, erasure_id),
    CONSTRAINT uk_destruction_act_erasure UNIQUE (erasure_id),
    CONSTRAINT fk_destruction_act_erasure_act FOREIGN KEY (act_id) REFERENCES destruction_act (id),
    CONSTRAINT fk_destruction_act_erasure FOREIGN KEY (erasure_id) REFERENCES candidate_erasure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row that a retention run locks (SELECT … FOR UPDATE): with two application instances on one database, only
-- one of them erases at a time.
CREATE TABLE retention_lock (
    id        BIGINT      NOT NULL,
    last_run  DATETIME(6) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO retention_lock (id, last_run) VALUES (1, NULL);
