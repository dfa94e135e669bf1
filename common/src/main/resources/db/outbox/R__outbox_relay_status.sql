-- When the relay last tried the oldest pending event (with attempts and last_error: why it is stuck).
--
-- Repeatable rather than V0_2: every owner's own migrations (db/migration, V1 …) are already applied
-- above 0.1 in running databases, and Flyway refuses a resolved versioned migration below the applied
-- version ("Detected resolved migration not applied to database: 0.2", unless out-of-order). A
-- repeatable migration runs after the versioned ones wherever it has not run yet, so the DDL below must
-- stay idempotent: it runs again whenever this file changes.
alter table outbox_event add column if not exists last_attempt_at timestamptz;
