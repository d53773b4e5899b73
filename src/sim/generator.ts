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
  /** Father's given name, which many naming traditions carry as a second name. */
  father?: PooledName
  family: PooledName
  dateOfBirth: string
  passport?: string
  protectedStatus: boolean
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

function makePerson(rng: SeededRandom, serial: number): Person {
  const origin = rng.pick(ORIGINS)
  const sex = rng.chance(0.62) ? 'M' : 'F'
  const year = rng.int(1955, 2012)
  const person: Person = {
    id: `P${pad(serial, 7)}`,
    origin,
    sex,
    given: rng.pick(sex === 'M' ? origin.male : origin.female),
    family: rng.pick(origin.family),
    dateOfBirth: `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    protectedStatus: rng.chance(0.45),
  }
  if (origin.country !== 'UKR') person.father = rng.pick(origin.male)
  if (rng.chance(0.6)) person.passport = `${origin.country[0]}${pad(rng.int(0, 99_999_999), 8)}`
  return person
}

/** How `country` records `person`, with the clerical variation real registries show. */
function recordPerson(
  person: Person,
  country: string,
  id: string,
  firstCountry: boolean,
  rng: SeededRandom,
): MigrantRecord {
  const style = COUNTRY_STYLE[country] ?? 'en'
  // Latin spelling: from the passport's MRZ (a shared form) when the person shows one, else the clerk's ear.
  const showsPassport = person.passport !== undefined && rng.chance(0.8)
  // Some registries keep the father's name among the given names, some drop it.
  const father = person.father !== undefined && rng.chance(0.7) ? person.father : undefined
  const givenPooled = father
    ? { native: `${person.given.native} ${father.native}`, latin: `${person.given.latin} ${father.latin}` }
    : person.given
  const givenLatin = showsPassport ? givenPooled.latin : vary(givenPooled.latin, rng)
  const familyLatin = showsPassport ? person.family.latin : vary(person.family.latin, rng)
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
      family: person.family.native,
      script: person.origin.script,
      transliterated: false,
      type: 'alias',
    })
  }
  let dateOfBirth: string = person.dateOfBirth
  const [y, m, d] = dateOfBirth.split('-')
  const r = rng.next()
  if (r < 0.12) dateOfBirth = y as string
  else if (r < 0.2) dateOfBirth = `${y}-01-01`
  else if (r < 0.25 && Number(d) <= 12) dateOfBirth = `${y}-${d}-${m}`
  else if (r < 0.27) dateOfBirth = `${Number(y) + (rng.chance(0.5) ? 1 : -1)}-${m}-${d}`
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
  return record
}

/** Generates every country's records and the ground truth. */
export function generatePopulation(options: PopulationOptions): Population {
  const { countries, recordsPerCountry } = options
  if (countries.length === 0) throw new RangeError('generatePopulation needs at least one country')
  if (!(options.overlap >= 0 && options.overlap <= 1))
    throw new RangeError(`overlap must be in 0..1: got ${options.overlap}`)
  const rng = new SeededRandom(options.seed)
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
    const person = makePerson(rng, serial++)
    people.push(person)
    const entry = { person: person.id, records: [] as { country: string; id: string }[] }
    route.forEach((country, i) => {
      const list = records[country] as MigrantRecord[]
      const id = `${country}-${pad(list.length, 7)}`
      list.push(recordPerson(person, country, id, i === 0, rng))
      entry.records.push({ country, id })
    })
    truth.push(entry)
  }
  return { records, truth, people }
}
