-- One row that creating an open vacancy locks (SELECT … FOR UPDATE): two saves of the same title at the same moment
-- run their same-title check one after the other, so the second one sees the first vacancy and is refused.
CREATE TABLE vacancy_creation_lock (
    id BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO vacancy_creation_lock (id) VALUES (1);
