/**
 * The decision map (/quiz/map/): drawn from the machine, complete, and its
 * highlight logic in step with the quiz.
 *
 * 1. The browser-side reader and tracer (trace.ts, which imports nothing)
 *    agree with codec.ts's decodeAnswers and with walk()/decide() on every
 *    run through the quiz, on extra answers and on fuzzed links.
 * 2. The built page (dist/quiz/map/index.html, run `npm run build` first)
 *    has every public id, every machine edge in the SVG and as a link in the
 *    text version, and a link to every result page.
 */
import { readFileSync } from 'node:fs';
import { optionText } from '../../src/quiz/question-text.ts';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { requireDist } from '../support/dist';
import {
  OUTCOME_ORDER,
  OUTCOMES,
  QUESTIONS,
  QUESTION_ORDER,
  evaluate,
  decodeAnswers,
  encodeAnswers,
  getQuizGraph,
  relevantAnswers,
  setAnswer,
  walk,
  type Answers,
} from '../../src/quiz/index.ts';
import { MAP_DATA } from '../../src/map/data.ts';
import { MAX_ENCODED_LENGTH } from '../../src/quiz/codec.ts';
import { UNSURE, concreteOptions, decidesAt } from '../../src/quiz/questions.ts';
import { NOT_ASKED } from '../../src/quiz/question.ts';
import { MAP_LAYOUT } from '../../src/map/layout.ts';
import { MAP_EDGES, mapAnchor } from '../../src/map/model.ts';
import { readAnswers, tracePath, type Picks } from '../../src/map/trace.ts';
import { MAP_DATA_PATH } from '../../src/quiz/paths.ts';
import { allFlowPaths, allFullAnswers, seededRandom } from './quiz/support.ts';

const graph = getQuizGraph();

/** What the map should highlight for these answers, computed by the quiz itself. */
function expectedTrace(answers: Answers) {
  const { asked, next } = walk(answers);
  // decide() reports evaluate() on the relevant answers; without its costly extras.
  const outcome = next === 'review' ? evaluate(relevantAnswers(answers)).outcome : null;
  const nodes: string[] = [...asked, ...(outcome ? ['review', outcome] : [next])];
  return {
    nodes,
    edges: nodes.slice(1).map((to, i) => `${nodes[i]}->${to}`),
    options: asked.map((q) => `${q}:${answers[q]}`),
    outcome,
    unsure: null,
  };
}

/** Answers → the picks readAnswers would return for their link. */
function picksOf(answers: Answers): Picks {
  const picks = readAnswers(encodeAnswers(answers), MAP_DATA);
  if (!picks) throw new Error('a valid link was refused');
  return picks;
}

