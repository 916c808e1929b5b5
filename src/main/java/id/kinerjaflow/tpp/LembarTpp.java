package id.kinerjaflow.tpp;

import id.kinerjaflow.instansi.Tenggat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The TPP basis as a table: the columns of the CSV, and the same as an Excel workbook (Apache POI). */
final class LembarTpp {
  static final List<String> JUDUL = List.of("nip", "nama", "jabatan", "unit_kerja", "periode", "status", "dilaporkan_tepat_waktu",
      "dinilai_tepat_waktu", "predikat", "persen_kinerja", "keterangan_kinerja", "persen_disiplin", "persen_total", "sementara");
  private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final List<String> JUDUL_LEMBAR = List.of("NIP", "Nama", "Jabatan", "Unit Kerja", "Periode", "Status",
      "Dilaporkan Tepat Waktu", "Dinilai Tepat Waktu", "Predikat", "Kinerja (%)", "Keterangan Kinerja", "Disiplin (%)", "Total (%)",
      "Sementara");

  static List<Object> nilai(DasarTpp.Baris b) {
    return Arrays.asList(b.nip(), b.nama(), b.jabatan(), b.unitKerja(), b.periode(), b.status(), yaTidak(b.dilaporkanTepatWaktu()),
        yaTidak(b.dinilaiTepatWaktu()), b.predikat(), b.persenKinerja(), b.keteranganKinerja(), b.persenDisiplin(), b.persenTotal(),
        yaTidak(b.sementara()));
  }

  private static String yaTidak(boolean b) { return b ? "ya" : "tidak"; }

  static ResponseEntity<byte[]> jawaban(DasarTpp.Laporan l, String namaBerkas) {
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("TPP " + l.tahun() + "-" + String.format("%02d", l.bulan()));
      Font tebal = wb.createFont();
      tebal.setBold(true);
      CellStyle gayaJudul = wb.createCellStyle();
      gayaJudul.setFont(tebal);
      CellStyle persen = wb.createCellStyle();
      persen.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      int r = 0;
      sheet.createRow(r++).createCell(0).setCellValue("Dasar kinerja TPP " + l.instansi() + " bulan " + l.bulan() + "/" + l.tahun()
          + " — periode " + l.periode() + ", batas " + Tenggat.format(l.batas()) + (l.sementara() ? " (SEMENTARA: batas belum lewat)" : ""));
      if (l.bobot() != null) {
        sheet.createRow(r++).createCell(0).setCellValue("Bobot: disiplin " + l.bobot().disiplin().stripTrailingZeros().toPlainString()
            + "%, kinerja " + l.bobot().kinerja().stripTrailingZeros().toPlainString() + "%");
      }
      r++;
      int barisJudul = r;
      Row judul = sheet.createRow(r++);
      for (int k = 0; k < JUDUL_LEMBAR.size(); k++) {
        Cell c = judul.createCell(k);
        c.setCellValue(JUDUL_LEMBAR.get(k));
        c.setCellStyle(gayaJudul);
      }
      for (DasarTpp.Baris b : l.baris()) {
        Row row = sheet.createRow(r++);
        List<Object> nilai = new ArrayList<>(nilai(b));
        for (int k = 0; k < nilai.size(); k++) {
          Object v = nilai.get(k);
          Cell c = row.createCell(k);
          if (v instanceof BigDecimal angka) {
            c.setCellValue(angka.doubleValue());
            c.setCellStyle(persen);
          } else if (v != null) {
            c.setCellValue(v.toString()); // NIP stays text: 18 digits are beyond a spreadsheet number
          }
        }
      }
      sheet.createFreezePane(2, barisJudul + 1);
      int[] lebar = {20, 28, 30, 28, 18, 14, 12, 12, 18, 12, 60, 12, 12, 10};
      for (int k = 0; k < lebar.length; k++) sheet.setColumnWidth(k, lebar[k] * 256);
      wb.write(out);
      return ResponseEntity.ok().contentType(XLSX)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(namaBerkas).build().toString())
          .body(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory
    }
  }

  private LembarTpp() {}
}
