/** The components MDX articles may use without importing them. */
import Calc from './Calc.astro';
import Callout from './Callout.astro';
import Fact from './Fact.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Pre from './Pre.astro';
import QuizLink from './QuizLink.astro';
import Scenario from './Scenario.astro';
import Symptoms from './Symptoms.astro';
import Table from './Table.astro';

export const mdxComponents = { h2: H2, h3: H3, pre: Pre, table: Table, Calc, Callout, Fact, QuizLink, Scenario, Symptoms };
