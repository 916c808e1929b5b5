-- The SKP's lampiran, as the regulation's form and e-Kinerja print it: the resources the work needs, the accountability
-- scheme, and the consequences. Captured with the plan.
alter table skp add column dukungan_sumber_daya varchar(4000);
alter table skp add column skema_pertanggungjawaban varchar(4000);
alter table skp add column konsekuensi varchar(4000);

alter table skp_aud add column dukungan_sumber_daya varchar(4000);
alter table skp_aud add column skema_pertanggungjawaban varchar(4000);
alter table skp_aud add column konsekuensi varchar(4000);
