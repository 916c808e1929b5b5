// The pages under /app in Debian's Chromium, as two people, at 1280×800 and on a 390-px phone. Run by
// HalamanPegawaiAuditorTest once Siti's year is done (plan returned, revised and approved, every period and the final rated):
//   node e2e/halaman-pegawai-auditor.mjs <pegawai|auditor>
// pegawai: Siti opens "SKP Saya" (the Camunda login sends her back), sees her approved plan and final predicate, and
//   changes her password (a wrong old password first: the refusal is readable Indonesian).
// auditor: opens Siti's SKP in "Riwayat SKP" and reads who approved the plan and when, the target changed 12 → 14, and
//   the path on the planning diagram.
// Environment: BASE_URL, PEGAWAI, PASSWORD, KATA_SANDI_BARU, PREDIKAT, TARGET_LAMA, TARGET_BARU, PENILAI_NAMA, DISETUJUI_PADA,
// AUDITOR, AUDITOR_PASSWORD, LAYAR (screenshots shown in README), ARTIFACTS (screenshot of a failing step).
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
const LAYAR = env('LAYAR');
const ARTIFACTS = env('ARTIFACTS');
const WAKTU = 20000;
const LEBAR = { desktop: { width: 1280, height: 800 }, ponsel: { width: 390, height: 844 } };
fs.mkdirSync(LAYAR, { recursive: true });
fs.mkdirSync(ARTIFACTS, { recursive: true });
let halaman;

/** A fresh browser profile; the page asks for the login itself (kf.js) and comes back after it. */
async function bukaSebagai(nip, sandi, alamat) {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-app-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
    viewport: LEBAR.desktop,
    timezoneId: 'Asia/Jakarta',
    locale: 'id-ID'
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(WAKTU);
  halaman = page;
  page.on('pageerror', (e) => console.error('[halaman] ' + e.message));
  page.on('response', (r) => { if (r.url().includes('/api/')) console.log('[jaringan] ' + r.status() + ' ' + r.request().method() + ' ' + r.url()); });
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) console.log('[alamat] ' + f.url()); });
  await page.goto(BASE + alamat);
  // no session: kf.js sends the browser to the Camunda login
  await page.waitForURL(/\/camunda\/app\/welcome\//);
  const nama = page.locator('input[ng-model=username]');
  const isian = page.locator('input[ng-model=password]');
  await nama.waitFor();
  // On the login view the page must not ask who is logged in: the login replaces the session, and such a request still
  // in flight would come back with a new, empty one and log the user out again (kinerja-app.js checks once a second).
  const tanyaSaatLogin = [];
  const catat = (r) => {
    if (r.url().endsWith('/api/admin/auth/user/default') && page.url().includes('#!/login')) tanyaSaatLogin.push(r.url());
  };
  page.on('request', catat);
  await page.waitForTimeout(1500);
  for (let i = 0; i < 5 && (await nama.inputValue() !== nip || await isian.inputValue() !== sandi); i++) {
    await nama.fill(nip);
    await isian.fill(sandi);
  }
  await page.click('button[type=submit]');
  // and back to the page asked for (webjars/camunda/app/kinerja-app.js)
  await page.waitForURL(BASE + alamat);
  page.off('request', catat);
  assert.deepEqual(tanyaSaatLogin, [], 'halaman login menanyakan sesi selagi login berlangsung');
  return { page, tutup: () => context.close() };
}

/** The whole page at both widths, for README. */
async function foto(page, nama) {
  for (const [ukuran, lebar] of Object.entries(LEBAR)) {
    await page.setViewportSize(lebar);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))); // the new width laid out
    const muat = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    assert.ok(muat, nama + ': halaman lebih lebar dari layar ' + lebar.width + ' px');
    await page.screenshot({ path: path.join(LAYAR, nama + '-' + lebar.width + '.png'), fullPage: ukuran === 'ponsel' || nama === 'beranda' });
  }
  await page.setViewportSize(LEBAR.desktop);
}

