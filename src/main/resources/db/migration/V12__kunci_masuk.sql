-- Failed logins in a row, and until when a login is locked after too many (kinerja.masuk.*).
alter table kredensial add column gagal integer default 0 not null;
alter table kredensial add column terkunci_sampai timestamp with time zone;
