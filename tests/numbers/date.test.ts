import { describe, expect, it } from 'vitest';
import { looksLikeDate, parseDate } from '../../lib/numbers/date';

describe('parseDate', () => {
  it.each([
    ['Started running on 12 Mar 2025'],
    ['Mar 12, 2025'],
    ['March 12th, 2025'],
    ['12 มี.ค. 2568'],
    ['เริ่มแสดงเมื่อ 12 มีนาคม 2568'],
    ['2025년 3월 12일에 게재 시작함'],
    ['게재 시작일: 2025. 3. 12.'],
    ['2025.03.12'],
    ['2025年3月12日'],
    ['12 thg 3, 2025'],
    ['ngày 12 tháng 3 năm 2025'],
    ['١٢ مارس ٢٠٢٥'],
    ['بدأ عرضه في ١٢ آذار ٢٠٢٥'],
    ['12. März 2025'],
    ['12 mars 2025'],
    ['12 de marzo de 2025'],
    ['12 marzo 2025'],
    ['12 Maret 2025'],
    ['12 марта 2025'],
    ['2025-03-12'],
    ['2025/03/12'],
  ])('%s → 2025-03-12', (raw) => {
    expect(parseDate(raw)).toBe('2025-03-12');
  });

  it('lets the language decide numeric day/month order', () => {
    expect(parseDate('12/03/2025', 'en-GB')).toBe('2025-03-12');
    expect(parseDate('12/03/2025', 'vi')).toBe('2025-03-12');
    expect(parseDate('03/12/2025', 'en-US')).toBe('2025-03-12');
    expect(parseDate('25/03/2025', 'en-US')).toBe('2025-03-25');
  });

  it('rejects impossible dates and dates without a year', () => {
    expect(parseDate('31 Feb 2025')).toBeNull();
    expect(parseDate('Mar 12')).toBeNull();
    expect(parseDate('$1,290.00')).toBeNull();
  });

  it('knows a month with a year is a date, not a price', () => {
    expect(looksLikeDate('July, 2004')).toBe(true);
    expect(looksLikeDate('129.900')).toBe(false);
  });

  it('reads a bare day-month with the month\'s leading zero as a date, not a range', () => {
    expect(looksLikeDate('25-09')).toBe(true);
    expect(looksLikeDate('3/06')).toBe(true);
    expect(looksLikeDate('10-20')).toBe(false);
    expect(looksLikeDate('05-10')).toBe(false);
    expect(looksLikeDate('25-9')).toBe(false);
  });
});
