-- One Flyway history for the whole suite. Ownership (who writes a table; everybody else only reads):
--   decision, result_relay_cursor         decision-worker
--   review_item                           decision-worker inserts; decision-api (reviewer workflow) leases and closes
--   review_verdict                        decision-api (reviewer workflow)
--   threshold_config                      config-service
-- SQL here must run on both MySQL 8.x and MariaDB 10.11 (see shared STACK-NOTES): no CAST AS JSON, no ->>,
-- no INSERT ... AS new, no functional indexes. Times are DATETIME(6) in UTC (the JDBC URL pins the session
-- zone), which avoids TIMESTAMP's 2038 limit.

-- The audit trail: one row per task, written by the worker in the batch transaction. The unique task_id makes
-- a redelivered entry a no-op; seq orders rows for the result relay.
CREATE TABLE decision (
    seq               BIGINT        NOT NULL AUTO_INCREMENT,
    task_id           VARCHAR(64)   NOT NULL,
    service_type      VARCHAR(32)   NOT NULL,
    store_id          VARCHAR(64)   NOT NULL,
    subject_id        VARCHAR(128)  NULL,
    outcome           VARCHAR(16)   NOT NULL,
    proposed_label    VARCHAR(128)  NULL,
    score             DOUBLE        NULL,
    margin            DOUBLE        NULL,
    accept_threshold  DOUBLE        NULL,
    reject_threshold  DOUBLE        NULL,
    min_margin        DOUBLE        NULL,
    max_auto_value    DECIMAL(14,2) NULL,
    review_mode       VARCHAR(16)   NULL,
    config_source     VARCHAR(8)    NULL,
    config_version    INT           NULL,
    policy            VARCHAR(64)   NOT NULL,
    reason            VARCHAR(48)   NOT NULL,
    reason_detail     VARCHAR(512)  NULL,
    audit_sampled     BOOLEAN       NOT NULL DEFAULT FALSE,
    worker_id         VARCHAR(128)  NOT NULL,
    stream_entry_id   VARCHAR(48)   NOT NULL,
    delivery_count    INT           NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    accepted_at       DATETIME(6)   NOT NULL,
    decided_at        DATETIME(6)   NOT NULL,
    task_json         MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_decision_task (task_id),
    KEY ix_decision_store_type_time (store_id, service_type, decided_at),
    KEY ix_decision_time (decided_at),
    CONSTRAINT ck_decision_outcome CHECK (outcome IN ('AUTO_ACCEPTED', 'AUTO_REJECTED', 'ESCALATED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The human-review queue: one item per escalation or audit sample. Claimable means PENDING, or CLAIMED with a
-- lapsed lease, so an abandoned claim needs no cron to come back.
CREATE TABLE review_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    task_id           VARCHAR(64)   NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    service_type      VARCHAR(32)   NOT NULL,
    store_id          VARCHAR(64)   NOT NULL,
    deadline_at       DATETIME(6)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    claimed_by        VARCHAR(128)  NULL,
    lease_token       CHAR(36)      NULL,
    lease_expires_at  DATETIME(6)   NULL,
    claim_count       INT           NOT NULL DEFAULT 0,
    overdue           BOOLEAN       NOT NULL DEFAULT FALSE,
    row_version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_review_task (task_id),
    KEY ix_review_queue (status, deadline_at, id),
    KEY ix_review_store_type (store_id, service_type, status, created_at),
    KEY ix_review_type (service_type, status, created_at),
    CONSTRAINT ck_review_kind CHECK (kind IN ('ESCALATION', 'AUDIT')),
    CONSTRAINT ck_review_status CHECK (status IN ('PENDING', 'CLAIMED', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The human decisions, append-only, one per review item. Escalation verdicts are the task's final decision and
-- reach decision-results through the result relay (cursor over id); audit verdicts only measure automation.
CREATE TABLE review_verdict (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    review_id         BIGINT        NOT NULL,
    task_id           VARCHAR(64)   NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    service_type      VARCHAR(32)   NOT NULL,
    store_id          VARCHAR(64)   NOT NULL,
    verdict           VARCHAR(16)   NOT NULL,
    final_label       VARCHAR(128)  NULL,
    model_label       VARCHAR(128)  NULL,
    agrees_with_model BOOLEAN       NOT NULL,
    notes             VARCHAR(2000) NULL,
    reviewer          VARCHAR(128)  NOT NULL,
    lease_token       CHAR(36)      NOT NULL,
    decided_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_verdict_review (review_id),
    KEY ix_verdict_task (task_id),
    KEY ix_verdict_time (decided_at),
    KEY ix_verdict_store_type (store_id, service_type, decided_at),
    CONSTRAINT ck_verdict_kind CHECK (kind IN ('ESCALATION', 'AUDIT')),
    CONSTRAINT ck_verdict_verdict CHECK (verdict IN ('CONFIRM', 'CORRECT', 'REJECT_ALL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Append-only configuration history per (scope, service type); scope is a store id or '_defaults'. The current
-- configuration is the highest version; a removed store override is a version with removed = TRUE.
CREATE TABLE threshold_config (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    scope             VARCHAR(64)   NOT NULL,
    service_type      VARCHAR(32)   NOT NULL,
    version           INT           NOT NULL,
    removed           BOOLEAN       NOT NULL DEFAULT FALSE,
    accept_threshold  DOUBLE        NULL,
    reject_threshold  DOUBLE        NULL,
    min_margin        DOUBLE        NULL,
    review_mode       VARCHAR(16)   NULL,
    audit_sample_rate DOUBLE        NULL,
    max_auto_value    DECIMAL(14,2) NULL,
    review_deadline_seconds BIGINT  NULL,
    updated_by        VARCHAR(128)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_threshold_config_version (scope, service_type, version),
    KEY ix_threshold_config_type (service_type, scope),
    CONSTRAINT ck_threshold_config_values CHECK (removed OR (
        accept_threshold > 0 AND accept_threshold <= 1
        AND (reject_threshold IS NULL OR (reject_threshold >= 0 AND reject_threshold < accept_threshold))
        AND min_margin >= 0 AND min_margin < 1
        AND review_mode IN ('AUTO', 'REVIEW_ALL')
        AND audit_sample_rate >= 0 AND audit_sample_rate <= 1
        AND review_deadline_seconds > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Conservative defaults: precision over recall, no automatic rejection until ops configure one, a small audit
-- sample so the precision of automation is measured from day one.
INSERT INTO threshold_config (scope, service_type, version, accept_threshold, reject_threshold, min_margin,
                              review_mode, audit_sample_rate, max_auto_value, review_deadline_seconds,
                              updated_by, updated_at, reason)
VALUES ('_defaults', 'tracking',            1, 0.92, NULL, 0.15, 'AUTO', 0.02, NULL,   900, 'system', '2026-11-22 00:00:00', 'initial defaults'),
       ('_defaults', 'product-recognition', 1, 0.90, NULL, 0.10, 'AUTO', 0.02, NULL,   900, 'system', '2026-11-22 00:00:00', 'initial defaults'),
       ('_defaults', 'action-recognition',  1, 0.90, NULL, 0.15, 'AUTO', 0.02, NULL,   900, 'system', '2026-11-22 00:00:00', 'initial defaults'),
       ('_defaults', 'cart-verification',   1, 0.97, NULL, 0.00, 'AUTO', 0.05, 100.00, 300, 'system', '2026-11-22 00:00:00', 'initial defaults');

-- Position of the result relay per source (decision.seq, review_verdict.id); one row per source name.
CREATE TABLE result_relay_cursor (
    name              VARCHAR(64)   NOT NULL,
    position          BIGINT        NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
