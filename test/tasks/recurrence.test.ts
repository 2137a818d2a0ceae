import { describe, expect, it } from 'vitest';
import { rruleOf } from '../../src/tasks/recurrence.js';

describe('rruleOf: RFC 5545 rules of recurring deadlines', () => {
  it.each<[string | null, number | null, number | null, string | null]>([
    ['P6M', null, null, 'FREQ=MONTHLY;INTERVAL=6'],
    ['P1Y', null, null, 'FREQ=YEARLY'],
    ['P3M', null, null, 'FREQ=MONTHLY;INTERVAL=3'],
    ['P1M', null, 20, 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ['P1Y', 10, 20, 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20'],
    ['P1W', null, null, 'FREQ=WEEKLY'],
    [null, null, null, null],
    ['P0M', null, null, null],
    ['R/P1Y', null, null, null],
  ])('%s (month %s, day %s) → %s', (recurrence, month, day, rule) => {
    expect(rruleOf(recurrence, month, day)).toBe(rule);
  });
});
