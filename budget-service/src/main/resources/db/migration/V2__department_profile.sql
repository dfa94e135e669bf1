-- The department's profile texts printed in section 一 and 八/九 of the disclosure.
alter table department add column organization  text;   -- 机构设置 (free text besides the units table)
alter table department add column other_matters text;   -- 其他需要说明的事项

-- 部门职责 — the numbered duties, in order; the numbering ("(一)") is presentation, not data.
create table department_duty (
    department_code varchar(20) not null references department (code) on delete cascade,
    position        integer     not null,
    text            text        not null,
    primary key (department_code, position)
);

-- 名词解释 — the glossary printed in section 八.
create table department_glossary_term (
    department_code varchar(20)  not null references department (code) on delete cascade,
    position        integer      not null,
    term            varchar(200) not null,
    definition      text         not null,
    primary key (department_code, position)
);
