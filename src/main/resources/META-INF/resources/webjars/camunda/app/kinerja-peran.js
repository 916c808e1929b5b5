// Tasklist and Cockpit (customScripts in their config.js): below Camunda admin the engine API only reads, queries,
// comments and claims (security/PenjagaEngine), so the controls that would change anything else are hidden. The
// <body> carries "kinerja-terbatas" until the user is known to be a Camunda admin (styles/user-styles.css), and
// "kinerja-tugas-langsung" while the open task has no candidates (its assignee cannot return it to a group).
const akar = document.querySelector('base').getAttribute('app-root');
const engine = akar + '/api/engine/engine/default';
let pengguna;

async function json(url) {
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const data = await res.json().catch(() => null); // read in full, so no request stays open
  return res.ok ? data : null;
}

async function periksa() {
  const auth = await json(akar + '/api/admin/auth/user/default').catch(() => null);
  const id = auth && auth.userId;
  if (id !== pengguna) {
    pengguna = id;
    const grup = id ? await json(engine + '/group?member=' + encodeURIComponent(id)).catch(() => null) : null;
    document.body.classList.toggle('kinerja-terbatas', !(grup || []).some((g) => g.id === 'camunda-admin'));
  }
  const task = new URLSearchParams(location.hash.split('?')[1] || '').get('task');
  const tautan = task && id ? await json(engine + '/task/' + encodeURIComponent(task) + '/identity-links?type=candidate').catch(() => null) : null;
  document.body.classList.toggle('kinerja-tugas-langsung', !!tautan && tautan.length === 0);
}

document.body.classList.add('kinerja-terbatas');
window.addEventListener('hashchange', periksa);
periksa();
