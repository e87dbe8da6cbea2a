/** The codes and decision tree the map's highlight script follows in the browser (see trace.ts). */
import { OUTCOME_ORDER, QUESTIONS, isQuestionId, type DecisionTreeNode } from '../quiz/index.ts';
import { codeTable } from '../quiz/codec.ts';
import type { MapData } from './trace.ts';
import { tree } from './model.ts';

// ---------------------------------------------------------------------------
// Data for the highlight script.

function encodeTree(root: DecisionTreeNode): string {
  const encode = (node: DecisionTreeNode): string => {
    if (isQuestionId(node.id)) {
      const id = node.id;
      return (
        QUESTIONS[id].code +
        QUESTIONS[id].options
          .map((option) => {
            const branch = node.branches.find((b) => b.value === option.value);
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
  const q = codeTable();
  for (const code of Object.keys(q)) {
    if (code === 'R' || /\d|-/.test(code)) throw new Error(`Question code ${code} clashes with the tree encoding.`);
  }
  return { q, o: [...OUTCOME_ORDER], t: encodeTree(tree) };
}

export const MAP_DATA: MapData = data();
