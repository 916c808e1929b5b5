// Renders every bpmn/*.bpmn as Camunda Modeler shows it (bpmn-js in Chromium) into docs/diagram/<name>.png.
// Run: node docs/render-diagrams.mjs   (needs `npm ci` and Chromium at /usr/bin/chromium, or CHROMIUM=/path)
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'diagram');
const modul = join(root, 'node_modules', 'bpmn-js', 'dist');
const halaman = `<!doctype html><html><head><meta charset="utf-8">
<style>${readFileSync(join(modul, 'assets', 'diagram-js.css'), 'utf8')}
${readFileSync(join(modul, 'assets', 'bpmn-js.css'), 'utf8')}
html, body, #kanvas { margin: 0; width: 100%; height: 100%; background: #fff; }</style>
<script>${readFileSync(join(modul, 'bpmn-viewer.production.min.js'), 'utf8')}</script>
</head><body><div id="kanvas"></div></body></html>`;

const profil = mkdtempSync(join(tmpdir(), 'render-diagrams-'));
const browser = await chromium.launchPersistentContext(profil, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
  viewport: { width: 1600, height: 1000 },
  deviceScaleFactor: 1.5,
});
try {
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage();
  for (const berkas of readdirSync(join(root, 'bpmn')).filter((n) => n.endsWith('.bpmn')).sort()) {
    await page.setContent(halaman);
    const ukuran = await page.evaluate(async (xml) => {
      const viewer = new BpmnJS({ container: '#kanvas' });
      const { warnings } = await viewer.importXML(xml);
      if (warnings.length) throw new Error(warnings.map((w) => w.message).join('\n'));
      const kotak = viewer.get('canvas').getActiveLayer().getBBox();
      window.viewer = viewer;
      return { x: kotak.x, y: kotak.y, width: Math.ceil(kotak.width), height: Math.ceil(kotak.height) };
    }, readFileSync(join(root, 'bpmn', berkas), 'utf8'));
    const tepi = 20;
    await page.setViewportSize({ width: ukuran.width + 2 * tepi, height: ukuran.height + 2 * tepi });
    await page.evaluate(({ x, y, width, height }) => {
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: x - 20, y: y - 20, width: width + 40, height: height + 40 });
    }, ukuran);
    const png = join(out, basename(berkas, '.bpmn') + '.png');
    await page.screenshot({ path: png });
    console.log(png);
  }
} finally {
  await browser.close();
  rmSync(profil, { recursive: true, force: true });
}
