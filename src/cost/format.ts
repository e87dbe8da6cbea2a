/** Money and volume as the cost page writes them (en-US, so tests and screen readers agree). */

export function money(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  if (usd === 0) return '$0';
  if (usd < 0.01) return 'under $0.01';
  const digits = usd < 100 ? 2 : 0;
  return usd.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 1,234 → "1,234"; 5,000,000 → "5 million"; 2.5e9 → "2.5 billion". */
export function volume(events: number): string {
  if (!Number.isFinite(events)) return '—';
  const round = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : n < 100 ? 1 : 0 });
  if (events >= 1e9) return `${round(events / 1e9)} billion`;
  if (events >= 1e6) return `${round(events / 1e6)} million`;
  return Math.round(events).toLocaleString('en-US');
}
