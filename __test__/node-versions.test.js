'use strict';
// The addon under each supported Node line (18, 20, 22): the official Node
// binary of each, from the npm registry's node-linux-<arch> package (cached
// under the OS temp dir after the first run, ~40 MB each), runs
// scripts/smoke.js: require the package, GunHelper, computeSoul, put/get on a
// real relay started by testbed/launcher.js, a sync and an async error code.
//
// Skipped, saying why, where those builds cannot run (not Linux glibc x64 or
// arm64: on Alpine the image's own Node is the version under test) or when
// OIP_SKIP_NODE_VERSIONS=1 (CI's per-image jobs, where the image is the
// version under test). A registry that cannot be reached is a failure, not a
// skip: the npm registry is a precondition of `npm install` itself.

const { NODE_VERSIONS, versions, unsupportedReason, ensureNode, runSmoke } = require('../scripts/node-versions');
const { startNodes } = require('../testbed/launcher');

const skipReason = process.env.OIP_SKIP_NODE_VERSIONS === '1' ? 'OIP_SKIP_NODE_VERSIONS=1' : unsupportedReason();
const list = versions();

if (skipReason) {
  // eslint-disable-next-line no-console
  console.log(`node-versions.test.js skipped: ${skipReason}`);
}

(skipReason ? describe.skip : describe)('the addon under Node 18, 20 and 22', () => {
  let bed;
  const bins = {};

  beforeAll(async () => {
    bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 500 });
    // Downloads happen at most once per machine (then the cache answers).
    for (const v of list) bins[v] = ensureNode(v);
  }, 300000);

  afterAll(async () => {
    if (bed) await bed.stop();
  });

  test('the versions cover every supported major', () => {
    const majors = list.map((v) => Number(v.split('.')[0]));
    expect(majors).toEqual(expect.arrayContaining([18, 20, 22]));
    expect(NODE_VERSIONS.map((v) => Number(v.split('.')[0]))).toEqual([18, 20, 22]);
  });

  test.each(list)('node %s loads the addon and talks to a relay', async (v) => {
    const r = await runSmoke(bins[v], bed.nodes[0].relayUrl);
    if (!r.ok) {
      // eslint-disable-next-line no-console
      console.log(`node ${v}: ${JSON.stringify(r, null, 2)}`);
    }
    expect(r.node).toBe(`v${v}`);
    expect(Number(r.napi)).toBeGreaterThanOrEqual(8); // the crate's napi8 feature
    expect(r.checks).toEqual({
      loaded: true,
      computeSoul: true,
      put: true,
      get: true,
      syncErrorCode: true,
      asyncErrorCode: true,
    });
    expect(r.ok).toBe(true);
  }, 60000);
});
