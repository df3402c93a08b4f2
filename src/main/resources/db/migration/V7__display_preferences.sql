-- The reader's display preferences (settings page). Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
-- language null = follow the browser's Accept-Language; the others hold enum names (see Theme, ReadingPane,
-- RemoteContentPolicy). Which identity is the default stays identity.is_default.
alter table app_user add column language varchar(16);
alter table app_user add column theme varchar(8) default 'SYSTEM' not null;
alter table app_user add column reading_pane varchar(8) default 'RIGHT' not null;
alter table app_user add column remote_content varchar(8) default 'ASK' not null;

-- Senders whose remote content loads without asking (remote content policy TRUSTED, and "always for this sender").
-- Addresses are stored lower-cased.
create table trusted_sender (
    user_id bigint       not null references app_user (id) on delete cascade,
    address varchar(320) not null,
    primary key (user_id, address)
);
