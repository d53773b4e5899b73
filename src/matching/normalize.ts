/**
 * Unicode-normalizes a name for comparison: compatibility decomposition,
 * combining marks dropped (é → e), case folded, anything that is not a letter
 * or digit turned into a space, spaces collapsed.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Name tokens of a given+family pair, sorted so that name order does not matter. */
export function nameTokens(name: { given: string; family: string }): string[] {
  return normalizeName(`${name.given} ${name.family}`)
    .split(' ')
    .filter((t) => t !== '')
    .sort()
}

/** A document number as printed, reduced to upper-case letters and digits ("AB 12-345" → "AB12345"). */
export function normalizeDocumentNumber(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}
