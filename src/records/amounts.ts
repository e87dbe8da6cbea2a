/** Amounts as records write them: "825 USD", "12.4 USD", "0.4 USD" (whole units from 100 up, else cents). */
export function money(amount: number, currency: string): string {
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  return `${rounded.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency}`;
}

/** A monthly volume in words: "3.2 million events", "1.5 billion events", "40,000 events". */
export function events(n: number): string {
  if (n >= 1e9) return `${Math.round(n / 1e8) / 10} billion events`;
  if (n >= 1e6) return `${Math.round(n / 1e5) / 10} million events`;
  return `${Math.round(n).toLocaleString('en-US')} events`;
}
