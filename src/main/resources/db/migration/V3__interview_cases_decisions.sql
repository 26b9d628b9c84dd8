-- The owner's evidence: interview kits of vacancies, each interviewer's own interview with a candidate, business
-- cases assigned to candidates with each rater's rubric levels, and the owner's recorded decision.
CREATE TABLE interview_kit (
    vacancy_id     BIGINT       NOT NULL,
    length_minutes INT          NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (vacancy_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview_kit_question (
    vacancy_id  BIGINT      NOT NULL,
    position    INT         NOT NULL,
    question_id VARCHAR(8)  NOT NULL,
    PRIMARY KEY (vacancy_id, position),
    CONSTRAINT fk_kit_question_kit FOREIGN KEY (vacancy_id) REFERENCES interview_kit (vacancy_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    candidate_id     BIGINT        NOT NULL,
    vacancy_id       BIGINT        NOT NULL,
    interviewer      VARCHAR(254)  NOT NULL,
    interviewer_name VARCHAR(200)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    current_position INT           NOT NULL,
    planned_minutes  INT           NOT NULL,
    started_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    submitted_at     DATETIME(6)   NULL,
    conclusion       VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_interview_candidate_interviewer UNIQUE (candidate_id, interviewer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview_question (
    interview_id BIGINT     NOT NULL,
    position     INT        NOT NULL,
    question_id  VARCHAR(8) NOT NULL,
    PRIMARY KEY (interview_id, position),
    CONSTRAINT fk_interview_question FOREIGN KEY (interview_id) REFERENCES interview (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview_answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    interview_id BIGINT        NOT NULL,
    question_id  VARCHAR(8)    NOT NULL,
    score        INT           NULL,
    skipped      BOOLEAN       NOT NULL DEFAULT FALSE,
    notes        VARCHAR(4000) NULL,
    situation    VARCHAR(1000) NULL,
    task         VARCHAR(1000) NULL,
    action_taken VARCHAR(1000) NULL,
    result       VARCHAR(1000) NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_interview_answer UNIQUE (interview_id, question_id),
    CONSTRAINT fk_interview_answer FOREIGN KEY (interview_id) REFERENCES interview (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview_answer_flag (
    answer_id   BIGINT      NOT NULL,
    red_flag_id VARCHAR(48) NOT NULL,
    PRIMARY KEY (answer_id, red_flag_id),
    CONSTRAINT fk_answer_flag FOREIGN KEY (answer_id) REFERENCES interview_answer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_assignment (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    candidate_id BIGINT         NOT NULL,
    case_id      VARCHAR(48)    NOT NULL,
    mode         VARCHAR(8)     NOT NULL,
    answer       VARCHAR(12000) NULL,
    answered_at  DATETIME(6)    NULL,
    assigned_by  VARCHAR(254)   NOT NULL,
    assigned_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_assignment UNIQUE (candidate_id, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_score (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    rater         VARCHAR(254)  NOT NULL,
    rater_name    VARCHAR(200)  NOT NULL,
    criterion_id  VARCHAR(48)   NOT NULL,
    level         INT           NULL,
    comment       VARCHAR(1000) NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_score UNIQUE (assignment_id, rater, criterion_id),
    CONSTRAINT fk_case_score FOREIGN KEY (assignment_id) REFERENCES case_assignment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE candidate_decision (
    candidate_id   BIGINT        NOT NULL,
    recommendation VARCHAR(16)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    decided_by     VARCHAR(254)  NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (candidate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
