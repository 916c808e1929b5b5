package id.kinerjaflow.simulasi;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.JadwalTenggat;
import id.kinerjaflow.instansi.JenisTenggat;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/** The year simulation's table in the API: the instansi's admins and auditors read it (see SecurityConfig). */
@RestController
@RequestMapping("/api")
class SimulasiController {
  private final InstansiService instansi;

  SimulasiController(InstansiService instansi) { this.instansi = instansi; }

  /** A row of the simulated year; {@code terkunciPada} keeps the instansi's offset, e.g. 2024-02-11T00:00+07:00. */
  record BarisSimulasiView(int urutan, JenisTenggat jenis, String nama, LocalDate dibuka, LocalDate batas, String terkunciPada,
      String akibat) {
    static BarisSimulasiView of(JadwalTenggat.Baris b) {
      return new BarisSimulasiView(b.urutan(), b.jenis(), b.nama(), b.dibuka(), b.batas(), b.terkunciPada().toString(), b.akibat());
    }
  }

  /** The year's deadlines in the order they lock, from the calendar as it stands; reads only (see SimulasiCommand). */
  @GetMapping("/instansi/{kode}/kalender/{tahun}/simulasi")
  @Transactional(readOnly = true)
  List<BarisSimulasiView> simulasi(@PathVariable String kode, @PathVariable int tahun) {
    return JadwalTenggat.dari(instansi.kalender(kode, tahun)).stream().map(BarisSimulasiView::of).toList();
  }
}
