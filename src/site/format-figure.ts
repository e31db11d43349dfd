// Figures as readers expect them: "$50,000 per month", "13 billion USD", "780 million calls".

const CURRENCY = /^[A-Z]{3}$/;

/** Formats a dossier figure in English with its unit and period. */
export function formatFigure(value: number, unit: string, per: string | null): string {
  const compact = value >= 1_000_000;
  const number = CURRENCY.test(unit)
    ? new Intl.NumberFormat('en', { style: 'currency', currency: unit, notation: compact ? 'compact' : 'standard', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value)
    : unit === 'percent'
      ? `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value)}%`
      : `${new Intl.NumberFormat('en', { notation: compact ? 'compact' : 'standard', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value)} ${unit}`;
  return per ? `${number} per ${per}` : number;
}
