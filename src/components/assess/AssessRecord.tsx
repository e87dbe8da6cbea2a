/**
 * The combined decision record of an assessment: MADR 4.0 with a section
 * per workload. The writer loads on demand, once there is a result to write,
 * and says so with "Try again" if it cannot be loaded.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FactDate } from '../../records/types.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../../quiz/outcomes.ts';
import { recordFileName, recordNumber } from '../../records/file-name.ts';
import { assessmentTitle } from '../../records/overall.ts';
import { copyAndAnnounce } from '../quiz/copy-text.ts';
import { announce } from '../quiz/announce.ts';
import { downloadText } from '../records/download.ts';
import type { Row } from './AssessApp.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { lazyChunk } from '../lazy/load-chunk.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';
import assessmentUrl from '../../records/assessment.ts?chunk-url';

interface Props {
  rows: readonly Row[];
  system: string;
  shareUrl: string;
  guideVersion: string;
  date: string;
  facts: FactDate[];
  /** False until at least one workload has a result. */
  ready: boolean;
}

type Writer = typeof import('../../records/assessment.ts').toAssessmentMadr;

const loadWriter = lazyChunk(() => import('../../records/assessment.ts'), assessmentUrl);

export function AssessRecord({ rows, system, shareUrl, guideVersion, date, facts, ready }: Props) {
  const [write, setWrite] = useState<Writer | null>(null);
  const [failed, setFailed] = useState(false);
  const [number, setNumber] = useState('1');
  const load = (): Promise<void> =>
    loadWriter().then((m) => {
      setFailed(false);
      setWrite(() => m.toAssessmentMadr);
    });
  useEffect(() => {
    if (!ready || write) return;
    load().catch(() => setFailed(true));
  }, [ready]);

  const fileName = recordFileName(number, assessmentTitle(system, rows.length));
  const text = (): string =>
    write!({
      system,
      workloads: rows.map((r) => ({ name: r.workload.name, record: r.record })),
      options: OUTCOME_ORDER.map((key) => ({ key, name: OUTCOMES[key].name, description: OUTCOMES[key].description })),
      assessmentUrl: shareUrl,
      guideVersion,
      date,
      facts,
    });

  return (
    <section class="record-export no-print" aria-labelledby="assess-record">
      <SectionHeading id="assess-record" text="One decision record for the system" />
      <p class="muted">
        MADR 4.0, with the overall picture, the table and a section per workload. Built in this page: nothing is sent anywhere.
      </p>
      <div class="record-fields">
        <label for="assess-number">Record number</label>
        <input
          id="assess-number"
          type="number"
          min={0}
          max={9999}
          inputMode="numeric"
          value={number}
          aria-describedby="assess-file"
          onInput={(e) => setNumber(e.currentTarget.value)}
          onBlur={() => setNumber(String(Number(recordNumber(number))))}
        />
      </div>
      <p id="assess-file">
        File name: <code class="record-file-name">{fileName}</code>
      </p>
      {!ready && <p>Finish the quiz for at least one workload to write the record.</p>}
      {failed && (
        <RetryNotice title="The record writer could not be loaded." onRetry={() => load().then(() => focusAfterRetry('assess-download'))}>
          The table above is complete; only the record needs this code.
        </RetryNotice>
      )}
      <div class="result-actions">
        <button
          id="assess-download"
          type="button"
          class="button primary"
          disabled={!write}
          onClick={() => {
            downloadText(fileName, text());
            announce(`Downloading ${fileName}`);
          }}
        >
          Download the record
        </button>
        <button type="button" class="button" disabled={!write} onClick={() => void copyAndAnnounce(text(), 'Decision record copied as Markdown')}>
          Copy the record (Markdown)
        </button>
      </div>
    </section>
  );
}
