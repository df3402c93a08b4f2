-- The outbox and delivery log. Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
-- A message is stored here before the SMTP dialogue starts and is never deleted by sending.
create sequence outbox_message_seq start with 1 increment by 50;

create table outbox_message (
    id              bigint         not null primary key,
    login           varchar(320)   not null,
    envelope_from   varchar(320)   not null,
    -- every RCPT TO address, one per line (Bcc included: it is not in the message bytes)
    recipients      varchar(100000) not null,
    message_id      varchar(998)   not null,
    subject         varchar(998),
    -- the exact RFC 5322 bytes to submit; bytea is binary varying in both databases
    message         bytea          not null,
    draft_folder    varchar(1000),
    draft_uid       bigint,
    original_folder varchar(1000),
    original_uid    bigint,
    forwarded       boolean        not null,
    -- QUEUED, SENDING, WAITING_TO_RETRY, WAITING_FOR_SIGN_IN, SENT, FAILED, OUTCOME_UNKNOWN
    state           varchar(32)    not null,
    created_at      timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    next_attempt_at timestamp with time zone,
    finished_at     timestamp with time zone,
    attempts        integer        not null,
    relay           varchar(400),
    last_reply      varchar(2000),
    explanation     varchar(2000),
    follow_up_note  varchar(2000)
);
create index outbox_message_due_idx on outbox_message (state, next_attempt_at);
create index outbox_message_login_idx on outbox_message (login, created_at);
