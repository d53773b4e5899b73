/**
 * A full date of birth that tells people apart: YYYY-MM-DD, and not 1 January,
 * the placeholder many registries write for an unknown day and month.
 */
export function isFullDate(date: string | undefined): date is string {
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && !date.endsWith('-01-01')
}

/** How two possibly partial dates of birth relate. */
export type DateAgreement = 'exact' | 'compatible' | 'swapped' | 'year_near' | 'mismatch' | 'unknown'

/** Year, month and day; 0 for a month or day not given. */
interface Parts {
  y: number
  m: number
  d: number
}

/**
 * A date's parts, read digit by digit: this runs twice for every candidate
 * scored, and splitting strings there was a good share of identify's
 * garbage at a million records. Text other than digits and hyphens takes the
 * general path (a part that is not a number counts as not given).
 */
function parts(text: string | undefined): Parts | undefined {
  if (!text) return undefined
  let y = 0
  let m = 0
  let d = 0
  let at = 0
  for (let i = 0; i < text.length && at < 3; i++) {
    const c = text.charCodeAt(i)
    if (c === HYPHEN) at++
    else if (c < DIGIT_0 || c > DIGIT_9) return partsOfAnyText(text)
    else if (at === 0) y = y * 10 + (c - DIGIT_0)
    else if (at === 1) m = m * 10 + (c - DIGIT_0)
    else d = d * 10 + (c - DIGIT_0)
  }
  return y ? { y, m, d } : undefined
}

function partsOfAnyText(text: string): Parts | undefined {
  const [y, m, d] = text.split('-').map(Number)
  if (!y) return undefined
  return { y, m: m || 0, d: d || 0 }
}

const HYPHEN = 0x2d
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39

/**
 * Compares two dates in YYYY, YYYY-MM or YYYY-MM-DD form.
 * - exact: both full and equal
 * - compatible: equal as far as both are known (1990 vs 1990-03-12), or one
 *   side is the 01-01 placeholder many registries fill in for an unknown day
 * - swapped: day and month exchanged (1990-03-12 vs 1990-12-03)
 * - year_near: years one apart, and month and day (where both known) equal
 * - unknown: either side missing
 */
export function compareDates(a: string | undefined, b: string | undefined): DateAgreement {
  const x = parts(a)
  const y = parts(b)
  if (!x || !y) return 'unknown'
  if (x.y !== y.y) {
    // A year one off is a typo only if nothing else disagrees.
    const restAgrees = (!x.m || !y.m || x.m === y.m) && (!x.d || !y.d || x.d === y.d)
    return Math.abs(x.y - y.y) === 1 && restAgrees ? 'year_near' : 'mismatch'
  }
  if (x.m && y.m && x.d && y.d) {
    if (x.m === y.m && x.d === y.d) return 'exact'
    if (x.m === y.d && x.d === y.m) return 'swapped'
    if (isPlaceholder(x) || isPlaceholder(y)) return 'compatible'
    return 'mismatch'
  }
  if (x.m && y.m && x.m !== y.m) {
    return isPlaceholder(x) || isPlaceholder(y) ? 'compatible' : 'mismatch'
  }
  return 'compatible'
}

function isPlaceholder(p: Parts): boolean {
  return p.m === 1 && p.d === 1
}
