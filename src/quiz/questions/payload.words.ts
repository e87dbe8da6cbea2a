/** The words of the payload question's rules and warnings (payload.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const payloadWords: RuleWords = {
  'large-payload': {
    says: 'Invocation payloads are capped, so large data travels as a reference to an object in storage, not inside the event; large responses can stream where the plan supports it.',
    label: 'large payloads by reference',
    nextStep: 'Store each large file or body in object storage and pass its key in the event; the function reads the object itself.',
  },
  'small-payload': {
    says: 'Small events fit well inside every platform’s invocation payload limits.',
  },
};
