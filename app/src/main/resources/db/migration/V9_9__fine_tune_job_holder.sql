-- Several replicas on one database: each fine-tuning job names the portal process that runs it (its holder) and
-- when that process last said it still does (its heartbeat, every few seconds). A replica that starts fails only
-- its own old jobs and those whose holder stopped beating; a job of a replica that is still running is left alone.
-- Jobs from before this migration have neither: no portal holds them any more. Runs on H2 and PostgreSQL.
alter table fine_tune_job add column holder varchar(64);

alter table fine_tune_job add column heartbeat_at timestamp;
