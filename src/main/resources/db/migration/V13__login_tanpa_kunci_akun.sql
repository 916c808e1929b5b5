-- Failed logins are no longer counted per account (a lock anyone could trigger) but per account and source address,
-- in memory (PenjagaMasuk).
alter table kredensial drop column gagal;
alter table kredensial drop column terkunci_sampai;
