-- Token buckets of the demo and demo-request quotas, shared by every replica on one PostgreSQL database
-- (bucket4j's SELECT ... FOR UPDATE proxy manager; lepton.quotas.store=database). The id is a SHA-256 of the
-- bucket's key, the state bucket4j's own serialized form, expires_at (epoch milliseconds) when the bucket is
-- full again and the row may be dropped. Created on H2 too (unused there): keep to the common SQL.

create table rate_limit_bucket (
    id          varchar(64) primary key,
    state       bytea,
    expires_at  bigint
);
