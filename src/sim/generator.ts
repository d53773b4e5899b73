import type { MigrantRecord } from '../records/schema.js'
import { ORIGINS, type OriginPool, type PooledName } from './namePools.js'
import { SeededRandom } from './random.js'
import { COUNTRY_STYLE, spell, vary } from './spelling.js'

/**
 * Synthetic populations with ground truth. People come from several origin
 * regions with names in their native scripts; some move through several
 * federation countries, and each country records them its own way: its own
 * spelling or script, partial or swapped dates, missing documents, aliases.
 * Deterministic for a seed and a country list.
 */
export interface PopulationOptions {
  /** Federation countries that record people. */
  countries: string[]
  /** Records per country. */
  recordsPerCountry: number
  /** Share of each country's records that are people also recorded elsewhere (0..1). */
  overlap: number
  seed: number
  /** Share of people who applied for or hold international protection. */
  protectedShare?: number
}

export interface Person {
  id: string
  origin: OriginPool
  sex: 'M' | 'F'
  given: PooledName
  /** Father's and grandfather's given names, which many naming traditions carry after the given name. */
  father: PooledName
  grandfather: PooledName
  /** An inherited family name; none where the origin names by patronym or the person has none. */
  family?: PooledName
  dateOfBirth: string
  /** Nobody knows the day and month: registries record the year alone or 1 January of it. */
  birthdayUnknown: boolean
  passport?: string
  protectedStatus: boolean
  /** Town or city of birth. */
  birthplace: PooledName
}

export interface Population {
  records: Record<string, MigrantRecord[]>
  /** Which records, across countries, are the same person. */
  truth: { person: string; records: { country: string; id: string }[] }[]
  people: Person[]
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/**
 * Draws from a ranked pool with a Zipf-like weight (1 / rank): the first names
 * are common, the tail long, so namesakes (same name, same birth year,
 * different people) come as often as the pool's head makes them.
 */
function drawRanked<T>(rng: SeededRandom, pool: readonly T[]): T {
  let cumulative = ZIPF_CUMULATIVE.get(pool)
  if (cumulative === undefined) {
    cumulative = new Float64Array(pool.length)
    let total = 0
    for (let i = 0; i < pool.length; i++) {
      total += 1 / (i + 1)
      cumulative[i] = total
    }
    ZIPF_CUMULATIVE.set(pool, cumulative)
  }
  const target = rng.next() * (cumulative[pool.length - 1] as number)
  let lo = 0
  let hi = pool.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cumulative[mid] as number) > target) hi = mid
    else lo = mid + 1
  }
  return pool[lo] as T
}
const ZIPF_CUMULATIVE = new WeakMap<readonly unknown[], Float64Array>()

const ORIGIN_SHARES = ORIGINS.map((o) => o.share)
function drawOrigin(rng: SeededRandom): OriginPool {
  let target = rng.next() * ORIGIN_SHARES.reduce((a, b) => a + b, 0)
  for (const origin of ORIGINS) {
    target -= origin.share
    if (target < 0) return origin
  }
  return ORIGINS[ORIGINS.length - 1] as OriginPool
}

/**
 * How often a registry records the town of birth, and the country of birth.
 * Places are drawn from a random stream of their own, so that everything else
 * a seed generates is what it was before places were added.
 */
const BIRTHPLACE_RECORDED = 0.6
const BIRTH_COUNTRY_RECORDED = 0.8

