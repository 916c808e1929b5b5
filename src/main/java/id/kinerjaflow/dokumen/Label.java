package id.kinerjaflow.dokumen;

import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.planning.NilaiBerakhlak;
import java.util.Map;

/** The words the printed forms use for the product's values (PermenPANRB 6/2022, e-Kinerja). */
final class Label {
  private static final Map<Predikat, String> PREDIKAT = Map.of(Predikat.SANGAT_BAIK, "Sangat Baik", Predikat.BAIK, "Baik",
      Predikat.BUTUH_PERBAIKAN, "Butuh Perbaikan", Predikat.KURANG, "Kurang/Misconduct", Predikat.SANGAT_KURANG, "Sangat Kurang");
  private static final Map<Rating, String> RATING = Map.of(Rating.DI_ATAS_EKSPEKTASI, "Di Atas Ekspektasi",
      Rating.SESUAI_EKSPEKTASI, "Sesuai Ekspektasi", Rating.DI_BAWAH_EKSPEKTASI, "Di Bawah Ekspektasi");
  private static final Map<NilaiBerakhlak, String> NILAI = Map.of(NilaiBerakhlak.BERORIENTASI_PELAYANAN, "Berorientasi Pelayanan",
      NilaiBerakhlak.AKUNTABEL, "Akuntabel", NilaiBerakhlak.KOMPETEN, "Kompeten", NilaiBerakhlak.HARMONIS, "Harmonis",
      NilaiBerakhlak.LOYAL, "Loyal", NilaiBerakhlak.ADAPTIF, "Adaptif", NilaiBerakhlak.KOLABORATIF, "Kolaboratif");
  /** The behaviour guides of each core value (PermenPANRB 6/2022, lampiran). */
  private static final Map<NilaiBerakhlak, String> PEDOMAN = Map.of(
      NilaiBerakhlak.BERORIENTASI_PELAYANAN, "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dan dapat diandalkan;"
          + " melakukan perbaikan tiada henti",
      NilaiBerakhlak.AKUNTABEL, "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi;"
          + " menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien; tidak menyalahgunakan"
          + " kewenangan jabatan",
      NilaiBerakhlak.KOMPETEN, "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu orang lain belajar;"
          + " melaksanakan tugas dengan kualitas terbaik",
      NilaiBerakhlak.HARMONIS, "Menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; membangun lingkungan kerja"
          + " yang kondusif",
      NilaiBerakhlak.LOYAL, "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada"
          + " NKRI serta pemerintahan yang sah; menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; menjaga rahasia jabatan"
          + " dan negara",
      NilaiBerakhlak.ADAPTIF, "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan kreativitas;"
          + " bertindak proaktif",
      NilaiBerakhlak.KOLABORATIF, "Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja sama untuk"
          + " menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama");

  static String predikat(Predikat p) { return p == null ? "—" : PREDIKAT.get(p); }

  static String rating(Rating r) { return r == null ? "—" : RATING.get(r); }

  static String nilai(NilaiBerakhlak n) { return NILAI.get(n); }

  static String pedoman(NilaiBerakhlak n) { return PEDOMAN.get(n); }

  private Label() {}
}
