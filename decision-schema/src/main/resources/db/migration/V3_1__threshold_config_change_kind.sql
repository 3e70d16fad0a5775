-- config-service (owner of threshold_config): record what kind of change wrote each version, so the history can
-- say "rollback to version 3" or "bulk" without parsing the free-text reason. Existing rows (the seeded
-- defaults) become UPDATE; other writers may omit both columns. Runs on MySQL 8 and MariaDB 10.11.
ALTER TABLE threshold_config
    ADD COLUMN change_kind VARCHAR(16) NOT NULL DEFAULT 'UPDATE',
    ADD COLUMN restored_version INT NULL,
    ADD CONSTRAINT ck_threshold_config_change_kind
        CHECK (change_kind IN ('UPDATE', 'ROLLBACK', 'DELETE', 'BULK'));
