// Cockpit of kinerja-flow: auditors and BKPSDM admins read; the controls only a Camunda admin may use are hidden
// from them (../kinerja-peran.js with styles/user-styles.css).
export default {
  customScripts: ['../kinerja-peran']
};
