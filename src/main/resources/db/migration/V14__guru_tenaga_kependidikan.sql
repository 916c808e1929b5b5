-- TENAGA_PENDIDIK_KEPENDIDIKAN is split into GURU (appraised in PMM) and TENAGA_KEPENDIDIKAN (keeps an SKP).
-- Every stored one was treated as a teacher (sent to PMM), so it becomes GURU; education staff are re-imported as
-- TENAGA_KEPENDIDIKAN. The audit rows follow, so their history stays readable.
update jabatan set kelas = 'GURU' where kelas = 'TENAGA_PENDIDIK_KEPENDIDIKAN';
update jabatan_aud set kelas = 'GURU' where kelas = 'TENAGA_PENDIDIK_KEPENDIDIKAN';
