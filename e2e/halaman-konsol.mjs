// The Pemantauan and Konsol BKPSDM pages (/app) in Debian's Chromium, as their users, at 1280×800 and on a 390-px phone.
// Run by HalamanKonsolBrowserTest, one scenario at a time:
//   node e2e/halaman-konsol.mjs <pemantauan|konsol>
// Environment: BASE_URL, PASSWORD, TAHUN, LAYAR (where the screenshots go); for pemantauan KPD, NAMA_TERLAMBAT, NAMA_TEPAT;
// for konsol ADMIN, NIP_BARU1, NIP_BARU2.
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
const LAYAR = env('LAYAR');
const DESKTOP = { width: 1280, height: 800 };
const PONSEL = { width: 390, height: 844 };
let halaman;
fs.mkdirSync(LAYAR, { recursive: true });

/** A fresh browser profile, logged in to the Camunda webapps (one session for Tasklist and /app). */
async function masuk(nip) {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-halaman-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: DESKTOP,
    timezoneId: 'Asia/Jakarta',
    locale: 'id-ID',
    acceptDownloads: true
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(40000); // a busy CI machine
  halaman = page;
  page.on('pageerror', (e) => console.error('[halaman] ' + e.message));
  // The Camunda login the welcome page posts (the pages under /app share its session), without loading Tasklist's scripts.
  const api = context.request;
  const sapa = await api.get(BASE + '/camunda/api/admin/auth/user/default', { headers: { 'X-XSRF-TOKEN': 'Fetch' } });
  const token = sapa.headers()['x-xsrf-token'];
  const login = await api.post(BASE + '/camunda/api/admin/auth/user/default/login/welcome',
    { headers: { 'X-XSRF-TOKEN': token }, form: { username: nip, password: PASSWORD } });
  assert.equal(login.status(), 200, 'login ' + nip + ': HTTP ' + login.status() + ' ' + await login.text());
  // The login starts a new session; a first read through the webapps gives it its CSRF token, as the welcome page's reads do.
  await api.get(BASE + '/camunda/api/admin/auth/user/default', { headers: { 'X-XSRF-TOKEN': 'Fetch' } });
  return { page, tutup: () => context.close() };
}

async function foto(page, nama) {
  await page.screenshot({ path: path.join(LAYAR, nama + '.png'), fullPage: true });
}

/** On a phone nothing is wider than the screen (tables stack, tabs wrap). */
async function ponsel(page, nama) {
  await page.setViewportSize(PONSEL);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))); // the new width laid out
  const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(lebar <= PONSEL.width + 1, nama + ': halaman selebar ' + lebar + ' px pada layar 390 px');
  await foto(page, nama);
  await page.setViewportSize(DESKTOP);
}

/** The Kepala Perangkat Daerah finds who is late in their perangkat daerah, and opens that employee. */
async function pemantauan() {
  const { page, tutup } = await masuk(env('KPD'));
  await page.goto(BASE + '/app/index.html');
  await page.locator('#menu-pemantauan').click();
  await page.locator('#pm-tabel').waitFor();
  assert.equal(await page.inputValue('#pm-tahun'), TAHUN, 'the year of the application clock');
  const tabel = page.locator('#pm-tabel tbody tr');
  assert.equal(await tabel.count(), 2);
  await page.locator('#pm-ringkasan-terlambat').click();
  await assert.doesNotReject(tabel.filter({ hasText: env('NAMA_TERLAMBAT') }).waitFor());
  assert.equal(await tabel.count(), 1, 'hanya yang terlambat');
  assert.equal(await tabel.filter({ hasText: env('NAMA_TEPAT') }).count(), 0);
  await tabel.first().click();
  const rincian = page.locator('#pm-rincian');
  await rincian.waitFor();
  assert.match(await rincian.innerText(), /terlambat/);
  assert.match(await rincian.innerText(), new RegExp(env('NAMA_TERLAMBAT')));
  await page.evaluate(() => document.getElementById('pm-grafik').scrollIntoView());
  await foto(page, 'pemantauan');
  await ponsel(page, 'pemantauan-ponsel');
  await tutup();
}

/** A CSV file in a temporary folder, for the file input. */
function berkas(nama, isi) {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-csv-')), nama);
  fs.writeFileSync(p, isi);
  return p;
}

