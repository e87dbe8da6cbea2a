/**
 * The cost panel of a personal result: the workload's three figures as
 * fields (events a month, time per event, memory), starting from the
 * answers, above the estimate, chart and tables of the cost model
 * (CostCalculator, for the other inputs as the address gives them).
 *
 * Inputs never lie: what a field holds is in the address (n, d and m of
 * src/cost/inputs.ts, written with history.replaceState, so a copied link
 * carries it), a figure equal to the answered one is left out of it, and a
 * field that cannot be read shows its message while the estimate keeps the
 * last valid figures, marked out of date. After each edit the page's brief
 * and decision record are told the last valid figures (onEdit).
 */
import { useEffect, useState } from 'preact/hooks';
import CostCalculator from './CostCalculator.tsx';
import { COST_OPTION, describeInputs, type CostBook } from '../../cost/summary.ts';
import { LINK_VERSION, PARAM, checkField, readNumber } from '../../cost/inputs.ts';
import { serializeInputs } from '../../cost/links.ts';
// The panel is itself code loaded once the result is on screen, so its tables come with it.
import { CostTables } from './CostTables.tsx';
import type { ResultInputs } from './result-inputs.ts';
import type { OptionKey } from '../../records/types.ts';

const FIELDS = ['events', 'durationMs', 'memoryMb'] as const;
type Field = (typeof FIELDS)[number];
const LABEL: { [F in Field]: string } = { events: 'Events a month', durationMs: 'Time per event (ms)', memoryMb: 'Memory (MB)' };

interface Props {
  book: CostBook;
  outcome: OptionKey;
  /** The inputs an address gives (result-inputs.ts: passed in, so that code stays with the brief's). */
  read: (search: string) => ResultInputs;
  /** The work needs GPUs, which the model does not price: the bills shown are CPU and memory alone. */
  gpu: boolean;
  onEdit: (search: string) => void;
}

export function ResultCostPanel({ book, outcome, read, gpu, onEdit }: Props) {
  const { limits } = book;
  const [first] = useState(() => read(location.search));
  const [costs, setCosts] = useState(first);
  const [raw, setRaw] = useState(() => {
    const params = new URLSearchParams(location.search);
    return Object.fromEntries(FIELDS.map((f) => [f, params.get(PARAM[f]) ?? first.start[f].toLocaleString('en-US')])) as { [F in Field]: string };
  });
  const [errors, setErrors] = useState(() => Object.fromEntries(first.errors.map((e) => [e.field, e.message])) as { [F in Field]?: string });
  // The last value of each field that could be read (null: the answered figure).
  const [valid, setValid] = useState(() => {
    const params = new URLSearchParams(location.search);
    return Object.fromEntries(FIELDS.map((f) => [f, errors[f] ? null : params.get(PARAM[f])])) as { [F in Field]: string | null };
  });

  const onInput = (field: Field) => (ev: Event) => {
    const value = (ev.currentTarget as HTMLInputElement).value;
    const checked = checkField(field, value, limits);
    const same = readNumber(value) === first.start[field];
    const nextValid = 'value' in checked ? { ...valid, [field]: same ? null : value.trim() } : valid;
    setRaw({ ...raw, [field]: value });
    setErrors({ ...errors, [field]: 'message' in checked ? checked.message : undefined });
    setValid(nextValid);
    // The address holds what the field holds (a bad value too, so the link reopens the same message).
    const url = new URL(location.href);
    if (same) url.searchParams.delete(PARAM[field]);
    else url.searchParams.set(PARAM[field], value.trim());
    const costParams = () => (Object.values(PARAM) as string[]).some((p) => url.searchParams.has(p));
    if (costParams()) url.searchParams.set('v', LINK_VERSION);
    else url.searchParams.delete('v');
    history.replaceState(history.state, '', url);
    // The estimate, the brief and the record take the last valid figures.
    const validUrl = new URL(url);
    for (const f of FIELDS) {
      const v = nextValid[f];
      if (v === null) validUrl.searchParams.delete(PARAM[f]);
      else validUrl.searchParams.set(PARAM[f], v);
    }
    setCosts(read(validUrl.search));
    onEdit(validUrl.search);
  };

  const { inputs, team } = costs;
  // Only a result's inputs name the team's own fields (cost inputs alone do not).
  const answers = team !== undefined;
  useEffect(() => {
    const basis = document.getElementById('cost-panel-basis');
    if (basis) {
      const shape = team?.has('shape') ? ' The daily shape follows your traffic answer.' : '';
      const cpu = gpu ? ' GPU time is not in the model: these are the bills of the CPU and memory alone, for scale.' : '';
      basis.textContent = `For ${describeInputs(inputs, team)}.${shape}${cpu}`;
    }
    const link = document.getElementById('cost-panel-link');
    const query = serializeInputs(inputs, limits);
    if (link instanceof HTMLAnchorElement) link.href = `/cost/${query ? `?${query}` : ''}`;
  }, [costs]);

  const stale = FIELDS.some((f) => errors[f]);
  const id = (f: string) => `cost-panel-${f}`;
  return (
    <>
      <div class="cost-form cost-workload" role="group" aria-label="Your workload">
        <p class="cost-note">
          {answers ? 'The fields start from your answers. ' : ''}What you type here goes into the page’s address, so a copied link carries it.
        </p>
        <div class="cost-fields">
          {FIELDS.map((f) => (
            <div class="cost-field" key={f}>
              <label for={id(f)}>{LABEL[f]}</label>
              <input
                id={id(f)}
                name={PARAM[f]}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellcheck={false}
                value={raw[f]}
                onInput={onInput(f)}
                aria-invalid={errors[f] ? 'true' : undefined}
                aria-describedby={errors[f] ? `${id(f)}-error` : undefined}
              />
              {errors[f] && (
                <p class="cost-error" id={`${id(f)}-error`}>
                  {errors[f]}
                </p>
              )}
            </div>
          ))}
        </div>
        {stale && (
          <p class="cost-stale" role="status">
            Out of date: a field above has a problem, so the figures below are still those of the last valid inputs.
          </p>
        )}
      </div>
      <CostCalculator
        book={book.book}
        inputs={inputs}
        idPrefix="cost-panel"
        live
        errorCount={FIELDS.filter((f) => errors[f]).length}
        messages={costs.errors.filter((e) => !(FIELDS as readonly string[]).includes(e.field)).map((e) => e.message)}
        highlight={COST_OPTION[outcome]}
        Tables={CostTables}
      />
    </>
  );
}
