/** How options, lines and providers are named on the page and in records. */
import type { LineId, OptionId, Provider } from './model.ts';

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
