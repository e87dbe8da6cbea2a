/**
 * Elements whose content the figure scan skips, in MDX, .astro and JSX
 * alike: a `<Scenario>` is the guide's worked example for a fictional team,
 * `<Fact>` and `<Calc>` read the registry, and code is configuration (the
 * code-block tests name the document each sample follows).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['Scenario', 'Fact', 'Calc', 'code', 'pre', 'style']);
