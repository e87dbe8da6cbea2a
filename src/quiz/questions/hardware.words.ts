/** The words of the hardware question's rules and warnings (hardware.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const hardwareWords: RuleWords = {
  'needs-accelerator': {
    says: 'Function plans are sized by memory and CPU; GPUs come with managed containers, batch services and virtual machines, so the work goes there.',
  },
  'beyond-function-sizes': {
    says: 'Work that needs more memory, CPU or code than the largest function allows does not fit a function; containers, batch jobs and virtual machines come in larger sizes.',
  },
  'custom-system': {
    says: 'Functions and managed container platforms run on an operating system the provider chooses and keep no local disk between runs; a custom kernel or lasting local data needs machines you control.',
  },
  'standard-hardware': {
    says: 'Ordinary CPU and memory fit the sizes functions come in.',
  },
};