async function pegawai() {
  const { page, tutup } = await bukaSebagai(env('PEGAWAI'), env('PASSWORD'), '/app/skp-saya.html');
  await page.locator('#status-rencana').waitFor();
  assert.equal(await page.locator('#status-rencana').innerText(), 'Ditetapkan');
  assert.equal(await page.locator('#predikat-akhir').innerText(), env('PREDIKAT'));
  assert.match(await page.locator('#rencana').innerText(), new RegExp(env('TARGET_BARU') + ' laporan'));
  assert.match(await page.locator('#penilai').innerText(), new RegExp(env('PENILAI_NAMA')));
  assert.match(await page.locator('#dokumen').innerText(), /Dokumen Evaluasi Kinerja Tahunan/);
  await foto(page, 'skp-saya');

  // a wrong old password: refused, in Indonesian, nothing changed
  await page.fill('#sandi-lama', 'bukan-sandi-lama');
  await page.fill('#sandi-baru', env('KATA_SANDI_BARU'));
  await page.fill('#sandi-ulang', env('KATA_SANDI_BARU'));
  await page.click('#form-sandi button[type=submit]');
  const galat = page.locator('#form-sandi .alert-danger');
  await galat.waitFor();
  assert.match(await galat.innerText(), /kata sandi/i);
  // the right one: changed
  await page.fill('#sandi-lama', env('PASSWORD'));
  await page.click('#form-sandi button[type=submit]');
  await page.locator('#form-sandi .alert-success').filter({ hasText: 'Kata sandi telah diganti' }).waitFor();

  await page.goto(BASE + '/app/');
  await page.locator('#menu-skp-saya').waitFor();
  assert.equal(await page.locator('#menu-riwayat').count(), 0, 'pegawai tidak ditawari Riwayat SKP');
  await foto(page, 'beranda');
  await tutup();
}

async function auditor() {
  const { page, tutup } = await bukaSebagai(env('AUDITOR'), env('AUDITOR_PASSWORD'), '/app/riwayat.html');
  await page.fill('#q', 'Siti Aminah');
  await page.click('#form-cari button[type=submit]');
  await page.locator('#hasil-cari a').filter({ hasText: 'Siti Aminah' }).first().click();
  const linimasa = page.locator('#linimasa');
  await linimasa.locator('li').first().waitFor();
  assert.match(await page.locator('#judul-skp').innerText(), /Siti Aminah/);

  // who approved the plan, and when
  const setuju = linimasa.locator('li').filter({ hasText: /Tugas diselesaikan: Tinjau/ }).filter({ hasText: 'true' });
  assert.match(await setuju.innerText(), new RegExp('oleh ' + env('PENILAI_NAMA')));
  assert.match(await setuju.innerText(), new RegExp(env('DISETUJUI_PADA')));
  // what changed: the target old → new, and the plan set by the appraiser
  let diubah = false;
  for (const baris of await linimasa.locator('tr').filter({ hasText: 'target kuantitas' }).all()) {
    const lama = baris.locator('.kf-lama');
    if (await lama.isVisible() && await lama.innerText() === env('TARGET_LAMA')
        && await baris.locator('.kf-baru').innerText() === env('TARGET_BARU')) diubah = true;
  }
  assert.ok(diubah, 'target ' + env('TARGET_LAMA') + ' → ' + env('TARGET_BARU') + ' terbaca');
  const ditetapkan = linimasa.locator('li').filter({ hasText: 'Perubahan data' }).filter({ hasText: 'Ditetapkan' });
  assert.match(await ditetapkan.first().innerText(), new RegExp('oleh ' + env('PENILAI_NAMA')));

  // the path on the planning diagram
  await page.locator('#diagram .djs-element.kf-dilalui[data-element-id=Task_ReviewSkpPlan]').waitFor();
  assert.ok(await page.locator('#diagram .djs-connection.kf-dilalui').count() > 0, 'alur yang dilalui disorot');
  // read-only: once the SKP is open, no form is shown (the search is hidden)
  assert.equal(await page.locator('main form').filter({ visible: true }).count(), 0);
  await foto(page, 'riwayat');
  await tutup();
}

const tahap = { pegawai, auditor }[process.argv[2]];
if (!tahap) {
  console.error('tahap tidak dikenal: ' + process.argv[2]);
  process.exit(2);
}
try {
  await tahap();
} catch (e) {
  if (halaman) await halaman.screenshot({ path: path.join(ARTIFACTS, 'gagal-halaman-' + process.argv[2] + '.png'), fullPage: true }).catch(() => {});
  console.error(e);
  process.exit(1);
}
