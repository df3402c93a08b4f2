-- Whether a user reads their folders as conversations or as single messages (the toggle on the folder page).
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL. No row means the message list, the default.
create table conversation_view (
    login         varchar(320) not null primary key references app_user (login) on delete cascade,
    conversations boolean      not null
);
