-- CSV import of organisation units and employees (portable between PostgreSQL and H2).
-- A unit's kode identifies it within its instansi; units made before the import may keep it null.
alter table unit_kerja add column kode varchar(50);
alter table unit_kerja add constraint uk_unit_kerja_instansi_kode unique (instansi_id, kode);
alter table unit_kerja_aud add column kode varchar(50);

-- The unit whose head position the employee holds as acting official (Plt/Plh), if any.
alter table pegawai add column plt_unit_id bigint;
alter table pegawai add constraint fk_pegawai_plt_unit foreign key (plt_unit_id) references unit_kerja(id);
create index ix_pegawai_plt_unit on pegawai(plt_unit_id);
alter table pegawai_aud add column plt_unit_id bigint;
