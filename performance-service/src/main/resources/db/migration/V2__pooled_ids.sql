-- Pooled ids (issue 16): identity keys made Hibernate insert each set, revision, sub-goal and project row on its
-- own at persist (it needs the generated key at once), so statement-batch-size could not apply. Hibernate now takes
-- ids from a sequence 50 at a time — a value of the sequence is the last id of a block of 50 (its pooled optimizer)
-- — and sends a flush's inserts in JDBC batches. The column default takes a fresh value of the same sequence, so an
-- insert without an id lands on the top of an unused block and never meets an id Hibernate hands out.
alter table performance_target_set alter column id drop identity;
create sequence performance_target_set_id_seq increment by 50 owned by performance_target_set.id;
select setval('performance_target_set_id_seq', coalesce(max(id), 0) + 50) from performance_target_set;
alter table performance_target_set alter column id set default nextval('performance_target_set_id_seq');

alter table performance_revision alter column id drop identity;
create sequence performance_revision_id_seq increment by 50 owned by performance_revision.id;
select setval('performance_revision_id_seq', coalesce(max(id), 0) + 50) from performance_revision;
alter table performance_revision alter column id set default nextval('performance_revision_id_seq');

alter table performance_sub_goal alter column id drop identity;
create sequence performance_sub_goal_id_seq increment by 50 owned by performance_sub_goal.id;
select setval('performance_sub_goal_id_seq', coalesce(max(id), 0) + 50) from performance_sub_goal;
alter table performance_sub_goal alter column id set default nextval('performance_sub_goal_id_seq');

alter table performance_project alter column id drop identity;
create sequence performance_project_id_seq increment by 50 owned by performance_project.id;
select setval('performance_project_id_seq', coalesce(max(id), 0) + 50) from performance_project;
alter table performance_project alter column id set default nextval('performance_project_id_seq');
