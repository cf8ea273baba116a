/**
 * Visible warning when the dataset's tables do not reconcile (数据核验). The data is still
 * shown; the banner names each mismatch with its sources.
 */
import { zh } from '../copy/zh';
import { describeMismatch, type CheckResult } from '../domain/check-result';
import { usePrintedTables } from './printed-tables-context';

export function ChecksBanner({ checks }: { checks: readonly CheckResult[] }) {
  const printed = usePrintedTables();
  const failing = checks.filter((c) => !c.ok);
  if (failing.length === 0) return null;
  return (
    <section className="checks-banner" role="alert" aria-labelledby="checks-banner-title">
      <h2 id="checks-banner-title">
        {zh.checksWarningHeading}（{failing.length} 处）
      </h2>
      <ul>
        {failing.map((c) => (
          <li key={c.id}>{describeMismatch(c, printed)}</li>
        ))}
      </ul>
    </section>
  );
}
