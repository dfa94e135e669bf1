-- The department profile texts of budget-service's department events, printed by the disclosure
-- document: 部门职责 (duties), 机构设置 (organization), 名词解释 (glossary), 其他需要说明的事项 (other_matters).
alter table department_view add column duties jsonb not null default '[]'::jsonb;
alter table department_view add column organization text;
alter table department_view add column glossary jsonb not null default '[]'::jsonb;
alter table department_view add column other_matters text;
