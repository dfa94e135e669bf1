-- Pooled ids (issue 16): with identity (bigserial) keys Hibernate inserted each holding and plan row on its own at
-- persist (it needs the generated key at once), so statement-batch-size could not apply. Hibernate now takes ids
-- from the same sequences 50 at a time — a value of the sequence is the last id of a block of 50 (its pooled
-- optimizer) — and sends a flush's inserts in JDBC batches. The column default (nextval) stays: an insert without
-- an id lands on the top of an unused block and never meets an id Hibernate hands out.
alter sequence asset_holding_id_seq increment by 50;
select setval('asset_holding_id_seq', coalesce(max(id), 0) + 50) from asset_holding;

alter sequence procurement_plan_id_seq increment by 50;
select setval('procurement_plan_id_seq', coalesce(max(id), 0) + 50) from procurement_plan;
