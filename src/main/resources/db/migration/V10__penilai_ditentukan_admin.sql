-- An SKP may wait for its appraiser: when nobody can be found, the cycle starts without one and BKPSDM's admin
-- determines them (Task_DetermineAppraiser). That determination is recorded as a move from no appraiser.
-- (skp_aud and perpindahan_penilai_aud already allow nulls.)
alter table skp alter column penilai_id drop not null;
alter table perpindahan_penilai alter column penilai_lama_id drop not null;
