-- Outcomes after the hire (issue 15): what the assessment predicted, frozen when the candidate was hired, the start
-- date the outcome periods count from, and the owner's (or a CRM's) figures at 3, 6 and 12 months.
CREATE TABLE hire (
    candidate_id   BIGINT       NOT NULL,
    vacancy_id     BIGINT       NOT NULL,
    hired_at       DATETIME(6)  NOT NULL,
    start_date     DATE         NOT NULL,
    type_id        VARCHAR(32)  NULL,
    certainty      VARCHAR(16)  NULL,
    recommendation VARCHAR(16)  NOT NULL,
    mean_score     DOUBLE       NULL,
    blinded        BOOLEAN      NOT NULL,
    PRIMARY KEY (candidate_id),
    CONSTRAINT fk_hire_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hire_competency_score (
    candidate_id  BIGINT      NOT NULL,
    competency_id VARCHAR(64) NOT NULL,
    score         DOUBLE      NOT NULL,
    PRIMARY KEY (candidate_id, competency_id),
    CONSTRAINT fk_hire_competency_hire FOREIGN KEY (candidate_id) REFERENCES hire (candidate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hire_role_score (
    candidate_id BIGINT      NOT NULL,
    role_id      VARCHAR(32) NOT NULL,
    score        DOUBLE      NOT NULL,
    PRIMARY KEY (candidate_id, role_id),
    CONSTRAINT fk_hire_role_hire FOREIGN KEY (candidate_id) REFERENCES hire (candidate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hire_outcome (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    candidate_id          BIGINT        NOT NULL,
    period_months         INT           NOT NULL,
    plan_attainment_pct   DOUBLE        NOT NULL,
    team_turnover_pct     DOUBLE        NOT NULL,
    conversion_change_pct DOUBLE        NOT NULL,
    still_employed        BOOLEAN       NOT NULL,
    owner_rating          INT           NOT NULL,
    note                  VARCHAR(2000) NULL,
    recorded_by           VARCHAR(254)  NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hire_outcome_period UNIQUE (candidate_id, period_months),
    CONSTRAINT fk_hire_outcome_hire FOREIGN KEY (candidate_id) REFERENCES hire (candidate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
