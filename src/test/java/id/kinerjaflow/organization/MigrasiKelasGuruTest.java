package id.kinerjaflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database from before the split keeps its teachers readable: TENAGA_PENDIDIK_KEPENDIDIKAN becomes GURU, audit rows too. */
class MigrasiKelasGuruTest {
  @Test
  void tenagaPendidikKependidikanTersimpanMenjadiGuru() {
    var db = new DriverManagerDataSource("jdbc:h2:mem:migrasi-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(db).target("12").load().migrate();
    var jdbc = new JdbcTemplate(db);
    jdbc.update("insert into revisi (id, waktu, pengguna) values (1, 0, 'impor')");
    jdbc.update("insert into instansi (id, kode, nama, zona_waktu) values (1, 'lama', 'Pemda Lama', 'Asia/Jakarta')");
    jdbc.update("insert into unit_kerja (id, instansi_id, nama, jenis) values (1, 1, 'SD Negeri 1', 'SEKOLAH')");
    jdbc.update("insert into jabatan (id, unit_id, nama, kelas, kepala_unit) values"
        + " (1, 1, 'Guru Kelas', 'TENAGA_PENDIDIK_KEPENDIDIKAN', false), (2, 1, 'Kepala Sekolah', 'KEPALA_UNIT_KERJA_MANDIRI', true)");
    jdbc.update("insert into jabatan_aud (id, rev, revtype, unit_id, nama, kelas, kepala_unit) values"
        + " (1, 1, 0, 1, 'Guru Kelas', 'TENAGA_PENDIDIK_KEPENDIDIKAN', false)");

    Flyway.configure().dataSource(db).load().migrate();

    assertThat(jdbc.queryForList("select kelas from jabatan order by id", String.class))
        .containsExactly("GURU", "KEPALA_UNIT_KERJA_MANDIRI");
    assertThat(jdbc.queryForList("select kelas from jabatan_aud", String.class)).containsExactly("GURU");
    assertThat(jdbc.queryForList("select kelas from jabatan", String.class))
        .allSatisfy(kelas -> assertThat(KelasJabatan.valueOf(kelas)).isNotNull());
  }
}
