package id.kinerjaflow.keberatan;

import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.PenilaiTidakDitemukan;
import id.kinerjaflow.planning.Skp;
import org.springframework.stereotype.Component;

/**
 * The atasan pejabat penilai of an SKP: the appraiser's own appraiser, found the way appraisers are
 * ({@code appraiser-mapping} and the organisation, {@link AppraiserResolver}) for the position the appraiser appraises
 * from. When the organisation has nobody above the appraiser (the Bupati appraises a Kepala Perangkat Daerah or the
 * Sekda), the answer says why and what applies instead.
 */
@Component
class AtasanPenilai {
  /**
   * What applies where nobody stands above the appraiser. PP 30/2019 art. 59 names only the appraiser's superior; the
   * sources at hand give no other route, so the highest official decides, being appraiser and highest superior at once.
   */
  static final String KETENTUAN = "PP 30/2019 Pasal 59 hanya mengatur keberatan kepada atasan pejabat penilai dan tidak"
      + " menyebut jalur lain. Pejabat tertinggi instansi (Bupati/Wali Kota selaku Pejabat Pembina Kepegawaian) adalah pejabat"
      + " penilai sekaligus atasan pejabat penilai tertinggi, sehingga keberatan diperiksa dan diputus oleh pejabat penilai"
      + " sendiri; keputusannya final.";

  record Hasil(Pegawai atasan, String alasanTanpaAtasan) {}

  private final AppraiserResolver resolver;

  AtasanPenilai(AppraiserResolver resolver) { this.resolver = resolver; }

  Hasil cari(Skp skp) {
    Pegawai penilai = skp.getPenilai();
    Jabatan jabatan = jabatanPenilai(skp);
    try {
      return new Hasil(resolver.resolve(penilai, jabatan, skp.getTahun()).penilai(), null);
    } catch (PenilaiTidakDitemukan e) {
      return new Hasil(null, "Tidak ada atasan pejabat penilai di atas " + penilai.getNama() + " (" + jabatan.getNama()
          + ") dalam struktur organisasi: " + e.getMessage() + " " + KETENTUAN);
    }
  }

  /** The head position the appraiser appraises this SKP from (for a Plt/Plh the one acted in), else their own. */
  private Jabatan jabatanPenilai(Skp skp) {
    try {
      AppraiserResolver.Hasil dari = resolver.resolve(skp.getPegawai(), skp.getJabatan(), skp.getTahun());
      if (dari.penilai().getId().equals(skp.getPenilai().getId())) return dari.jabatan();
    } catch (PenilaiTidakDitemukan e) {
      // the appraiser was determined by BKPSDM: they appraise from their own position
    }
    return skp.getPenilai().getJabatan();
  }
}
