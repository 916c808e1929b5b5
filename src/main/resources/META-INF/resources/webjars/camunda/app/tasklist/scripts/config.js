// Tasklist of kinerja-flow: Indonesian for everyone, the shared form helpers, no vendor banner (user-styles.css).
export default {
  app: {
    name: 'Daftar Tugas SKP',
    vendor: 'kinerja-flow'
  },
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },
  customScripts: ['scripts/kinerja-form', '../kinerja-peran', '../kinerja-app'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'klaim tugas yang sedang dipilih' },
    focusFilter: { key: 'ctrl+shift+f', description: 'pindah ke filter pertama' },
    focusList: { key: 'ctrl+alt+l', description: 'pindah ke tugas pertama dalam daftar' },
    focusForm: { key: 'ctrl+alt+f', description: 'pindah ke isian pertama formulir tugas' },
    startProcess: { key: 'ctrl+alt+p', description: 'buka dialog mulai proses' }
  }
};
