-- Sign-in throttling: failed sign-ins counted per account AND client address, so an attacker slows
-- down only their own attempts and the account stays usable from everywhere else.
-- Demo run retention: runs older than lepton.demo.run-retention are folded into daily totals.
-- Runs on H2 and PostgreSQL: keep to their common SQL.

create table sign_in_failure (
    username         varchar(64)   not null,
    address          varchar(64)   not null,
    failures         integer       not null,
    last_failure_at  timestamp     not null,
    blocked_until    timestamp,
    primary key (username, address)
);

create index sign_in_failure_recent on sign_in_failure (last_failure_at);

create table demo_run_daily (
    case_id  varchar(64)  not null,
    run_day  date         not null,
    outcome  varchar(16)  not null,
    runs     bigint       not null,
    primary key (case_id, run_day, outcome)
);
