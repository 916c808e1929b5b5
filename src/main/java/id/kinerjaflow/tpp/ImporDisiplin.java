package id.kinerjaflow.tpp;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.BerkasCsv;
import id.kinerjaflow.organization.BerkasCsv.Baris;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the monthly work discipline of an instansi's ASN (README, "TPP"): columns {@code nip,tahun,bulan,persen}, optional
 * {@code keterangan}. All or nothing, errors per line like the other imports; rows are matched by NIP, year and month and
 * updated in place, so the same file again writes nothing.
 */
@Service
@Transactional
public class ImporDisiplin {
  private static final List<String> KOLOM = List.of("nip", "tahun", "bulan", "persen");
  private static final int TAHUN_AWAL = 2022; // PermenPANRB 6/2022

  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final DisiplinBulananRepository repository;
  private final Clock clock;

  ImporDisiplin(InstansiService instansiService, OrganizationService organization, DisiplinBulananRepository repository, Clock clock) {
    this.clock = clock;
    this.instansiService = instansiService;
    this.organization = organization;
    this.repository = repository;
  }

  public record Hasil(int baris, int dibuat, int diubah, int tidakBerubah) {}

  private record BarisDisiplin(Pegawai pegawai, YearMonth bulan, BigDecimal persen, String keterangan) {}

  public Hasil impor(String kodeInstansi, InputStream isi) throws IOException {
    Instansi instansi = instansiService.get(kodeInstansi);
    BerkasCsv csv = BerkasCsv.baca(isi, KOLOM);
    YearMonth bulanIni = YearMonth.from(clock.instant().atZone(instansi.zona()));
    Map<String, Pegawai> pegawai = organization.pegawai(csv.baris().stream().map(b -> b.get("nip")).toList()).stream()
        .filter(p -> p.getInstansi().getId().equals(instansi.getId()))
        .collect(Collectors.toMap(Pegawai::getNip, Function.identity()));
    Map<String, Integer> barisKunci = new LinkedHashMap<>();
    Map<String, BarisDisiplin> diBerkas = new LinkedHashMap<>();
    for (Baris b : csv.baris()) {
      Pegawai p = pegawai(csv, b, pegawai, kodeInstansi);
      YearMonth bulan = bulan(csv, b, bulanIni);
      BigDecimal persen = persen(csv, b);
      String keterangan = b.get("keterangan") == null || b.get("keterangan").isEmpty() ? null : csv.wajib(b, "keterangan", 500);
      if (bulan == null || !b.get("nip").matches(Pegawai.POLA_NIP)) continue;
      String kunci = kunci(b.get("nip"), bulan);
      Integer sebelumnya = barisKunci.putIfAbsent(kunci, b.nomor());
      if (sebelumnya != null) {
        csv.galat(b, "NIP " + b.get("nip") + " bulan " + bulan + " sudah ada di baris " + sebelumnya);
      } else if (p != null && persen != null) {
        diBerkas.put(kunci, new BarisDisiplin(p, bulan, persen, keterangan));
      }
    }
    csv.tolakJikaAdaGalat();

    Map<String, DisiplinBulanan> tersimpan = diBerkas.values().stream().map(BarisDisiplin::bulan).distinct()
        .flatMap(m -> repository.findBulan(instansi, m.getYear(), m.getMonthValue()).stream())
        .collect(Collectors.toMap(d -> kunci(d.getPegawai().getNip(), YearMonth.of(d.getTahun(), d.getBulan())), Function.identity()));
    int dibuat = 0, diubah = 0;
    for (var e : diBerkas.entrySet()) {
      BarisDisiplin r = e.getValue();
      DisiplinBulanan lama = tersimpan.get(e.getKey());
      if (lama == null) {
        repository.save(new DisiplinBulanan(r.pegawai(), r.bulan().getYear(), r.bulan().getMonthValue(), r.persen(), r.keterangan()));
        dibuat++;
      } else if (lama.perbarui(r.persen(), r.keterangan())) {
        diubah++;
      }
    }
    return new Hasil(csv.baris().size(), dibuat, diubah, diBerkas.size() - dibuat - diubah);
  }

  private static Pegawai pegawai(BerkasCsv csv, Baris b, Map<String, Pegawai> pegawai, String kodeInstansi) {
    String nip = b.get("nip");
    if (!nip.matches(Pegawai.POLA_NIP)) {
      csv.galat(b, "NIP '" + nip + "' harus 18 digit angka");
      return null;
    }
    Pegawai p = pegawai.get(nip);
    if (p == null) csv.galat(b, "NIP " + nip + " bukan pegawai instansi " + kodeInstansi);
    return p;
  }

  /** The month of the row; a month that has not begun is refused. */
  private static YearMonth bulan(BerkasCsv csv, Baris b, YearMonth bulanIni) {
    String tahun = b.get("tahun"), bulan = b.get("bulan");
    boolean tahunSah = tahun.matches("\\d{4}"), bulanSah = bulan.matches("\\d{1,2}") && Integer.parseInt(bulan) >= 1
        && Integer.parseInt(bulan) <= 12;
    if (!tahunSah) csv.galat(b, tahun.isEmpty() ? "tahun wajib diisi" : "tahun '" + tahun + "' harus angka tahun, mis. " + bulanIni.getYear());
    if (!bulanSah) csv.galat(b, bulan.isEmpty() ? "bulan wajib diisi" : "bulan '" + bulan + "' harus angka 1 sampai 12");
    if (!tahunSah || !bulanSah) return null;
    YearMonth m = YearMonth.of(Integer.parseInt(tahun), Integer.parseInt(bulan));
    if (m.getYear() < TAHUN_AWAL || m.isAfter(bulanIni)) {
      csv.galat(b, "bulan " + m + " harus antara " + TAHUN_AWAL + "-01 dan bulan ini (" + bulanIni + ")");
      return null;
    }
    return m;
  }

  /** 0–100 with at most two decimals; a decimal comma ("92,5", as Excel writes it in Indonesian) is read as a point. */
  private static BigDecimal persen(BerkasCsv csv, Baris b) {
    String nilai = b.get("persen");
    if (!nilai.matches("\\d{1,3}([.,]\\d{1,2})?")) {
      csv.galat(b, nilai.isEmpty() ? "persen wajib diisi" : "persen '" + nilai + "' harus angka 0 sampai 100, paling banyak 2 desimal");
      return null;
    }
    BigDecimal persen = new BigDecimal(nilai.replace(',', '.'));
    if (persen.compareTo(BigDecimal.valueOf(100)) > 0) {
      csv.galat(b, "persen " + nilai + " lebih dari 100");
      return null;
    }
    return persen;
  }

  private static String kunci(String nip, YearMonth bulan) { return nip + "/" + bulan; }
}
