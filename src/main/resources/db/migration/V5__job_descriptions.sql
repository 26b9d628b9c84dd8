-- HR documents: every save of a vacancy's job description is a version; the latest is the current one.
CREATE TABLE job_description_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    vacancy_id  BIGINT       NOT NULL,
    number      INT          NOT NULL,
    content     MEDIUMTEXT   NOT NULL,
    note        VARCHAR(200) NULL,
    saved_by    VARCHAR(254) NOT NULL,
    saved_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_job_description_version UNIQUE (vacancy_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
