/**
 * `npm test` step: every runtime dependency (package.json "dependencies") is listed in the
 * table of docs/deployment.md §4 with the licence its own package.json declares
 * (node_modules/<package>/package.json "license"), and the table lists nothing else.
 * Exits 1 with one line per problem, in Chinese; prints a one-line summary otherwise.
 *
 * Usage: `tsx scripts/check-dependencies.ts`
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The doc the table lives in, relative to the repository root. */
export const DEPLOYMENT_DOC = 'docs/deployment.md';

/** The heading of the table's section in DEPLOYMENT_DOC. */
const SECTION = /^##\s+\d*\.?\s*Runtime dependencies\s*$/m;

/**
 * The table rows of the "Runtime dependencies" section: package name (in a code span) →
 * licence, e.g. `` | `echarts` | Apache-2.0 | … | `` → ['echarts', 'Apache-2.0'].
 * Returns an empty map when the section is missing.
 */
export function documentedDependencies(doc: string): Map<string, string> {
  const start = doc.search(SECTION);
  if (start < 0) return new Map();
  const rest = doc.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => /^##\s/.test(line));
  const rows = new Map<string, string>();
  for (const line of end < 0 ? rest : rest.slice(0, end)) {
    const match = /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

/**
 * The problems, one message each: a dependency not in the table, a licence that differs
 * from `licenceOf(name)` (the package's own declaration; undefined when it is not
 * installed), a row for a package that is not a runtime dependency. [] when all agree.
 */
export function dependencyProblems(
  dependencies: readonly string[],
  licenceOf: (name: string) => string | undefined,
  doc: string,
): string[] {
  const documented = documentedDependencies(doc);
  const problems: string[] = [];
  if (documented.size === 0) problems.push(`${DEPLOYMENT_DOC} 中没有 “Runtime dependencies” 表格。`);
  for (const name of dependencies) {
    const actual = licenceOf(name);
    const listed = documented.get(name);
    if (actual === undefined)
      problems.push(
        `运行时依赖 ${name} 未安装（node_modules/${name}/package.json 不存在）：请先运行 npm ci。`,
      );
    else if (listed === undefined)
      problems.push(`运行时依赖 ${name}（${actual}）未列入 ${DEPLOYMENT_DOC} 的依赖表：请说明用途和许可证。`);
    else if (listed !== actual)
      problems.push(
        `${DEPLOYMENT_DOC} 中 ${name} 的许可证写为 “${listed}”，但其 package.json 声明为 “${actual}”。`,
      );
  }
  for (const name of documented.keys())
    if (!dependencies.includes(name))
      problems.push(`${DEPLOYMENT_DOC} 的依赖表列出了 ${name}，但它不是 package.json 的运行时依赖。`);
  return problems;
}

/** The `license` field of an installed package, or undefined when it is not installed. */
function installedLicence(name: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
      license?: string | { type?: string };
    };
    return typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '（未声明）');
  } catch {
    return undefined;
  }
}

function main(): void {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
  const dependencies = Object.keys(pkg.dependencies ?? {});
  const problems = dependencyProblems(dependencies, installedLicence, readFileSync(DEPLOYMENT_DOC, 'utf8'));
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  console.log(`${DEPLOYMENT_DOC} 列出了全部 ${dependencies.length} 个运行时依赖及其许可证。`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
