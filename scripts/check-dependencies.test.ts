import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependencyProblems, documentedDependencies } from './check-dependencies';

const DOC = `# Deploying

## 4. Runtime dependencies

| package    | licence    | what it is for |
| ---------- | ---------- | -------------- |
| \`echarts\`  | Apache-2.0 | the charts     |
| \`react\`    | MIT        | the interface  |

## 5. Something else

| \`not-a-row\` | MIT | outside the section |
`;

const LICENCES: Record<string, string> = { echarts: 'Apache-2.0', react: 'MIT', zod: 'MIT' };
const licenceOf = (name: string) => LICENCES[name];

describe('check-dependencies', () => {
  it('reads the rows of the Runtime dependencies section only', () => {
    expect([...documentedDependencies(DOC)]).toEqual([
      ['echarts', 'Apache-2.0'],
      ['react', 'MIT'],
    ]);
  });

  it('passes when the table and the packages agree', () => {
    expect(dependencyProblems(['echarts', 'react'], licenceOf, DOC)).toEqual([]);
  });

  it('names a dependency missing from the doc, a wrong licence and a stale row', () => {
    expect(
      dependencyProblems(['echarts', 'zod'], licenceOf, DOC.replace('Apache-2.0', 'MIT       ')),
    ).toEqual([
      'docs/deployment.md 中 echarts 的许可证写为 “MIT”，但其 package.json 声明为 “Apache-2.0”。',
      '运行时依赖 zod（MIT）未列入 docs/deployment.md 的依赖表：请说明用途和许可证。',
      'docs/deployment.md 的依赖表列出了 react，但它不是 package.json 的运行时依赖。',
    ]);
  });

  it('says so when a package is not installed or the section is missing', () => {
    expect(dependencyProblems(['left-pad'], licenceOf, '# no table')).toEqual([
      'docs/deployment.md 中没有 “Runtime dependencies” 表格。',
      '运行时依赖 left-pad 未安装（node_modules/left-pad/package.json 不存在）：请先运行 npm ci。',
    ]);
  });

  it('the real doc lists every runtime dependency of package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect([...documentedDependencies(readFileSync('docs/deployment.md', 'utf8')).keys()].sort()).toEqual(
      Object.keys(pkg.dependencies).sort(),
    );
  });
});