describe('highlight logic agrees with the quiz', () => {
  // MAP_DATA's tables are made from the codec's, so they are checked by
  // what the map reads, not against those tables: a link the quiz writes for
  // any one answer must come back as that answer. (Version 1 links and bad
  // ones: "reads a link exactly when decodeAnswers does"; the outcome list:
  // every run's trace below ends in the outcome the rules give.)
  it('reads every option of every question, "Not sure" as unsure, from a link the quiz writes', () => {
    for (const id of QUESTION_ORDER) {
      for (const option of QUESTIONS[id].options) {
        const picks = [...picksOf(setAnswer({}, id, option.value))];
        expect(picks, `${id}=${option.value}`).toHaveLength(1);
        const [code, pick] = picks[0]!;
        const [question, options] = MAP_DATA.q[code]!;
        expect(question).toBe(id);
        expect(pick === '?' ? UNSURE : options.find(([c]) => c === pick)?.[1], `${id}=${option.value}`).toBe(option.value);
        // The tree branches on real options only: "Not sure" has no code of its own there.
        expect(options.some(([, value]) => value === UNSURE)).toBe(false);
      }
    }
  });

  it('follows every complete run to the outcome the rules give', () => {
    const runs = allFlowPaths();
    expect(runs.length).toBeGreaterThan(100);
    for (const { answers } of runs) expect(tracePath(MAP_DATA, picksOf(answers))).toEqual(expectedTrace(answers));
  });

  it('ignores answers the quiz would not ask, like walk() does', () => {
    for (const answers of allFullAnswers()) expect(tracePath(MAP_DATA, picksOf(answers))).toEqual(expectedTrace(answers));
  });

  it('stops at the first unanswered question of a partial run', () => {
    const random = seededRandom(7);
    for (const answers of allFullAnswers().filter(() => random() < 0.1)) {
      const partial: Answers = Object.fromEntries(Object.entries(answers).filter(() => random() < 0.6));
      expect(tracePath(MAP_DATA, picksOf(partial))).toEqual(expectedTrace(partial));
    }
    expect(tracePath(MAP_DATA, picksOf({}))).toEqual({ nodes: ['goal'], edges: [], options: [], outcome: null, unsure: null });
  });

  it('follows "Not sure" on an advice question along its shared branch, and stops at one on an outcome question', () => {
    for (const { answers } of allFlowPaths().filter((_, i) => i % 7 === 0)) {
      for (const q of walk(answers).asked) {
        const trace = tracePath(MAP_DATA, picksOf(setAnswer(answers, q, UNSURE)));
        const earlier = Object.fromEntries(QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(q)).map((e) => [e, answers[e]])) as Answers;
        if (!decidesAt(q, earlier)) {
          expect(trace.outcome).toBe(expectedTrace(answers).outcome);
          expect(trace.options).not.toContain(`${q}:${answers[q]}`);
        } else {
          expect(trace.outcome).toBeNull();
          expect(trace.unsure).toBe(q);
          expect(trace.nodes[trace.nodes.length - 1]).toBe(q);
        }
      }
    }
  });

  it('reads a link exactly when decodeAnswers does', () => {
    const random = seededRandom(42);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-<>/"\' %';
    const samples = [
      '', '1', '1.', '2.go', '9.go', '2.gu', '1.gu', '2.hu', '1.hs', '.go', 'go', '1.g', '1.gogo', '1.gq', '1.zz', '1.GOLC', '1.go..', '1..go', '01.go',
      '<script>alert(1)</script>', '1.go<', `1.${'go'.repeat(1100)}`, `1.${'x'.repeat(MAX_ENCODED_LENGTH)}`, 'constructor', '1.__',
    ];
    for (const { answers, order } of allFlowPaths()) {
      const link = encodeAnswers(answers, order);
      samples.push(link, link.toUpperCase(), link.slice(0, -1), `${link}g`);
      // Mutate one character at random.
      const at = Math.floor(random() * link.length);
      samples.push(link.slice(0, at) + alphabet.charAt(Math.floor(random() * alphabet.length)) + link.slice(at + 1));
    }
    for (const raw of samples) {
      const decoded = decodeAnswers(raw);
      const picks = readAnswers(raw, MAP_DATA);
      expect(picks !== null, `"${raw.slice(0, 40)}"`).toBe(decoded.ok);
      if (decoded.ok && picks) {
        const fromPicks: Record<string, string> = {};
        for (const [q, o] of picks) {
          const [id, options] = MAP_DATA.q[q]!;
          fromPicks[id] = o === '?' ? UNSURE : options.find(([code]) => code === o)![1];
        }
        // The map follows a question an older edition never asked as it follows "Not sure".
        expect(fromPicks).toEqual(Object.fromEntries(Object.entries(decoded.answers).map(([q, v]) => [q, v === NOT_ASKED ? UNSURE : v])));
      }
    }
    expect(readAnswers(null, MAP_DATA)).toBeNull();
  });
});

