/*
 * kf.js: the shared helper of the kinerja-flow pages under /app (Bootstrap 5 + Alpine.js, no build step).
 *
 * ADD A PAGE
 *   1. Copy static/app/contoh.html to static/app/<nama>.html. It loads Bootstrap, kf.css, this file and Alpine,
 *      has <nav id="kf-navbar"></nav> and a <main x-data="kf.halaman('<id>', {...})"> whose object holds the page's
 *      state and methods; `async mulai()` runs once the user is known (this.saya = {id, nama, instansi, grup}).
 *   2. Add its menu entry to kf.MENU below: {id, judul, href, ikon?, grup: [the Camunda groups that see it]}.
 *      The navbar and the home page (index.html) list the entries the user's groups allow; kf.halaman refuses a
 *      page whose entry the user may not see. The API still decides: a page shows only what /api answers.
 *
 * HELPERS
 *   kf.api(path, {method, body, form}) -> parsed JSON (or text/Blob): '/api/...' paths; JSON body or FormData (form);
 *       changing requests carry the webapp CSRF token; 401 -> Camunda login and back here; errors throw KfGalat
 *       whose .message is readable Indonesian from the problem+json answer (detail + each field's message; the raw
 *       problem, e.g. its per-line `errors` of a CSV import, is in .problem).
 *   kf.unduh(path, namaBerkas) downloads a file (PDF, CSV) through the same session.
 *   kf.tanggal('2024-02-10') -> "10 Februari 2024"; kf.waktu('2024-02-10T00:00+07:00') -> "10 Februari 2024, 00.00 WIB".
 *   kf.label(KODE) -> "Sangat Baik" etc. (kf.LABEL); kf.angka(14.00) -> "14"; kf.esc(text) escapes HTML.
 */
