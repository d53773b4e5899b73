/** A document number as printed, reduced to upper-case letters and digits ("AB 12-345" → "AB12345"). */
export function normalizeDocumentNumber(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}