describe('diagram model', () => {
  it('groups every machine edge into one drawn edge per (from, to)', () => {
    for (const edge of graph.edges) {
      const drawn = MAP_EDGES.find((e) => e.from === edge.from && e.to === edge.to);
      expect(drawn, `${edge.from}->${edge.to}`).toBeDefined();
      if (edge.value !== null) expect(drawn!.values).toContain(edge.value);
    }
    expect(MAP_LAYOUT.edges.map((e) => e.key).sort()).toEqual(MAP_EDGES.map((e) => e.key).sort());
  });

  it('places every node inside the drawing without overlaps', () => {
    expect(MAP_LAYOUT.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const a of MAP_LAYOUT.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(MAP_LAYOUT.width);
      expect(a.y + a.h).toBeLessThanOrEqual(MAP_LAYOUT.height);
      for (const b of MAP_LAYOUT.nodes) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });
});

describe('built page /quiz/map/', () => {
  const file = `${requireDist()}quiz/map/index.html`;
  const html = readFileSync(file, 'utf8');
  const root = parse(html);
  const main = root.querySelector('main')!;
  const map = main.querySelector('[data-quiz-map]')!;
  const svg = map.querySelector('svg')!;
  const section = (node: string): HTMLElement => {
    const found = map.querySelectorAll('section').find((s) => s.getAttribute('data-node') === node);
    if (!found) throw new Error(`no text section for ${node}`);
    return found;
  };
  const hrefs = (el: HTMLElement): string[] => el.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');

  it('publishes exactly the map ids: q-<question>, review, o-<outcome>, each once', () => {
    const expected = [...QUESTION_ORDER.map((q) => `q-${q}`), 'review', ...OUTCOME_ORDER.map((o) => `o-${o}`)];
    const headings = main.querySelectorAll('h2[id], h3[id]').map((h) => h.id);
    expect(headings).toEqual(expected);
    for (const id of expected) expect(root.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    // Each id heads the text section of its node.
    for (const node of graph.nodes) expect(section(node.id).querySelector(`h2#${mapAnchor(node.id)}`)).not.toBeNull();
  });

  it('draws every node and every machine edge in the SVG', () => {
    for (const node of graph.nodes) expect(svg.querySelector(`[data-node="${node.id}"]`), node.id).not.toBeNull();
    const drawn = svg.querySelectorAll('[data-edge]').map((p) => p.getAttribute('data-edge'));
    for (const edge of graph.edges) expect(drawn).toContain(`${edge.from}->${edge.to}`);
    expect(drawn.length).toBeLessThanOrEqual(90);
  });

  it('links every machine edge in the text version', () => {
    for (const edge of graph.edges) {
      const from =
        edge.value === null
          ? section(edge.from)
          : map.querySelectorAll('li').find((li) => li.getAttribute('data-option') === `${edge.from}:${edge.value}`);
      expect(from, `${edge.from}:${edge.value}`).toBeDefined();
      expect(hrefs(from!), `${edge.from} --${edge.label}--> ${edge.to}`).toContain(`#${mapAnchor(edge.to)}`);
    }
  });

  it('lists every option of every question, with its article sections ("Not sure" is explained once)', () => {
    expect(map.querySelector('.qm-unsure')?.text).toMatch(/Not sure/);
    for (const q of QUESTION_ORDER) {
      const items = section(q).querySelectorAll('li[data-option]');
      expect(items.map((li) => li.getAttribute('data-option'))).toEqual(concreteOptions(q).map((o) => `${q}:${o.value}`));
      concreteOptions(q).forEach((option, i) => {
        for (const ref of optionText(q, option.value)?.sections ?? []) {
          const [page, id] = ref.split('#');
          expect(hrefs(items[i]!).some((h) => h.endsWith(`/${page}/#${id}`))).toBe(true);
        }
      });
    }
  });

  it('links every outcome to its result page', () => {
    for (const outcome of OUTCOME_ORDER) expect(hrefs(section(outcome))).toContain(`/quiz/result/${outcome}/`);
  });

  it('serves the data the highlight script follows beside the page, not in it', () => {
    // The page names the file it serves (data-source), and the build wrote it there.
    expect(map.getAttribute('data-source')).toBe(MAP_DATA_PATH);
    const data = JSON.parse(readFileSync(`${requireDist()}${MAP_DATA_PATH.slice(1)}`, 'utf8')) as Record<string, unknown>;
    const { names, ...rest } = data;
    expect(rest).toEqual(MAP_DATA);
    expect(names).toEqual(Object.fromEntries(OUTCOME_ORDER.map((o) => [o, OUTCOMES[o].name])));
    expect(map.hasAttribute('data-map'), 'no copy of the data in the page').toBe(false);
  });

  it('has no inline style attributes or style elements in the map (strict CSP)', () => {
    expect(map.querySelectorAll('[style]')).toHaveLength(0);
    expect(svg.querySelectorAll('style')).toHaveLength(0);
  });

  it('hides the diagram from assistive technology and offers a named, focusable scroll region', () => {
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    for (const a of svg.querySelectorAll('a')) expect(a.getAttribute('tabindex')).toBe('-1');
    const region = map.querySelector('.qm-scroll')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBeTruthy();
  });
});
