/**
 * `npm run bench`: every figure the issues ask for, printed as tables. Speed and size are
 * measured here, never asserted in tests. Figures drift with the machine's load: compare the
 * ratios printed side by side, which come from one process on the same data.
 */
import { availableParallelism, loadavg } from 'node:os';
import { benchBigPages } from './big-pages';
import { benchBrowser } from './browser';
import { benchEngine } from './engine';
import { benchImports } from './imports';
import { benchImportsInBrowser } from './imports-browser';
import { benchSizes } from './sizes';
import { benchTracking } from './tracking';

console.log(`# ShipLens benchmarks`);
console.log(
  `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} at start`,
);
benchSizes();
await benchEngine();
await benchTracking();
await benchImports();
await benchBrowser();
await benchBigPages();
await benchImportsInBrowser();
