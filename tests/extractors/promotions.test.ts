import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractPromotions } from '../../lib/analyze/extractors/promotions';
import type { Promotion } from '../../lib/analyze/types';

const promos = (body: string, lang = 'en') => extractPromotions(parsePage(`<html lang="${lang}"><body>${body}</body></html>`, 'https://shop.example/'));
const ofType = (list: Promotion[], type: Promotion['type']) => list.filter((p) => p.type === type);

describe('extractPromotions', () => {
  it.each([
    ['en', '<span class="badge">30% OFF</span>', 30],
    ['de', '<span>-20% Rabatt</span>', 20],
    ['vi', '<span>Giảm 15%</span>', 15],
    ['th', '<span>ลด 50%</span>', 50],
    ['ko', '<span>30% 할인</span>', 30],
    ['ar', '<span>خصم 25%</span>', 25],
    ['es', '<span>40% de descuento</span>', 40],
    ['pt', '<span>Até 60% off</span>', 60],
    ['fr', '<span>-10% de réduction</span>', 10],
    ['ja', '<span>20%オフ</span>', 20],
    ['id', '<span>Diskon 35%</span>', 35],
  ])('percent off in %s', (lang, body, value) => {
    expect(ofType(promos(body, lang), 'percent-off')[0]?.value).toBe(value);
  });

  it('reads amounts off with their currency', () => {
    expect(ofType(promos('<p>Save $10 today</p>'), 'amount-off')[0]).toMatchObject({ value: 10, currency: 'USD' });
    expect(ofType(promos('<p>Giảm 50.000đ cho đơn đầu tiên</p>', 'vi'), 'amount-off')[0]).toMatchObject({ value: 50000, currency: 'VND' });
  });

  it.each([
    ['th', '<div>ใช้โค้ด <b>SILK20</b> ลด 20%</div>'],
    ['vi', '<div>Giảm 15 % toàn bộ</div>'],
    ['en', '<div>Save 25% sitewide</div>'],
  ])('does not read the start of a percentage as an amount off (%s)', (lang, body) => {
    const found = promos(body, lang);
    expect(ofType(found, 'amount-off')).toEqual([]);
    expect(ofType(found, 'percent-off')).toHaveLength(1);
  });

  it.each([
    ['Free shipping on orders over $50', 50, 'USD'],
    ['Kostenloser Versand ab 49 €', 49, 'EUR'],
    ['Miễn phí vận chuyển cho đơn từ 300.000đ', 300000, 'VND'],
    ['ส่งฟรี ขั้นต่ำ 500 บาท', 500, 'THB'],
    ['무료배송 50,000원 이상', 50000, 'KRW'],
    ['شحن مجاني للطلبات فوق 200 ر.س', 200, 'SAR'],
    ['送料無料 5,000円以上', 5000, 'JPY'],
  ])('free shipping threshold: %s', (text, threshold, currency) => {
    expect(ofType(promos(`<div class="bar">${text}</div>`), 'free-shipping')[0]).toMatchObject({ threshold, currency });
  });

  it('reads coupon codes in several languages', () => {
    expect(ofType(promos('<p>Use code SAVE20 at checkout</p>'), 'coupon')[0].code).toBe('SAVE20');
    expect(ofType(promos('<p>Nhập mã: TET2025 để được giảm</p>', 'vi'), 'coupon')[0].code).toBe('TET2025');
    expect(ofType(promos('<p>ใช้โค้ด NEWUSER50</p>', 'th'), 'coupon')[0].code).toBe('NEWUSER50');
    expect(ofType(promos('<p>كود الخصم: RAMADAN</p>', 'ar'), 'coupon')[0].code).toBe('RAMADAN');
    expect(ofType(promos('<p>Discount code applies to all orders</p>'), 'coupon')).toEqual([]);
  });

  it.each([
    ['Buy 2 get 1 free'],
    ['Mua 2 tặng 1'],
    ['ซื้อ 1 แถม 1'],
    ['1+1 이벤트'],
    ['3 für 2'],
  ])('bundle: %s', (text) => {
    expect(ofType(promos(`<p>${text}</p>`), 'bundle')).toHaveLength(1);
  });

  it('reads countdowns, BNPL messaging and gifts', () => {
    const list = promos('<p>Sale ends in 02h 15m</p><p>Or 4 interest-free payments with Afterpay</p><p>Free gift with purchase</p>');
    expect(ofType(list, 'countdown').length).toBeGreaterThan(0);
    expect(ofType(list, 'bnpl')).toHaveLength(1);
    expect(ofType(list, 'gift')).toHaveLength(1);
    expect(ofType(promos('<p>ผ่อน 0% นาน 10 เดือน</p>', 'th'), 'bnpl')).toHaveLength(1);
    expect(ofType(promos('<p>Tặng kèm túi vải</p>', 'vi'), 'gift')).toHaveLength(1);
  });

  it('lists struck prices with their amount', () => {
    const [s] = ofType(promos('<span class="price"><del>฿1,590</del> ฿1,290</span>', 'th'), 'strike-through');
    expect(s).toMatchObject({ value: 1590, currency: 'THB' });
    expect(s.evidence[0].source).toBe('text');
  });

  it.each([
    ['a size label', '<p class="size">74 cm (Size 31x32)</p>'],
    ['a screen size', '<li>Display 1920x1080, 15.6"</li>'],
    ['a product code', '<p>Product code: XK-2231</p>'],
    ['an item code', '<span>Item Code ABC123</span>'],
    ['a postal code', '<p>Zip code 94107</p>'],
    ['a numeric code', '<p>Code: 123456</p>'],
    ['a Vietnamese product code', '<p>Mã sản phẩm: SP001</p>'],
  ])('is not a promotion: %s', (_what, body) => {
    expect(promos(body)).toEqual([]);
  });

  it('still reads a one-digit "3x2" deal and a coupon code after other words', () => {
    expect(ofType(promos('<p>Llévate 3x2 en camisetas</p>', 'es'), 'bundle')).toHaveLength(1);
    expect(ofType(promos('<p>Enter code SUMMER25</p>'), 'coupon')[0].code).toBe('SUMMER25');
  });

  it('keeps the text of separate boxes apart in a promotion line', () => {
    const [p] = ofType(promos('<div class="promo">Now 20% off<span>€29.90</span><del>€49.10</del><small>VAT included</small></div>', 'de'), 'percent-off');
    expect(p.text).toBe('Now 20% off €29.90 €49.10 VAT included');
  });

  it('finds nothing on a page without promotions', () => {
    expect(promos('<h1>About us</h1><p>We bake bread since 1990. Call 555-0100.</p>')).toEqual([]);
  });
});