/**
 * The BKPSDM admin imports units, then employees with a wrong NIP on line 3: reads the error beside that line, fixes it in
 * the page and sends again; attaches the year's calendar (its notes beside the dates) and starts the cycles, watching the
 * progress to the end.
 */
async function konsol() {
  const { page, tutup } = await masuk(env('ADMIN'));
  await page.goto(BASE + '/app/konsol.html');
  await page.locator('#tab-impor').click();
  await page.selectOption('#i-jenis', 'unit');
  await page.setInputFiles('#i-berkas', berkas('unit.csv', 'kode,nama,jenis,kode_induk\npuskesmas,Puskesmas Sukamaju,PUSKESMAS,dinas\n'));
  await page.locator('#i-info').filter({ hasText: 'unit.csv: 1 baris data' }).waitFor();
  await page.click('#i-kirim');
  await page.locator('#i-hasil').filter({ hasText: '1 baru' }).waitFor();

  const nip1 = env('NIP_BARU1'), nip2 = env('NIP_BARU2');
  await page.selectOption('#i-jenis', 'pegawai');
  await page.setInputFiles('#i-berkas', berkas('pegawai.csv', 'nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n'
    + nip1 + ',Dewi Lestari,PNS,Kepala Puskesmas,KEPALA_UNIT_KERJA_MANDIRI,puskesmas,true,,true\n'
    + '12345,Andi Saputra,PNS,Perawat Terampil,FUNGSIONAL_KETERAMPILAN,puskesmas,false,,true\n'));
  await page.locator('#i-info').filter({ hasText: 'pegawai.csv: 2 baris data' }).waitFor();
  await page.click('#i-kirim');
  const salah = page.locator('#i-baris-3');
  await salah.waitFor();
  assert.match(await salah.innerText(), /NIP '12345' harus 18 digit angka/);
  assert.equal(await page.locator('#i-baris-salah tbody tr').count(), 1, 'hanya baris 3 yang salah');
  assert.match(await salah.locator('input').inputValue(), /^12345,Andi Saputra/);
  await foto(page, 'konsol-impor-galat');
  await ponsel(page, 'konsol-impor-galat-ponsel');
  const isi = await salah.locator('input').inputValue();
  await salah.locator('input').fill(isi.replace(/^12345/, nip2));
  await page.click('#i-kirim-ulang');
  await page.locator('#i-hasil').filter({ hasText: '2 baru' }).waitFor();
  assert.equal(await page.locator('#i-baris-salah').isVisible(), false);

  await page.locator('#tab-kalender').click();
  await page.fill('#k-tahun', TAHUN);
  await page.locator('#k-tahun').dispatchEvent('change');
  await page.selectOption('#k-preset', 'kapuas-' + TAHUN);
  await page.click('#k-pasang');
  const kalender = page.locator('#k-kalender');
  await kalender.filter({ hasText: 'Penetapan SKP ' + TAHUN }).waitFor();
  const teks = await kalender.innerText();
  assert.match(teks, new RegExp('1 Februari ' + TAHUN + ', 00\\.00 WIB'));
  assert.match(teks, /Tafsiran: edaran tidak menyebut tanggal ini/);
  assert.match(teks, new RegExp('Penilaian akhir ' + TAHUN));
  await foto(page, 'konsol-kalender');
  await ponsel(page, 'konsol-kalender-ponsel');

  await page.locator('#tab-siklus').click();
  await page.click('#s-mulai');
  await page.locator('#s-kemajuan .progress-bar').waitFor();
  await page.locator('#s-status').filter({ hasText: 'Selesai' }).waitFor({ timeout: 60000 });
  assert.equal(await page.locator('#s-kemajuan .progress-bar').innerText(), '100%');
  assert.match(await page.locator('#s-kemajuan').innerText(), /\d+ siklus dimulai/);
  await foto(page, 'konsol-siklus');
  await ponsel(page, 'konsol-siklus-ponsel');
  await tutup();
}

const tahap = { pemantauan, konsol }[process.argv[2]];
if (!tahap) throw new Error('tahap tidak dikenal: ' + process.argv[2]);
try {
  await tahap();
} catch (e) {
  if (halaman) await halaman.screenshot({ path: path.join(os.tmpdir(), 'gagal-' + process.argv[2] + '.png'), fullPage: true }).catch(() => {});
  console.error(e);
  process.exit(1);
}
