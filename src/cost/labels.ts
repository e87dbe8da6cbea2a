/** How options, lines and providers are named on the page and in records. */
import type { LineId, OptionId, PricePart, Provider } from './model.ts';

export const OPTION_LABEL: { readonly [O in OptionId]: string } = {
  functions: 'Functions',
  container: 'Managed containers',
  vm: 'Virtual machines',
};

export const LINE_LABEL: { readonly [L in LineId]: string } = {
  compute: 'compute',
  requests: 'requests',
  gateway: 'API gateway',
  logs: 'logs',
  transfer: 'data transfer',
  nat: 'NAT',
};

export const PROVIDER_LABEL: { readonly [P in Provider]: string } = {
  aws: 'AWS',
  azure: 'Microsoft Azure',
  'google-cloud': 'Google Cloud',
};

/** The parts of a bill the page names when their prices are not verified (options and lines, as labelled above). */
export const PART_LABEL: { readonly [P in PricePart]: string } = {
  functions: OPTION_LABEL.functions.toLowerCase(),
  container: OPTION_LABEL.container.toLowerCase(),
  vm: OPTION_LABEL.vm.toLowerCase(),
  gateway: `the ${LINE_LABEL.gateway}`,
  logs: LINE_LABEL.logs,
  transfer: LINE_LABEL.transfer,
  nat: LINE_LABEL.nat,
};
