/**
 * The cost island: a form whose fields live in the URL, the estimate, the
 * chart and the tables. Rendered at build time with the defaults (so the
 * page works without JavaScript), then it reads the address bar and
 * recalculates on every keystroke.
 *
 * Inputs never lie: the address always holds exactly what the fields hold
 * (a bad value too, so the link reopens the same message), and while a
 * field is invalid the estimate keeps the last valid inputs and says it is
 * out of date.
 *
 * Props are plain data (prices from the facts registry, limits, defaults),
 * so the same component serves /cost/ and the panel on result pages.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { chartModel } from '../../cost/chart.ts';
import { money, volume } from '../../cost/format.ts';
import { breakEven, cheapest, estimate, type Inputs, type OptionId, type PriceBook } from '../../cost/model.ts';
import {
  CHOICES,
  FLAGS,
  LINK_VERSION,
  NUMERIC_FIELDS,
  PARAM,
  checkField,
  parseInputs,
  type ChoiceField,
  type FieldError,
  type FieldId,
  type FlagField,
  type Limits,
  type NumericField,
} from '../../cost/inputs.ts';
import { OPTION_LABEL, PROVIDER_LABEL } from '../../cost/labels.ts';
import { CostChart } from './CostChart.tsx';
import { CostTables } from './CostTables.tsx';

export interface CostCalculatorProps {
  book: PriceBook;
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

type Raw = { [F in NumericField]: string };

const LABEL: { [F in NumericField]: string } = {
  events: 'Events per month',
  durationMs: 'Average duration (ms)',
  memoryMb: 'Function memory (MB)',
  ioWait: 'Time waiting on I/O (%)',
  vmHourly: 'VM price (USD per hour; empty = the reference VM)',
  util: 'Target utilisation (%)',
  concurrency: 'Requests in flight per instance',
  requestMb: 'Memory per request in flight (MB)',
  minInstances: 'Minimum container instances',
  commit: 'Commitment discount (%)',
  logKb: 'Logs per event (KB)',
  egressKb: 'Data out to the internet per event (KB)',
};
const CHOICE_TEXT: { [F in ChoiceField]: [string, Record<string, string>] } = {
  provider: ['Provider', { a: 'AWS', z: 'Microsoft Azure', g: 'Google Cloud' }],
  shape: ['Daily shape of the load', { s: 'Spiky (peak 10×)', v: 'Variable (peak 3×)', h: 'Steady and high (peak 1.5×)', f: 'Flat (no peak)' }],
  arch: ['Architecture', { x: 'x86', a: 'Arm' }],
  containerBilling: ['Container billing', { i: 'By instance (up while scaled out)', r: 'By request (Cloud Run; scales to zero)' }],
};
const FLAG_TEXT: { [F in FlagField]: string } = {
  freeTier: 'Subtract the monthly free tier (once, for this workload)',
  lmi: 'Functions on Lambda Managed Instances (AWS)',
  gateway: 'Requests pass an API gateway',
  nat: 'Containers and VMs reach the internet through NAT',
};

function rawOf(i: Inputs): Raw {
  const out = {} as Raw;
  for (const f of NUMERIC_FIELDS) {
    const v = i[f];
    out[f] = v === undefined ? '' : String(f === 'ioWait' || f === 'util' ? Math.round(v * 1000) / 10 : v);
  }
  return out;
}

const code = (field: ChoiceField, value: string) => Object.keys(CHOICES[field]).find((k) => CHOICES[field][k] === value) ?? '';

export default function CostCalculator({ book, limits, defaults, idPrefix = 'cost', syncUrl = true, form = true, highlight, initialErrors = [] }: CostCalculatorProps) {
  const [inputs, setInputs] = useState<Inputs>(defaults);
  const [raw, setRaw] = useState<Raw>(() => rawOf(defaults));
  const [errors, setErrors] = useState<Partial<Record<FieldId, string>>>(() => Object.fromEntries(initialErrors.map((e) => [e.field, e.message])));
  const [announce, setAnnounce] = useState<string[]>([]);
  const [live, setLive] = useState(false);
  const defaultRaw = useMemo(() => rawOf(defaults), [defaults]);

  // After hydration: take the inputs from the address bar, bad values included, so their messages show.
  useEffect(() => {
    setLive(true);
    if (!syncUrl) return;
    const params = new URLSearchParams(location.search);
    const parsed = parseInputs(params, limits, defaults);
    const nextRaw = rawOf(parsed.inputs);
    for (const f of NUMERIC_FIELDS) {
      const v = params.get(PARAM[f]);
      if (v !== null) nextRaw[f] = v;
    }
    setInputs(parsed.inputs);
    setRaw(nextRaw);
    setErrors(Object.fromEntries(parsed.errors.map((e) => [e.field, e.message])));
    setAnnounce(parsed.oldDefaults);
  }, []);

  const result = useMemo(() => {
    const e = estimate(inputs, book);
    const crossovers = breakEven(inputs, book);
    return { e, crossovers, best: cheapest(e), chart: chartModel(inputs, book, e, crossovers) };
  }, [inputs, book]);

  /** The address holds exactly what the fields hold: typed text for numbers, codes for choices. */
  const writeUrl = (nextInputs: Inputs, nextRaw: Raw) => {
    if (!syncUrl) return;
    const url = new URL(location.href);
    for (const p of [...Object.values(PARAM), 'v']) url.searchParams.delete(p);
    const q = url.searchParams;
    for (const f of Object.keys(CHOICES) as ChoiceField[]) if (nextInputs[f] !== defaults[f]) q.set(PARAM[f], code(f, nextInputs[f]));
    for (const f of FLAGS) if (nextInputs[f] !== defaults[f]) q.set(PARAM[f], nextInputs[f] ? '1' : '0');
    for (const f of NUMERIC_FIELDS) if (nextRaw[f].trim() !== defaultRaw[f]) q.set(PARAM[f], nextRaw[f].trim());
    if ([...q.keys()].some((k) => (Object.values(PARAM) as string[]).includes(k))) q.set('v', LINK_VERSION);
    history.replaceState(history.state, '', url);
  };

  const onNumber = (field: NumericField) => (ev: TargetedEvent<HTMLInputElement>) => {
    const value = ev.currentTarget.value;
    const nextRaw = { ...raw, [field]: value };
    setRaw(nextRaw);
    let next = inputs;
    if (field === 'vmHourly' && value.trim() === '') {
      next = { ...inputs };
      delete next.vmHourly;
      setErrors((er) => ({ ...er, [field]: undefined }));
    } else {
      const checked = checkField(field, value, limits);
      if ('message' in checked) setErrors((er) => ({ ...er, [field]: checked.message }));
      else {
        setErrors((er) => ({ ...er, [field]: undefined }));
        next = { ...inputs, [field]: checked.value };
      }
    }
    setInputs(next);
    writeUrl(next, nextRaw);
  };

  const onChoice = (field: ChoiceField) => (ev: TargetedEvent<HTMLSelectElement>) => {
    const value = CHOICES[field][ev.currentTarget.value];
    if (!value) return;
    setErrors((er) => ({ ...er, [field]: undefined }));
    const next = { ...inputs, [field]: value };
    setInputs(next);
    writeUrl(next, raw);
  };

  const onFlag = (field: FlagField) => (ev: TargetedEvent<HTMLInputElement>) => {
    const next = { ...inputs, [field]: ev.currentTarget.checked };
    setInputs(next);
    writeUrl(next, raw);
  };

  const id = (f: string) => `${idPrefix}-${f}`;
  const errorCount = Object.values(errors).filter(Boolean).length;
  const { e, crossovers, best, chart } = result;
  const describedBy = (f: string) => (errors[f as FieldId] ? `${id(f)}-error` : undefined);
  const err = (f: FieldId) =>
    errors[f] ? (
      <p class="cost-error" id={`${id(f)}-error`}>
        {errors[f]}
      </p>
    ) : null;

  return (
    <div class="cost-calculator" data-cost-live={live ? 'true' : 'false'} data-cost-stale={errorCount > 0 ? 'true' : 'false'}>
      {announce.length > 0 ? (
        <div class="cost-announce" role="note">
          <p>This link was made with an earlier version of the model. It loads with today’s model, which differs from what the link relied on:</p>
          <ul>
            {announce.map((a) => (
              <li key={a}>{a}.</li>
            ))}
          </ul>
        </div>
      ) : null}
      {form ? (
        <div class="cost-form" role="group" aria-label="Workload and levers" aria-describedby={id('form-note')}>
          <p class="cost-note" id={id('form-note')}>
            The estimate updates as you type, and the address bar keeps exactly what the fields hold, so the link you share shows the same.
          </p>
          <div class="cost-fields">
            {(Object.keys(CHOICE_TEXT) as ChoiceField[]).map((f) => (
              <div class="cost-field" key={f}>
                <label for={id(f)}>{CHOICE_TEXT[f][0]}</label>
                <select id={id(f)} name={PARAM[f]} value={code(f, inputs[f])} disabled={!live} onChange={onChoice(f)} aria-describedby={describedBy(f)}>
                  {Object.entries(CHOICE_TEXT[f][1]).map(([k, text]) => (
                    <option key={k} value={k}>
                      {text}
                    </option>
                  ))}
                </select>
                {err(f)}
              </div>
            ))}
            {NUMERIC_FIELDS.map((f) => (
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
                  placeholder={f === 'vmHourly' ? String(book.providers[inputs.provider].vm.hourly) : undefined}
                  disabled={!live}
                  onInput={onNumber(f)}
                  aria-invalid={errors[f] ? 'true' : undefined}
                  aria-describedby={describedBy(f)}
                />
                {err(f)}
              </div>
            ))}
            {FLAGS.map((f) => (
              <div class="cost-field cost-flag" key={f}>
                <input id={id(f)} name={PARAM[f]} type="checkbox" checked={inputs[f]} disabled={!live} onChange={onFlag(f)} />
                <label for={id(f)}>{FLAG_TEXT[f]}</label>
              </div>
            ))}
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
        {errorCount > 0 ? (
          <strong class="cost-stale">
            Out of date: {errorCount === 1 ? 'one field has' : `${errorCount} fields have`} a problem, so the figures below are still those of the last valid inputs.{' '}
          </strong>
        ) : null}
        On {PROVIDER_LABEL[inputs.provider]}, at {volume(inputs.events)} events a month, {OPTION_LABEL[best].toLowerCase()} cost least: {money(e[best].total)} a month.
        {highlight && highlight !== best ? ` ${OPTION_LABEL[highlight]}, recommended here: ${money(e[highlight].total)} a month.` : ''}
        {e.notes.length ? ` Not priced: ${e.notes.join('; ')}.` : ''}
      </p>

      <div class={errorCount > 0 ? 'cost-results cost-results-stale' : 'cost-results'}>
        <CostChart model={chart} inputs={inputs} estimate={e} idPrefix={idPrefix} />
        <CostTables inputs={inputs} book={book} estimate={e} crossovers={crossovers} cheapest={best} compare={form} />
      </div>
    </div>
  );
}
