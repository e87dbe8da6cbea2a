/**
 * The cost island: a form whose fields live in the URL, the chart and the
 * tables. Rendered at build time with the defaults (so the page works
 * without JavaScript), then it reads the address bar and recalculates on
 * every keystroke. A field with a bad value shows its message next to it
 * and keeps its last valid value in the estimate.
 *
 * Props are plain data (prices from the facts registry, limits, defaults),
 * so the same component serves /cost/ and the panel on result pages.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { chartModel } from '../../cost/chart.ts';
import { money, volume } from '../../cost/format.ts';
import { breakEven, cheapest, estimate, type Inputs, type OptionId, type Prices, type Shape } from '../../cost/model.ts';
import { PARAM, SHAPE_CODE, checkField, parseInputs, serializeInputs, type FieldError, type FieldId, type Limits } from '../../cost/inputs.ts';
import { CostChart } from './CostChart.tsx';
import { CostTables } from './CostTables.tsx';
import { OPTION_LABEL } from '../../cost/chart.ts';

export interface CostCalculatorProps {
  prices: Prices;
  limits: Limits;
  /** Starting inputs (the panel passes the quiz's traffic answer as the shape). */
  defaults: Inputs;
  /** Prefix for element ids, so two calculators can share a page. */
  idPrefix?: string;
  /** Write the inputs to the address bar (off where the URL belongs to something else). */
  syncUrl?: boolean;
  /** Show the form (off for a static, build-time rendering with no JavaScript). */
  form?: boolean;
  /** The option the page recommends: the summary states its bill too. */
  highlight?: OptionId;
  /** Problems found in inputs read elsewhere (the result page's address); shown when there is no form to show them. */
  initialErrors?: readonly FieldError[];
}

type NumericField = Exclude<FieldId, 'shape'>;
type Raw = { [F in NumericField]: string };

const FIELDS: { id: NumericField; label: string; hint: string }[] = [
  { id: 'events', label: 'Events per month', hint: 'Invocations, requests or messages. 5e6 and 5,000,000 both work.' },
  { id: 'durationMs', label: 'Average duration (ms)', hint: 'Wall-clock time of one event, waiting included.' },
  { id: 'memoryMb', label: 'Function memory (MB)', hint: 'CPU comes with memory, so this also sets the CPU the work needs.' },
  { id: 'ioWait', label: 'Time waiting on I/O (%)', hint: 'Share of the duration spent waiting on databases, APIs or storage.' },
  { id: 'vmHourly', label: 'VM price (USD per hour)', hint: 'One 2 vCPU, 8 GB on-demand machine: use the price you pay.' },
];

const SHAPE_LABEL: { [S in Shape]: string } = {
  spiky: 'Spiky or often idle (peak 10×)',
  variable: 'Variable, never idle (peak 3×)',
  'steady-high': 'Steady and high (peak 1.5×)',
};

function rawOf(inputs: Inputs): Raw {
  return {
    events: String(inputs.events),
    durationMs: String(inputs.durationMs),
    memoryMb: String(inputs.memoryMb),
    ioWait: String(Math.round(inputs.ioWait * 1000) / 10),
    vmHourly: String(inputs.vmHourly),
  };
}

