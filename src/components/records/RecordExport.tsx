/**
 * Exports one result as a decision record: a workload name (feeds the title
 * and the file name), the record number, the format, then Download, Copy and
 * Copy badge Markdown. Loaded on demand by the result view, so the record
 * writers never weigh on a page's startup JavaScript.
 */
import { useState } from 'preact/hooks';
import { recordFileName, recordNumber, recordTitle, optionName, toMadr, toNygard, type RecordFormat, type RecordInput } from '../../records/index.ts';
import { copyAndAnnounce } from '../live-region/copy-text.ts';
import { announce } from '../live-region/announce.ts';
import { downloadText } from './download.ts';
import { badgeMarkdown } from './badge.ts';

interface Props {
  /** Everything but the workload name, which this form supplies. */
  input: RecordInput;
  /** Prefix for element ids, so two exports could share a page. */
  idPrefix?: string;
}

export const FORMAT_LABELS: Record<RecordFormat, string> = {
  madr: 'MADR 4.0',
  nygard: 'Nygard (adr-tools)',
};

export function renderRecord(format: RecordFormat, input: RecordInput, number: string): string {
  return format === 'nygard' ? toNygard(input, number) : toMadr(input);
}

export default function RecordExport({ input, idPrefix = 'record' }: Props) {
  const [workload, setWorkload] = useState(input.workload);
  const [number, setNumber] = useState('1');
  const [format, setFormat] = useState<RecordFormat>('madr');
  const record = { ...input, workload };
  const fileName = recordFileName(number, recordTitle(record));
  const text = () => renderRecord(format, record, number);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <section class="record-export no-print" aria-labelledby={id('title')}>
      <h3 id={id('title')}>Decision record</h3>
      <p class="muted">
        A record in the format your decision log uses, built in this page: nothing is sent anywhere.
      </p>
      <div class="record-fields">
        <label for={id('workload')}>Workload name</label>
        <input
          id={id('workload')}
          type="text"
          maxLength={200}
          autoComplete="off"
          value={workload}
          placeholder="e.g. Image thumbnails"
          onInput={(e) => setWorkload(e.currentTarget.value)}
        />
        <label for={id('number')}>Record number</label>
        <input
          id={id('number')}
          type="number"
          min={0}
          max={9999}
          inputMode="numeric"
          value={number}
          aria-describedby={id('file')}
          onInput={(e) => setNumber(e.currentTarget.value)}
          onBlur={() => setNumber(String(Number(recordNumber(number))))}
        />
        <label for={id('format')}>Format</label>
        <select id={id('format')} value={format} onChange={(e) => setFormat(e.currentTarget.value === 'nygard' ? 'nygard' : 'madr')}>
          <option value="madr">{FORMAT_LABELS.madr}</option>
          <option value="nygard">{FORMAT_LABELS.nygard}</option>
        </select>
      </div>
      <p id={id('file')}>
        File name: <code class="record-file-name">{fileName}</code>
      </p>
      <div class="record-actions">
        <button
          type="button"
          class="button primary"
          onClick={() => {
            downloadText(fileName, text());
            announce(`Downloading ${fileName}`);
          }}
        >
          Download the record
        </button>
        <button type="button" class="button" onClick={() => void copyAndAnnounce(text(), 'Decision record copied as Markdown')}>
          Copy as decision record (Markdown)
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void copyAndAnnounce(badgeMarkdown(input.outcome, optionName(input), input.resultUrl), 'Badge Markdown copied')}
        >
          Copy badge Markdown
        </button>
      </div>
    </section>
  );
}
