import type { EvaluationConfig } from './config';

/** The digit a clerk types for 弃权 in 纸质票录入. */
export const abstainKey = '0';

/** Full-width digits (typed with a Chinese IME on) count as their ASCII twins. */
const toAsciiDigit = (key: string) => key.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

/**
 * The level code a key stands for: '0' -> null (弃权), a level's key -> its code, anything else -> undefined
 * (the entry screen ignores it).
 */
export function levelForKey(config: EvaluationConfig, key: string): string | null | undefined {
  const k = toAsciiDigit(key.trim());
  if (k === abstainKey) return null;
  if (k === '') return undefined;
  return config.levels.find((level) => level.key === k)?.code;
}

/** The key a clerk types for a level code (null = 弃权 -> '0'); undefined for an unknown code. */
export function keyForLevel(config: EvaluationConfig, code: string | null): string | undefined {
  if (code === null) return abstainKey;
  return config.levels.find((level) => level.code === code)?.key;
}
