/**
 * Proves that adding an element needs only the generator: in a throwaway copy
 * of the project (its files as git sees them, with this node_modules), it runs
 * `new-element cramp-throwaway`, then the build, the type check, the site
 * (its page must be made), the package checks, the size budgets, the framework type tests, the Node
 * tests of cramp-kit/ssr (which prerender every registered element), and in
 * Chromium the new element's own tests with the suites that go through every
 * registered element (registration, editor data, manifest, robustness,
 * frameworks, security), and checks that the build picked it up: its CDN file, the
 * autoloader's list, the package root, its budget. Run by CI after the tests.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'cramp-generator-'));
const tag = 'cramp-throwaway';
const run = (command, args, env = {}) => {
  console.log(`test-generator: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, ...env } });
};

let failed = false;
try {
  // The project as git sees it (tracked files and new ones not ignored), without build output.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    // node_modules may be a symlink (a git worktree sharing one), which .gitignore's node_modules/ does not match.
    .filter((file) => file && file !== 'node_modules' && existsSync(join(root, file)));
  for (const file of files) cpSync(join(root, file), join(copy, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  run('node', ['scripts/new-element.mjs', tag]);
  run('npm', ['run', 'build', '--silent']);
  run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('npx', ['prettier', '--check', '.']);
  run('npx', ['eslint', '--max-warnings', '0', 'src', 'tests']);
  run('npm', ['run', 'docs', '--silent']);
  run('node', ['scripts/check-package.mjs']);
  run('npx', ['size-limit']);
  run('npm', ['run', 'typecheck:integrations', '--silent']);
  run('npm', ['run', 'test:ssr', '--silent']);
  // Its own tests, and the suites that go through every registered element.
  const everyElement = ['registration', 'integrations', 'manifest', 'robustness', 'frameworks', 'security'].map(
    (name) => `tests/${name}.test.ts`,
  );
  run('npx', ['web-test-runner', '--files', `tests/${tag}.test.ts`, ...everyElement], { BROWSERS: 'chromium' });

  const problems = [];
  if (!existsSync(join(copy, `dist/cdn/${tag}.js`))) problems.push(`no dist/cdn/${tag}.js`);
  if (!existsSync(join(copy, `dist/${tag}.js`))) problems.push(`no dist/${tag}.js`);
  if (!readFileSync(join(copy, 'dist/cdn/autoloader.js'), 'utf8').includes(`"${tag}"`)) problems.push('the autoloader does not list it');
  if (!readFileSync(join(copy, 'dist/cdn/cramp-kit.js'), 'utf8').includes(`"${tag}"`)) problems.push('the CDN bundle does not define it');
  const sitePage = join(copy, `site/elements/${tag}/index.html`);
  if (!existsSync(sitePage) || !readFileSync(sitePage, 'utf8').includes(`<${tag} heading-level="3">`))
    problems.push(`the site has no page elements/${tag}/ with a live example`);
  const manifest = readFileSync(join(copy, 'custom-elements.json'), 'utf8');
  if (!manifest.includes(`"tagName": "${tag}"`)) problems.push('custom-elements.json does not describe it');
  if (problems.length) {
    console.error(`test-generator: the build did not pick up <${tag}>:\n  ${problems.join('\n  ')}`);
    failed = true;
  } else {
    console.log(`test-generator: <${tag}> was generated, built, checked, budgeted and tested with no other file edited by hand.`);
  }
} catch (error) {
  console.error(`test-generator: ${String(error)}`);
  failed = true;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
