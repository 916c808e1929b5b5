// Shared helpers of the SKP forms in Tasklist (src/main/resources/static/forms), as window.kinerjaForm.
// The forms read and write through /api with the Tasklist login; the API completes the task.

const LABEL = {
  UTAMA: 'Utama', TAMBAHAN: 'Tambahan',
  DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi', SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi', DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
  SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang', ISTIMEWA: 'Istimewa',
  DRAFT: 'Draf', DIAJUKAN: 'Diajukan', DIKEMBALIKAN: 'Dikembalikan', DITETAPKAN: 'Ditetapkan',
  MENUNGGU: 'Belum dilaporkan', DILAPORKAN: 'Dilaporkan', DINILAI: 'Dinilai', TIDAK_DINILAI: 'Terkunci, tidak dinilai',
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan', AKUNTABEL: 'Akuntabel', KOMPETEN: 'Kompeten', HARMONIS: 'Harmonis',
  LOYAL: 'Loyal', ADAPTIF: 'Adaptif', KOLABORATIF: 'Kolaboratif',
  ISTIMEWA: 'Istimewa', BELUM_DIBUKA: 'Belum dibuka', TERBUKA: 'Terbuka', TERKUNCI: 'Terkunci, tidak dilaporkan'
};
/** The seven BerAKHLAK values, in the order of the acronym. */
const NILAI_BERAKHLAK = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Desember'];

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

/** An API error as one readable line per problem: the detail, then each field ("RHK 1, indikator 2: ..."). */
function pesan(problem) {
  const baris = [];
  if (problem.detail) baris.push(problem.detail);
  Object.entries(problem.errors || {}).forEach(([field, msg]) => {
    const tempat = field
      .replace(/rhk\[(\d+)\]/g, (_, i) => 'RHK ' + (+i + 1))
      .replace(/indikator\[(\d+)\]/g, (_, i) => 'indikator ' + (+i + 1))
      .replace(/realisasi\[(\d+)\]/g, (_, i) => 'realisasi ' + (+i + 1))
      .replace(/umpanBalik\[(\d+)\]/g, (_, i) => 'umpan balik ' + (+i + 1))
      .replace(/\./g, ', ');
    baris.push(tempat + ': ' + msg);
  });
  return baris.length ? baris : ['Permintaan gagal (HTTP ' + problem.status + ').'];
}

async function api(method, url, body) {
  const headers = { 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body)
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw { status: res.status, baris: pesan(Object.assign({ status: res.status }, data)) };
  return data;
}

/** The first scope up the chain that passes the test: where Tasklist keeps its form options and callback. */
function naik(scope, test) {
  for (let s = scope; s; s = s.$parent) if (test(s)) return s;
  return null;
}

/** The same checks as the server (EvaluationService.unggahBukti), with the same messages. */
function periksaBerkas(file, aturan) {
  if (file.size === 0) return "berkas '" + file.name + "' kosong";
  if (file.size > aturan.ukuranMaksKb * 1024) {
    return "berkas '" + file.name + "' berukuran " + Math.floor(file.size / 1024) + ' KB; maksimal ' + aturan.ukuranMaksKb + ' KB';
  }
  if (!aturan.tipeDiizinkan.includes(file.type)) {
    return "berkas '" + file.name + "' bertipe " + (file.type || 'tidak dikenal') + '; yang diizinkan: ' + aturan.tipeDiizinkan.join(', ');
  }
  return null;
}

/**
 * Prepares a form: hides Tasklist's own "complete" button (each form has its own actions), reads the
 * task's variables, then calls muat(variables) and puts what it returns on the scope.
 */
function mulai($scope, camForm, namaVariabel, muat) {
  const tasklist = naik($scope, (s) => s.options && 'hideCompleteButton' in s.options);
  if (tasklist) tasklist.options.hideCompleteButton = true;
  $scope.label = (kode) => LABEL[kode] || kode;
  $scope.nilaiBerakhlak = NILAI_BERAKHLAK;
  $scope.pilihanRating = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];
  $scope.tanggal = (iso) => {
    if (!iso) return '';
    const [y, m, d] = iso.substring(0, 10).split('-');
    return +d + ' ' + BULAN[+m - 1] + ' ' + y;
  };
  $scope.galat = [];
  $scope.sibuk = true;
  camForm.on('form-loaded', () => namaVariabel.forEach((n) => camForm.variableManager.fetchVariable(n)));
  camForm.on('variables-fetched', () => {
    const v = {};
    namaVariabel.forEach((n) => { v[n] = camForm.variableManager.variableValue(n); });
    jalankan($scope, () => muat(v));
  });
}

/** Runs an async step, shows its errors on the form, and refreshes the Angular view afterwards. */
async function jalankan($scope, langkah) {
  $scope.sibuk = true;
  $scope.galat = [];
  try {
    return await langkah();
  } catch (e) {
    $scope.galat = e.baris || [String(e.message || e)];
    return undefined;
  } finally {
    $scope.sibuk = false;
    $scope.$applyAsync();
  }
}

/** Tasklist shows notifications as HTML; names in them are text. */
function teks(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The API completed the task: tell the user, and let Tasklist close the form and refresh its list. */
function selesai($scope, Notifications, judul, isi) {
  Notifications.addMessage({ status: teks(judul), message: teks(isi), duration: 15000 });
  const tasklist = naik($scope, (s) => typeof s.onFormCompletionCallback === 'function');
  $scope.$applyAsync(() => tasklist.onFormCompletionCallback(null));
}

window.kinerjaForm = { api, mulai, jalankan, selesai, periksaBerkas, label: (k) => LABEL[k] || k };
