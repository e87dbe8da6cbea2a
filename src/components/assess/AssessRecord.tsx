/**
 * The combined decision record of an assessment: MADR 4.0 with a section
 * per workload. Its writer comes with the decision logic (assess-logic.ts),
 * which loads once a workload has answers; until then, and if that failed,
 * the buttons wait (the page's notice says why).
 */
import { useState } from 'preact/hooks';
import type { FactDate } from '../../records/types.ts';
import { recordFileName, recordNumber } from '../../records/file-name.ts';
import { assessmentTitle } from '../../records/overall.ts';
import { copyAndAnnounce } from '../live-region/copy-text.ts';
import { announce } from '../live-region/announce.ts';
import { downloadText } from '../records/download.ts';
import type { RowView } from './assess-logic.ts';
import type { Logic } from './load-logic.ts';
import { SectionHeading } from './SectionHeading.tsx';

interface Props {
  rows: readonly RowView[];
  system: string;
  shareUrl: string;
  guideVersion: string;
  date: string;
  facts: FactDate[];
  freeTierOnce: boolean;
  /** The decision logic with the record writer, once loaded. */
  logic: Logic | null;
  /** Workloads have answers, but the logic that reads them failed to load (the page's notice says so). */
  unread: boolean;
}

export function AssessRecord({ rows, system, shareUrl, guideVersion, date, facts, freeTierOnce, logic, unread }: Props) {
  const [number, setNumber] = useState('1');
  const ready = logic !== null && rows.some((r) => r.record !== null);
  const fileName = recordFileName(number, assessmentTitle(system, rows.length));
  const text = (): string => logic!.writeAssessment({ system, rows, shareUrl, guideVersion, date, facts, freeTierOnce });

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
      {!unread && !rows.some((r) => r.record !== null) && <p>Finish the quiz for at least one workload to write the record.</p>}
      <div class="result-actions">
        <button
          id="assess-download"
          type="button"
          class="button primary"
          disabled={!ready}
          onClick={() => {
            downloadText(fileName, text());
            announce(`Downloading ${fileName}`);
          }}
        >
          Download the record
        </button>
        <button type="button" class="button" disabled={!ready} onClick={() => void copyAndAnnounce(text(), 'Decision record copied as Markdown')}>
          Copy the record (Markdown)
        </button>
      </div>
    </section>
  );
}
