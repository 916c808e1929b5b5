// The kinerja-flow pages (/app/, static/app) from the Camunda webapps (customScripts of welcome and tasklist config.js):
// a "Kinerja ASN" entry at the start of the header, and, on the welcome page, the way back after the login that a page
// under /app asked for (kf.js stores where the user was in localStorage 'kf-kembali').
const akar = document.querySelector('base').getAttribute('app-root');
const auth = akar + '/api/admin/auth/user/default';

function tautan() {
  const menu = document.querySelector('.cam-nav.app-menu > ul');
  if (menu && !menu.querySelector('.kinerja-app')) {
    const li = document.createElement('li');
    li.className = 'kinerja-app';
    li.innerHTML = '<a href="' + akar.replace(/\/camunda$/, '') + '/app/" title="SKP Saya, Pemantauan, Konsol BKPSDM, Riwayat SKP">Kinerja ASN</a>';
    menu.insertBefore(li, menu.firstChild);
  }
}

async function kembali() {
  const tujuan = localStorage.getItem('kf-kembali');
  if (!tujuan || !tujuan.startsWith(akar.replace(/\/camunda$/, '') + '/app/')) return;
  // Not on the login view: the login replaces the session, and a request still in flight with the old session cookie
  // would come back with a new, empty session and log the user out again. The view changes once the login has answered.
  if (location.hash.startsWith('#!/login')) return;
  const res = await fetch(auth, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
  const user = res && res.ok ? await res.json().catch(() => null) : null;
  if (user && user.userId) {
    localStorage.removeItem('kf-kembali');
    location.href = tujuan;
  }
}

setInterval(tautan, 500);
if (location.pathname.includes('/app/welcome/')) {
  kembali();
  setInterval(kembali, 1000);
}
