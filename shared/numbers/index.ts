// The public face of shared/numbers: what other features import from it. Import this, not the files inside.
export { rankWithTies } from './ranking';
export { formatRate, formatScore, round2, roundingRule } from './rounding';
