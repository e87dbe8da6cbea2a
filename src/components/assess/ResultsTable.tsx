/**
 * The assessment's table: one row per workload with its recommendation,
 * confidence, warnings and estimated monthly cost, and under each cost the
 * basis it was computed on (the team's cloud, which figures are assumed).
 * Plain text from assess-logic.ts, so this part starts with the page.
 */
import type { RowView } from './assess-logic.ts';

export function ResultsTable({ rows }: { rows: readonly RowView[] }) {
  const anyCost = rows.some((r) => r.result?.cost !== undefined);
  return (
    <div class="assess-table-wrap">
      <table class="assess-table">
        <caption class="sr-only">One row per workload: recommendation, confidence, warnings{anyCost ? ' and estimated monthly cost, with the basis of each estimate' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Workload</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Confidence</th>
            <th scope="col">Warnings</th>
            {anyCost && <th scope="col">Estimated monthly cost</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, status, result }, i) => (
            <tr key={`${i}-${name}`}>
              <th scope="row">{name}</th>
              {result === undefined ? (
                <td colSpan={anyCost ? 4 : 3}>{status}</td>
              ) : (
                <>
                  <td>
                    <a href={result.href}>{result.outcome}</a>
                  </td>
                  <td>{result.confidence}</td>
                  <td>{result.warnings}</td>
                  {anyCost && (
                    <td class="assess-cost">
                      {result.cost === undefined ? (
                        'Not estimated'
                      ) : result.cost.kind === 'own' ? (
                        <span class="assess-basis">{result.cost.basis}</span>
                      ) : (
                        <>
                          <a href={result.cost.href}>
                            {result.cost.amount}
                            <span class="sr-only"> a month: change the inputs</span>
                          </a>
                          <span class="assess-basis">
                            {result.cost.basis}
                            {result.cost.range ? `; ${result.cost.range}` : ''}
                          </span>
                        </>
                      )}
                    </td>
                  )}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
