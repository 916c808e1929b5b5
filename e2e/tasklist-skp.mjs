// One SKP year walked through the real Tasklist by an employee and their appraiser, in Debian's Chromium, and a
// BKPSDM admin determining a missing appraiser. Run by TasklistBrowserTest, one stage at a time; the test moves the
// engine clock between stages:
//   node e2e/tasklist-skp.mjs <rencana|periode-1|riwayat|akhir|penentuan|peran>
// Environment: BASE_URL, PEGAWAI, PENILAI, PASSWORD, TAHUN, PREDIKAT (label of the expected predicate), ARTIFACTS;
// for penentuan ADMIN and PENILAI_NAMA; for peran AUDITOR, AUDITOR_PASSWORD, CAMUNDA_ADMIN, CAMUNDA_ADMIN_PASSWORD, PROSES.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = (name) => {
  if (!process.env[name]) throw new Error('variabel lingkungan ' + name + ' belum diisi');
  return process.env[name];
};
const BASE = env('BASE_URL');
const PASSWORD = env('PASSWORD');
const TAHUN = env('TAHUN');
const ARTIFACTS = env('ARTIFACTS');
const WAKTU = 20000;
let halaman; // the page of the current step, photographed when a step fails
fs.mkdirSync(ARTIFACTS, { recursive: true });

/** A fresh browser profile, logged in to Tasklist (or Cockpit) as one user. */
async function masuk(nip, sandi = PASSWORD, app = 'tasklist') {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1400, height: 2000 },
    timezoneId: 'Asia/Jakarta',
    locale: 'id-ID',
    acceptDownloads: true
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(WAKTU);
  halaman = page;
  page.on('pageerror', (e) => console.error('[halaman] ' + e.message));
  await page.goto(BASE + '/camunda/app/' + app + '/default/', { waitUntil: 'networkidle' });
  const nama = page.locator('input[ng-model=username]');
  // The login view may still be settling: type again until both fields hold what was typed.
  const isian = page.locator('input[ng-model=password]');
  for (let i = 0; i < 5 && (await nama.inputValue() !== nip || await isian.inputValue() !== sandi); i++) {
    await nama.fill(nip);
    await isian.fill(sandi);
  }
  await page.click('button[type=submit]');
  if (app === 'tasklist') await page.locator('.task-filter').first().waitFor();
  else await nama.waitFor({ state: 'detached' });
  return { page, tutup: () => context.close() };
}

/** Opens the task whose name starts with the label, from the given filter, and waits for its form's data. */
async function bukaTugas(page, filter, label) {
  await page.locator('.task-filter').filter({ hasText: filter }).click();
  const tugas = page.locator('ol.tasks-list li.task').filter({ hasText: label }).first();
  await tugas.waitFor();
  await tugas.click();
  await page.locator('.kinerja-form .ringkasan').waitFor();
  assert.match(await page.locator('.task-details h2.task').innerText(), new RegExp('^' + label));
}

/** The controls the engine refuses below Camunda admin are not offered (app/kinerja-peran.js, user-styles.css). */
const TASKLIST_TERBATAS = ['Buat tugas', 'Mulai proses', 'Tambah grup', 'Atur tanggal tindak lanjut', 'Atur tenggat'];
async function tidakTampil(page, teks) {
  for (const t of teks) {
    assert.equal(await page.getByText(t, { exact: true }).filter({ visible: true }).count(), 0, t + ' tidak boleh ditawarkan');
  }
}

async function foto(page, nama) {
  await page.locator('.task-details').screenshot({ path: path.join(ARTIFACTS, nama + '.png') });
}

/** The success message Tasklist shows after the form's action; the task leaves the list. */
async function pesanSukses(page, judul, label) {
  const pesan = page.locator('.notifications .alert').filter({ hasText: judul });
  await pesan.waitFor();
  await page.locator('ol.tasks-list li.task').filter({ hasText: label }).waitFor({ state: 'detached' });
  return pesan.innerText();
}

async function isiIndikator(page, i, j, uraian, kuantitas, satuan) {
  await page.fill(`#ind-uraian-${i}-${j}`, uraian);
  await page.fill(`#kuantitas-${i}-${j}`, String(kuantitas));
  await page.fill(`#satuan-${i}-${j}`, satuan);
}

/** Picks the ratings the test gives (by their Indonesian labels) for Hasil Kerja and Perilaku Kerja. */
async function pilihRating(page) {
  for (const [nama, label] of [['ratingHasilKerja', env('RATING_HASIL_KERJA')], ['ratingPerilaku', env('RATING_PERILAKU')]]) {
    await page.locator('.radio').filter({ has: page.locator(`input[name=${nama}]`) }).filter({ hasText: label }).locator('input').check();
  }
}

