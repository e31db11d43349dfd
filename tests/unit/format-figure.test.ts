import { expect, test } from 'vitest';
import { formatFigure } from '../../src/site/format-figure.ts';

test.each([
  [50000, 'USD', 'month', '$50,000 per month'],
  [13e9, 'USD', null, '$13 billion'],
  [2e6, 'USD', 'year', '$2 million per year'],
  [6.3e9, 'EUR', null, '€6.3 billion'],
  [1500, 'CHF', null, 'CHF 1,500'],
  [780e6, 'times', null, '780 million times'],
  [8, 'apps', null, '8 apps'],
  [12.5, 'percent', null, '12.5%'],
])('%d %s per %s reads "%s"', (value, unit, per, expected) => {
  expect(formatFigure(value, unit, per)).toBe(expected);
});
