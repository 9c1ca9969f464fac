// Loaded by `npm run bench:memory` into the processes it measures (NODE_OPTIONS=--import): on SIGUSR2 a process
// writes what it holds, as Node and V8 see it, to $BENCH_MEMORY_PROBE_DIR/<pid>.json. Plain JavaScript: the
// server it goes into runs compiled code under plain Node, without a TypeScript loader.
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";

const dir = process.env.BENCH_MEMORY_PROBE_DIR;
if (dir) {
  // The WebAssembly memories created from now on (PGlite's PostgreSQL, Prisma's query compiler), weakly held so
  // that the probe never keeps a closed one alive. Their size is what they reserved and may touch, not resident.
  const memories = [];
  const track = (memory) => memories.push(new WeakRef(memory));
  const NativeMemory = WebAssembly.Memory;
  WebAssembly.Memory = new Proxy(NativeMemory, {
    construct(target, args) {
      const memory = Reflect.construct(target, args);
      track(memory);
      return memory;
    },
  });
  const NativeInstance = WebAssembly.Instance;
  WebAssembly.Instance = new Proxy(NativeInstance, {
    construct(target, args) {
      const instance = Reflect.construct(target, args);
      for (const value of Object.values(instance.exports)) if (value instanceof NativeMemory) track(value);
      return instance;
    },
  });
  const nativeInstantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const result = await nativeInstantiate(...args);
    const instance = result instanceof NativeInstance ? result : result.instance;
    for (const value of Object.values(instance.exports)) if (value instanceof NativeMemory) track(value);
    return result;
  };

  process.on("SIGUSR2", () => {
    const usage = process.memoryUsage();
    const live = new Set(memories.map((ref) => ref.deref()).filter((memory) => memory !== undefined));
    const report = {
      rss: usage.rss,
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      external: usage.external,
      wasm: [...live].reduce((sum, memory) => sum + memory.buffer.byteLength, 0),
      malloced: v8.getHeapStatistics().malloced_memory,
    };
    // Written whole, then renamed: the bench never reads half a report.
    const file = path.join(dir, `${process.pid}.json`);
    writeFileSync(`${file}.part`, JSON.stringify(report));
    renameSync(`${file}.part`, file);
  });
}
