-- Who uploaded a plugin through the portal (a partner or an administrator); empty for bundled and dropped-in archives.
alter table installed_plugin add column submitted_by varchar(64);
