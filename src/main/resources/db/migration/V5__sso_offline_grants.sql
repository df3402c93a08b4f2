-- Single sign-on refresh tokens for work done while the user's browser is gone (outbox retries): sealed with
-- AES-GCM under a key from configuration (webmail.sso.token-key), so a copy of the database alone opens nothing.
create sequence sso_offline_grant_seq start with 1 increment by 50;

create table sso_offline_grant (
    id            bigint       not null primary key,
    login         varchar(320) not null,
    tenant        varchar(64)  not null,
    sealed_token  bytea        not null,
    updated_at    timestamp with time zone not null,
    constraint sso_offline_grant_login_uq unique (login)
);
