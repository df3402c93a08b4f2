-- Users and their mail accounts. Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
-- Panache entities take ids from <table>_seq in steps of 50 (Hibernate's pooled optimiser).
create sequence app_user_seq start with 1 increment by 50;
create sequence mail_account_seq start with 1 increment by 50;

create table app_user (
    id            bigint       not null primary key,
    login         varchar(320) not null unique,
    time_zone     varchar(64)  not null,
    page_size     integer      not null,
    created_at    timestamp with time zone not null,
    last_login_at timestamp with time zone
);

create table mail_account (
    id            bigint       not null primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    email_address varchar(320) not null,
    display_name  varchar(200),
    imap_login    varchar(320) not null
);
create index mail_account_user_idx on mail_account (user_id);
