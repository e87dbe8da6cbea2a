/**
 * Every README walkthrough the test suite performs (tests/unit/walkthroughs.test.ts).
 *
 * To add one: give its README section a ```sh block
 * listing the commands in the order that works, write tests/walkthroughs/<name>.ts
 * exporting a Walkthrough whose command steps name those lines (`readme`) in the
 * same order, with edit steps for what a contributor changes by hand, and list
 * it here. Each walkthrough runs on its own fresh copy of the project.
 */
import type { Walkthrough } from '../support/walkthrough';
import { addingAnArticle } from './adding-an-article';
import { changingTheQuiz } from './changing-the-quiz';

export const WALKTHROUGHS: readonly Walkthrough[] = [addingAnArticle, changingTheQuiz];