const tahap = {
  async rencana() {
    const pegawai = env('PEGAWAI');
    // 1. The employee drafts two RHK and submits.
    let { page, tutup } = await masuk(pegawai);
    assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0, 'banner vendor tidak boleh tampil');
    assert.equal(await page.locator('input[ng-model=username]').count(), 0);
    const susun = 'Susun Rencana SKP ' + TAHUN;
    await bukaTugas(page, 'SKP Saya', susun);
    assert.match(await page.locator('.kinerja-form .ringkasan').innerText(), /Pejabat penilai/);
    await page.fill('#uraian-0', 'Tersusunnya laporan penyelenggaraan pemerintahan');
    await isiIndikator(page, 0, 0, 'Jumlah laporan yang disusun', 12, 'laporan');
    await page.fill('#kualitas-0-0', '150');
    assert.ok(await page.locator('#ajukan').isDisabled(), 'kualitas 150% tidak boleh bisa diajukan');
    assert.match(await page.locator('.kinerja-form').innerText(), /kualitas \(0–100%\)/);
    await page.fill('#kualitas-0-0', '100');
    await page.click('#tambah-rhk');
    await page.selectOption('#jenis-1', 'TAMBAHAN');
    await page.fill('#uraian-1', 'Terkelolanya arsip bidang');
    await isiIndikator(page, 1, 0, 'Persentase arsip tertata', 80, 'persen');
    await foto(page, '01-susun-rencana');
    await page.click('#ajukan');
    await pesanSukses(page, 'Rencana SKP diajukan', susun);
    await tutup();

    // 2. The appraiser returns it with a note.
    ({ page, tutup } = await masuk(env('PENILAI')));
    const tinjau = 'Tinjau Rencana SKP ' + TAHUN;
    await bukaTugas(page, 'Perlu Dinilai', tinjau);
    const rencana = await page.locator('.kinerja-form').innerText();
    assert.match(rencana, /Tersusunnya laporan penyelenggaraan pemerintahan/);
    assert.match(rencana, /Terkelolanya arsip bidang/);
    await page.click('#kembalikan');
    assert.match(await page.locator('#galat').innerText(), /catatan wajib diisi saat rencana dikembalikan/);
    await page.fill('#catatan', 'Target arsip terlalu rendah; sesuaikan dengan perjanjian kinerja.');
    await page.fill('#catatan-rhk-1', 'Naikkan target menjadi 95 persen.');
    await foto(page, '02-tinjau-rencana');
    await page.click('#kembalikan');
    await pesanSukses(page, 'Rencana SKP dikembalikan', tinjau);
    await tutup();

    // 3. The employee sees the notes, revises and resubmits.
    ({ page, tutup } = await masuk(pegawai));
    const perbaiki = 'Perbaiki Rencana SKP ' + TAHUN;
    await bukaTugas(page, 'SKP Saya', perbaiki);
    assert.match(await page.locator('#catatan-umum').innerText(), /Target arsip terlalu rendah/);
    assert.match(await page.locator('fieldset.rhk').nth(1).locator('.catatan-penilai').innerText(), /Naikkan target menjadi 95 persen/);
    assert.equal(await page.inputValue('#uraian-1'), 'Terkelolanya arsip bidang');
    await page.fill('#kuantitas-1-0', '95');
    await foto(page, '03-perbaiki-rencana');
    await page.click('#ajukan');
    await pesanSukses(page, 'Rencana SKP diajukan', perbaiki);
    await tutup();

    // 4. The appraiser approves.
    ({ page, tutup } = await masuk(env('PENILAI')));
    await bukaTugas(page, 'Perlu Dinilai', tinjau);
    assert.match(await page.locator('.kinerja-form').innerText(), /95 persen/);
    await page.click('#setujui');
    await pesanSukses(page, 'Rencana SKP disetujui', tinjau);
    await tutup();
  },

  async 'periode-1'() {
    const periode = env('PERIODE');
    // 5. The employee reports the period with an evidence file.
    let { page, tutup } = await masuk(env('PEGAWAI'));
    const laporan = 'Laporkan Realisasi ' + periode;
    await bukaTugas(page, 'SKP Saya', laporan);
    const catatan = path.join(os.tmpdir(), 'catatan.txt');
    fs.writeFileSync(catatan, 'bukan bukti');
    await page.setInputFiles('#berkas', catatan);
    assert.match(await page.locator('#galat-berkas').innerText(),
      /berkas 'catatan.txt' bertipe text\/plain; yang diizinkan: application\/pdf, image\/jpeg, image\/png/);
    const bukti = path.join(os.tmpdir(), 'notulen-rapat.pdf');
    fs.writeFileSync(bukti, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await page.setInputFiles('#berkas', bukti);
    assert.equal(await page.locator('#galat-berkas').count(), 0);
    await page.fill('#rencana-aksi', 'Menyusun draf laporan triwulan dan menata arsip surat masuk');
    const realisasi = page.locator('textarea[id^=realisasi-]');
    assert.equal(await realisasi.count(), 2, 'satu isian realisasi untuk setiap indikator');
    await realisasi.nth(0).fill('2 laporan tersusun');
    await realisasi.nth(1).fill('85 persen arsip tertata');
    await foto(page, '04-laporan-periode');
    await page.click('#kirim-laporan');
    await pesanSukses(page, 'Laporan terkirim', laporan);
    await tutup();

    // 6. The appraiser reads the report, downloads the evidence and rates.
    ({ page, tutup } = await masuk(env('PENILAI')));
    const penilaian = 'Nilai Kinerja ' + periode;
    await bukaTugas(page, 'Perlu Dinilai', penilaian);
    assert.match(await page.locator('#rencana-aksi').innerText(), /Menyusun draf laporan triwulan/);
    assert.match(await page.locator('.kinerja-form').innerText(), /85 persen arsip tertata/);
    const [unduhan] = await Promise.all([page.waitForEvent('download'), page.click('#bukti a')]);
    assert.equal(unduhan.suggestedFilename(), 'notulen-rapat.pdf');
    assert.equal(fs.readFileSync(await unduhan.path(), 'utf8'), fs.readFileSync(bukti, 'utf8'));
    await page.locator('textarea[id^=umpan-balik-]').nth(0).fill('Laporan tepat waktu; pertahankan.');
    await pilihRating(page);
    await foto(page, '05-penilaian-periode');
    await page.click('#simpan-penilaian');
    // 7. The predicate shown is the DMN cell for these ratings.
    const pesan = await pesanSukses(page, 'Penilaian tersimpan', penilaian);
    assert.match(pesan, new RegExp('Predikat ' + periode + ' untuk .*: ' + env('PREDIKAT') + '$', 'm'));
    await tutup();
  },

  async riwayat() {
    // The employee's next report shows the predicate of the rated period.
    const { page, tutup } = await masuk(env('PEGAWAI'));
    await bukaTugas(page, 'SKP Saya', 'Laporkan Realisasi ' + env('PERIODE_BERIKUT'));
    const baris = page.locator('#riwayat tr').filter({ hasText: env('PERIODE') });
    assert.match(await baris.innerText(), new RegExp('Dinilai\\s+' + env('PREDIKAT')));
    await foto(page, '06-riwayat-penilaian');
    await tutup();
  },

  async akhir() {
    const { page, tutup } = await masuk(env('PENILAI'));
    const akhir = 'Nilai Kinerja Akhir Tahun ' + TAHUN;
    await bukaTugas(page, 'Perlu Dinilai', akhir);
    assert.match(await page.locator('#riwayat').innerText(), new RegExp(env('PERIODE') + '\\s+Dinilai'));
    await pilihRating(page);
    await foto(page, '07-penilaian-akhir');
    await page.click('#simpan-penilaian-akhir');
    const pesan = await pesanSukses(page, 'Penilaian akhir tersimpan', akhir);
    assert.match(pesan, new RegExp('Predikat akhir ' + TAHUN + ' untuk .*: ' + env('PREDIKAT') + '$', 'm'));
    await tutup();
  },
  // A BKPSDM admin determines the appraiser nobody could be found for (Task_DetermineAppraiser).
  async penentuan() {
    const { page, tutup } = await masuk(env('ADMIN'));
    const tentukan = 'Tentukan Pejabat Penilai';
    await bukaTugas(page, 'Perlu Ditentukan', tentukan);
    // A task of the admin group: the form stays disabled until one admin claims it.
    await page.locator('.task-details').getByText('Klaim', { exact: true }).click();
    await page.locator('.disabled-form').waitFor({ state: 'detached' });
    assert.match(await page.locator('#alasan-tanpa-penilai').innerText(), /tidak ditemukan/);
    assert.match(await page.locator('#calon').innerText(), new RegExp(env('PENILAI_NAMA')));
    await page.click('#tentukan');
    assert.match(await page.locator('#galat').innerText(), /NIP pejabat penilai wajib diisi/);
    await page.fill('#nip', env('PENILAI'));
    await page.fill('#alasan', 'Surat penunjukan No. 800/12/BKPSDM/' + TAHUN);
    await foto(page, '08-tentukan-penilai');
    await page.click('#tentukan');
    const pesan = await pesanSukses(page, 'Pejabat penilai ditentukan', tentukan);
    assert.match(pesan, new RegExp(env('PENILAI_NAMA') + ' menilai SKP ' + TAHUN));
    await tutup();
  },

  // Each role is offered what works for it: an employee and an appraiser work, claim and comment in Tasklist; an
  // auditor reads Cockpit; only a Camunda admin is offered more.
  async peran() {
    let { page, tutup } = await masuk(env('PEGAWAI'));
    await bukaTugas(page, 'SKP Saya', 'Susun Rencana SKP ' + TAHUN);
    await tidakTampil(page, TASKLIST_TERBATAS);
    assert.equal(await page.locator('.task-details .unclaim:visible').count(), 0, 'tugasnya sendiri tidak bisa dikembalikan ke grup');
    await foto(page, '09-pegawai-tanpa-tombol-admin');
    await tutup();

    // The appraiser comments on their review task, and the comment is in its Riwayat.
    ({ page, tutup } = await masuk(env('PENILAI')));
    await bukaTugas(page, 'Perlu Dinilai', 'Tinjau Rencana SKP ' + TAHUN);
    await tidakTampil(page, TASKLIST_TERBATAS);
    const komentar = 'Mohon lampirkan perjanjian kinerja ' + TAHUN + '.';
    await page.locator('.task-details').getByText('Tambah Komentar', { exact: true }).click();
    await page.fill('#comment-form-message', komentar);
    await page.locator('.modal-content').getByText('Simpan', { exact: true }).click();
    await page.locator('.modal-content').waitFor({ state: 'detached' });
    await page.locator('.task-details .nav-tabs a', { hasText: 'Riwayat' }).click();
    await page.locator('.task-details').getByText(komentar).first().waitFor();
    assert.equal(await page.locator('.notifications .alert-danger').count(), 0);
    await foto(page, '10-komentar-di-riwayat');
    await tutup();

    // The auditor reads an instance in Cockpit, with no control that would change it.
    const instance = BASE + '/camunda/app/cockpit/default/#/process-instance/' + env('PROSES') + '/runtime';
    const ubah = '.ctn-toolbar .btn, .btn-suspend-action, [ng-click^="enableEditMode"], [ng-click^="deleteVariable"],'
      + ' .edit-toggle, .change-group-identity-links, .change-user-identity-links';
    const bukaInstance = async (p) => {
      await p.goto(instance);
      await p.locator('[ng-click^="deleteVariable"]').first().waitFor({ state: 'attached' });
      await p.locator('.ctn-toolbar .btn').first().waitFor({ state: 'attached' });
      return p.locator(ubah).filter({ visible: true }).count();
    };
    ({ page, tutup } = await masuk(env('AUDITOR'), env('AUDITOR_PASSWORD'), 'cockpit'));
    assert.equal(await bukaInstance(page), 0, 'auditor tidak ditawari ubah, hapus, tangguhkan atau batalkan');
    await page.locator('.nav-tabs a', { hasText: 'User Tasks' }).click();
    await page.locator('.edit-toggle').first().waitFor({ state: 'attached' });
    assert.equal(await page.locator(ubah).filter({ visible: true }).count(), 0);
    await page.screenshot({ path: path.join(ARTIFACTS, '11-auditor-cockpit.png') });
    await tutup();

    // A Camunda admin keeps every control, in Cockpit and Tasklist.
    ({ page, tutup } = await masuk(env('CAMUNDA_ADMIN'), env('CAMUNDA_ADMIN_PASSWORD'), 'cockpit'));
    await page.waitForFunction(() => !document.body.classList.contains('kinerja-terbatas'));
    assert.ok(await bukaInstance(page) > 0, 'admin Camunda tetap bisa mengubah instance');
    await tutup();
    ({ page, tutup } = await masuk(env('CAMUNDA_ADMIN'), env('CAMUNDA_ADMIN_PASSWORD')));
    await page.getByText('Mulai proses', { exact: true }).waitFor();
    await page.getByText('Buat tugas', { exact: true }).waitFor();
    await tutup();
  }
};

const nama = process.argv[2];
if (!tahap[nama]) {
  console.error('tahap tidak dikenal: ' + nama + '; pilihan: ' + Object.keys(tahap).join(', '));
  process.exit(2);
}
try {
  await tahap[nama]();
  console.log('tahap ' + nama + ': lulus');
} catch (e) {
  console.error('tahap ' + nama + ': GAGAL\n' + (e.stack || e));
  await halaman?.screenshot({ path: path.join(ARTIFACTS, 'gagal-' + nama + '.png'), fullPage: true }).catch(() => {});
  process.exit(1);
}
