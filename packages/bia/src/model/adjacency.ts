import { addNode, arr, isRec, type NodeTable, qualify, type Rec } from "./read.js";
import type { Reporter } from "./reporter.js";

/** Compressed adjacency of a model (see `BiaModel`). @internal */
export interface Adjacency {
  /** Nodes defined in the documents; implicit external nodes (added here) come after them. */
  explicitN: number;
  groupStart: Int32Array;
  memberStart: Int32Array;
  members: Int32Array;
  groupEntry: Int32Array;
  revStart: Int32Array;
  rev: Int32Array;
}

/**
 * The adjacency pass of compileBia: resolve every `dependsOn` reference into compressed
 * adjacency arrays (groups, members, dependents). A reference to another organisation's node
 * nobody described adds an implicit external node to the table. Paths are built only for a
 * diagnostic: a million edges must not mean a million strings. @internal
 */
export function buildAdjacency(t: NodeTable, rep: Reporter): Adjacency {
  const { ids, paths, raws, indexOf } = t;
  const explicitN = ids.length;
  // Count first, then fill typed arrays: no growing arrays for a million edges.
  let maxGroups = 0;
  let maxMembers = 0;
  for (let v = 0; v < explicitN; v++) {
    const deps = (raws[v] as Rec).dependsOn;
    if (!Array.isArray(deps)) continue;
    maxGroups += deps.length;
    for (const dep of deps)
      maxMembers += isRec(dep) && Array.isArray(dep.anyOf) ? dep.anyOf.length : 1;
  }
  const groupStartList: number[] = [];
  const memberStartBuf = new Int32Array(maxGroups + 1);
  const memberBuf = new Int32Array(maxMembers);
  const groupEntryBuf = new Int32Array(maxGroups);
  let gCount = 0;
  let mCount = 0;
  const depPath = (v: number, j: number, k?: number) =>
    k === undefined ? `${paths[v]}/dependsOn/${j}` : `${paths[v]}/dependsOn/${j}/anyOf/${k}`;
  const resolve = (ref: unknown, v: number, j: number, k?: number): number => {
    if (typeof ref !== "string" || ref.length === 0) return -1;
    const org = t.nodeOrg[v] ?? null;
    let idx = indexOf.get(org === null ? ref : qualify(org, ref));
    if (idx === undefined) {
      if (ref.includes(":")) {
        // Another organisation's node nobody described: analysed as an external node with
        // unknown recovery, and said so.
        rep.add("bia/external-unresolved", "warning", depPath(v, j, k), { ref });
        idx = addNode(t, ref, "external", { name: ref }, "", org);
      } else {
        rep.add("document/dangling-reference", "error", depPath(v, j, k), {
          ref,
          target: "process, service, resource or external node",
        });
        return -1;
      }
    }
    if (idx === v) {
      rep.add("bia/self-dependency", "error", depPath(v, j, k), { id: ids[v] as string });
      return -1;
    }
    return idx;
  };
  // Nodes are walked in index order, so the lists come out grouped by node. Implicit external
  // nodes (added while resolving) come last and have no dependencies.
  for (let v = 0; v < explicitN; v++) {
    groupStartList.push(gCount);
    const deps = (raws[v] as Rec).dependsOn;
    if (!Array.isArray(deps)) continue;
    for (let j = 0; j < deps.length; j++) {
      const dep = deps[j];
      if (isRec(dep) && "anyOf" in dep) {
        const list = arr(dep.anyOf);
        if (list.length === 0) {
          rep.add("bia/empty-any-of", "error", `${depPath(v, j)}/anyOf`, { id: ids[v] as string });
          continue;
        }
        const first = mCount;
        // A scan finds repeats in a small group; a set keeps a huge one linear.
        const seen = list.length > 16 ? new Set<number>() : null;
        for (let k = 0; k < list.length; k++) {
          const m = resolve(list[k], v, j, k);
          if (m < 0) continue;
          let dup = false;
          if (seen !== null) {
            dup = seen.has(m);
            seen.add(m);
          } else for (let x = first; x < mCount; x++) if (memberBuf[x] === m) dup = true;
          if (!dup) memberBuf[mCount++] = m;
        }
        if (mCount > first) {
          memberStartBuf[gCount] = first;
          groupEntryBuf[gCount++] = j;
        }
        continue;
      }
      const m = resolve(dep, v, j);
      if (m >= 0) {
        memberStartBuf[gCount] = mCount;
        groupEntryBuf[gCount++] = j;
        memberBuf[mCount++] = m;
      }
    }
  }
  const n = ids.length;
  for (let v = explicitN; v < n; v++) groupStartList.push(gCount);
  groupStartList.push(gCount);
  memberStartBuf[gCount] = mCount;
  const groupStart = Int32Array.from(groupStartList);
  // The counts above are exact unless references were dropped; only then copy to size.
  const fit = (a: Int32Array, length: number) => (length === a.length ? a : a.slice(0, length));
  const memberStart = fit(memberStartBuf, gCount + 1);
  const members = fit(memberBuf, mCount);
  const groupEntry = fit(groupEntryBuf, gCount);

  // Reverse adjacency (dependents), counting sort by member; dependents come out ascending.
  const revStart = new Int32Array(n + 1);
  for (let k = 0; k < members.length; k++) {
    const m1 = (members[k] as number) + 1;
    revStart[m1] = (revStart[m1] as number) + 1;
  }
  for (let v = 0; v < n; v++)
    revStart[v + 1] = (revStart[v + 1] as number) + (revStart[v] as number);
  const rev = new Int32Array(members.length);
  const fill = revStart.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (
      let k = memberStart[groupStart[v] as number] as number;
      k < (memberStart[groupStart[v + 1] as number] as number);
      k++
    ) {
      const m = members[k] as number;
      rev[fill[m] as number] = v;
      fill[m] = (fill[m] as number) + 1;
    }
  }

  return { explicitN, groupStart, memberStart, members, groupEntry, revStart, rev };
}
