-- Plugins an administrator uninstalled. A bundled plugin's archive is copied from the portal jar into the shared
-- plugins folder whenever a replica starts: one listed here is not, so it stays uninstalled on every replica.
-- Approving an upload of the same plugin id takes it off the list. Runs on H2 and PostgreSQL.
create table uninstalled_plugin (
    plugin_id       varchar(64)   primary key,
    version         varchar(32)   not null,
    uninstalled_at  timestamp     not null
);
