/** The learners of scripts/align-pair-cv.ts (an experiment): plain, dependency-free, deterministic. */

// ---- logistic regression (L2, full-batch gradient descent on standardised features) ----
export interface Model {
  w: number[];
  b: number;
  mean: number[];
  sd: number[];
}
export function fit(X: number[][], y: number[], l2 = 1e-2, epochs = 400, lr = 0.5): Model {
  const d = X[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, x) => s + x[j]!, 0) / X.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array(d).fill(0);
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    const gw = new Array(d).fill(0);
    let gb = 0;
    Z.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(b + z.reduce((s, v, j) => s + v * w[j]!, 0))));
      const g = p - y[i]!;
      gb += g;
      z.forEach((v, j) => (gw[j] += g * v));
    });
    for (let j = 0; j < d; j++) w[j] -= lr * (gw[j] / Z.length + l2 * w[j]);
    b -= (lr * gb) / Z.length;
  }
  return { w, b, mean, sd };
}
export const linProb = (m: Model, x: number[]) => 1 / (1 + Math.exp(-(m.b + x.reduce((s, v, j) => s + ((v - m.mean[j]!) / m.sd[j]!) * m.w[j]!, 0))));

// ---- boosted stumps (CV_LEARNER=gbm): logistic loss, Newton leaves, shrinkage 0.1 ----
interface Stump { j: number; t: number; lo: number; hi: number }
export interface Boost { b: number; stumps: Stump[] }
export function fitBoost(X: number[][], y: number[], rounds = Number(process.env.CV_ROUNDS ?? 150)): Boost {
  const d = X[0]!.length;
  const cuts = Array.from({ length: d }, (_, j) => [...new Set(X.map((x) => x[j]!).sort((a, b) => a - b).filter((_, i, a) => i % Math.max(1, Math.floor(a.length / 16)) === 0))]);
  const pos = y.reduce((s, v) => s + v, 0) / y.length;
  const b = Math.log(pos / (1 - pos));
  const F = new Array(X.length).fill(b);
  const stumps: Stump[] = [];
  for (let r = 0; r < rounds; r++) {
    const p = F.map((f) => 1 / (1 + Math.exp(-f)));
    const g = y.map((v, i) => v - p[i]!);
    const h = p.map((q) => q * (1 - q));
    let best: (Stump & { gain: number }) | null = null;
    for (let j = 0; j < d; j++) {
      for (const t of cuts[j]!) {
        let gl = 0, hl = 0, gr = 0, hr = 0;
        X.forEach((x, i) => (x[j]! < t ? ((gl += g[i]!), (hl += h[i]!)) : ((gr += g[i]!), (hr += h[i]!))));
        const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1);
        if (!best || gain > best.gain) best = { j, t, lo: (0.1 * gl) / (hl + 1), hi: (0.1 * gr) / (hr + 1), gain };
      }
    }
    stumps.push(best!);
    X.forEach((x, i) => (F[i] += x[best!.j]! < best!.t ? best!.lo : best!.hi));
  }
  return { b, stumps };
}
export const boostProb = (m: Boost, x: number[]) => 1 / (1 + Math.exp(-m.stumps.reduce((f, s) => f + (x[s.j]! < s.t ? s.lo : s.hi), m.b)));
