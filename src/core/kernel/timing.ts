import { performance } from "node:perf_hooks";

/** One node of the boot timing tree shown by `sessionkit info`. */
export interface TimingNode {
  readonly name: string;
  ms: number;
  readonly children: TimingNode[];
}

export function timingNode(name: string): TimingNode {
  return { name, ms: 0, children: [] };
}

/** Times `fn` into a new child of `parent`; works for sync and async functions. */
export function timed<T>(parent: TimingNode, name: string, fn: (node: TimingNode) => T): T {
  const node = timingNode(name);
  parent.children.push(node);
  const t0 = performance.now();
  const done = () => {
    node.ms = performance.now() - t0;
  };
  const out = fn(node);
  if (out instanceof Promise) return out.finally(done) as T;
  done();
  return out;
}

/** Renders the tree as indented lines: `  register 1.2 ms`. */
export function renderTiming(node: TimingNode, depth = 0): string[] {
  const lines = [`${"  ".repeat(depth)}${node.name} ${node.ms.toFixed(1)} ms`];
  for (const c of node.children) lines.push(...renderTiming(c, depth + 1));
  return lines;
}
