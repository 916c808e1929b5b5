-- A report deadline of its own, before the rating deadline (Sungai Penuh: report by the 10th, rating by the 12th).
alter table kalender_periode add column batas_laporan date;
update kalender_periode set batas_laporan = batas;
alter table kalender_periode alter column batas_laporan set not null;
alter table kalender_periode_aud add column batas_laporan date;
