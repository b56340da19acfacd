// One folder per feature inside each layer (db/<feature>/, electron/services/<feature>/, shared/<feature>/,
// renderer/pages/<feature>/, electron/excel/{read,write}/), each with an index.ts as its public face.
// A file may reach inside its own feature's folders in any layer; everything else imports a feature
// through its index, so a feature can reorganise its files without breaking the others.
import path from 'node:path';

export const defaultRoots = ['db', 'electron/services', 'electron/excel', 'shared', 'renderer/pages'];
// Folders under a root that are layers of their own, not features: anyone may import their files.
export const defaultShared = ['db/migrations', 'shared/contract'];

/** The feature folder a repo-relative path lies in, and whether it names a file inside it (not its index). */
function locate(relPath, roots, sharedDirs) {
  for (const root of roots) {
    if (!relPath.startsWith(root + '/')) continue;
    const rest = relPath.slice(root.length + 1).split('/');
    const dir = `${root}/${rest[0]}`;
    if (sharedDirs.includes(dir)) return null;
    if (rest.length === 1) {
      // a file directly in the root (db/open.ts) is core; the folder itself (db/stars) is its index
      return /\.[cm]?[jt]sx?$/.test(rest[0]) ? null : { feature: rest[0], dir, inside: false };
    }
    const inside = !(rest.length === 2 && /^index(\.[cm]?[jt]sx?)?$/.test(rest[1]));
    return { feature: rest[0], dir, inside };
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: "Import another feature through its index, not a file inside its folder" },
    schema: [{ type: 'object', properties: { roots: { type: 'array', items: { type: 'string' } }, shared: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      deep: "'{{source}}' reaches inside the {{feature}} feature ({{dir}}/). Import the feature's index ('{{index}}') instead, and export what you need from it.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const roots = options.roots ?? defaultRoots;
    const sharedDirs = options.shared ?? defaultShared;
    const cwd = context.cwd ?? process.cwd();
    const file = path.relative(cwd, context.filename ?? context.getFilename()).split(path.sep).join('/');
    const from = locate(file, roots, sharedDirs);
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string' || !node.value.startsWith('.')) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), node.value));
      const to = locate(target, roots, sharedDirs);
      if (!to || !to.inside) return;
      if (from && from.feature === to.feature) return;
      let index = path.posix.relative(path.posix.dirname(file), to.dir);
      if (!index.startsWith('.')) index = `./${index}`;
      context.report({ node, messageId: 'deep', data: { source: node.value, feature: to.feature, dir: to.dir, index } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
