-- The position an SKP is for: the employee's own (DEFINITIF), or the head position they hold as acting official (PLT,
-- Plt/Plh), who keeps two SKP a year (Kotawaringin Barat). Existing SKP are for the employee's own position.
alter table skp add column jabatan_id bigint;
alter table skp add column kedudukan varchar(20) default 'DEFINITIF' not null;
update skp set jabatan_id = (select p.jabatan_id from pegawai p where p.id = skp.pegawai_id);
alter table skp alter column jabatan_id set not null;
alter table skp add constraint fk_skp_jabatan foreign key (jabatan_id) references jabatan(id);
alter table skp drop constraint uk_skp_pegawai_tahun;
alter table skp add constraint uk_skp_pegawai_tahun_kedudukan unique (pegawai_id, tahun, kedudukan);

alter table skp_aud add column jabatan_id bigint;
alter table skp_aud add column kedudukan varchar(20);
