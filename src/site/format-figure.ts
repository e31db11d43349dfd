// Figures as readers expect them: "$50,000 per month", "$13 billion", "780 million calls", "12.5%".

const CURRENCY = /^[A-Z]{3}$/;

/** The symbol a reader knows for a currency ("$", "€"), or its code when it has none. */
function currencySymbol(code: string): string {
  const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? code;
  return /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
}

/** Formats a dossier figure in English with its unit and period. */
export function formatFigure(value: number, unit: string, per: string | null): string {
  const compact = value >= 1_000_000;
  const number = new Intl.NumberFormat('en', { notation: compact ? 'compact' : 'standard', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
  const text = CURRENCY.test(unit) ? `${currencySymbol(unit)}${number}` : unit === 'percent' ? `${number}%` : `${number} ${unit}`;
  return per ? `${text} per ${per}` : text;
}
