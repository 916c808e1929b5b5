package id.kinerjaflow.organization;

import id.kinerjaflow.web.ConflictException;
import java.util.List;

/** No appraiser can be found for an employee: 409, with the reason an admin can act on. */
public class PenilaiTidakDitemukan extends ConflictException {
  private final String nip;
  private final String baris;
  private final List<String> kelasDicari;

  /** {@code jabatan}: the position appraised; named when it is not the employee's own (the one they act in as Plt/Plh). */
  PenilaiTidakDitemukan(Pegawai pegawai, Jabatan jabatan, String baris, List<String> kelasDicari, String alasan) {
    super("Pejabat penilai untuk " + pegawai.getNama() + " (" + pegawai.getNip() + ")"
        + (jabatan.getId().equals(pegawai.getJabatan().getId()) ? "" : " sebagai Plt/Plh " + jabatan.getNama())
        + " tidak ditemukan: " + alasan);
    this.nip = pegawai.getNip();
    this.baris = baris;
    this.kelasDicari = List.copyOf(kelasDicari);
  }

  public String getNip() { return nip; }
  /** The row of appraiser-mapping.dmn, or null when no row applies. */
  public String getBaris() { return baris; }
  public List<String> getKelasDicari() { return kelasDicari; }
}
