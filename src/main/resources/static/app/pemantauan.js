/*
 * pemantauan.js: the state and actions of pemantauan.html. Rows come from GET /api/pemantauan (scoped by the API to the
 * reader); the chart draws the predicate distribution, with the allowed curve when GET /api/instansi/{kode}/distribusi
 * answers one for the chosen perangkat daerah.
 */
window.pemantauan = function () {
  const URUTAN_PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
  const KEADAAN = { BELUM_DIBUKA: 'Belum dibuka', BERJALAN: 'Periode berjalan', MENUNGGU_LAPORAN: 'Menunggu laporan',
    DILAPORKAN: 'Dilaporkan, menunggu penilaian', DINILAI: 'Dinilai', TIDAK_MELAPOR: 'Terlambat: tidak melapor',
    TIDAK_DINILAI: 'Terlambat: tidak dinilai', TERLEWAT: 'Terlewat: SKP belum ditetapkan' };
  let grafik = null;
  return kf.halaman('pemantauan', {
    data: null, tahun: null, unit: '', instansi: '', periode: 'akhir', hanyaTerlambat: false, cari: '',
    pilih: null, kurva: null, pilihInstansi: false,
    KEADAAN,

    async mulai() {
      const q = new URLSearchParams(location.search);
      this.tahun = q.get('tahun') ? +q.get('tahun') : null; // none: the API's current year
      this.unit = q.get('unit') || '';
      this.instansi = q.get('instansi') || '';
      this.hanyaTerlambat = q.get('terlambat') === '1';
      this.pilihInstansi = this.saya.grup.some((g) => g === 'auditor' || g === 'camunda-admin');
      await this.muat();
    },

    async muat() {
      await this.coba(async () => {
        const q = new URLSearchParams();
        if (this.tahun) q.set('tahun', this.tahun);
        if (this.unit) q.set('unit', this.unit);
        if (this.instansi) q.set('instansi', this.instansi);
        this.data = await kf.api('/api/pemantauan?' + q);
        this.tahun = this.data.tahun;
        this.pilih = null;
        const terkunci = this.data.periode.filter((p) => p.sudahTerkunci);
        if (this.periode !== 'akhir' && !this.data.periode.some((p) => String(p.urutan) === String(this.periode))) this.periode = 'akhir';
        if (this.periode === 'akhir' && !this.data.ringkasan.dinilaiAkhir && this.data.periode.length) {
          this.periode = String((terkunci.length ? terkunci[terkunci.length - 1] : this.data.periode[0]).urutan); // the latest period that counts
        }
        await this.muatKurva();
        this.gambar();
      });
    },

    /** The allowed curve of the perangkat daerah in view, when the API has one (kalibrasi); nothing otherwise. */
    async muatKurva() {
      this.kurva = null;
      try {
        const d = await kf.api('/api/instansi/' + encodeURIComponent(this.data.instansi) + '/distribusi?tahun=' + this.data.tahun
          + (this.unit ? '&unit=' + encodeURIComponent(this.unit) : ''));
        const pd = (d.perangkatDaerah || []).filter((p) => !this.unit || p.unit === this.unit);
        if (pd.length === 1 && (pd[0].predikat || []).some((b) => b.minPersen != null || b.maksPersen != null)) this.kurva = pd[0];
      } catch (e) { /* no curve for this reader or this deployment: the plain distribution */ }
    },

    get baris() {
      if (!this.data) return [];
      const c = this.cari.trim().toLowerCase();
      return this.data.pegawai.filter((b) => (!this.hanyaTerlambat || b.terlambat)
        && (!c || b.nama.toLowerCase().includes(c) || b.nip.includes(c)));
    },

    sel(b) { return this.periode === 'akhir' ? null : b.periode.find((p) => String(p.urutan) === String(this.periode)); },

    get namaPeriode() {
      if (!this.data || this.periode === 'akhir') return 'Predikat akhir';
      const p = this.data.periode.find((x) => String(x.urutan) === String(this.periode));
      return p ? p.nama + ' ' + this.data.tahun : '';
    },

    predikatDasar(b) {
      if (this.periode === 'akhir') return b.predikatAkhir;
      const p = this.sel(b);
      return p && p.predikat;
    },

    /** Counts per predicate of the rows in view, for the chosen period or the final predicate. */
    get distribusi() {
      const n = Object.fromEntries(URUTAN_PREDIKAT.map((k) => [k, 0]));
      let belum = 0;
      for (const b of this.data ? this.data.pegawai : []) {
        const p = this.predikatDasar(b);
        if (p) n[p]++; else belum++;
      }
      return { n, belum, dinilai: Object.values(n).reduce((a, x) => a + x, 0) };
    },

    gambar() {
      this.$nextTick(() => {
        const kanvas = document.getElementById('pm-grafik');
        if (!kanvas || !window.Chart || !this.data) return;
        const d = this.distribusi;
        const pakaiKurva = this.kurva && this.periode === 'akhir';
        const label = URUTAN_PREDIKAT.map(kf.label);
        const datasets = [];
        if (pakaiKurva) {
          const baris = (k) => this.kurva.predikat.find((x) => x.predikat === k) || {};
          datasets.push({ type: 'bar', label: 'Persentase pegawai', data: URUTAN_PREDIKAT.map((k) => +(baris(k).persen || 0)),
            backgroundColor: '#0d6efd' });
          datasets.push({ type: 'line', label: 'Batas atas kurva', data: URUTAN_PREDIKAT.map((k) => baris(k).maksPersen ?? null),
            borderColor: '#b5152b', borderDash: [6, 4], fill: false, spanGaps: true });
          datasets.push({ type: 'line', label: 'Batas bawah kurva', data: URUTAN_PREDIKAT.map((k) => baris(k).minPersen ?? null),
            borderColor: '#2b7a0b', borderDash: [2, 3], fill: false, spanGaps: true });
        } else {
          datasets.push({ type: 'bar', label: 'Jumlah pegawai', data: URUTAN_PREDIKAT.map((k) => d.n[k]),
            backgroundColor: ['#2b7a0b', '#5cb85c', '#e0a100', '#e8743b', '#b5152b'] });
        }
        if (grafik) grafik.destroy();
        grafik = new Chart(kanvas, {
          data: { labels: label, datasets },
          options: { responsive: true, maintainAspectRatio: false, animation: false,
            plugins: { legend: { display: pakaiKurva } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: pakaiKurva ? '% pegawai' : 'pegawai' } } } }
        });
      });
    },

    buka(b) {
      this.pilih = this.pilih === b ? null : b;
      if (this.pilih) this.$nextTick(() => document.getElementById('pm-rincian').scrollIntoView({ block: 'nearest' }));
    },

    /** The SKP's own pages are for its appraiser and the instansi's readers; a Kepala Perangkat Daerah sees this row only. */
    bolehBacaSkp(b) { return b.penilaiNip === this.saya.id || this.data.cakupan.includes('INSTANSI'); },

    async unduhSkp(b) {
      await this.coba(() => kf.unduh('/api/skp/' + b.skpId + '/dokumen/skp.pdf', 'skp-' + b.nip + '-' + this.data.tahun + '.pdf'));
    },

    cakupanTeks() {
      const c = this.data ? this.data.cakupan : [];
      return [c.includes('INSTANSI') && 'seluruh instansi', c.includes('PERANGKAT_DAERAH') && 'perangkat daerah yang Anda pimpin',
        c.includes('PENILAI') && 'pegawai yang Anda nilai'].filter(Boolean).join(' dan ');
    }
  });
};
