-- PostgreSQL does not index foreign keys by itself: every SKP lookup by appraiser, calendar or process instance, every
-- RHK's indicators and every instansi's employees read whole tables (issue 11 counted 2,803 sequential scans of skp).
create index ix_skp_penilai on skp(penilai_id);
create index ix_skp_kalender on skp(kalender_id);
create index ix_skp_process_instance on skp(process_instance_id);
create index ix_skp_jabatan on skp(jabatan_id);
create index ix_indikator_rhk on indikator(rhk_id);
create index ix_pegawai_instansi on pegawai(instansi_id);
create index ix_unit_kerja_instansi on unit_kerja(instansi_id);
create index ix_kalender_instansi on kalender(instansi_id);
create index ix_kalender_periode_kalender on kalender_periode(kalender_id);
create index ix_ekspektasi_skp on ekspektasi_perilaku(skp_id);
create index ix_realisasi_evaluasi on realisasi(evaluasi_id);
create index ix_umpan_balik_evaluasi on umpan_balik(evaluasi_id);
