package id.kinerjaflow.latar;

import jakarta.persistence.*;
import java.time.Instant;

/** Background work asked for by a user over many targets; its progress is read from its process (see PekerjaanLatarService). */
@Entity
public class PekerjaanLatar {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String jenis;
  /** The instansi (kode) whose admins and auditors read it. */
  private String instansi;
  private String keterangan;
  private int jumlah;
  private String oleh;
  private Instant dibuat;
  /** The process instance of its first part (a large work runs in several, business key {@code latar-{id}}). */
  private String processInstanceId;

  protected PekerjaanLatar() {}

  PekerjaanLatar(String jenis, String instansi, String keterangan, int jumlah, String oleh, Instant dibuat) {
    this.jenis = jenis;
    this.instansi = instansi;
    this.keterangan = keterangan;
    this.jumlah = jumlah;
    this.oleh = oleh;
    this.dibuat = dibuat;
  }

  public Long getId() { return id; }
  public String getJenis() { return jenis; }
  public String getInstansi() { return instansi; }
  public String getKeterangan() { return keterangan; }
  public int getJumlah() { return jumlah; }
  public String getOleh() { return oleh; }
  public Instant getDibuat() { return dibuat; }
  public String getProcessInstanceId() { return processInstanceId; }

  void dimulai(String processInstanceId) { this.processInstanceId = processInstanceId; }
}
