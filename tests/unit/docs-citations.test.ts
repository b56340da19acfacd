import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The code cites docs/DOMAIN.md and docs/ARCHITECTURE.md by section (「DOMAIN §4」, 「ARCHITECTURE §5」).
 * A citation is only worth something if the section exists, and a comment may only point at what a
 * reader of the repo has: no design notes that live outside it, no relative path that leads nowhere.
 */
const root = path.resolve(__dirname, '../..');
const skippedDirs = new Set(['node_modules', 'dist', 'release', '.git', 'test-results', 'playwright-report', 'output']);
const codeExtensions = ['.ts', '.tsx', '.mts', '.mjs', '.cjs'];
const configExtensions = ['.yml', '.yaml'];
// This file names the forbidden citation on purpose; it is the one file not scanned.
const self = path.relative(root, __filename);

function repoFiles(dir = root): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') && entry.name !== '.ci') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name)) found.push(...repoFiles(full));
    } else if ([...codeExtensions, ...configExtensions].some((ext) => entry.name.endsWith(ext))) {
      const relative = path.relative(root, full);
      if (relative !== self) found.push(relative);
    }
  }
  return found;
}

/** Section numbers of a doc: headings like 「## 4. 年度考核」 or 「### 4.2 …」. */
function sectionsOf(doc: string): Set<string> {
  const file = path.join(root, 'docs', doc);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const sections = new Set<string>();
  for (const m of text.matchAll(/^#{2,4}\s+§?(\d+(?:\.\d+)*)[.\s]/gm)) sections.add(m[1]!);
  return sections;
}

/** Every 「DOMAIN §4」, 「DOMAIN.md §4/§9」, 「ARCHITECTURE §5 and §6」 in a text, one entry per section. */
function citationsIn(text: string): { doc: 'DOMAIN' | 'ARCHITECTURE'; section: string }[] {
  const out: { doc: 'DOMAIN' | 'ARCHITECTURE'; section: string }[] = [];
  const citation = /\b(DOMAIN|ARCHITECTURE)(?:\.md)?\s*((?:§\s*\d+(?:\.\d+)*(?:\s*(?:\/|,|and|&)\s*(?=§))?)+)/g;
  for (const m of text.matchAll(citation)) {
    for (const s of m[2]!.matchAll(/§\s*(\d+(?:\.\d+)*)/g)) out.push({ doc: m[1] as 'DOMAIN' | 'ARCHITECTURE', section: s[1]! });
  }
  return out;
}

/** The comments of a TypeScript/JavaScript file, by walking every token's leading and trailing trivia. */
function commentsOf(file: string, text: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') || file.endsWith('.mts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const seen = new Map<number, string>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) seen.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return [...seen.values()];
}

/** Lines of a YAML file that are comments. */
function yamlComments(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*#/.test(line) || /\s#\s/.test(line));
}

const files = repoFiles();
const texts = new Map(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')] as const));
const comments = new Map(files.map((f) => {
  const text = texts.get(f)!;
  return [f, configExtensions.some((ext) => f.endsWith(ext)) ? yamlComments(text) : commentsOf(f, text)] as const;
}));

describe('citations of docs/ in the code', () => {
  it('finds the code it checks', () => {
    expect(files).toContain('shared/annual/composite.ts');
    expect(files).toContain('eslint.config.mjs');
    expect(files).not.toContain(self);
  });

  it('docs/DOMAIN.md and docs/ARCHITECTURE.md exist and are numbered', () => {
    expect(existsSync(path.join(root, 'docs/DOMAIN.md')), 'docs/DOMAIN.md is missing').toBe(true);
    expect(existsSync(path.join(root, 'docs/ARCHITECTURE.md')), 'docs/ARCHITECTURE.md is missing').toBe(true);
    // The section numbers the code has always used: DOMAIN §1–§9, ARCHITECTURE §2–§9 (formerly DESIGN §n).
    expect([...sectionsOf('DOMAIN.md')]).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8', '9']));
    expect([...sectionsOf('ARCHITECTURE.md')]).toEqual(expect.arrayContaining(['2', '3', '4', '5', '6', '7', '8', '9']));
  });

  it('every 「DOMAIN §n」 and 「ARCHITECTURE §n」 names a section that exists', () => {
    const sections = { DOMAIN: sectionsOf('DOMAIN.md'), ARCHITECTURE: sectionsOf('ARCHITECTURE.md') };
    const cited: string[] = [];
    const dangling: string[] = [];
    for (const [file, text] of texts) {
      for (const c of citationsIn(text)) {
        cited.push(`${c.doc} §${c.section}`);
        // 「§4.2」 is satisfied by a heading 4.2, or by §4 when the doc has no subsections there.
        if (!sections[c.doc].has(c.section) && !sections[c.doc].has(c.section.split('.')[0]!)) dangling.push(`${file}: ${c.doc} §${c.section}`);
      }
    }
    expect(cited.length).toBeGreaterThan(50);
    expect(dangling).toEqual([]);
  });

  it('nothing cites the old design notes that lived outside the repo', () => {
    const old = /\bDESIGN(?:\.md)?\s*§|\bDESIGN\.md\b/;
    expect(files.filter((f) => old.test(texts.get(f)!))).toEqual([]);
  });

  it('no comment points at a path outside the repo', () => {
    const bad: string[] = [];
    const exists = (target: string) => [target, ...codeExtensions.map((ext) => target + ext)].some((p) => existsSync(p) && (statSync(p).isFile() || statSync(p).isDirectory()));
    for (const [file, list] of comments) {
      for (const comment of list) {
        if (/\/work\/|\/home\/|[A-Z]:\\/.test(comment)) bad.push(`${file}: ${comment.trim().slice(0, 80)}`);
        for (const m of comment.matchAll(/(?<![\w.])((?:\.\.\/)+[\w.-]+(?:\/[\w.-]+)*)/g)) {
          const target = path.resolve(root, path.dirname(file), m[1]!);
          // outside the repo from where the comment is
          if (!target.startsWith(root + path.sep)) bad.push(`${file}: ${m[1]}`);
          // 「../shared/…」 that is not this repo's shared/ seen from the file: the design notes beside the repo.
          // (Other relative paths in comments may be examples, e.g. of an import a lint rule forbids.)
          else if (/^(?:\.\.\/)+shared\//.test(m[1]!) && !exists(target)) bad.push(`${file}: ${m[1]}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
