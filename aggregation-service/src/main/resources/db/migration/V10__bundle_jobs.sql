-- County bundle jobs and their zips live here, not in one pod's memory and /tmp: every replica answers
-- GET /api/v1/documents/jobs/{id} for any job, and a restart loses nothing (issue 17).
create table bundle_job (
    id           uuid primary key,
    year         integer      not null,
    region       varchar(6)   not null,
    scope        varchar(16)  not null,
    -- queued | running | done | failed
    state        varchar(16)  not null,
    departments  integer      not null default 0,
    completed    integer      not null default 0,
    error        text,
    created_at   timestamptz  not null default now(),
    finished_at  timestamptz,
    -- claims so far; a job whose worker stopped this often is failed with a reason instead of claimed again
    attempts     integer      not null default 0,
    -- the current claim: which worker (instance) builds it, and until when it may without a heartbeat;
    -- a running job whose lease ran out is claimed by the next free worker of any replica
    run_id       uuid,
    lease_owner  varchar(200),
    lease_until  timestamptz,
    -- the finished zip: its size and how many chunks of bundle_zip_chunk (those of run_id) hold it
    size         bigint,
    chunks       integer
);

-- the worker's poll: queued jobs, and running ones whose lease may have run out, oldest first
create index bundle_job_claimable on bundle_job (created_at) where state in ('queued', 'running');
-- expiry of finished jobs
create index bundle_job_finished on bundle_job (finished_at) where finished_at is not null;

-- A zip in chunks (a county's zip can be far larger than one bytea value should be); chunks of an abandoned run
-- (a worker that stopped) are keyed by that run and deleted when another run finishes the job.
create table bundle_zip_chunk (
    job_id   uuid    not null references bundle_job (id) on delete cascade,
    run_id   uuid    not null,
    seq      integer not null,
    content  bytea   not null,
    primary key (job_id, run_id, seq)
);
-- zips are compressed already: store the chunks out of line without trying to compress them again
alter table bundle_zip_chunk alter column content set storage external;
