'use strict';
/**
 * collectServices() -> Promise: forces a few garbage collections in a test
 * process started without --expose-gc. A sync service holds its logger and
 * onProgress callback as weak thread-safe functions, released only when the
 * service is collected: collecting the finished services closes their
 * handles before jest's open-handle check.
 */

const v8 = require('v8');
const vm = require('vm');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function collectServices() {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  v8.setFlagsFromString('--no-expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(100);
  }
}

module.exports = { collectServices };
