/**
 * Finding 述职测评 ballots in the bytes of a database file, WAL or backup, and ranking the positions
 * found against the order the ballots were cast in (tests/integration/ballot-secrecy.test.ts,
 * migrations-005.test.ts).
 */

// ---- ranks ----

/** Average ranks (ties share the mean of their positions). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

/** Spearman's ρ: Pearson's correlation of the ranks; 0 when one side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (a: readonly number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

// ---- finding ballots in bytes ----

export interface CastBallot {
  /** position in the order of casting / entry */
  readonly order: number;
  readonly ticketNo: string;
  /** strings that belong to this ballot alone: 票号, key, pieces of its marks */
  readonly needles: Readonly<Record<string, string>>;
}

export interface FileBytes {
  readonly name: 'main' | 'wal' | 'backup';
  readonly bytes: Buffer;
  readonly pageSize: number;
}

export function occurrences(haystack: Buffer, needle: string): number[] {
  const bytes = Buffer.from(needle, 'utf8');
  const out: number[] = [];
  for (let at = haystack.indexOf(bytes); at >= 0; at = haystack.indexOf(bytes, at + 1)) out.push(at);
  return out;
}

/** Each series: a name and, per ballot found, the position it gives. */
export function positionSeries(file: FileBytes, ballots: readonly CastBallot[]): Map<string, { order: number; at: number }[]> {
  const series = new Map<string, { order: number; at: number }[]>();
  const add = (name: string, order: number, at: number) => {
    const list = series.get(name) ?? [];
    list.push({ order, at });
    series.set(name, list);
  };
  // a WAL is a 32-byte header and frames of a 24-byte header plus a page
  const pageOf = (at: number) => (file.name === 'wal' ? Math.floor((at - 32) / (file.pageSize + 24)) : Math.floor(at / file.pageSize));
  const inPage = (at: number) => (file.name === 'wal' ? (at - 32) % (file.pageSize + 24) : at % file.pageSize);
  for (const ballot of ballots) {
    for (const [kind, needle] of Object.entries(ballot.needles)) {
      const found = occurrences(file.bytes, needle);
      if (found.length === 0) continue;
      const first = found[0]!;
      const last = found.at(-1)!;
      add(`${kind} first offset`, ballot.order, first);
      add(`${kind} last offset`, ballot.order, last);
      add(`${kind} first page`, ballot.order, pageOf(first));
      add(`${kind} last page`, ballot.order, pageOf(last));
      add(`${kind} offset in page`, ballot.order, inPage(first));
      // the same string in several rows (票号 in the tickets, ballot and entry slots): each place on its own
      found.slice(0, 4).forEach((at, k) => add(`${kind} occurrence ${k + 1}`, ballot.order, at));
    }
  }
  return series;
}

/** Every series of a large event whose |ρ| against casting order reaches the bound. */
export function largeEventLeaks(files: readonly FileBytes[], ballots: readonly CastBallot[]): string[] {
  const n = ballots.length;
  const bound = 4.5 / Math.sqrt(n - 1);
  const leaks: string[] = [];
  for (const file of files) {
    for (const [name, points] of positionSeries(file, ballots)) {
      // a handful of stray hits (a WAL frame) says nothing either way; a series is judged on most ballots
      if (points.length < n / 2) continue;
      const rho = spearman(points.map((p) => p.order), points.map((p) => p.at));
      if (Math.abs(rho) >= bound) leaks.push(`${file.name}: ${name} ρ=${rho.toFixed(2)} (n=${points.length}, bound ${bound.toFixed(2)})`);
    }
  }
  return leaks;
}

/** Every series whose mean ρ over many small events reaches 0.4. */
export function smallEventLeaks(perEvent: readonly { files: readonly FileBytes[]; ballots: readonly CastBallot[] }[]): string[] {
  const sums = new Map<string, { sum: number; events: number }>();
  for (const { files, ballots } of perEvent) {
    for (const file of files) {
      for (const [name, points] of positionSeries(file, ballots)) {
        if (points.length < ballots.length) continue;
        const key = `${file.name}: ${name}`;
        const s = sums.get(key) ?? { sum: 0, events: 0 };
        s.sum += spearman(points.map((p) => p.order), points.map((p) => p.at));
        s.events++;
        sums.set(key, s);
      }
    }
  }
  const leaks: string[] = [];
  for (const [key, { sum, events }] of sums) {
    if (events < perEvent.length / 2) continue;
    const mean = sum / events;
    if (Math.abs(mean) >= 0.4) leaks.push(`${key} mean ρ=${mean.toFixed(2)} over ${events} events`);
  }
  return leaks;
}

