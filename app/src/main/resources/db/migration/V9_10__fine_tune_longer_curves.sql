-- A job keeps one training loss and one validation figure per epoch for its curve, about 8 characters each: 4,000
-- characters held some 450 epochs, and a longer job failed on its next write (seen in FineTuneReplicasIT with 900
-- epochs). 100,000 hold the 1,000 epochs that lepton.fine-tune.max-epochs allows at most. Runs on H2 and PostgreSQL.
alter table fine_tune_job alter column losses set data type varchar(100000);

alter table fine_tune_job alter column curve set data type varchar(100000);
