-- Where the interviewer heard the candidate sit on a style's own 1–5 scale (control intensity, busyness, trend
-- awareness, creativity), beside the quality score of the answer: a style is observed, never the inverse of a score.
CREATE TABLE interview_answer_style (
    answer_id BIGINT      NOT NULL,
    dimension VARCHAR(40) NOT NULL,
    position  INT         NOT NULL,
    PRIMARY KEY (answer_id, dimension),
    CONSTRAINT ck_answer_style_position CHECK (position BETWEEN 1 AND 5),
    CONSTRAINT fk_answer_style FOREIGN KEY (answer_id) REFERENCES interview_answer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
