// Types for the local rule, so the RuleTester test type-checks.
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
export declare const defaultRoots: string[];
export declare const defaultShared: string[];
