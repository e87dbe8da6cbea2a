/** The codes and decision tree the map's highlight script follows in the browser (see trace.ts). */
import { OUTCOME_ORDER, QUESTIONS, isQuestionId, type DecisionTreeNode } from '../quiz/index.ts';
import { UNSURE, concreteOptions } from '../quiz/questions.ts';
import { NOT_ASKED } from '../quiz/question.ts';
import { codeTable, codeVersions } from '../quiz/codec.ts';
import type { MapData } from './trace.ts';
import { tree } from './model.ts';

// ---------------------------------------------------------------------------
// Data for the highlight script.

function encodeTree(root: DecisionTreeNode): string {
  const encode = (node: DecisionTreeNode): string => {
    if (isQuestionId(node.id)) {
      const id = node.id;
      // One shared branch for every option (an advice question): `*` then that subtree.
      const [only, ...rest] = node.branches;
      if (only !== undefined && rest.length === 0 && only.values.length > 1) return `${QUESTIONS[id].code}*${encode(only.node)}`;
      return (
        QUESTIONS[id].code +
        concreteOptions(id)
          .map((option) => {
            const branch = node.branches.find((b) => b.values.includes(option.value));
            return branch ? encode(branch.node) : '-';
          })
          .join('')
      );
    }
    if (node.id === 'review') {
      const [only, ...rest] = node.branches;
      if (!only || rest.length > 0) throw new Error('The review should lead to exactly one outcome per run.');
      return `R${encode(only.node)}`;
    }
    const index = OUTCOME_ORDER.indexOf(node.id);
    if (index < 0 || index > 9) throw new Error(`Cannot encode outcome ${node.id}`);
    return String(index);
  };
  return encode(root);
}

function data(): MapData {
  // The tree branches on real options only; "Not sure" is read from links through `v`.
  const q = Object.fromEntries(
    Object.entries(codeTable()).map(([code, [id, options]]) => [code, [id, options.filter(([, value]) => value !== UNSURE && value !== NOT_ASKED)] as const]),
  );
  for (const code of Object.keys(q)) {
    if (code === 'R' || /\d|-|\*/.test(code)) throw new Error(`Question code ${code} clashes with the tree encoding.`);
  }
  return { q, v: codeVersions(), o: [...OUTCOME_ORDER], t: encodeTree(tree) };
}

export const MAP_DATA: MapData = data();
