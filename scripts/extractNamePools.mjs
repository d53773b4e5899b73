#!/usr/bin/env node
// Builds src/sim/namePoolData.ts, the large name pools of the synthetic populations (docs/matching.md,
// "Synthetic populations"), from two published sources:
//
// - ../shared/data/names/latin-arabic-tokens.tsv: Latin/Arabic person-name token pairs mined from
//   Wikidata labels, with how often each pair occurs (Merhav & Ash, COLING 2018; CC0). It gives
//   Arabic-script names their real-world romanisations and a real frequency.
// - @faker-js/faker 9.9.0 (MIT, a devDependency): name lists per locale: Arabic (`ar`) male given
//   names, Ukrainian (`uk`) given names and family names by sex.
//
// Usage: node scripts/extractNamePools.mjs [path/to/latin-arabic-tokens.tsv]
// The output is committed: the simulation needs neither source at run time.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { faker as fakerAr } from '@faker-js/faker/locale/ar'
import { faker as fakerUk } from '@faker-js/faker/locale/uk'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsvPath = process.argv[2] ?? join(root, '..', 'shared', 'data', 'names', 'latin-arabic-tokens.tsv')

/** Arabic form -> { latin: the most frequent romanisation, count: all romanisations' occurrences }. */
const wikidata = new Map()
for (const line of readFileSync(tsvPath, 'utf8').trim().split('\n')) {
  const [latin, letters, count] = line.split('\t')
  const arabic = letters.replace(/[ \u200e\u200f]/g, '')
  const n = Number(count)
  const seen = wikidata.get(arabic) ?? { latin, best: 0, count: 0 }
  if (n > seen.best) Object.assign(seen, { latin, best: n })
  seen.count += n
  wikidata.set(arabic, seen)
}
/** A romanisation fit for a registry: letters only (no digits, no mining debris), three or more. */
const plausible = (latin) => /^[a-z][a-z'-]{2,}$/.test(latin)

/** A fixed shuffle (mulberry32, seed 1): which names of an unordered list come first is arbitrary but stable. */
function shuffled(list) {
  let state = 1
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Most frequent first (ties in a fixed order): the rank is all the simulation takes from a count. */
const byCount = (entries) =>
  entries.sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).map(([native, w]) => [native, w.latin])

// Arabic male given names: faker's `ar` list, those Wikidata romanises, the most frequent first.
const arabicMale = byCount(
  [...new Set(fakerAr.rawDefinitions.person.first_name.male)]
    .map((native) => [native, wikidata.get(native)])
    .filter(([, w]) => w !== undefined && plausible(w.latin)),
)

// Arabic family names: the nisbas of the Wikidata set (al-…ي, romanised with a final i or y: al-Halabi,
// "of Aleppo"). The rule keeps family names and drops the set's translations ("mister", "prince").
const arabicFamily = byCount(
  [...wikidata].filter(
    ([native, w]) => /^ال.+ي$/.test(native) && native.length > 4 && plausible(w.latin) && /(i|y)$/.test(w.latin),
  ),
)

// Ukrainian: given and family names by sex, romanised by the national standard (KMU 2010, as in passports).
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }
const UK = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
  '-': '-',
}
function romaniseUkrainian(name) {
  const lower = name.toLowerCase().replace(/зг/g, 'зґг') // зг is zgh
  let out = ''
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]
    if (lower.slice(i, i + 2) === 'ґг' && lower[i - 1] === 'з') {
      out += 'gh'
      i++
      continue
    }
    const initial = i === 0 || lower[i - 1] === '-'
    const r = (initial ? UK_INITIAL[ch] : undefined) ?? UK[ch]
    if (r === undefined) throw new Error(`no romanisation for ${ch} in ${name}`)
    out += r
  }
  return out
}
// faker's lists are alphabetical, with no frequency: a fixed shuffle decides which names are common.
const ukrainian = (list) => shuffled([...new Set(list)]).map((native) => [native, romaniseUkrainian(native)])
const ukPerson = fakerUk.rawDefinitions.person

const data = {
  arabicMale,
  arabicFamily,
  ukrainianMale: ukrainian(ukPerson.first_name.male),
  ukrainianFemale: ukrainian(ukPerson.first_name.female),
  ukrainianFamilyMale: ukrainian(ukPerson.last_name.male),
  ukrainianFamilyFemale: ukrainian(ukPerson.last_name.female),
}

const lines = [
  '// Generated by scripts/extractNamePools.mjs from the Wikidata name pairs of',
  '// ../shared/data/names (CC0) and @faker-js/faker 9.9.0 name lists (MIT,',
  '// Copyright (c) 2022-2024 Faker). Do not edit: run the script. Each list is ranked, most',
  '// common first (the simulation draws by rank, Zipf-like); entries are [native, latin].',
  'export type RankedName = readonly [native: string, latin: string]',
  '',
  ...Object.entries(data).map(
    ([name, list]) => `export const ${name}: readonly RankedName[] = ${JSON.stringify(list)}\n`,
  ),
]
writeFileSync(join(root, 'src', 'sim', 'namePoolData.ts'), lines.join('\n'))
for (const [name, list] of Object.entries(data)) console.log(`${name}: ${list.length} names`)
