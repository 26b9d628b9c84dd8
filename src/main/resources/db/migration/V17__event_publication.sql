-- Spring Modulith 2.0's event publication registry (spring-modulith-events-jdbc, schema v2): the outbox. An event
-- for an after-commit listener is written here in the publisher's transaction and marked completed when the
-- listener has run. Written for both databases at once: UUID is a column type of H2 and of MariaDB 10.7+, where
-- Modulith writes and reads the id as text; instants as DATETIME(6). The name is upper case because Modulith's SQL
-- says EVENT_PUBLICATION and MariaDB's table names are case-sensitive on Linux (H2 folds both to lower case).
CREATE TABLE EVENT_PUBLICATION (
    id                     UUID          NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NULL,
    last_resubmission_date DATETIME(6)   NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_event_publication_completion_date ON EVENT_PUBLICATION (completion_date);
