-- Who made each change (the audit trail in the owner's own database): the token's subject and client.
-- Repeatable and idempotent for the reason given in R__outbox_relay_status.sql.
alter table outbox_event add column if not exists actor_subject varchar(255);
alter table outbox_event add column if not exists actor_client varchar(255);
create index if not exists outbox_event_by_key on outbox_event (message_key, position);
