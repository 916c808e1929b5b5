-- Tasklist's group filters (Perlu Diverifikasi, Perlu Ditentukan, Perlu Ditunjuk) ask for one task definition key among
-- the candidate tasks. Without an index on TASK_DEF_KEY_ PostgreSQL walked every open task in id order to meet the
-- identity links (at 100,000 open tasks: 100,000 rows read for a page of 15).
create index KF_IDX_TASK_DEF_KEY on ACT_RU_TASK(TASK_DEF_KEY_);
