-- A revision that moves with every statement changing classification_entry, whoever runs it (the API, the
-- bundled loader, psql). Each replica caches catalogs tagged with the counter it read before loading them and
-- reloads when the counter has moved, so a catalog replaced through any replica is never served stale.
create table classification_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into classification_revision (id, revision) values (1, 0);
-- from a sequence, not revision + 1: a rolled-back change must never hand its number to a later one
create sequence classification_revision_seq;

create function bump_classification_revision() returns trigger language plpgsql as $$
begin
    update classification_revision set revision = nextval('classification_revision_seq') where id = 1;
    return null;
end
$$;

create trigger classification_entry_changed
    after insert or update or delete on classification_entry
    for each statement execute function bump_classification_revision();
create trigger classification_entry_truncated
    after truncate on classification_entry
    for each statement execute function bump_classification_revision();