function makePerson(rng: SeededRandom, serial: number, placeRng: SeededRandom): Person {
  const origin = drawOrigin(rng)
  const { habits } = origin
  const sex = rng.chance(0.62) ? 'M' : 'F'
  const year = rng.int(1955, 2012)
  const familyPool = sex === 'F' && origin.familyFemale ? origin.familyFemale : origin.family
  const person: Person = {
    id: `P${pad(serial, 7)}`,
    origin,
    sex,
    given: drawRanked(rng, sex === 'M' ? origin.male : origin.female),
    father: drawRanked(rng, origin.male),
    grandfather: drawRanked(rng, origin.male),
    dateOfBirth: `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    birthdayUnknown: rng.chance(habits.unknownBirthday),
    protectedStatus: rng.chance(0.45),
    birthplace: drawRanked(placeRng, origin.birthplaces),
  }
  if (habits.naming === 'inherited' && !rng.chance(habits.noFamilyName)) person.family = drawRanked(rng, familyPool)
  if (rng.chance(habits.passport)) person.passport = `${origin.country[0]}${pad(rng.int(0, 99_999_999), 8)}`
  return person
}

/** How `country` records `person`, with the clerical variation real registries show. */
function recordPerson(
  person: Person,
  country: string,
  id: string,
  firstCountry: boolean,
  rng: SeededRandom,
  placeRng: SeededRandom,
): MigrantRecord {
  const style = COUNTRY_STYLE[country] ?? 'en'
  // Latin spelling: from the passport's MRZ (a shared form) when the person shows one, else the clerk's ear.
  const showsPassport = person.passport !== undefined && rng.chance(0.8)
  const { habits } = person.origin
  // Without a family name, a registry writes the father's name in its place (or, by patronym, sometimes the
  // grandfather's): the same person can carry another family name in another country.
  const familyName =
    person.family ?? (habits.naming === 'patronymic' && rng.chance(0.3) ? person.grandfather : person.father)
  // Some registries keep the father's (and grandfather's) name among the given names, some drop it.
  const middle: PooledName[] = []
  if (familyName !== person.father && rng.chance(habits.fatherAsMiddleName)) {
    middle.push(person.father)
    if (familyName !== person.grandfather && rng.chance(habits.grandfatherToo)) middle.push(person.grandfather)
  }
  const givenPooled = {
    native: [person.given, ...middle].map((n) => n.native).join(' '),
    latin: [person.given, ...middle].map((n) => n.latin).join(' '),
  }
  const givenLatin = showsPassport ? givenPooled.latin : vary(givenPooled.latin, rng)
  const familyLatin = showsPassport ? familyName.latin : vary(familyName.latin, rng)
  const primary = spell(
    `${givenLatin}|${familyLatin}`,
    showsPassport && style !== 'el' && style !== 'bg' ? 'en' : style,
  )
  const [given, family] = primary.text.split('|') as [string, string]
  const swapOrder = rng.chance(0.08)
  const names: MigrantRecord['names'] = [
    {
      given: swapOrder ? family : given,
      family: swapOrder ? given : family,
      script: primary.script,
      transliterated: true,
      type: 'primary',
    },
  ]
  if (person.origin.script !== 'Latn' && rng.chance(0.4)) {
    names.push({
      given: person.given.native,
      family: familyName.native,
      script: person.origin.script,
      transliterated: false,
      type: 'alias',
    })
  }
  let dateOfBirth: string = person.dateOfBirth
  const [y, m, d] = dateOfBirth.split('-')
  const r = rng.next()
  // An unknown birthday, as each registry records it; else clerical slips: the day dropped, day and month
  // swapped, the year off by one.
  if (person.birthdayUnknown) dateOfBirth = rng.chance(habits.januaryFirst) ? `${y}-01-01` : (y as string)
  else if (r < 0.04) dateOfBirth = y as string
  else if (r < 0.09 && Number(d) <= 12) dateOfBirth = `${y}-${d}-${m}`
  else if (r < 0.11) dateOfBirth = `${Number(y) + (rng.chance(0.5) ? 1 : -1)}-${m}-${d}`
  const documents: MigrantRecord['documents'] = []
  if (showsPassport && person.passport) {
    const number = rng.chance(0.15) ? `${person.passport.slice(0, 4)} ${person.passport.slice(4)}` : person.passport
    documents.push({ type: 'passport', number, issuer: person.origin.country })
  }
  if (rng.chance(0.5))
    documents.push({ type: 'residence_permit', number: `${country}${id.replace(/\D/g, '')}`, issuer: country })
  const status: MigrantRecord['status'] = person.protectedStatus
    ? [
        {
          kind: firstCountry ? rng.pick(['applicant', 'refugee', 'subsidiary_protection'] as const) : 'applicant',
          since: `${rng.int(2015, 2025)}`,
        },
      ]
    : [
        {
          kind: rng.pick(['irregular_stay', 'visa_holder', 'rejected', 'returned'] as const),
          since: `${rng.int(2015, 2025)}`,
        },
      ]
  const record: MigrantRecord = {
    id,
    names,
    dateOfBirth,
    nationalities: rng.chance(0.92) ? [person.origin.country] : [],
    documents,
    status,
    fearedCountries: person.protectedStatus && rng.chance(0.7) ? [person.origin.country] : [],
    restrictions: [],
    updatedAt: `${rng.int(2020, 2026)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
  }
  if (rng.chance(0.97)) record.sex = person.sex
  // The town as the clerk hears and spells it, in the registry's script; the country, from the documents.
  if (placeRng.chance(BIRTHPLACE_RECORDED)) {
    record.placeOfBirth = spell(vary(person.birthplace.latin, placeRng), style).text
  }
  if (placeRng.chance(BIRTH_COUNTRY_RECORDED)) record.placeOfBirthCountry = person.origin.country
  return record
}

/** Generates every country's records and the ground truth. */
export function generatePopulation(options: PopulationOptions): Population {
  const { countries, recordsPerCountry } = options
  if (countries.length === 0) throw new RangeError('generatePopulation needs at least one country')
  if (!(options.overlap >= 0 && options.overlap <= 1))
    throw new RangeError(`overlap must be in 0..1: got ${options.overlap}`)
  const rng = new SeededRandom(options.seed)
  const placeRng = new SeededRandom(options.seed + 0x9e3779b9)
  const records: Record<string, MigrantRecord[]> = Object.fromEntries(countries.map((c) => [c, []]))
  const truth: Population['truth'] = []
  const people: Person[] = []
  // A record is shared with probability `overlap`; a shared person visits two or three countries.
  const full = (c: string): boolean => (records[c]?.length ?? 0) >= recordsPerCountry
  let serial = 0
  while (countries.some((c) => !full(c))) {
    const open = countries.filter((c) => !full(c))
    const first = rng.pick(open)
    const route = [first]
    if (countries.length > 1 && rng.chance(options.overlap / (2 - options.overlap))) {
      const others = countries.filter((c) => c !== first && !full(c))
      if (others.length > 0) route.push(rng.pick(others))
      const more = countries.filter((c) => !route.includes(c) && !full(c))
      if (more.length > 0 && rng.chance(0.2)) route.push(rng.pick(more))
    }
    const person = makePerson(rng, serial++, placeRng)
    people.push(person)
    const entry = { person: person.id, records: [] as { country: string; id: string }[] }
    route.forEach((country, i) => {
      const list = records[country] as MigrantRecord[]
      const id = `${country}-${pad(list.length, 7)}`
      list.push(recordPerson(person, country, id, i === 0, rng, placeRng))
      entry.records.push({ country, id })
    })
    truth.push(entry)
  }
  return { records, truth, people }
}
