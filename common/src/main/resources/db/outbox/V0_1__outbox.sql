-- Transactional outbox (DESIGN §5): a change and its event row commit together;
-- the relay publishes unsent rows in position order and stamps sent_at.
create table outbox_event (
    position     bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);

create index outbox_event_unsent on outbox_event (position) where sent_at is null;
