package id.kinerjaflow.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated Pemda of {@code n} employees as the two import files: the Bupati and the Sekda, then dinas after dinas,
 * each with a head, 6 bidang (an administrator), each with 4 seksi (a pengawas and 9 pelaksana): 247 per dinas.
 */
record OrganisasiBench(String unitCsv, String pegawaiCsv, List<String> pengawas, List<String> semua) {
  static String nip(int i) { return String.format("198001012005%06d", i); }

  static OrganisasiBench buat(int n) {
    StringBuilder unit = new StringBuilder("kode,nama,jenis,kode_induk\npemda,Pemerintah Kabupaten Bench,PEMDA,\nsetda,Sekretariat Daerah,SETDA,pemda\n");
    StringBuilder pegawai = new StringBuilder("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n");
    List<String> pengawas = new ArrayList<>();
    List<String> semua = new ArrayList<>();
    int[] i = {0};
    java.util.function.BiConsumer<String, String[]> orang = (unitKerja, k) -> {
      String nip = nip(i[0]++);
      semua.add(nip);
      pegawai.append(nip).append(",Pegawai ").append(i[0]).append(',').append(k[0]).append(',').append(k[1]).append(',')
          .append(k[2]).append(',').append(unitKerja).append(',').append(k[3]).append(",,true\n");
    };
    orang.accept("pemda", new String[] {"PEJABAT_NEGARA", "Bupati Bench", "BUPATI", "true"});
    if (i[0] < n) orang.accept("setda", new String[] {"PNS", "Sekretaris Daerah", "SEKRETARIS_DAERAH", "true"});
    for (int d = 1; i[0] < n; d++) {
      String dinas = "dinas-" + d;
      unit.append(dinas).append(",Dinas ").append(d).append(",DINAS,pemda\n");
      orang.accept(dinas, new String[] {"PNS", "Kepala Dinas " + d, "KEPALA_PERANGKAT_DAERAH", "true"});
      for (int b = 1; b <= 6 && i[0] < n; b++) {
        String bidang = dinas + "-b" + b;
        unit.append(bidang).append(",Bidang ").append(b).append(" Dinas ").append(d).append(",DINAS,").append(dinas).append('\n');
        orang.accept(bidang, new String[] {"PNS", "Kepala Bidang " + b, "ADMINISTRATOR", "true"});
        for (int s = 1; s <= 4 && i[0] < n; s++) {
          String seksi = bidang + "-s" + s;
          unit.append(seksi).append(",Seksi ").append(s).append(" Bidang ").append(b).append(" Dinas ").append(d).append(",DINAS,").append(bidang).append('\n');
          pengawas.add(nip(i[0]));
          orang.accept(seksi, new String[] {"PNS", "Kepala Seksi " + s, "PENGAWAS", "true"});
          for (int p = 0; p < 9 && i[0] < n; p++) orang.accept(seksi, new String[] {"PNS", "Analis", "PELAKSANA", "false"});
        }
      }
    }
    return new OrganisasiBench(unit.toString(), pegawai.toString(), pengawas, semua);
  }
}
