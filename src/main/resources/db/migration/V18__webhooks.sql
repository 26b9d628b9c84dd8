-- Webhooks for the company's CRM: endpoints, the events they are sent (ids and states only, see docs/privacy.md)
-- and one delivery per endpoint and event, worked off by the background worker with retries.
CREATE TABLE webhook_endpoint (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    url         VARCHAR(2000) NOT NULL,
    -- The signing secret as issued: the HMAC needs it in clear (see docs/architecture.md, Webhooks).
    secret      VARCHAR(100)  NOT NULL,
    events      VARCHAR(500)  NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_event (
    id           CHAR(36)      NOT NULL,
    event_type   VARCHAR(40)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    endpoint_id       BIGINT       NOT NULL,
    event_id          CHAR(36)     NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    attempts          INT          NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    next_attempt_at   DATETIME(6)  NOT NULL,
    give_up_at        DATETIME(6)  NOT NULL,
    lease_until       DATETIME(6)  NULL,
    last_attempt_at   DATETIME(6)  NULL,
    last_status_code  INT          NULL,
    last_error        VARCHAR(300) NULL,
    delivered_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_webhook_delivery UNIQUE (endpoint_id, event_id),
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
