package id.kinerjaflow.keberatan;

import id.kinerjaflow.evaluation.HasilView;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.Skp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An SKP's objection as its employee, appraiser, superior, admins and auditors see it: the final predicate and the window
 * ({@code batasPengajuan}, the last day; {@code terkunciPada}, when it closes), the objection and its evidence, to whom it
 * went ({@code atasan}, or {@code alasanTanpaAtasan} saying why nobody stands above the appraiser and what applies), who
 * decides, the appraiser's response and the final decision.
 */
public record KeberatanView(Long skpId, int tahun, String nip, String nama, String jabatan, Kedudukan kedudukan,
    StatusKeberatan status, Predikat predikat, Instant predikatDitetapkanPada, LocalDate batasPengajuan,
    OffsetDateTime terkunciPada, boolean dapatDiajukan, Predikat predikatAwal, String alasan, Instant diajukanPada,
    List<HasilView.BuktiView> bukti, Orang penilai, Orang atasan, String alasanTanpaAtasan, Orang pemutus, String tanggapan,
    Instant ditanggapiPada, LocalDate batasTanggapan, Keputusan keputusan, Predikat predikatKeputusan, String alasanKeputusan,
    Instant diputusPada, LocalDate batasKeputusan, HasilView.AturanBukti aturanBukti) {

  public record Orang(String nip, String nama, String jabatan) {
    static Orang of(Pegawai p) { return p == null ? null : new Orang(p.getNip(), p.getNama(), p.getJabatan().getNama()); }
  }

  static KeberatanView of(Keberatan k, List<BuktiKeberatan> bukti, Predikat predikat, Instant ditetapkanPada, KeberatanSkp tenggat,
      Clock jam, HasilView.AturanBukti aturanBukti) {
    Skp skp = k.getSkp();
    Tenggat pengajuan = tenggat.tenggatPengajuan(skp.getId());
    boolean diajukan = k.getDiajukanPada() != null;
    Pegawai pemutus = k.getPemutus() != null ? k.getPemutus() : !diajukan ? null : k.getAtasan() != null ? k.getAtasan() : skp.getPenilai();
    return new KeberatanView(skp.getId(), skp.getTahun(), skp.getPegawai().getNip(), skp.getPegawai().getNama(),
        skp.getJabatan().getNama(), skp.getKedudukan(), k.getStatus(), predikat, ditetapkanPada, pengajuan.batas(),
        pengajuan.terkunciPadaSetempat(), k.getStatus() == StatusKeberatan.TERBUKA && !pengajuan.sudahLewat(jam),
        k.getPredikatAwal(), k.getAlasan(), k.getDiajukanPada(),
        bukti.stream().map(b -> new HasilView.BuktiView(b.getId(), b.getNamaFile(), b.getTipeKonten(), b.getUkuran())).toList(),
        Orang.of(skp.getPenilai()), Orang.of(k.getAtasan()), k.getAlasanTanpaAtasan(), Orang.of(pemutus), k.getTanggapan(),
        k.getDitanggapiPada(), diajukan ? tenggat.tenggatTanggapan(k).batas() : null, k.getKeputusan(), k.getPredikatKeputusan(),
        k.getAlasanKeputusan(), k.getDiputusPada(), diajukan ? tenggat.tenggatKeputusan(k).batas() : null, aturanBukti);
  }
}
