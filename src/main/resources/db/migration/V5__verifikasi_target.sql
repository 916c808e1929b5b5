-- BKPSDM verification of annual targets (Sungai Penuh), switched on per calendar; the verifier's reasons on the SKP.
alter table kalender add column verifikasi_target boolean default false not null;
alter table kalender_aud add column verifikasi_target boolean;
alter table skp add column catatan_verifikator varchar(4000);
alter table skp_aud add column catatan_verifikator varchar(4000);
