/**
 * LIKE with the user's text taken literally. A search for 「100%」 or 「A_B」 must not treat % and _
 * as wildcards, so every LIKE over user text in db/ uses `likeContains` with `${likeEscape}`.
 */
export const likeEscape = `ESCAPE '\\'`;

/** A pattern matching `text` anywhere, with %, _ and the escape character itself escaped. */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
