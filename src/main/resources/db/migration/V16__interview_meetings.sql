-- Interview scheduling (issue 20): the vacancy's time zone for the candidate's e-mails, the meetings with their
-- calendar identity (UID, SEQUENCE), the candidate's link (only its hash) and the interviewers.
ALTER TABLE vacancy ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'Europe/Moscow';

CREATE TABLE interview_meeting (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    candidate_id      BIGINT        NOT NULL,
    vacancy_id        BIGINT        NOT NULL,
    uid               VARCHAR(80)   NOT NULL,
    sequence_number   INT           NOT NULL DEFAULT 0,
    state             VARCHAR(16)   NOT NULL,
    start_at          DATETIME(6)   NOT NULL,
    end_at            DATETIME(6)   NOT NULL,
    duration_minutes  INT           NOT NULL,
    place             VARCHAR(300)  NULL,
    video_link        VARCHAR(500)  NULL,
    token_hash        CHAR(64)      NOT NULL,
    candidate_comment VARCHAR(1000) NULL,
    responded_at      DATETIME(6)   NULL,
    reminder_sent_at  DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(254)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_uid UNIQUE (uid),
    CONSTRAINT uk_meeting_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_candidate ON interview_meeting (candidate_id);
CREATE INDEX ix_meeting_start ON interview_meeting (start_at);

CREATE TABLE interview_meeting_interviewer (
    meeting_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_meeting_interviewer FOREIGN KEY (meeting_id) REFERENCES interview_meeting (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_interviewer_user ON interview_meeting_interviewer (user_id);
