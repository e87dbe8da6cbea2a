/**
 * The /cost/ island: keeps the server-rendered form (CostForm.astro), the
 * address bar and the estimate (CostCalculator.tsx) in step. The form's
 * markup and words stay in the HTML; this code only reads and writes its
 * fields, so the page hydrates the estimate and nothing it can leave to the
 * server. The tables load as a chunk of their own once the page has started;
 * until then the build's tables for the default inputs stand in
 * (#<prefix>-tables-first), and they go as soon as they could be out of
 * date: when the address or an edit changes the inputs, or the live tables
 * arrive.
 *
 * Inputs never lie: the address always holds exactly what the fields hold
 * (a bad value too, so the link reopens the same message), and while a
 * field is invalid the estimate keeps the last valid inputs and says it is
 * out of date.
 *
 * A class component: without hooks the page loads no hooks module.
 */
import { Component, type ComponentType } from 'preact';
import CostCalculator from './CostCalculator.tsx';
import type { CostTablesProps } from './CostTables.tsx';
import { lazyChunk, needsReload } from '../lazy/load-chunk.ts';
import tablesUrl from './CostTables.tsx?chunk-url';
import oldLinksUrl from '../../cost/old-links.ts?chunk-url';
import {
  CHOICE_FIELDS,
  DEFAULT_INPUTS,
  FLAGS,
  LINK_VERSION,
  NUMERIC_FIELDS,
  PARAM,
  checkField,
  choices,
  codeOf,
  parseInputs,
  type ChoiceField,
  type FieldId,
  type InputRules,
  type NumericField,
} from '../../cost/inputs.ts';
import type { Inputs, PriceBook } from '../../cost/model.ts';

export interface CostPageProps {
  book: PriceBook;
  rules: InputRules;
  /** The form's id prefix (CostForm.astro's). */
  idPrefix: string;
}

type Raw = { [F in NumericField]: string };
type Errors = Partial<Record<FieldId, string>>;

interface State {
  inputs: Inputs;
  /** What each number field holds, as typed. */
  raw: Raw;
  errors: Errors;
  announce: readonly string[];
  live: boolean;
  Tables: ComponentType<CostTablesProps> | null;
  /** The tables' code could not be fetched: say so, with a retry. */
  tablesFailed: boolean;
}

// Through the one loader, so "Try again" really asks the server again (src/components/lazy/load-chunk.ts).
const loadTables = lazyChunk(() => import('./CostTables.tsx'), tablesUrl);
const loadOldLinks = lazyChunk(() => import('../../cost/old-links.ts'), oldLinksUrl);

/** Percent fields are typed as percent and stored as shares. */
const PERCENT: ReadonlySet<NumericField> = new Set(['ioWait', 'util']);

function rawOf(i: Inputs): Raw {
  const out = {} as Raw;
  for (const f of NUMERIC_FIELDS) {
    const v = i[f];
    out[f] = v === undefined ? '' : String(PERCENT.has(f) ? Math.round(v * 1000) / 10 : v);
  }
  return out;
}

const DEFAULT_RAW = rawOf(DEFAULT_INPUTS);

export default class CostPage extends Component<CostPageProps, State> {
  state: State = { inputs: DEFAULT_INPUTS, raw: DEFAULT_RAW, errors: {}, announce: [], live: false, Tables: null, tablesFailed: false };

  private get table() {
    return choices(this.props.rules);
  }

  private el<T extends HTMLElement>(field: FieldId | 'form' | 'tables-first'): T | null {
    return document.getElementById(`${this.props.idPrefix}-${field}`) as T | null;
  }

