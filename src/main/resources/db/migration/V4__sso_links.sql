-- Single sign-on: which provider account (tenant + subject, OIDC Core section 2: "sub" is unique only within its
-- issuer) stands for which user. One link per user and one user per link: a second provider account claiming the
-- same mail address is refused, never merged by the address alone.
create sequence sso_link_seq start with 1 increment by 50;

create table sso_link (
    id         bigint       not null primary key,
    user_id    bigint       not null references app_user (id) on delete cascade,
    tenant     varchar(64)  not null,
    subject    varchar(255) not null,
    created_at timestamp with time zone not null,
    constraint sso_link_tenant_subject_uq unique (tenant, subject),
    constraint sso_link_user_uq unique (user_id)
);
