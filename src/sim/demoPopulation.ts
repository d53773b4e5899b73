import type { MigrantRecord } from '../records/schema.js'
import type { SeededRandom } from './random.js'

/**
 * A small synthetic population for the demo: Latin-script names, full dates of
 * birth, passports, statuses. Some people are recorded by several countries
 * under the same passport. TODO(#3): the generator with native scripts,
 * transliteration variants, partial dates and ground truth replaces this.
 */

const GIVEN = [
  'Ahmad',
  'Mohammad',
  'Ali',
  'Omar',
  'Yusuf',
  'Hassan',
  'Fatima',
  'Aisha',
  'Maryam',
  'Zainab',
  'Samir',
  'Layla',
  'Tesfaye',
  'Senait',
  'Abdi',
  'Hamid',
  'Nadia',
  'Karim',
  'Reza',
  'Farida',
]
const FAMILY = [
  'Al Hassan',
  'Haddad',
  'Rahimi',
  'Ahmadi',
  'Mohammadi',
  'Tesfamariam',
  'Osman',
  'Abdullah',
  'Karimi',
  'Hosseini',
  'Yusufzai',
  'Kebede',
  'Ibrahim',
  'Mansour',
  'Saleh',
  'Nasser',
  'Qasemi',
  'Haile',
  'Jaber',
  'Darwish',
]
const NATIONALITIES = ['SYR', 'AFG', 'ERI', 'IRQ', 'SDN', 'SOM', 'IRN']
const STATUSES: MigrantRecord['status'][number]['kind'][] = [
  'applicant',
  'refugee',
  'subsidiary_protection',
  'rejected',
  'visa_holder',
  'irregular_stay',
]

export interface Person {
  given: string
  family: string
  dateOfBirth: string
  sex: 'M' | 'F'
  nationality: string
  passport: string
}

export function makePerson(rng: SeededRandom, serial: number): Person {
  const nationality = rng.pick(NATIONALITIES)
  return {
    given: rng.pick(GIVEN),
    family: rng.pick(FAMILY),
    dateOfBirth: `${rng.int(1960, 2006)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    sex: rng.chance(0.6) ? 'M' : 'F',
    nationality,
    passport: `${nationality.slice(0, 1)}${String(1_000_000 + serial * 7919).slice(-7)}`,
  }
}

/** A country's record of `person` under its own local id. */
export function recordOf(person: Person, localId: string, rng: SeededRandom): MigrantRecord {
  return {
    id: localId,
    names: [{ given: person.given, family: person.family, script: 'Latn', transliterated: true, type: 'primary' }],
    dateOfBirth: person.dateOfBirth,
    placeOfBirth: 'unknown',
    sex: person.sex,
    nationalities: [person.nationality],
    documents: [{ type: 'passport', number: person.passport, issuer: person.nationality }],
    status: [{ kind: rng.pick(STATUSES), since: `${rng.int(2015, 2025)}` }],
    fearedCountries: [],
    restrictions: [],
    updatedAt: `${rng.int(2020, 2025)}-01-01`,
  }
}
