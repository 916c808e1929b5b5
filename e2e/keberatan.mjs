// The objection to the final predicate in the real Tasklist (Debian's Chromium, playwright-core): the employee objects
// with an evidence file, the appraiser responds, the appraiser's superior changes the predicate. Run by
// TasklistBrowserTest once the predicate is final:  node e2e/keberatan.mjs
// Environment: BASE_URL, PEGAWAI, PENILAI, ATASAN (their NIPs), ATASAN_NAMA, PASSWORD, TAHUN, PREDIKAT (label of the
// final predicate), PREDIKAT_BARU (label of the one the superior sets), ARTIFACTS.
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
const TAHUN = env('TAHUN');
const ARTIFACTS = env('ARTIFACTS');
const FILTER = 'Predikat & Keberatan';
let halaman; // the page of the current step, photographed when a step fails
fs.mkdirSync(ARTIFACTS, { recursive: true });

/** A fresh browser profile, logged in to Tasklist as one user. */
async function masuk(nip) {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1400, height: 2000 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID'
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(20000);
  halaman = page;
  page.on('pageerror', (e) => console.error('[halaman] ' + e.message));
  const nama = page.locator('input[ng-model=username]');
  // On a busy machine the webapp's first load may time out in RequireJS: load it again.
  for (let i = 0; ; i++) {
    await page.goto(BASE + '/camunda/app/tasklist/default/', { waitUntil: 'networkidle' });
    try {
      await nama.waitFor({ timeout: 60000 });
      break;
    } catch (e) {
      if (i === 2) throw e;
    }
  }
  const sandi = page.locator('input[ng-model=password]');
  for (let i = 0; i < 5 && (await nama.inputValue() !== nip || await sandi.inputValue() !== env('PASSWORD')); i++) {
    await nama.fill(nip);
    await sandi.fill(env('PASSWORD'));
  }
  await page.click('button[type=submit]');
  await page.locator('.task-filter').first().waitFor();
  return { page, tutup: () => context.close() };
}

/** Opens the task whose name starts with the label from the filter, and waits for its form's data. */
async function bukaTugas(page, label) {
  await page.locator('.task-filter').filter({ hasText: FILTER }).click();
  const tugas = page.locator('ol.tasks-list li.task').filter({ hasText: label }).first();
  await tugas.waitFor();
  await tugas.click();
  await page.locator('.kinerja-form .ringkasan').waitFor();
  assert.match(await page.locator('.task-details h2.task').innerText(), new RegExp('^' + label));
}

/** The success message Tasklist shows after the form's action; the task leaves the list. */
async function pesanSukses(page, judul, label) {
  const pesan = page.locator('.notifications .alert').filter({ hasText: judul });
  await pesan.waitFor();
  await page.locator('ol.tasks-list li.task').filter({ hasText: label }).waitFor({ state: 'detached' });
  return pesan.innerText();
}

async function foto(page, nama) {
  await page.locator('.task-details').screenshot({ path: path.join(ARTIFACTS, nama + '.png') });
}

async function keberatan() {
  const alasan = 'Target arsip tertata tercapai 95 persen; notulen rapat evaluasi terlampir.';
  const tanggapan = 'Arsip tertata yang diverifikasi baru 85 persen.';

  // 1. The employee sees the final predicate and objects, with a reason and an evidence file.
  let { page, tutup } = await masuk(env('PEGAWAI'));
  const predikat = 'Predikat Kinerja ' + TAHUN;
  await bukaTugas(page, predikat);
  assert.equal((await page.locator('#predikat').innerText()).trim(), env('PREDIKAT'));
  assert.match(await page.locator('#batas-keberatan').innerText(), /^sampai \d+ \w+ \d{4}/);
  await page.click('#ajukan');
  assert.match(await page.locator('#galat').innerText(), /alasan keberatan wajib diisi/);
  const bukti = path.join(os.tmpdir(), 'notulen-keberatan.pdf');
  fs.writeFileSync(bukti, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await page.setInputFiles('#berkas', bukti);
  await page.fill('#alasan', alasan);
  await foto(page, '20-ajukan-keberatan');
  await page.click('#ajukan');
  assert.match(await pesanSukses(page, 'Keberatan diajukan', predikat), new RegExp('diajukan kepada ' + env('ATASAN_NAMA')));
  await tutup();

  // 2. The appraiser reads the objection and its evidence, and responds.
  ({ page, tutup } = await masuk(env('PENILAI')));
  const tanggapi = 'Tanggapi Keberatan Predikat ' + TAHUN;
  await bukaTugas(page, tanggapi);
  assert.equal((await page.locator('#alasan-keberatan').innerText()).trim(), alasan);
  assert.match(await page.locator('#bukti-keberatan').innerText(), /notulen-keberatan\.pdf/);
  await page.fill('#tanggapan', tanggapan);
  await foto(page, '21-tanggapi-keberatan');
  await page.click('#kirim-tanggapan');
  await pesanSukses(page, 'Tanggapan terkirim', tanggapi);
  await tutup();

  // 3. The superior reads both sides and sets another predicate, with a reason; the decision is final.
  ({ page, tutup } = await masuk(env('ATASAN')));
  const putuskan = 'Putuskan Keberatan Predikat ' + TAHUN;
  await bukaTugas(page, putuskan);
  assert.equal((await page.locator('#alasan-keberatan').innerText()).trim(), alasan);
  assert.equal((await page.locator('#tanggapan').innerText()).trim(), tanggapan);
  await page.click('#putuskan');
  assert.match(await page.locator('#galat').innerText(), /pilih DIKUATKAN atau DIUBAH/);
  await page.check('input[name=keputusan][value=DIUBAH]');
  await page.selectOption('#predikat-baru', { label: env('PREDIKAT_BARU') });
  await page.fill('#alasan-keputusan', 'Notulen membuktikan capaian di atas target.');
  await foto(page, '22-putuskan-keberatan');
  await page.click('#putuskan');
  const pesan = await pesanSukses(page, 'Keberatan diputus', putuskan);
  assert.match(pesan, new RegExp('Predikat akhir ' + TAHUN + ' untuk .*: ' + env('PREDIKAT_BARU') + ' \\(diubah\\)'));
  await tutup();
}

try {
  await keberatan();
  console.log('keberatan: lulus');
} catch (e) {
  console.error('keberatan: GAGAL\n' + (e.stack || e));
  await halaman?.screenshot({ path: path.join(ARTIFACTS, 'gagal-keberatan.png'), fullPage: true }).catch(() => {});
  process.exit(1);
}