(function () {
  'use strict';
  const akar = location.pathname.replace(/\/app\/.*$/, '');

  /** The menu: each page's entry, shown to the listed groups ('admin-bkpsdm-*' matches any instansi's admin group). */
  const MENU = [
    { id: 'beranda', judul: 'Beranda', href: 'index.html', grup: ['*'] },
    { id: 'skp-saya', judul: 'SKP Saya', href: 'skp-saya.html', grup: ['pegawai'],
      keterangan: 'Rencana, penilaian periodik, predikat dan dokumen SKP Anda; kata sandi dan surel.' },
    { id: 'pemantauan', judul: 'Pemantauan', href: 'pemantauan.html', grup: ['penilai', 'admin-bkpsdm', 'auditor'],
      keterangan: 'Siapa yang sudah menyusun rencana, melapor, dinilai, atau terlambat di unit Anda.' },
    { id: 'konsol', judul: 'Konsol BKPSDM', href: 'konsol.html', grup: ['admin-bkpsdm', 'camunda-admin'],
      keterangan: 'Kalender, tenggat, impor, kata sandi awal, peran, mutasi, siklus dan laporan instansi.' },
    { id: 'riwayat', judul: 'Riwayat SKP', href: 'riwayat.html', grup: ['auditor', 'admin-bkpsdm', 'camunda-admin'],
      keterangan: 'Jejak lengkap satu SKP: siapa, kapan, keputusan dan perubahan data, dengan diagram prosesnya.' },
    { id: 'api', judul: 'API', href: akar + '/swagger-ui/index.html', grup: ['admin-bkpsdm', 'auditor', 'camunda-admin'],
      keterangan: 'Deskripsi OpenAPI dari /api untuk integrasi (penggajian, SIASN, portal daerah).' }
  ];

  const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
    'November', 'Desember'];
  const ZONA = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };
  const LABEL = {
    DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi', SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi', DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
    SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang/Misconduct',
    SANGAT_KURANG: 'Sangat Kurang', DRAFT: 'Draf', DIAJUKAN: 'Diajukan', DIKEMBALIKAN: 'Dikembalikan',
    DITETAPKAN: 'Ditetapkan', BELUM_DIBUKA: 'Belum dibuka', MENUNGGU_LAPORAN: 'Menunggu laporan',
    MENUNGGU: 'Menunggu', DILAPORKAN: 'Dilaporkan', DINILAI: 'Dinilai', TIDAK_DINILAI: 'Tidak dinilai (terkunci)', DEFINITIF: 'Definitif', PLT: 'Plt',
    UTAMA: 'Utama', TAMBAHAN: 'Tambahan'
  };

  class KfGalat extends Error {
    constructor(pesan, status, problem) { super(pesan); this.status = status; this.problem = problem; }
  }

  let token = null;
  let sayaJanji = null;

  /** The webapp session's CSRF token (security/WebappSessionAuthenticationFilter answers it to X-XSRF-TOKEN: Fetch). */
  async function csrf() {
    if (token) return token;
    const res = await fetch(akar + '/api/akun/saya', { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch' } });
    if (res.status === 401) masuk();
    token = res.headers.get('X-XSRF-TOKEN');
    return token;
  }

  /** To the Camunda login; the welcome page's script (webjars/camunda/app/welcome/kinerja-kembali.js) brings the user back. */
  function masuk() {
    localStorage.setItem('kf-kembali', location.pathname + location.search + location.hash);
    location.href = akar + '/camunda/app/welcome/default/#!/login';
    throw new KfGalat('Sesi Anda berakhir. Silakan masuk kembali.', 401);
  }

  async function galat(res) {
    let p = null;
    try { p = await res.json(); } catch (e) { /* not JSON */ }
    let pesan = (p && (p.detail || p.title)) || pesanStatus(res.status);
    if (p && p.errors) {
      // field messages are whole sentences ("kata sandi lama salah"); a CSV line keeps its key ("baris 3: …")
      const rinci = Object.entries(p.errors).map(([k, v]) => (/^baris /.test(k) ? k + ': ' : '') + v);
      if (rinci.length) pesan += ' ' + rinci.join('; ') + '.';
    }
    return new KfGalat(pesan, res.status, p);
  }

  function pesanStatus(status) {
    return { 400: 'Permintaan tidak valid.', 403: 'Anda tidak berhak melihat atau mengubah data ini.',
      404: 'Data tidak ditemukan.', 409: 'Data telah berubah atau sudah terkunci. Muat ulang halaman.',
      413: 'Berkas terlalu besar.' }[status] || 'Terjadi kesalahan di server (HTTP ' + status + '). Coba lagi nanti.';
  }

  async function kirim(path, opsi = {}) {
    const method = (opsi.method || 'GET').toUpperCase();
    const headers = { Accept: opsi.accept || 'application/json, application/problem+json' };
    let body;
    if (opsi.form) body = opsi.form;
    else if (opsi.body !== undefined) { body = JSON.stringify(opsi.body); headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && method !== 'HEAD') headers['X-XSRF-TOKEN'] = await csrf();
    let res;
    try {
      res = await fetch(akar + path, { method, headers, body, credentials: 'same-origin' });
    } catch (e) {
      throw new KfGalat('Tidak dapat menghubungi server. Periksa koneksi Anda.', 0);
    }
    if (res.status === 401) masuk();
    if (!res.ok) throw await galat(res);
    return res;
  }

  async function api(path, opsi = {}) {
    const res = await kirim(path, opsi);
    if (res.status === 204) return null;
    const jenis = res.headers.get('Content-Type') || '';
    return jenis.includes('json') ? res.json() : res.text();
  }

  async function unduh(path, namaBerkas) {
    const res = await kirim(path, { accept: '*/*' });
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: namaBerkas || '' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function saya() {
    if (!sayaJanji) sayaJanji = api('/api/akun/saya');
    return sayaJanji;
  }

  function boleh(entri, grup) {
    return entri.grup.some((g) => g === '*' || grup.includes(g) || (g === 'admin-bkpsdm' && grup.some((x) => x.startsWith('admin-bkpsdm'))));
  }

  function menu(s) { return MENU.filter((m) => boleh(m, s.grup)); }

  function esc(t) { return String(t).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c])); }

  /** Renders the navbar into <nav id="kf-navbar"> from the entries the user may see. */
  function navbar(s, aktif) {
    const nav = document.getElementById('kf-navbar');
    if (!nav) return;
    nav.className = 'navbar navbar-expand-lg navbar-dark kf-navbar';
    const butir = menu(s).filter((m) => m.id !== 'beranda').map((m) =>
      '<li class="nav-item"><a class="nav-link' + (m.id === aktif ? ' active" aria-current="page' : '') + '" href="' + esc(m.href) + '">'
      + esc(m.judul) + '</a></li>').join('');
    nav.innerHTML = '<div class="container-lg">'
      + '<a class="navbar-brand" href="index.html">Kinerja ASN</a>'
      + '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#kf-menu" aria-controls="kf-menu" aria-expanded="false" aria-label="Menu">'
      + '<span class="navbar-toggler-icon"></span></button>'
      + '<div class="collapse navbar-collapse" id="kf-menu"><ul class="navbar-nav me-auto">' + butir
      + '<li class="nav-item"><a class="nav-link" href="' + akar + '/camunda/app/tasklist/default/">Daftar Tugas</a></li></ul>'
      + '<span class="navbar-text kf-pengguna">' + esc(s.nama) + ' <small>(' + esc(s.id) + ')</small></span>'
      + '<a class="btn btn-sm btn-outline-light ms-lg-3 mt-2 mt-lg-0" href="' + akar + '/camunda/app/welcome/default/#!/login" id="kf-keluar">Keluar</a>'
      + '</div></div>';
    document.getElementById('kf-keluar').addEventListener('click', async (e) => {
      e.preventDefault();
      try { await kirim('/camunda/api/admin/auth/user/default/logout', { method: 'POST' }); } catch (x) { /* already out */ }
      location.href = akar + '/camunda/app/welcome/default/';
    });
  }

  /**
   * An Alpine component for a page: x-data="kf.halaman('skp-saya', { ..., async mulai() { ... } })".
   * Adds saya, galat (the page's error message), memuat (loading) and coba(fn) (runs fn, shows its error).
   */
  function halaman(id, isi) {
    const dasar = {
      saya: null, galat: null, memuat: true, kf: window.kf,
      async init() {
        try {
          this.saya = await saya();
          navbar(this.saya, id);
          const entri = MENU.find((m) => m.id === id);
          if (entri && !boleh(entri, this.saya.grup)) throw new KfGalat('Halaman ini bukan untuk peran Anda.', 403);
          if (this.mulai) await this.mulai();
        } catch (e) {
          this.galat = e.message;
        } finally {
          this.memuat = false;
        }
      },
      async coba(fn) {
        this.galat = null;
        try { return await fn(); } catch (e) { this.galat = e.message; return undefined; }
      }
    };
    return Object.defineProperties(dasar, Object.getOwnPropertyDescriptors(isi)); // keeps the page's getters
  }

  function dua(n) { return String(n).padStart(2, '0'); }

  /** "2024-02-10" -> "10 Februari 2024". */
  function tanggal(t) {
    if (!t) return '–';
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
    return m ? +m[3] + ' ' + BULAN[+m[2] - 1] + ' ' + m[1] : t;
  }

  /**
   * An instant -> "10 Februari 2024, 00.00 WIB", in the offset the API wrote (the instansi's zone) when it wrote one,
   * else in Asia/Jakarta (WIB).
   */
  function waktu(t) {
    if (!t) return '–';
    const m = /([+-])(\d{2}):?(\d{2})$/.exec(t);
    const menit = m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 420;
    const d = new Date(new Date(t).getTime() + menit * 60000);
    if (isNaN(d)) return t;
    return d.getUTCDate() + ' ' + BULAN[d.getUTCMonth()] + ' ' + d.getUTCFullYear() + ', ' + dua(d.getUTCHours()) + '.'
      + dua(d.getUTCMinutes()) + ' ' + (ZONA[menit] || 'UTC' + (menit >= 0 ? '+' : '') + menit / 60);
  }

  /** 14.00 -> "14", 12.5 -> "12,5". */
  function angka(n) { return n == null ? '–' : Number(n).toLocaleString('id-ID', { maximumFractionDigits: 2 }); }

  function label(kode) { return kode == null ? '–' : LABEL[kode] || String(kode).replace(/_/g, ' ').toLowerCase(); }

  window.kf = { akar, MENU, LABEL, KfGalat, api, unduh, csrf, saya, menu, navbar, halaman, tanggal, waktu, label, angka, esc };
})();
