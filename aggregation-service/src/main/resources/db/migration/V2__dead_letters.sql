-- Records that could not be applied, as read back from the dead-letter topic, for the admin listing.
create table dead_letter (
    id              bigint generated always as identity primary key,
    dlq_partition   integer      not null,
    dlq_offset      bigint       not null,
    source_topic    varchar(200),
    source_partition integer,
    source_offset   bigint,
    record_key      varchar(400),
    reason          text,
    value           text,
    received_at     timestamptz  not null,
    unique (dlq_partition, dlq_offset)
);
