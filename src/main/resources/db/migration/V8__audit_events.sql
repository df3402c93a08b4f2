-- Sign-in and sign-out events, for the user's "recent sign-ins" and for an administrator looking into an account.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL. No secrets, no user agent: who, what, when, from where.
-- kind: SIGN_IN, SIGN_IN_REFUSED, SIGN_OUT; detail: the method ("password", "sso:keycloak") and, for a refusal or
-- a sign-out, why ("wrong_password", "rate_limited", "user", "provider", "idle"). Pruned after webmail.audit.retention.
create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id             bigint                   not null primary key,
    occurred_at    timestamp with time zone not null,
    login          varchar(320)             not null,
    kind           varchar(32)              not null,
    client_address varchar(64),
    detail         varchar(200)
);
create index audit_event_login_idx on audit_event (login, occurred_at);
create index audit_event_occurred_idx on audit_event (occurred_at);
