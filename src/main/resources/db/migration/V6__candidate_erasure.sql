-- What stays of a candidate whose personal data was destroyed (152-ФЗ): no name, no contacts, no answers; only the
-- vacancy, the stage reached and the source for anonymous statistics, and when, why and by whom it was erased.
CREATE TABLE candidate_erasure (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    candidate_id BIGINT       NOT NULL,
    vacancy_id   BIGINT       NOT NULL,
    stage        VARCHAR(24)  NOT NULL,
    source       VARCHAR(24)  NULL,
    reason       VARCHAR(16)  NOT NULL,
    erased_at    DATETIME(6)  NOT NULL,
    erased_by    VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_candidate_erasure UNIQUE (candidate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_candidate_erasure_vacancy ON candidate_erasure (vacancy_id);
