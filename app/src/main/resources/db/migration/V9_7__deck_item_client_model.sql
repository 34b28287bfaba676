-- A slide may present the deck owner's client model (a succeeded fine-tuning job) instead of the shipped one.
-- Deleting the job deletes its reference too (the slide then shows the shipped model): nothing of it is left.
-- Runs on H2 and PostgreSQL: keep to their common SQL.

alter table deck_item add column client_model bigint;

alter table deck_item add constraint deck_item_client_model
    foreign key (client_model) references fine_tune_job (id) on delete set null;
