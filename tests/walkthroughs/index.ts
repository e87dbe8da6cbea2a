/** Every README walkthrough the test suite performs (tests/unit/walkthroughs.test.ts). */
import type { Walkthrough } from '../support/walkthrough';
import { addingAnArticle } from './adding-an-article';

export const WALKTHROUGHS: readonly Walkthrough[] = [addingAnArticle];
