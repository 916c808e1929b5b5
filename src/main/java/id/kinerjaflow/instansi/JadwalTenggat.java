package id.kinerjaflow.instansi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A calendar's year as the table of its deadlines in the order they lock: the plan, each period's report and rating
 * deadline (one row when they are the same day) and the final rating. The lock instants come from the same
 * {@link Tenggat} the processes' timers are given.
 */
public final class JadwalTenggat {
  /** Which deadline a row is, and what happens at its lock to work not done by then. */
  public enum Tahap {
    RENCANA(JenisTenggat.RENCANA, "Penetapan SKP", "SKP yang belum ditetapkan tercatat terlambat"),
    LAPORAN(JenisTenggat.PERIODE, "Laporan", "laporan ditutup; periode yang belum dilaporkan terkunci"),
    PENILAIAN(JenisTenggat.PERIODE, "Penilaian", "periode yang belum dinilai terkunci, tidak dinilai"),
    LAPORAN_DAN_PENILAIAN(JenisTenggat.PERIODE, "Laporan dan penilaian", "periode yang belum dinilai terkunci"),
    AKHIR(JenisTenggat.FINAL, "Penilaian akhir", "penilaian akhir yang belum diberikan terkunci");

    final JenisTenggat jenis;
    final String judul;
    final String akibat;

    Tahap(JenisTenggat jenis, String judul, String akibat) {
      this.jenis = jenis;
      this.judul = judul;
      this.akibat = akibat;
    }
  }

  /** One deadline; {@code periode} is the calendar period's urutan, null for the plan and the final. */
  public record Baris(int urutan, Tahap tahap, Integer periode, String nama, LocalDate dibuka, LocalDate batas,
      OffsetDateTime terkunciPada) {
    public JenisTenggat jenis() { return tahap.jenis; }
    public String akibat() { return tahap.akibat; }
  }

  private JadwalTenggat() {}

  public static List<Baris> dari(Kalender k) {
    int tahun = k.getTahun();
    List<Baris> baris = new ArrayList<>();
    baris.add(baris(k, Tahap.RENCANA, null, "", LocalDate.of(tahun, 1, 1), k.getBatasRencana()));
    for (KalenderPeriode p : k.getPeriode()) {
      String nama = " " + p.getNama();
      if (p.getBatasLaporan().equals(p.getBatas())) {
        baris.add(baris(k, Tahap.LAPORAN_DAN_PENILAIAN, p.getUrutan(), nama, p.getLaporanDibuka(), p.getBatas()));
      } else {
        baris.add(baris(k, Tahap.LAPORAN, p.getUrutan(), nama, p.getLaporanDibuka(), p.getBatasLaporan()));
        baris.add(baris(k, Tahap.PENILAIAN, p.getUrutan(), nama, p.getLaporanDibuka(), p.getBatas()));
      }
    }
    baris.add(baris(k, Tahap.AKHIR, null, "", LocalDate.of(tahun + 1, 1, 1), k.getBatasFinal()));
    baris.sort(Comparator.comparing(b -> b.terkunciPada().toInstant())); // stable: same instant keeps calendar order
    return IntStream.range(0, baris.size()).mapToObj(i -> {
      Baris b = baris.get(i);
      return new Baris(i + 1, b.tahap(), b.periode(), b.nama(), b.dibuka(), b.batas(), b.terkunciPada());
    }).toList();
  }

  private static Baris baris(Kalender k, Tahap tahap, Integer periode, String namaPeriode, LocalDate dibuka, LocalDate batas) {
    return new Baris(0, tahap, periode, tahap.judul + namaPeriode + " " + k.getTahun(), dibuka, batas,
        k.tenggat(batas).terkunciPadaSetempat());
  }
}
