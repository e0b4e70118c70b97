'use strict';
/** Temporary directories a test suite makes as it goes and removes at its end. */

const fs = require('fs');
const os = require('os');
const path = require('path');

/** `make()` a fresh directory named `<prefix>XXXXXX` in the system's temp dir; `removeAll()` in `afterAll`. */
function tempDirs(prefix) {
  const dirs = [];
  return {
    make() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { tempDirs };
