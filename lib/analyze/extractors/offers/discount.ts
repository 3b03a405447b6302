/** Percentage off `regular`, rounded to one decimal (the Offer contract). */
export function roundPercent(price: number, regular: number): number {
  return Math.round(((regular - price) / regular) * 1000) / 10;
}
