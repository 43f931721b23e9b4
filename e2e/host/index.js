// The extensionTestsPath module: the extension host calls run() and reports its outcome to the workbench,
// which passes it to codeAutomationExit. The JSON report is read by e2e/host.e2e.js.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
  const report = process.env.E2E_REPORT || path.join(__dirname, 'mocha-report.json');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, reporter: 'json', reporterOptions: { output: report } });
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed, see ${report}`)) : resolve()));
  });
};
