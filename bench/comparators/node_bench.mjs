// node_bench.mjs — the W1 / W2 / seed workloads on Node's event loop: async functions, `await null` for a W1
// switch, a promisified setTimeout for a W2 sleep. Prints one JSON line per invocation.
// Usage: node node_bench.mjs w1 | w2 N | seed
// NOTE: Node clamps setTimeout(fn, 0) to 1 ms, so W2's 0 ms sleeps wait 1 ms here; that is Node's behaviour.

import { readFileSync } from "node:fs";

const W1_TASKS = 10000, W1_YIELDS = 100;
const SEED_TASKS = 9, SEED_REPEATS = 20;

// The shared delay draw (bench/README.md): xorshift32 from 2463534242, delay = x % 3 ms.
function delaysMs(count) {
  let x = 2463534242;
  const out = new Array(count);
  for (let i = 0; i < count; ++i) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    out[i] = x % 3;
  }
  return out;
}

const nowNs = () => process.hrtime.bigint();
// VmRSS (resident now) or VmHWM (peak resident) from /proc/self/status.
// NOTE: not resourceUsage().maxRSS, which a child inherits from the parent that forked it (bench/README.md).
function statusBytes(field) {
  const match = readFileSync("/proc/self/status", "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return Number(match[1]) * 1024;
}
const sleepMs = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isStableSortByDelay(order, delays) {
  if (order.length !== delays.length) return false;
  for (let k = 1; k < order.length; ++k) {
    const a = order[k - 1], b = order[k];
    if (delays[a] > delays[b] || (delays[a] === delays[b] && a > b)) return false;
  }
  return true;
}

async function w1() {
  async function worker() {
    for (let i = 0; i < W1_YIELDS; ++i) await null;
  }
  const t0 = nowNs();
  const tasks = new Array(W1_TASKS);
  for (let i = 0; i < W1_TASKS; ++i) tasks[i] = worker();
  await Promise.all(tasks);
  const elapsed = Number(nowNs() - t0);
  const switches = W1_TASKS * W1_YIELDS;
  return { workload: "w1", n: W1_TASKS, switches, elapsed_ns: elapsed, ns_per_switch: elapsed / switches };
}

async function w2(n) {
  const delays = delaysMs(n);
  const order = [];
  async function sleeper(i, d) {
    await sleepMs(d);
    order.push(i);
  }
  const rss0 = statusBytes("VmRSS");
  const t0 = nowNs();
  const tasks = new Array(n);
  for (let i = 0; i < n; ++i) tasks[i] = sleeper(i, delays[i]);
  await Promise.all(tasks);
  const elapsed = Number(nowNs() - t0);
  const longestNs = delays.reduce((m, d) => Math.max(m, d), 0) * 1e6;
  return { workload: "w2", n, elapsed_ns: elapsed, ns_per_task: (elapsed - longestNs) / n,
           bytes_per_task: (statusBytes("VmHWM") - rss0) / n, order_sorted_by_delay: isStableSortByDelay(order, delays) };
}

async function seed() {
  const delays = delaysMs(SEED_TASKS);
  const longestNs = Math.max(...delays) * 1e6;
  const beyond = [];
  let order = [];
  for (let repeat = 0; repeat <= SEED_REPEATS; ++repeat) {
    order = [];
    const t0 = nowNs();
    await Promise.all(delays.map(async (d, i) => { await sleepMs(d); order.push(i); }));
    const elapsed = Number(nowNs() - t0);
    if (repeat) beyond.push(elapsed - longestNs);  // the first run warms up
  }
  beyond.sort((a, b) => a - b);
  return { workload: "seed", n: SEED_TASKS, delays_ms: delays, us_beyond_longest: beyond[beyond.length >> 1] / 1000, order };
}

const [workload, arg] = process.argv.slice(2);
let result;
if (workload === "w1") result = await w1();
else if (workload === "w2" && arg) result = await w2(Number(arg));
else if (workload === "seed") result = await seed();
else {
  console.error("usage: node node_bench.mjs w1 | w2 N | seed");
  process.exit(2);
}
result.runtime = "node";
console.log(JSON.stringify(result));
