package id.kinerjaflow.dokumen;

import static id.kinerjaflow.dokumen.Xhtml.esc;

import id.kinerjaflow.evaluation.BuktiDukung;
import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Realisasi;
import id.kinerjaflow.evaluation.UmpanBalik;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.EkspektasiPerilaku;
import id.kinerjaflow.planning.Indikator;
import id.kinerjaflow.planning.JenisRhk;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Rhk;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official documents of an SKP as PDF (README, "Dokumen"): the SKP as the regulation's form lays it out, the periodic
 * Dokumen Evaluasi Kinerja, and the annual one. Views of the domain; signed when the instansi has a keystore.
 */
@Service
@Transactional(readOnly = true)
public class DokumenSkp {
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final TandaTangan tandaTangan;
  private final Clock clock;

  DokumenSkp(PlanningService planning, EvaluationService evaluation, TandaTangan tandaTangan, Clock clock) {
    this.clock = clock;
    this.planning = planning;
    this.evaluation = evaluation;
    this.tandaTangan = tandaTangan;
  }

  /** A document: its file name and PDF bytes. */
  public record Berkas(String nama, byte[] isi) {}

  public Berkas skp(Skp skp) {
    String judul = "SKP " + skp.getTahun() + " " + skp.getPegawai().getNama();
    Xhtml x = kepala(new Xhtml(judul), skp, "SASARAN KINERJA PEGAWAI",
        "Periode penilaian: 1 Januari " + skp.getTahun() + " s.d. 31 Desember " + skp.getTahun());
    identitas(x, skp, false);
    x.tulis("<h2>HASIL KERJA</h2><table><thead><tr><th>No</th><th>Rencana Hasil Kerja Pimpinan yang Diintervensi</th>"
        + "<th>Rencana Hasil Kerja</th><th>Aspek</th><th>Indikator Kinerja Individu</th><th>Target</th></tr></thead><tbody>");
    for (JenisRhk jenis : JenisRhk.values()) {
      x.tulis("<tr><td colspan=\"6\"><b>" + (jenis == JenisRhk.UTAMA ? "A. Utama" : "B. Tambahan") + "</b></td></tr>");
      List<Rhk> rhk = skp.getRhk().stream().filter(r -> r.getJenis() == jenis).toList();
      if (rhk.isEmpty()) x.tulis("<tr><td colspan=\"6\">—</td></tr>");
      int no = 1;
      for (Rhk r : rhk) {
        int baris = 3 * r.getIndikator().size();
        boolean pertama = true;
        for (Indikator i : r.getIndikator()) {
          for (String[] aspek : aspek(i)) {
            x.tulis("<tr>");
            if (pertama) {
              x.tulis("<td class=\"no\" rowspan=\"" + baris + "\">" + no++ + "</td><td rowspan=\"" + baris + "\">"
                  + esc(r.getRhkAtasan() == null ? null : r.getRhkAtasan().getUraian()) + "</td><td rowspan=\"" + baris + "\">"
                  + esc(r.getUraian()) + "</td>");
              pertama = false;
            }
            x.tulis("<td>" + aspek[0] + "</td>" + (aspek[0].equals("Kuantitas") ? "<td rowspan=\"3\">" + esc(i.getUraian()) + "</td>" : "")
                + "<td>" + esc(aspek[1]) + "</td></tr>");
          }
        }
      }
    }
    x.tulis("</tbody></table>");
    perilaku(x, skp);
    x.tulis("<h2>LAMPIRAN SASARAN KINERJA PEGAWAI</h2><table><tbody>"
        + "<tr><th style=\"width:30%\">Dukungan Sumber Daya</th><td>" + esc(skp.getDukunganSumberDaya()) + "</td></tr>"
        + "<tr><th>Skema Pertanggungjawaban</th><td>" + esc(skp.getSkemaPertanggungjawaban()) + "</td></tr>"
        + "<tr><th>Konsekuensi</th><td>" + esc(skp.getKonsekuensi()) + "</td></tr></tbody></table>");
    tandaTanganCetak(x, skp);
    return cetak(skp, x, judul, "skp-" + skp.getTahun() + "-" + skp.getPegawai().getNip() + ".pdf");
  }

