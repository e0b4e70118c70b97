'use strict';
/**
 * Waiting for what a real relay shows only after a moment: the first reads
 * of a freshly written node can answer 404 or part of it.
 *
 *   sleep(ms)
 *   eventually(read, ready = Boolean, { tries = 50, everyMs = 100 })
 *     -> the first value of `await read()` for which `ready(value)` holds,
 *        else the last one read (the caller's assertion then says what is wrong)
 */

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function eventually(read, ready = Boolean, { tries = 50, everyMs = 100 } = {}) {
  let last;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (ready(last)) return last;
    await sleep(everyMs);
  }
  return last;
}

module.exports = { sleep, eventually };
