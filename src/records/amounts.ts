/** Amounts as records write them: "825 USD", "12.4 USD", "0.4 USD" (whole units from 100 up, else cents). */
export function money(amount: number, currency: string): string {
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  return `${rounded.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency}`;
}
