-- Names are "latest wins" by when the department changed its budget (the budget's updatedAt), not by the order
-- events arrive: a rebuild reads the partitions in another order than the live intake did and must end with the
-- same names. Ties (same instant, two spellings) go to the greater name, so the outcome is a total order.
alter table classification_name add column learned_from timestamptz not null default '-infinity';