  public Berkas evaluasiPeriodik(Skp skp, int urutan) {
    EvaluasiPeriodik ev = evaluation.periode(skp.getId(), urutan);
    String judul = "Evaluasi Kinerja " + ev.namaLengkap() + " " + skp.getPegawai().getNama();
    Xhtml x = kepala(new Xhtml(judul), skp, "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "Periode " + ev.namaLengkap() + ": " + Tenggat.format(ev.getPeriode().getMulai()) + " s.d. " + Tenggat.format(ev.getPeriode().getSelesai()));
    identitas(x, skp, true);
    Map<Long, String> realisasi = ev.getRealisasi().stream().collect(Collectors.toMap(r -> r.getIndikator().getId(), Realisasi::getUraian));
    Map<Long, List<String>> umpanBalik = ev.getUmpanBalik().stream()
        .collect(Collectors.groupingBy(u -> u.getRhk().getId(), Collectors.mapping(UmpanBalik::getIsi, Collectors.toList())));
    x.tulis("<h2>HASIL KERJA</h2><table><thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th>"
        + "<th>Target</th><th>Realisasi</th><th>Umpan Balik Berkelanjutan</th></tr></thead><tbody>");
    int no = 1;
    for (Rhk r : skp.getRhk()) {
      int baris = r.getIndikator().size();
      boolean pertama = true;
      for (Indikator i : r.getIndikator()) {
        x.tulis("<tr>");
        if (pertama) x.tulis("<td class=\"no\" rowspan=\"" + baris + "\">" + no++ + "</td><td rowspan=\"" + baris + "\">" + esc(r.getUraian())
            + " <span class=\"kecil\">(" + (r.getJenis() == JenisRhk.UTAMA ? "Utama" : "Tambahan") + ")</span></td>");
        x.tulis("<td>" + esc(i.getUraian()) + "</td><td>" + target(i) + "</td><td>" + esc(realisasi.get(i.getId())) + "</td>");
        if (pertama) x.tulis("<td rowspan=\"" + baris + "\">" + esc(umpanBalik.containsKey(r.getId())
            ? String.join("\n", umpanBalik.get(r.getId())) : null) + "</td>");
        x.tulis("</tr>");
        pertama = false;
      }
    }
    x.tulis("</tbody></table><table><tbody><tr><th style=\"width:30%\">Rencana Aksi</th><td>" + esc(ev.getRencanaAksi()) + "</td></tr>"
        + "<tr><th>Rating Hasil Kerja</th><td><b>" + esc(Label.rating(ev.getRatingHasilKerja())) + "</b></td></tr></tbody></table>");
    perilaku(x, skp);
    x.tulis("<table><tbody><tr><th style=\"width:30%\">Rating Perilaku Kerja</th><td><b>" + esc(Label.rating(ev.getRatingPerilaku()))
        + "</b></td></tr><tr><th>Predikat Kinerja Pegawai</th><td><b>" + esc(Label.predikat(ev.getPredikat())) + "</b></td></tr>"
        + "<tr><th>Status</th><td>" + esc(status(ev)) + "</td></tr></tbody></table>");
    buktiDukung(x, List.of(ev));
    tandaTanganCetak(x, skp);
    return cetak(skp, x, judul, "evaluasi-" + skp.getTahun() + "-" + urutan + "-" + skp.getPegawai().getNip() + ".pdf");
  }

  public Berkas evaluasiTahunan(Skp skp) {
    EvaluasiAkhir akhir = evaluation.akhir(skp.getId());
    List<EvaluasiPeriodik> periode = evaluation.semuaPeriode(skp);
    String judul = "Evaluasi Kinerja Tahunan " + skp.getTahun() + " " + skp.getPegawai().getNama();
    Xhtml x = kepala(new Xhtml(judul), skp, "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "Periode: Tahunan " + skp.getTahun() + " (1 Januari s.d. 31 Desember " + skp.getTahun() + ")");
    identitas(x, skp, true);
    x.tulis("<h2>HASIL KERJA</h2><table><thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu dan Target</th>"
        + "<th>Umpan Balik per Periode</th></tr></thead><tbody>");
    int no = 1;
    for (Rhk r : skp.getRhk()) {
      List<String> umpanBalik = new ArrayList<>();
      for (EvaluasiPeriodik ev : periode) {
        ev.getUmpanBalik().stream().filter(u -> u.getRhk().getId().equals(r.getId()))
            .forEach(u -> umpanBalik.add(ev.getPeriode().getNama() + ": " + u.getIsi()));
      }
      x.tulis("<tr><td class=\"no\">" + no++ + "</td><td>" + esc(r.getUraian()) + " <span class=\"kecil\">(" + (r.getJenis() == JenisRhk.UTAMA
          ? "Utama" : "Tambahan") + ")</span></td><td>" + r.getIndikator().stream().map(i -> esc(i.getUraian()) + ": " + target(i))
          .collect(Collectors.joining("<br/>")) + "</td><td>" + esc(umpanBalik.isEmpty() ? null : String.join("\n", umpanBalik)) + "</td></tr>");
    }
    x.tulis("</tbody></table><h2>EVALUASI PERIODIK</h2><table><thead><tr><th>Periode</th><th>Status</th><th>Rating Hasil Kerja</th>"
        + "<th>Rating Perilaku Kerja</th><th>Predikat</th></tr></thead><tbody>");
    for (EvaluasiPeriodik ev : periode) {
      x.tulis("<tr><td>" + esc(ev.namaLengkap()) + "</td><td>" + esc(status(ev)) + "</td><td>" + esc(Label.rating(ev.getRatingHasilKerja()))
          + "</td><td>" + esc(Label.rating(ev.getRatingPerilaku())) + "</td><td>" + esc(Label.predikat(ev.getPredikat())) + "</td></tr>");
    }
    x.tulis("</tbody></table>");
    perilaku(x, skp);
    x.tulis("<h2>PENILAIAN AKHIR</h2><table><tbody>"
        + "<tr><th style=\"width:30%\">Rating Hasil Kerja</th><td><b>" + esc(Label.rating(akhir.getRatingHasilKerja())) + "</b></td></tr>"
        + "<tr><th>Rating Perilaku Kerja</th><td><b>" + esc(Label.rating(akhir.getRatingPerilaku())) + "</b></td></tr>"
        + "<tr><th>Predikat Kinerja Pegawai</th><td><b>" + esc(Label.predikat(akhir.getPredikat())) + "</b></td></tr>"
        + "<tr><th>Catatan Pejabat Penilai</th><td>" + esc(akhir.getCatatan()) + "</td></tr></tbody></table>");
    buktiDukung(x, periode);
    tandaTanganCetak(x, skp);
    return cetak(skp, x, judul, "evaluasi-tahunan-" + skp.getTahun() + "-" + skp.getPegawai().getNip() + ".pdf");
  }

  // --- parts shared by the three documents ---

  /** The title; an SKP whose plan is not set yet is marked as a draft. */
  private static Xhtml kepala(Xhtml x, Skp skp, String judul, String periode) {
    return x.tulis("<h1>" + esc(judul) + "</h1><p class=\"tengah\"><b>PENDEKATAN HASIL KERJA KUANTITATIF</b></p><p class=\"tengah\">"
        + esc(skp.getKalender().getInstansi().getNama()) + "</p><p class=\"tengah\">" + esc(periode) + "</p>"
        + (skp.getStatus() == StatusSkp.DITETAPKAN ? "" : "<p class=\"tengah\"><b>DRAF: SKP belum ditetapkan</b></p>"));
  }

  /** The employee, the appraiser and, on evaluations and where known, the appraiser's own superior. */
  private void identitas(Xhtml x, Skp skp, boolean denganAtasan) {
    Pegawai atasan = atasanPenilai(skp);
    List<String[]> kolom = new ArrayList<>();
    kolom.add(orang("Pegawai yang Dinilai", skp.getPegawai(), (skp.getKedudukan() == Kedudukan.PLT ? "Plt. " : "") + skp.getJabatan().getNama(),
        skp.getJabatan().getUnit().getNama()));
    kolom.add(orang("Pejabat Penilai Kinerja", skp.getPenilai(), null, null));
    if (denganAtasan || atasan != null) kolom.add(orang("Atasan Pejabat Penilai Kinerja", atasan, null, null));
    x.tulis("<table><thead><tr>");
    kolom.forEach(k -> x.tulis("<th colspan=\"2\">" + k[0] + "</th>"));
    x.tulis("</tr></thead><tbody>");
    String[] label = {"Nama", "NIP", "Jabatan", "Unit Kerja"};
    for (int i = 0; i < label.length; i++) {
      x.tulis("<tr>");
      for (String[] k : kolom) x.tulis("<td style=\"width:9%\">" + label[i] + "</td><td>" + k[i + 1] + "</td>");
      x.tulis("</tr>");
    }
    x.tulis("</tbody></table>");
  }

  private static String[] orang(String peran, Pegawai p, String jabatan, String unit) {
    if (p == null) return new String[] {peran, "—", "—", "—", "—"};
    return new String[] {peran, esc(p.getNama()), esc(p.getNip()), esc(jabatan != null ? jabatan : p.getJabatan().getNama()),
        esc(unit != null ? unit : p.getJabatan().getUnit().getNama())};
  }

  /** The appraiser's own appraiser in the same year, from the appraiser's SKP; null when the appraiser keeps none here. */
  private Pegawai atasanPenilai(Skp skp) {
    if (skp.getPenilai() == null) return null;
    return planning.cari(skp.getPenilai(), skp.getTahun(), Kedudukan.DEFINITIF).map(Skp::getPenilai).orElse(null);
  }

  private static void perilaku(Xhtml x, Skp skp) {
    x.tulis("<h2>PERILAKU KERJA</h2><table><thead><tr><th>No</th><th>Perilaku Kerja (BerAKHLAK)</th><th>Ekspektasi Khusus Pimpinan</th>"
        + "</tr></thead><tbody>");
    int no = 1;
    for (EkspektasiPerilaku e : skp.getEkspektasi().stream().sorted(Comparator.comparing(EkspektasiPerilaku::getNilai)).toList()) {
      x.tulis("<tr><td class=\"no\">" + no++ + "</td><td><b>" + esc(Label.nilai(e.getNilai())) + "</b><br/><span class=\"kecil\">"
          + esc(Label.pedoman(e.getNilai())) + "</span></td><td>" + esc(e.getEkspektasiKhusus()) + "</td></tr>");
    }
    x.tulis("</tbody></table>");
  }

  private void buktiDukung(Xhtml x, List<EvaluasiPeriodik> periode) {
    x.tulis("<h2>BUKTI DUKUNG</h2><table><thead><tr><th>No</th><th>Periode</th><th>Nama Berkas</th><th>Jenis</th><th>Ukuran</th>"
        + "<th>Diunggah</th></tr></thead><tbody>");
    int no = 1;
    for (EvaluasiPeriodik ev : periode) {
      for (BuktiDukung b : evaluation.bukti(ev)) {
        x.tulis("<tr><td class=\"no\">" + no++ + "</td><td>" + esc(ev.getPeriode().getNama()) + "</td><td>" + esc(b.getNamaFile()) + "</td><td>"
            + esc(b.getTipeKonten()) + "</td><td>" + Math.max(1, b.getUkuran() / 1024) + " KB</td><td>"
            + esc(Tenggat.format(b.getDiunggahPada().atZone(ev.getSkp().getKalender().getInstansi().zona()).toLocalDate())) + "</td></tr>");
      }
    }
    if (no == 1) x.tulis("<tr><td colspan=\"6\">Tidak ada bukti dukung.</td></tr>");
    x.tulis("</tbody></table>");
  }

  /** Place and date, then both signatures: the employee's and the appraiser's; where the instansi signs, a note saying so. */
  private void tandaTanganCetak(Xhtml x, Skp skp) {
    LocalDate hari = clock.instant().atZone(skp.getKalender().getInstansi().zona()).toLocalDate();
    Pegawai penilai = skp.getPenilai();
    x.tulis("<table class=\"ttd\" style=\"margin-top:14pt; page-break-inside: avoid\"><tbody><tr><td></td><td>"
        + esc(skp.getKalender().getInstansi().getNama()) + ", " + esc(Tenggat.format(hari)) + "</td></tr>"
        + "<tr><td>Pegawai yang Dinilai</td><td>Pejabat Penilai Kinerja</td></tr><tr><td class=\"ruang\"></td><td class=\"ruang\"></td></tr>"
        + "<tr><td><b>" + esc(skp.getPegawai().getNama()) + "</b><br/>NIP " + esc(skp.getPegawai().getNip()) + "</td><td><b>"
        + esc(penilai == null ? null : penilai.getNama()) + "</b><br/>NIP " + esc(penilai == null ? null : penilai.getNip())
        + "</td></tr></tbody></table>");
    if (tandaTangan.aktif(skp.instansiKode())) {
      x.tulis("<p class=\"kecil\">Dokumen ini ditandatangani secara elektronik (PAdES) dengan sertifikat "
          + esc(skp.getKalender().getInstansi().getNama()) + "; keabsahannya dapat diperiksa pada panel tanda tangan pembaca PDF.</p>");
    }
  }

  private Berkas cetak(Skp skp, Xhtml x, String judul, String nama) {
    return new Berkas(nama, tandaTangan.tandatangani(skp.instansiKode(), CetakPdf.pdf(x.selesai(), judul), judul));
  }

  private static List<String[]> aspek(Indikator i) {
    return List.of(new String[] {"Kuantitas", angka(i.getTargetKuantitas()) + " " + i.getSatuan()},
        new String[] {"Kualitas", angka(i.getTargetKualitas()) + "%"}, new String[] {"Waktu", i.getTargetWaktu() + " bulan"});
  }

  private static String target(Indikator i) {
    return esc(angka(i.getTargetKuantitas()) + " " + i.getSatuan() + "; kualitas " + angka(i.getTargetKualitas()) + "%; waktu "
        + i.getTargetWaktu() + " bulan");
  }

  private static String angka(java.math.BigDecimal n) { return n == null ? "—" : n.stripTrailingZeros().toPlainString(); }

  private static String status(EvaluasiPeriodik ev) {
    return switch (ev.getStatus()) {
      case MENUNGGU -> "Belum dilaporkan";
      case DILAPORKAN -> "Dilaporkan, menunggu penilaian";
      case DINILAI -> "Dinilai";
      case TIDAK_DINILAI -> "Terkunci, tidak dinilai sampai batas " + ev.tenggat().teks();
    };
  }
}
