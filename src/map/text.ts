/** The decision map's text version: one section per screen, with the rules behind each outcome. */
import {
  NEEDED,
  OUTCOMES,
  OUTCOME_ORDER,
  QUESTIONS,
  QUESTION_ORDER,
  isOutcomeId,
  sectionLabel,
  sectionUrl,
  type DecisionTreeNode,
  type NodeId,
  type OutcomeId,
  type QuestionId,
  type Rule,
  type SectionRef,
  type GuideLabels,
} from '../quiz/index.ts';
import { outcomeRules } from '../quiz/outcome-rules.ts';
import { ruleText } from '../quiz/evaluate.ts';
import { questionText, optionText } from '../quiz/question-text.ts';
import { concreteOptions } from '../quiz/questions.ts';
import { resultPath } from '../quiz/routes.ts';
import { ENDS, SPINE, graph, mapAnchor, nodeLabel, tree } from './model.ts';

// ---------------------------------------------------------------------------
// Text version.

export interface MapLink {
  readonly href: string;
  readonly text: string;
}

export interface MapOption {
  readonly value: string;
  /** `question:value`, the highlight hook. */
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
  /** Screens this answer can lead to (several when earlier answers decide). */
  readonly next: readonly MapLink[];
  /** Outcomes still possible after this answer, over every run through it. */
  readonly outcomes: readonly MapLink[];
  readonly sections: readonly MapLink[];
}

export interface MapQuestion {
  readonly id: QuestionId;
  readonly number: number;
  readonly title: string;
  readonly text: string;
  readonly reason: string;
  readonly options: readonly MapOption[];
}

export interface MapRuleLine {
  readonly id: string;
  readonly question: MapLink;
  readonly text: string;
  readonly section: MapLink;
}

export interface MapOutcome {
  readonly id: OutcomeId;
  readonly name: string;
  readonly result: MapLink;
  readonly groups: readonly { readonly title: string; readonly rules: readonly MapRuleLine[] }[];
}

export interface MapText {
  readonly questions: readonly MapQuestion[];
  /** Where the review leads: the outcomes, by CONFIRM. */
  readonly review: { readonly title: string; readonly outcomes: readonly MapLink[] };
  readonly outcomes: readonly MapOutcome[];
}

function nodeLink(id: NodeId): MapLink {
  return { href: `#${mapAnchor(id)}`, text: nodeLabel(id) };
}

// Set for the duration of one mapText() call: labels come from the real headings.
let labels: GuideLabels | undefined;
function sectionLink(ref: SectionRef): MapLink {
  return { href: sectionUrl(ref), text: labels === undefined ? ref : sectionLabel(labels, ref) };
}

/** For each `question:value`, the outcomes reachable through it in the machine's tree. */
function outcomesByAnswer(root: DecisionTreeNode): Map<string, Set<OutcomeId>> {
  const found = new Map<string, Set<OutcomeId>>();
  const visit = (node: DecisionTreeNode): Set<OutcomeId> => {
    if (isOutcomeId(node.id)) return new Set([node.id]);
    const below = new Set<OutcomeId>();
    for (const branch of node.branches) {
      const reached = visit(branch.node);
      for (const o of reached) below.add(o);
      for (const value of branch.values) {
        const key = `${node.id}:${value}`;
        const set = found.get(key) ?? new Set<OutcomeId>();
        for (const o of reached) set.add(o);
        found.set(key, set);
      }
    }
    return below;
  };
  visit(root);
  return found;
}

const byRank = (a: NodeId, b: NodeId): number => {
  const order: readonly NodeId[] = [...SPINE, ...ENDS];
  return order.indexOf(a) - order.indexOf(b);
};

function ruleLine(rule: Rule): MapRuleLine {
  return { id: rule.id, question: nodeLink(rule.question), text: ruleText(rule.id).explanation, section: sectionLink(rule.section) };
}

/**
 * The rules that lead to (or away from) an outcome, grouped the way
 * evaluate() applies them. Caveats are left to the result pages.
 */
function ruleGroups(outcome: OutcomeId): MapOutcome['groups'] {
  const rules = outcomeRules(outcome);
  const groups = [
    { title: 'Always the result when', rules: rules.decisive },
    {
      title: outcome === 'serverless' ? 'Recommended unless a rule takes functions out' : 'Ruled out when',
      rules: rules.ruledOutBy,
    },
    { title: 'Chosen once functions are out, when the first preference that applies is one of', rules: rules.preferredBy },
  ];
  return groups.filter((g) => g.rules.length > 0).map((g) => ({ title: g.title, rules: g.rules.map(ruleLine) }));
}

function text(): MapText {
  const reach = outcomesByAnswer(tree);
  const questions = QUESTION_ORDER.map((id, i): MapQuestion => {
    const def = QUESTIONS[id];
    // "Not sure" is no branch of its own: the map explains it once, above the questions.
    const options = concreteOptions(id).map((option): MapOption => {
      const key = `${id}:${option.value}`;
      const words = optionText(id, option.value) ?? { label: option.value, sections: [] };
      const next = graph.edges
        .filter((e) => e.from === id && e.value === option.value)
        .map((e) => e.to)
        .sort(byRank);
      return {
        value: option.value,
        key,
        label: words.label,
        ...(words.hint === undefined ? {} : { hint: words.hint }),
        next: next.map(nodeLink),
        outcomes: OUTCOME_ORDER.filter((o) => reach.get(key)?.has(o)).map(nodeLink),
        sections: words.sections.map(sectionLink),
      };
    });
    return { id, number: i + 1, title: def.title, text: questionText(id).text, reason: NEEDED[id].reason, options };
  });
  const reviewTargets = graph.edges.filter((e) => e.from === 'review').map((e) => e.to).sort(byRank);
  const outcomes = OUTCOME_ORDER.map(
    (id): MapOutcome => ({
      id,
      name: OUTCOMES[id].name,
      result: { href: resultPath(id), text: `The “${OUTCOMES[id].name}” result page` },
      groups: ruleGroups(id),
    }),
  );
  return { questions, review: { title: nodeLabel('review'), outcomes: reviewTargets.map(nodeLink) }, outcomes };
}

/** The text version, with section links labelled from the real headings. */
export function mapText(guideLabels: GuideLabels): MapText {
  labels = guideLabels;
  try {
    return text();
  } finally {
    labels = undefined;
  }
}

