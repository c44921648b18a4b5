// Reading the geometry back out of a chart's SVG string, for the tests.

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The box of every `<g data-node>` (its first rect). */
export function nodeBoxes(svg: string): Box[] {
  const out: Box[] = [];
  for (const m of svg.matchAll(
    /<g class="node[^"]*" data-node="([^"]*)"><title>[^<]*<\/title><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g,
  ))
    out.push({
      id: m[1] as string,
      x: +(m[2] as string),
      y: +(m[3] as string),
      w: +(m[4] as string),
      h: +(m[5] as string),
    });
  return out;
}

export type Point = [number, number];

/**
 * The points of a path made of M, H, V and C commands (absolute), a cubic sampled at 24
 * points: a polyline that follows the drawn edge to within a fraction of a pixel.
 */
export function pathPoints(d: string): Point[] {
  const pts: Point[] = [];
  let cur: Point = [0, 0];
  for (const m of d.matchAll(/([MHVC])\s*([^MHVC]*)/g)) {
    const nums = (m[2] ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (m[1] === "M") cur = [nums[0] as number, nums[1] as number];
    else if (m[1] === "H") cur = [nums[0] as number, cur[1]];
    else if (m[1] === "V") cur = [cur[0], nums[0] as number];
    else {
      const [x1, y1, x2, y2, x3, y3] = nums as [number, number, number, number, number, number];
      const [x0, y0] = cur;
      for (let i = 1; i <= 24; i++) {
        const t = i / 24;
        const u = 1 - t;
        pts.push([
          u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
          u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
        ]);
      }
      cur = [x3, y3];
      continue;
    }
    pts.push(cur);
  }
  return pts;
}

/**
 * Whether the segment a–b passes through the inside of the box (shrunk by `inset` px, so
 * that touching an edge of it does not count): Liang–Barsky clipping.
 */
export function crosses(a: Point, b: Point, box: Box, inset = 0.5): boolean {
  const xmin = box.x + inset;
  const xmax = box.x + box.w - inset;
  const ymin = box.y + inset;
  const ymax = box.y + box.h - inset;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - xmin],
    [dx, xmax - a[0]],
    [-dy, a[1] - ymin],
    [dy, ymax - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}