  componentDidMount(): void {
    // Take the inputs from the address bar, bad values included, so their messages show.
    const params = new URLSearchParams(location.search);
    const parsed = parseInputs(params, this.props.rules);
    const raw = rawOf(parsed.inputs);
    for (const f of NUMERIC_FIELDS) {
      const v = params.get(PARAM[f]);
      if (v !== null) raw[f] = v;
    }
    const form = this.el('form');
    if (form) {
      for (const f of NUMERIC_FIELDS) this.el<HTMLInputElement>(f)!.value = raw[f];
      for (const f of CHOICE_FIELDS) this.el<HTMLSelectElement>(f)!.value = codeOf(this.table, f, parsed.inputs[f]);
      for (const f of FLAGS) this.el<HTMLInputElement>(f)!.checked = parsed.inputs[f];
      for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) control.disabled = false;
      form.addEventListener('input', this.onEdit);
      form.addEventListener('change', this.onEdit);
    }
    if ([...params.keys()].some((k) => (Object.values(PARAM) as string[]).includes(k))) this.dropFirstTables();
    this.setState({
      inputs: parsed.inputs,
      raw,
      errors: Object.fromEntries(parsed.errors.map((e) => [e.field, e.message])),
      live: true,
    });
    // The notes on an old link's defaults are a courtesy: without them the page still shows the link's estimate.
    if (parsed.old) loadOldLinks().then((m) => this.setState({ announce: m.oldDefaults(parsed.inputs) }), () => undefined);
    this.loadTables();
  }

  private loadTables = (): void => {
    this.setState({ tablesFailed: false });
    loadTables().then(
      (m) => {
        this.dropFirstTables();
        this.setState({ Tables: m.CostTables });
      },
      (error: unknown) => {
        if (needsReload(error)) location.reload();
        else this.setState({ tablesFailed: true });
      },
    );
  };

  /** The build's tables were drawn for the default inputs: they never stay next to other figures. */
  private dropFirstTables(): void {
    this.el('tables-first')?.remove();
  }

  componentDidUpdate(): void {
    this.showErrors();
    const vm = this.el<HTMLInputElement>('vmHourly');
    if (vm) vm.placeholder = String(this.props.book.providers[this.state.inputs.provider].vm.hourly);
  }

  /** One listener for the whole form: text fields on input, choices and switches on change. */
  private onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.id.slice(this.props.idPrefix.length + 1) as FieldId;
    if ((NUMERIC_FIELDS as readonly string[]).includes(field)) {
      if (event.type === 'input') this.onNumber(field as NumericField, target.value);
    } else if (event.type === 'change') {
      if ((CHOICE_FIELDS as readonly string[]).includes(field)) this.onChoice(field as ChoiceField, target.value);
      else if ((FLAGS as readonly string[]).includes(field)) this.update({ ...this.state.inputs, [field]: (target as HTMLInputElement).checked }, this.state.raw);
    }
  };

  private onNumber(field: NumericField, value: string): void {
    const raw = { ...this.state.raw, [field]: value };
    let inputs = this.state.inputs;
    let message: string | undefined;
    if (field === 'vmHourly' && value.trim() === '') {
      inputs = { ...inputs };
      delete inputs.vmHourly;
    } else {
      const checked = checkField(field, value, this.props.rules);
      if ('message' in checked) message = checked.message;
      else inputs = { ...inputs, [field]: checked.value };
    }
    this.update(inputs, raw, { ...this.state.errors, [field]: message });
  }

  private onChoice(field: ChoiceField, code: string): void {
    const value = this.table[field][code];
    if (value) this.update({ ...this.state.inputs, [field]: value }, this.state.raw, { ...this.state.errors, [field]: undefined });
  }

  private update(inputs: Inputs, raw: Raw, errors: Errors = this.state.errors): void {
    this.dropFirstTables();
    this.setState({ inputs, raw, errors });
    this.writeUrl(inputs, raw);
  }

  /** The address holds exactly what the fields hold: typed text for numbers, codes for choices. */
  private writeUrl(inputs: Inputs, raw: Raw): void {
    const url = new URL(location.href);
    const q = url.searchParams;
    for (const p of [...Object.values(PARAM), 'v']) q.delete(p);
    for (const f of CHOICE_FIELDS) if (inputs[f] !== DEFAULT_INPUTS[f]) q.set(PARAM[f], codeOf(this.table, f, inputs[f]));
    for (const f of FLAGS) if (inputs[f] !== DEFAULT_INPUTS[f]) q.set(PARAM[f], inputs[f] ? '1' : '0');
    for (const f of NUMERIC_FIELDS) if (raw[f].trim() !== DEFAULT_RAW[f]) q.set(PARAM[f], raw[f].trim());
    if ([...q.keys()].some((k) => (Object.values(PARAM) as string[]).includes(k))) q.set('v', LINK_VERSION);
    history.replaceState(history.state, '', url);
  }

  /** Each field's message sits right after it, named by its aria-describedby; a number field with one is aria-invalid. */
  private showErrors(): void {
    for (const f of [...CHOICE_FIELDS, ...NUMERIC_FIELDS] as FieldId[]) {
      const control = this.el(f);
      if (!control) continue;
      const id = `${control.id}-error`;
      const message = this.state.errors[f];
      let slot = document.getElementById(id);
      if (message) {
        if (!slot) {
          slot = document.createElement('p');
          slot.className = 'cost-error';
          slot.id = id;
          control.after(slot);
        }
        slot.textContent = message;
        control.setAttribute('aria-describedby', id);
        if (control instanceof HTMLInputElement) control.setAttribute('aria-invalid', 'true');
      } else if (slot) {
        slot.remove();
        control.removeAttribute('aria-describedby');
        control.removeAttribute('aria-invalid');
      }
    }
  }

  render() {
    const { inputs, errors, announce, live, Tables, tablesFailed } = this.state;
    return (
      <>
        <CostCalculator
          book={this.props.book}
          inputs={inputs}
          idPrefix={this.props.idPrefix}
          live={live}
          errorCount={Object.values(errors).filter(Boolean).length}
          announce={announce}
          Tables={Tables}
          compare
        />
        {tablesFailed && (
          <div class="quiz-notice" role="alert">
            <p>
              <strong>The cost tables could not be loaded.</strong> The estimate above is current; check the connection to see the bill line by line.
            </p>
            <button type="button" class="button" onClick={this.loadTables}>
              Try again
            </button>
          </div>
        )}
      </>
    );
  }
}
