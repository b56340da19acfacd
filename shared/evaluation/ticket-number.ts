/**
 * 票号: 7 random characters from an alphabet without look-alikes (no 0/O, 1/I/L) plus one check character.
 * The alphabet has 31 characters — a prime — so a weighted sum mod 31 with weights 1..8 catches every
 * single-character typo (the weight is never 0 mod 31) and every swap of two adjacent characters (the
 * weights differ by 1, so the sum changes by the difference of the two characters, never 0 mod 31).
 */
export const ticketAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const base = ticketAlphabet.length; // 31, prime
export const ticketLength = 8;
const bodyLength = ticketLength - 1;
/** bytes needed so the base-31 digits are unbiased for practical purposes (64 bits vs ~35 used) */
export const ticketRandomBytes = 8;

/** Weighted sum of the body (weights 1..7) mod 31. */
function bodySum(values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < bodyLength; i++) sum += (i + 1) * values[i]!;
  return sum % base;
}

/** The check value c with Σ (i+1)·v_i + 8·c ≡ 0 (mod 31). 8⁻¹ mod 31 = 4 (8·4 = 32). */
function checkValue(values: readonly number[]): number {
  const inverseOfEight = 4;
  return (((base - bodySum(values)) % base) * inverseOfEight) % base;
}

/**
 * A new 票号 from random bytes (crypto.getRandomValues / randomBytes of at least `ticketRandomBytes`).
 * The bytes are read as one big number and written in base 31, so no character is favoured.
 */
export function ticketFromRandom(bytes: Uint8Array): string {
  if (bytes.length < ticketRandomBytes) throw new Error(`ticketFromRandom needs at least ${ticketRandomBytes} random bytes`);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  const values: number[] = [];
  for (let i = 0; i < bodyLength; i++) {
    values.push(Number(n % BigInt(base)));
    n /= BigInt(base);
  }
  values.push(checkValue(values));
  return values.map((v) => ticketAlphabet[v]!).join('');
}

/** What a clerk or a scanner typed, as stored: trimmed, upper-case. */
export function normalizeTicket(text: string): string {
  return text.trim().toUpperCase();
}

/** Right length, right alphabet, check character agrees (case-insensitive). */
export function isWellFormedTicket(text: string): boolean {
  const t = normalizeTicket(text);
  if (t.length !== ticketLength) return false;
  const values: number[] = [];
  for (const ch of t) {
    const v = ticketAlphabet.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  return checkValue(values) === values[bodyLength];
}
