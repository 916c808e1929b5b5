// Welcome page of kinerja-flow: the pages under /app (SKP Saya, Pemantauan, Konsol BKPSDM, Riwayat SKP), and the way
// back to them after logging in (../kinerja-app.js).
export default {
  customScripts: ['../kinerja-app'],
  links: [
    { label: 'Kinerja ASN', href: '../../../../app/', description: 'SKP Saya, Pemantauan, Konsol BKPSDM dan Riwayat SKP' }
  ]
};
