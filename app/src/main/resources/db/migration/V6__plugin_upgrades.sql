-- A newer version of an installed plugin waiting for review (pending_*), and the version an
-- approved upgrade replaced, kept under plugins/previous/ for a rollback (previous_*).
alter table installed_plugin add column pending_version varchar(32);
alter table installed_plugin add column pending_file_name varchar(255);
alter table installed_plugin add column pending_sha512 varchar(128);
alter table installed_plugin add column pending_submitted_by varchar(64);
alter table installed_plugin add column previous_version varchar(32);
alter table installed_plugin add column previous_file_name varchar(255);
alter table installed_plugin add column previous_sha512 varchar(128);
