-- The hiring pipeline: the company profile, vacancies, candidates with their résumé, tags and stage history.
CREATE TABLE company_profile (
    id              BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    industry        VARCHAR(200)  NULL,
    products        VARCHAR(1000) NULL,
    sales_model     VARCHAR(16)   NULL,
    sales_team_size INT           NULL,
    rop_reports_to  VARCHAR(200)  NULL,
    key_kpis        VARCHAR(1000) NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vacancy (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    title               VARCHAR(200)  NOT NULL,
    company_name        VARCHAR(200)  NOT NULL,
    industry            VARCHAR(200)  NULL,
    sales_team_size     INT           NULL,
    reports_to          VARCHAR(200)  NULL,
    status              VARCHAR(16)   NOT NULL,
    salary_from         INT           NULL,
    salary_to           INT           NULL,
    required_experience VARCHAR(500)  NULL,
    notes               VARCHAR(4000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(254)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_status ON vacancy (status);

CREATE TABLE candidate (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    vacancy_id       BIGINT        NOT NULL,
    full_name        VARCHAR(200)  NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    phone            VARCHAR(40)   NULL,
    phone_digits     VARCHAR(20)   NULL,
    city             VARCHAR(100)  NULL,
    source           VARCHAR(24)   NULL,
    current_position VARCHAR(200)  NULL,
    current_company  VARCHAR(200)  NULL,
    expected_salary  INT           NULL,
    notes            VARCHAR(8000) NULL,
    stage            VARCHAR(24)   NOT NULL,
    rejection_reason VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_candidate_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id),
    CONSTRAINT uk_candidate_vacancy_email UNIQUE (vacancy_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_candidate_vacancy_stage ON candidate (vacancy_id, stage);
CREATE INDEX ix_candidate_email ON candidate (email);
CREATE INDEX ix_candidate_phone_digits ON candidate (phone_digits);
CREATE INDEX ix_candidate_full_name ON candidate (full_name);

CREATE TABLE candidate_tag (
    candidate_id BIGINT      NOT NULL,
    tag          VARCHAR(40) NOT NULL,
    PRIMARY KEY (candidate_id, tag),
    CONSTRAINT fk_candidate_tag_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_candidate_tag_tag ON candidate_tag (tag);

CREATE TABLE candidate_stage_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    candidate_id BIGINT       NOT NULL,
    from_stage   VARCHAR(24)  NULL,
    to_stage     VARCHAR(24)  NOT NULL,
    reason       VARCHAR(500) NULL,
    changed_by   VARCHAR(254) NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_stage_change_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_stage_change_candidate ON candidate_stage_change (candidate_id, changed_at);

-- Résumés live in the database so one backup covers them; 10 MB at most, enforced by the service.
CREATE TABLE candidate_resume (
    candidate_id BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    PRIMARY KEY (candidate_id),
    CONSTRAINT fk_resume_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
