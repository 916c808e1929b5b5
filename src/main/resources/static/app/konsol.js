/*
 * konsol.js: the state and actions of konsol.html ("Konsol BKPSDM"), one tab per family of the admin API (README's table).
 * Every call goes to /api with the user's session; what the API refuses shows as the page's red message.
 */
window.konsol = function () {
  let bacaan = null; // the file being read (not reactive state)
  const TAB = ['kalender', 'tenggat', 'impor', 'akun', 'organisasi', 'siklus', 'penilai', 'laporan'];
  return kf.halaman('konsol', {
    tabs: [['kalender', 'Instansi & Kalender'], ['tenggat', 'Tenggat'], ['impor', 'Impor CSV'], ['akun', 'Kata Sandi & Peran'],
      ['organisasi', 'Delegasi & Mutasi'], ['siklus', 'Siklus Tahunan'], ['penilai', 'Pejabat Penilai'], ['laporan', 'Laporan & Ekspor']],
    tab: TAB.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'kalender',
    instansi: '', tahun: new Date().getFullYear(), camundaAdmin: false, pesan: null,
    // kalender
    preset: [], presetPilih: '', kalender: null, instansiBaru: { kode: '', nama: '', zonaWaktu: 'Asia/Jakarta' },
    // tenggat
    tenggatBaru: { jenis: 'PERIODE', urutan: 1, batasLaporan: '', batas: '', alasan: '' }, riwayatTenggat: [],
    // impor
    impor: { jenis: 'pegawai', nama: '', baris: [], galat: [], galatUmum: null, hasil: null, jumlahGalat: 0, mengirim: false },
    // akun
    peran: [], peranBaru: { nip: '', peran: 'ADMIN_BKPSDM' },
    // organisasi
    delegasi: [], delegasiBaru: { unit: '', baris: '8', aktif: true }, mutasi: { nip: '', unitKerja: '', jabatan: '',
      kelasJabatan: 'PELAKSANA', kepala: false, nomorSk: '', alasan: '' }, hasilMutasi: null,
    // siklus
    peluncuran: null, pekerjaan: [], memantau: false,
    // penilai
    menunggu: [], skpId: '', calon: null, penentuan: { nip: '', alasan: '' },
    // laporan
    terlambat: null, predikat: null, tpp: { bulan: new Date().getMonth() + 1, unit: '' }, dokumenUnit: '',

    KELAS: ['BUPATI', 'SEKRETARIS_DAERAH', 'KEPALA_PERANGKAT_DAERAH', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA',
      'FUNGSIONAL_AHLI_MADYA', 'FUNGSIONAL_AHLI_MUDA', 'FUNGSIONAL_AHLI_PERTAMA', 'FUNGSIONAL_KETERAMPILAN',
      'KEPALA_UNIT_KERJA_MANDIRI', 'GURU', 'TENAGA_KEPENDIDIKAN', 'TENAGA_KESEHATAN'],
    JENIS_IMPOR: { unit: 'Unit kerja', pegawai: 'Pegawai', 'predikat-pmm': 'Predikat PMM', disiplin: 'Disiplin bulanan' },

    async mulai() {
      this.camundaAdmin = this.saya.grup.includes('camunda-admin');
      const grup = this.saya.grup.find((g) => g.startsWith('admin-bkpsdm-'));
      this.instansi = new URLSearchParams(location.search).get('instansi') || (grup ? grup.slice('admin-bkpsdm-'.length) : '');
      this.preset = await kf.api('/api/kalender/preset');
      this.presetPilih = this.preset.length ? this.preset[0].kode : '';
      if (this.instansi) await this.buka(this.tab);
    },

    get dasar() { return '/api/instansi/' + encodeURIComponent(this.instansi); },

    /** Opens a tab and loads what it shows. */
    async buka(tab) {
      this.tab = tab;
      this.pesan = null;
      history.replaceState(null, '', '#' + tab);
      if (!this.instansi) return;
      await this.coba(async () => {
        if (tab === 'kalender' || tab === 'tenggat') await this.muatKalender();
        if (tab === 'tenggat') this.riwayatTenggat = await kf.api(this.dasar + '/kalender/' + this.tahun + '/tenggat');
        if (tab === 'akun') this.peran = await kf.api(this.dasar + '/peran');
        if (tab === 'organisasi') this.delegasi = await kf.api(this.dasar + '/delegasi-penilai?tahun=' + this.tahun);
        if (tab === 'siklus' || tab === 'penilai') await this.muatPekerjaan();
      });
    },

    async muatKalender() {
      try {
        this.kalender = await kf.api(this.dasar + '/kalender/' + this.tahun);
      } catch (e) {
        if (e.status !== 404 && e.status !== 409) throw e; // no calendar for the year yet
        this.kalender = null;
      }
    },

    async buatInstansi() {
      await this.coba(async () => {
        const i = await kf.api('/api/instansi', { method: 'POST', body: this.instansiBaru });
        this.instansi = i.kode;
        this.pesan = 'Instansi ' + i.nama + ' dibuat.';
      });
    },

    async pasangKalender() {
      await this.coba(async () => {
        this.kalender = await kf.api(this.dasar + '/kalender', { method: 'POST', body: { preset: this.presetPilih, tahun: +this.tahun } });
        this.pesan = 'Kalender ' + this.kalender.presetNama + ' dipasang untuk tahun ' + this.tahun + '.';
      });
    },

    /** The calendar's rows in the order they lock: plan, each period (report, rating), final rating. */
    get barisKalender() {
      const k = this.kalender;
      if (!k) return [];
      const rows = [{ nama: 'Penetapan SKP ' + k.tahun, rentang: '', batas: k.batasRencana, terkunci: k.terkunciRencana, catatan: k.catatanBatasRencana }];
      for (const p of k.periode) {
        const satu = p.batasLaporan === p.batas;
        if (!satu) rows.push({ nama: 'Laporan ' + p.nama, rentang: kf.tanggal(p.laporanDibuka), batas: p.batasLaporan, terkunci: p.terkunciLaporan });
        rows.push({ nama: (satu ? 'Laporan dan penilaian ' : 'Penilaian ') + p.nama, periode: kf.tanggal(p.mulai) + ' – ' + kf.tanggal(p.selesai),
          rentang: satu ? kf.tanggal(p.laporanDibuka) : '', batas: p.batas, terkunci: p.terkunci, catatan: p.catatan });
      }
      rows.push({ nama: 'Penilaian akhir ' + k.tahun, rentang: kf.tanggal((k.tahun + 1) + '-01-01'), batas: k.batasFinal, terkunci: k.terkunciFinal,
        catatan: k.catatanBatasFinal });
      return rows;
    },

    async ubahTenggat() {
      const t = this.tenggatBaru;
      const body = { jenis: t.jenis, batas: t.batas || null, alasan: t.alasan };
      if (t.jenis === 'PERIODE') body.urutan = +t.urutan;
      if (t.batasLaporan) body.batasLaporan = t.batasLaporan;
      await this.coba(async () => {
        const p = await kf.api(this.dasar + '/kalender/' + this.tahun + '/tenggat', { method: 'POST', body });
        this.pesan = 'Tenggat dipindahkan ke ' + kf.tanggal(p.batasBaru) + '; ' + p.prosesDipindahkan + ' proses berjalan dihitung ulang.';
        await this.buka('tenggat');
      });
    },

    // --- CSV import: the file's lines stay in the page, so each wrong line shows beside its error and can be fixed here.
    pilihBerkas(ev) {
      const f = ev.target.files[0];
      if (!f) return;
      bacaan = f.text().then((teks) => Object.assign(this.impor, { nama: f.name, baris: teks.replace(/^\uFEFF/, '').split(/\r?\n/),
        galat: [], galatUmum: null, hasil: null, jumlahGalat: 0 }));
    },

    async kirimImpor() {
      await bacaan; // a file just chosen is read first
      const im = this.impor;
      if (!im.baris.length) { im.galatUmum = 'Pilih berkas CSV terlebih dahulu.'; return; }
      const form = new FormData();
      form.append('berkas', new Blob([im.baris.join('\n')], { type: 'text/csv' }), im.nama || 'impor.csv');
      Object.assign(im, { galat: [], galatUmum: null, hasil: null, mengirim: true });
      try {
        im.hasil = await kf.api(this.dasar + '/impor/' + im.jenis, { method: 'POST', form });
      } catch (e) {
        const galat = (e.problem && e.problem.errors) || {};
        for (const [kunci, pesan] of Object.entries(galat)) {
          const m = /^baris (\d+)$/.exec(kunci);
          if (m) im.galat.push({ nomor: +m[1], pesan });
          else im.galatUmum = (im.galatUmum ? im.galatUmum + ' ' : '') + (kunci === 'berkas' ? '' : kunci + ': ') + pesan;
        }
        im.galat.sort((a, b) => a.nomor - b.nomor);
        im.jumlahGalat = (e.problem && e.problem.jumlahGalat) || im.galat.length;
        if (!im.galat.length && !im.galatUmum) im.galatUmum = e.message;
        else if (e.problem && e.problem.detail) im.galatUmum = e.problem.detail + (im.galatUmum ? ' ' + im.galatUmum : '');
      } finally {
        im.mengirim = false;
      }
    },

    // --- first passwords, roles
    async kataSandiAwal() {
      if (!confirm('Kata sandi awal dibuat untuk setiap pegawai aktif yang belum punya, dan hanya ditampilkan sekali ini. Lanjutkan?')) return;
      await this.coba(async () => {
        const res = await fetch(kf.akar + this.dasar + '/kata-sandi-awal', { method: 'POST', credentials: 'same-origin',
          headers: { Accept: 'text/csv, application/problem+json', 'X-XSRF-TOKEN': await kf.csrf() } });
        if (!res.ok) {
          const p = await res.json().catch(() => null);
          throw new kf.KfGalat((p && (p.detail || p.title)) || 'Gagal membuat kata sandi awal (HTTP ' + res.status + ').', res.status, p);
        }
        const blob = await res.blob();
        const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'kata-sandi-awal-' + this.instansi + '.csv' });
        document.body.appendChild(a);
        a.click();
        a.remove();
        const n = Math.max(0, (await blob.text()).trim().split('\n').length - 1);
        this.pesan = n + ' kata sandi awal diunduh. Simpan berkasnya dengan aman; kata sandi ini tidak dapat ditampilkan lagi.';
      });
    },

    async beriPeran() {
      await this.coba(async () => {
        await kf.api(this.dasar + '/peran', { method: 'POST', body: this.peranBaru });
        this.pesan = 'Peran ' + this.peranBaru.peran + ' diberikan kepada ' + this.peranBaru.nip + '.';
        this.peran = await kf.api(this.dasar + '/peran');
      });
    },

    async cabutPeran(p) {
      if (!confirm('Cabut peran ' + p.peran + ' dari ' + p.pengguna + '?')) return;
      await this.coba(async () => {
        await kf.api(this.dasar + '/peran/' + p.id, { method: 'DELETE' });
        this.peran = await kf.api(this.dasar + '/peran');
      });
    },

    // --- delegation, mutasi
    async aturDelegasi() {
      await this.coba(async () => {
        const d = await kf.api(this.dasar + '/delegasi-penilai', { method: 'PUT',
          body: { unit: this.delegasiBaru.unit, tahun: +this.tahun, baris: this.delegasiBaru.baris, aktif: this.delegasiBaru.aktif } });
        this.pesan = 'Delegasi baris ' + d.baris + ' di ' + d.namaUnit + (d.aktif ? ' diaktifkan' : ' dinonaktifkan') + '; '
          + this.ringkasPenilai(d.penilai);
        this.delegasi = await kf.api(this.dasar + '/delegasi-penilai?tahun=' + this.tahun);
      });
    },

    async mutasikan() {
      const m = this.mutasi;
      await this.coba(async () => {
        this.hasilMutasi = await kf.api(this.dasar + '/pegawai/' + encodeURIComponent(m.nip) + '/mutasi', { method: 'POST',
          body: { unitKerja: m.unitKerja, jabatan: m.jabatan, kelasJabatan: m.kelasJabatan, kepala: m.kepala, nomorSk: m.nomorSk || null,
            alasan: m.alasan || null } });
        this.pesan = this.hasilMutasi.berubah ? 'Mutasi ' + this.hasilMutasi.nama + ' dicatat; ' + this.ringkasPenilai(this.hasilMutasi.penilai)
          : 'Jabatan ' + this.hasilMutasi.nama + ' sudah seperti ini; tidak ada yang diubah.';
      });
    },

    ringkasPenilai(p) {
      if (!p) return 'pejabat penilai SKP yang berjalan tidak berubah.';
      return p.dipindahkan.length + ' SKP pindah pejabat penilai, ' + p.tanpaPenilai.length + ' SKP tanpa pejabat penilai.';
    },

    // --- the year's cycles, with the background work's progress
    async muatPekerjaan() {
      this.pekerjaan = await kf.api(this.dasar + '/pekerjaan-latar');
      const luncur = this.pekerjaan.find((p) => p.jenis === 'mulai-siklus');
      this.menunggu = luncur && luncur.hasil ? luncur.hasil.menungguPenilai || [] : [];
    },

    async luncurkan() {
      await this.coba(async () => {
        const r = await kf.api(this.dasar + '/siklus', { method: 'POST', body: { tahun: +this.tahun } });
        this.peluncuran = r.pekerjaanLatar;
        if (!r.baru) this.pesan = 'Peluncuran tahun ' + r.tahun + ' masih berjalan; kemajuannya ditampilkan di bawah.';
        await this.pantau(r.kemajuan);
      });
    },

    async pantau(url) {
      this.memantau = true;
      try {
        while (this.peluncuran && this.peluncuran.status !== 'SELESAI') {
          await new Promise((r) => setTimeout(r, 1000));
          this.peluncuran = await kf.api(url);
        }
        await this.muatPekerjaan();
      } finally {
        this.memantau = false;
      }
    },

    persen(p) { return p && p.jumlah ? Math.round((100 * p.selesai) / p.jumlah) : (p && p.status === 'SELESAI' ? 100 : 0); },

    // --- determining a missing appraiser
    async bukaCalon(id) {
      this.skpId = String(id);
      await this.coba(async () => {
        this.calon = await kf.api('/api/skp/' + encodeURIComponent(this.skpId) + '/calon-penilai');
        this.penentuan = { nip: '', alasan: '' };
      });
    },

    async tentukan() {
      await this.coba(async () => {
        const r = await kf.api('/api/skp/' + this.calon.skpId + '/penilai', { method: 'POST', body: this.penentuan });
        this.pesan = 'Pejabat penilai SKP ' + this.calon.nama + ': ' + r.penilaiBaruNama + '. Penyusunan rencana dimulai.';
        this.calon = null;
        await this.muatPekerjaan();
      });
    },

    // --- reports and exports
    async muatTerlambat() {
      await this.coba(async () => { this.terlambat = await kf.api(this.dasar + '/skp-terlambat?tahun=' + this.tahun); });
    },

    async muatPredikat() {
      await this.coba(async () => { this.predikat = await kf.api(this.dasar + '/predikat?tahun=' + this.tahun); });
    },

    async unduhTpp(format) {
      const q = '?tahun=' + this.tahun + '&bulan=' + this.tpp.bulan + '&format=' + format + (this.tpp.unit ? '&unit=' + encodeURIComponent(this.tpp.unit) : '');
      await this.coba(() => kf.unduh(this.dasar + '/tpp' + q, 'tpp-' + this.instansi + '-' + this.tahun + '-' + String(this.tpp.bulan).padStart(2, '0') + '.' + format));
    },

    async unduhDokumen() {
      const q = '?tahun=' + this.tahun + (this.dokumenUnit ? '&unit=' + encodeURIComponent(this.dokumenUnit) : '');
      await this.coba(() => kf.unduh(this.dasar + '/dokumen' + q, 'dokumen-' + this.instansi + '-' + this.tahun + '.zip'));
    }
  });
};
