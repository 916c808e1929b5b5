-- Indexes on the engine's tables that Camunda does not create (see MigrasiMesin: these run after the engine made them).
-- Every TaskService.complete() looks for the task's subtasks by PARENT_TASK_ID_, which Camunda does not index.
create index KF_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_);
-- Every authorization check reads "USER_ID_ in (user, '*') or GROUP_ID_ in (groups)". GROUP_ID_ has Camunda's
-- ACT_IDX_AUTH_GROUP_ID; USER_ID_ only sits second in the unique key ACT_UNIQ_AUTH_USER (TYPE_, USER_ID_, …), which
-- cannot serve that lookup, so the OR read the whole table.
create index KF_IDX_AUTH_USER on ACT_RU_AUTHORIZATION(USER_ID_);
