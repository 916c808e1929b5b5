// The calibration of a perangkat daerah's final predicates in the real Tasklist (Debian's Chromium, playwright-core): the
// Kepala Perangkat Daerah opens "Kalibrasi Predikat Kinerja {tahun} — {perangkat daerah}", sees the distribution outside
// the curve, is refused at confirmation (the curve binds), changes one predicate with a reason, and confirms.
// Run by TasklistBrowserTest (kepalaPerangkatDaerahMengkalibrasiPredikatDiTasklist):
//   node e2e/kalibrasi.mjs
// Environment: BASE_URL, KEPALA, PASSWORD, TAHUN, UNIT (the perangkat daerah's name), PEGAWAI_NAMA (whose predicate
// changes), PREDIKAT_BARU (its label), ARTIFACTS.
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
const ARTIFACTS = env('ARTIFACTS');
fs.mkdirSync(ARTIFACTS, { recursive: true });
let page;

async function masuk(nip, sandi) {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1400, height: 2000 },
    timezoneId: 'Asia/Jakarta',
    locale: 'id-ID'
  });
  page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => console.error('[halaman] ' + e.message));
  const nama = page.locator('input[ng-model=username]');
  // On a loaded machine Tasklist's plugin modules may time out (RequireJS) and the page stays blank: load it again.
  for (let i = 0; ; i++) {
    await page.goto(BASE + '/camunda/app/tasklist/default/', { waitUntil: 'networkidle' });
    try {
      await nama.waitFor({ timeout: 60000 });
      break;
    } catch (e) {
      if (i === 2) throw e;
    }
  }
  const isian = page.locator('input[ng-model=password]');
  for (let i = 0; i < 5 && (await nama.inputValue() !== nip || await isian.inputValue() !== sandi); i++) {
    await nama.fill(nip);
    await isian.fill(sandi);
  }
  await page.click('button[type=submit]');
  await page.locator('.task-filter').first().waitFor();
  return context;
}

try {
  const context = await masuk(env('KEPALA'), env('PASSWORD'));
  const judul = 'Kalibrasi Predikat Kinerja ' + env('TAHUN') + ' — ' + env('UNIT');

  // The head finds the task in "Perlu Dikalibrasi" and opens it.
  await page.locator('.task-filter').filter({ hasText: 'Perlu Dikalibrasi' }).click();
  const tugas = page.locator('ol.tasks-list li.task').filter({ hasText: judul }).first();
  await tugas.click();
  await page.locator('.kinerja-form .ringkasan').waitFor();
  assert.match(await page.locator('.task-details h2.task').innerText(), new RegExp('^' + judul));

  // The distribution is outside the curve: the form says where, beside every employee's predicate.
  const pelanggaran = page.locator('#pelanggaran');
  await pelanggaran.waitFor();
  assert.match(await pelanggaran.innerText(), /Baik: 3 dari 3 pegawai \(100%\), seharusnya paling banyak 70%/);
  assert.match(await page.locator('#kurva-mengikat').innerText(), /mengikat/);
  assert.equal(await page.locator('#daftar-pegawai tbody tr').count(), 3);
  await page.locator('.task-details').screenshot({ path: path.join(ARTIFACTS, 'kalibrasi-di-luar-kurva.png') });

  // Confirming now is refused with the numbers.
  await page.click('#konfirmasi-kalibrasi');
  await page.locator('#galat').filter({ hasText: 'belum sesuai kurva distribusi' }).waitFor();

  // One predicate changed with a reason: the sheet shows it, and the distribution meets the curve.
  await page.locator('#pegawai-ubah').selectOption({ label: env('PEGAWAI_NAMA') + ' — Baik' });
  await page.locator('#predikat-baru').selectOption({ label: env('PREDIKAT_BARU') });
  await page.fill('#alasan-ubah', 'Target verifikasi triwulan IV tidak tercapai');
  await page.click('#ubah-predikat');
  await page.locator('#sesuai-kurva').waitFor();
  const baris = page.locator('#daftar-pegawai tbody tr').filter({ hasText: env('PEGAWAI_NAMA') });
  assert.equal(await baris.locator('.predikat').innerText(), env('PREDIKAT_BARU'));
  assert.match(await baris.innerText(), /Target verifikasi triwulan IV tidak tercapai/);
  await page.locator('.task-details').screenshot({ path: path.join(ARTIFACTS, 'kalibrasi-sesuai-kurva.png') });

  // Confirmed: Tasklist says so and the task leaves the list.
  await page.click('#konfirmasi-kalibrasi');
  await page.locator('.notifications .alert').filter({ hasText: 'Kalibrasi dikonfirmasi' }).waitFor();
  await page.locator('ol.tasks-list li.task').filter({ hasText: judul }).waitFor({ state: 'detached' });
  await context.close();
  console.log('kalibrasi: lulus');
} catch (e) {
  console.error('kalibrasi: GAGAL\n' + (e.stack || e));
  await page?.screenshot({ path: path.join(ARTIFACTS, 'gagal-kalibrasi.png'), fullPage: true }).catch(() => {});
  process.exit(1);
}
