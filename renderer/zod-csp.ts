import { z } from 'zod';

/**
 * The renderer runs under CSP `default-src 'self'` (no eval). zod compiles fast object parsers with
 * `new Function` and probes for that with `Function('')` when the first object schema is built,
 * which logs a CSP violation. The shared evaluation rules (imported at run time) build schemas, so
 * zod is told to stay jitless before any of them load: imported first in main.tsx.
 */
z.config({ jitless: true });
