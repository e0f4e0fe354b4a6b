/**
 * Longest test files first, so that neither worker idles at the end of the run. Jest orders by the
 * times it recorded in its cache; on a fresh clone it has none and falls back on file size, which
 * says little here (a short file may start LibreOffice). HINTS gives those files their usual
 * seconds until jest has timed them itself.
 */
const path = require("path");
const Sequencer = require("@jest/test-sequencer").default;

const HINTS = {
  "test/e2e/pane.e2e.test.ts": 45,
  "test/print/overlap.test.ts": 40,
  "test/taskpane/pane.test.tsx": 35,
  "test/engines/libreoffice.test.ts": 35,
  "test/print/checkColours.test.ts": 30,
  "test/model/projection.test.ts": 30,
  "test/reliability/differential.test.ts": 30,
  "test/model/scenarios.test.ts": 20,
  "test/writers/officejs/insertProperty.test.ts": 20,
  "test/reliability/soundness.test.ts": 20,
  "test/engines/projection.test.ts": 20,
  "test/model/sensitivity.test.ts": 20,
  "test/templates/seed.test.ts": 20,
  "test/workbook/templateVersion.test.ts": 20,
  "test/cli/cli.test.ts": 20,
  "test/taskpane/excel.test.tsx": 20,
  "test/templates/model.test.ts": 18,
  "test/engines/gnumeric.test.ts": 12,
};

class LongestFirst extends Sequencer {
  sort(tests) {
    const seconds = (t) => {
      const timed = this.time(t);
      return timed != null ? timed / 1000 : (HINTS[path.relative(t.context.config.rootDir, t.path).split(path.sep).join("/")] ?? 0);
    };
    const size = (t) => t.context.hasteFS.getSize(t.path) ?? 0;
    return [...tests].sort((a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || seconds(b) - seconds(a) || size(b) - size(a));
  }
}

module.exports = LongestFirst;