export default function CostCalculator({ prices, limits, defaults, idPrefix = 'cost', syncUrl = true, form = true, highlight, initialErrors = [] }: CostCalculatorProps) {
  const [inputs, setInputs] = useState<Inputs>(defaults);
  const [raw, setRaw] = useState<Raw>(() => rawOf(defaults));
  const [errors, setErrors] = useState<Partial<Record<FieldId, string>>>(() => Object.fromEntries(initialErrors.map((e) => [e.field, e.message])));
  // Marks the markup as live once hydrated (tests and scripts wait for it).
  const [live, setLive] = useState(false);

  // After hydration: take the inputs from the address bar, bad values included, so their messages show.
  useEffect(() => {
    setLive(true);
    if (!syncUrl) return;
    const params = new URLSearchParams(location.search);
    const parsed = parseInputs(params, limits, defaults);
    const nextRaw = rawOf(parsed.inputs);
    for (const f of FIELDS) {
      const v = params.get(PARAM[f.id]);
      if (v !== null) nextRaw[f.id] = v;
    }
    setInputs(parsed.inputs);
    setRaw(nextRaw);
    setErrors(Object.fromEntries(parsed.errors.map((e) => [e.field, e.message])));
  }, []);

  const result = useMemo(() => {
    const e = estimate(inputs, prices);
    const crossovers = breakEven(inputs, prices);
    return { e, crossovers, best: cheapest(e), chart: chartModel(inputs, prices, e, crossovers) };
  }, [inputs, prices]);

  const writeUrl = (next: Inputs) => {
    if (!syncUrl) return;
    const url = new URL(location.href);
    for (const p of Object.values(PARAM)) url.searchParams.delete(p);
    for (const [k, v] of new URLSearchParams(serializeInputs(next, defaults))) url.searchParams.set(k, v);
    history.replaceState(history.state, '', url);
  };

  const onNumber = (field: NumericField) => (ev: TargetedEvent<HTMLInputElement>) => {
    const value = ev.currentTarget.value;
    setRaw((r) => ({ ...r, [field]: value }));
    const checked = checkField(field, value, limits);
    if ('message' in checked) {
      setErrors((er) => ({ ...er, [field]: checked.message }));
      return;
    }
    setErrors((er) => ({ ...er, [field]: undefined }));
    const next = { ...inputs, [field]: checked.value };
    setInputs(next);
    writeUrl(next);
  };

  const onShape = (ev: TargetedEvent<HTMLSelectElement>) => {
    const code = ev.currentTarget.value;
    const shape = (Object.keys(SHAPE_CODE) as Shape[]).find((s) => SHAPE_CODE[s] === code);
    if (!shape) return;
    setErrors((er) => ({ ...er, shape: undefined }));
    const next = { ...inputs, shape };
    setInputs(next);
    writeUrl(next);
  };

  const id = (f: string) => `${idPrefix}-${f}`;
  const errorCount = Object.values(errors).filter(Boolean).length;
  const { e, crossovers, best, chart } = result;

  return (
    <div class="cost-calculator" data-cost-live={live ? 'true' : 'false'}>
      {form ? (
      <div class="cost-form" role="group" aria-label="Workload" aria-describedby={id('form-note')}>
        <p class="cost-note" id={id('form-note')}>
          The estimate updates as you type, and the address bar keeps your inputs so you can share the link.
        </p>
        <div class="cost-fields">
          {FIELDS.map((f) => {
            const err = errors[f.id];
            return (
              <div class="cost-field" key={f.id}>
                <label for={id(f.id)}>{f.label}</label>
                <input
                  id={id(f.id)}
                  name={PARAM[f.id]}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellcheck={false}
                  value={raw[f.id]}
                  disabled={!live}
                  onInput={onNumber(f.id)}
                  aria-invalid={err ? 'true' : undefined}
                  aria-describedby={`${id(f.id)}-hint${err ? ` ${id(f.id)}-error` : ''}`}
                />
                <p class="cost-hint" id={`${id(f.id)}-hint`}>{f.hint}</p>
                {err ? (
                  <p class="cost-error" id={`${id(f.id)}-error`}>
                    {err}
                  </p>
                ) : null}
              </div>
            );
          })}
          <div class="cost-field">
            <label for={id('shape')}>Daily shape of the load</label>
            <select id={id('shape')} name={PARAM.shape} value={SHAPE_CODE[inputs.shape]} disabled={!live} onChange={onShape} aria-describedby={`${id('shape')}-hint${errors.shape ? ` ${id('shape')}-error` : ''}`}>
              {(Object.keys(SHAPE_LABEL) as Shape[]).map((s) => (
                <option key={s} value={SHAPE_CODE[s]}>
                  {SHAPE_LABEL[s]}
                </option>
              ))}
            </select>
            <p class="cost-hint" id={`${id('shape')}-hint`}>Peak hour over the average hour. Servers you run are sized for the peak.</p>
            {errors.shape ? (
              <p class="cost-error" id={`${id('shape')}-error`}>
                {errors.shape}
              </p>
            ) : null}
          </div>
        </div>
        <noscript>
          <p class="cost-note">Without JavaScript the fields are locked and the estimate is the one for the default inputs; changing them needs JavaScript.</p>
        </noscript>
      </div>
      ) : null}

      {!form && errorCount > 0 ? (
        <ul class="cost-errors">
          {Object.values(errors)
            .filter(Boolean)
            .map((message) => (
              <li class="cost-error" key={message}>
                {message}
              </li>
            ))}
        </ul>
      ) : null}
      <p class="cost-summary" role="status">
        {errorCount > 0 ? `${errorCount === 1 ? 'One field has' : `${errorCount} fields have`} a problem; the estimate uses the default or the last valid value of each. ` : ''}
        At {volume(inputs.events)} events a month, {OPTION_LABEL[best].toLowerCase()} cost least: {money(e[best])} a month.
        {highlight && highlight !== best ? ` ${OPTION_LABEL[highlight]}, recommended here: ${money(e[highlight])} a month.` : ''}
      </p>

      <CostChart model={chart} inputs={inputs} estimate={e} idPrefix={idPrefix} />
      <CostTables inputs={inputs} prices={prices} estimate={e} crossovers={crossovers} cheapest={best} />
    </div>
  );
}
