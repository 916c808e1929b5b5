package id.kinerjaflow.organization;

import static id.kinerjaflow.support.Berkas.aliranCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kinerjaflow.organization.BerkasCsv.Baris;
import id.kinerjaflow.web.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV reader of every import: what a spreadsheet saves, read line by line, each line's errors under its number. */
class BerkasCsvTest {
  private static final List<String> KOLOM = List.of("kode", "nama");

  @Test
  void bomTitikKomaKutipDanBarisKosong() throws IOException {
    BerkasCsv csv = BerkasCsv.baca(aliranCsv("\uFEFFKode ; Nama\r\n a ; \"Dinas; \"\"Kesehatan\"\"\" \r\n\r\n   \rb;\n"), KOLOM);

    assertThat(csv.baris()).containsExactly(new Baris(2, Map.of("kode", "a", "nama", "Dinas; \"Kesehatan\"")),
        new Baris(5, Map.of("kode", "b", "nama", "")));
    assertThat(csv.adaGalat()).isFalse();
  }

  @Test
  void nilaiTidakBolehBergantiBarisDanJumlahKolomDiperiksaPerBaris() throws IOException {
    BerkasCsv csv = BerkasCsv.baca(aliranCsv("kode,nama\na,\"Dinas\nKesehatan\"\nb,Bidang,lebih\nc,Seksi\n\"d\"x,Unit\n"), KOLOM);

    assertThat(csv.baris()).extracting(Baris::nomor).containsExactly(5);
    var galat = catchThrowableOfType(InvalidInputException.class, csv::tolakJikaAdaGalat);
    assertThat(galat.errors()).containsExactly(
        Map.entry("baris 2", "tanda kutip (\") tidak tertutup atau salah letak; satu data harus satu baris, "
            + "nilai dalam tanda kutip tidak boleh berganti baris"),
        Map.entry("baris 3", "ada 1 kolom, seharusnya 2 sesuai judul"),
        Map.entry("baris 4", "ada 3 kolom, seharusnya 2 sesuai judul"),
        Map.entry("baris 6", "tanda kutip (\") tidak tertutup atau salah letak; satu data harus satu baris, "
            + "nilai dalam tanda kutip tidak boleh berganti baris"));
    assertThat(galat.jumlahGalat()).isEqualTo(4);
  }

  @Test
  void galatDicantumkanSampaiSeratusBaris() throws IOException {
    BerkasCsv csv = BerkasCsv.baca(aliranCsv("kode,nama\n" + "x\n".repeat(250)), KOLOM);

    var galat = catchThrowableOfType(InvalidInputException.class, csv::tolakJikaAdaGalat);
    assertThat(galat.errors()).hasSize(100).containsKeys("baris 2", "baris 101").doesNotContainKey("baris 102");
    assertThat(galat.jumlahGalat()).isEqualTo(250);
  }
}
