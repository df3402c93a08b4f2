-- From identities and the address book behind autocomplete. Portable SQL: runs on H2 (PostgreSQL mode) and
-- PostgreSQL. Ids come from <table>_seq in steps of 50 (Hibernate's pooled optimiser), like V1.
create sequence identity_seq start with 1 increment by 50;
create sequence contact_seq start with 1 increment by 50;

-- A From identity of a mail account (RFC 5322 section 3.6.2 originator fields: From and Reply-To).
create table identity (
    id              bigint       not null primary key,
    mail_account_id bigint       not null references mail_account (id) on delete cascade,
    name            varchar(200) not null,
    address         varchar(320) not null,
    reply_to        varchar(320),
    signature_text  varchar(10000) not null,
    signature_html  varchar(50000) not null,
    is_default      boolean      not null
);
create index identity_mail_account_idx on identity (mail_account_id);

-- Addresses a user wrote to or read mail from; addresses are stored lower-cased so one person is one row.
create table contact (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    address      varchar(320) not null,
    name         varchar(200) not null,
    sent_count   integer      not null,
    seen_count   integer      not null,
    last_used_at timestamp with time zone not null,
    constraint contact_user_address_uq unique (user_id, address)
);
