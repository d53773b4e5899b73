import { describe, expect, it } from 'vitest'
import { namePairSimilarity } from '../../../src/matching/matcher.js'
import { generatePopulation } from '../../../src/sim/generator.js'
import { ORIGINS } from '../../../src/sim/namePools.js'

/** Synthetic populations: deterministic, heavy-headed, with the registration habits docs/matching.md describes. */
describe('generatePopulation', () => {
  const population = generatePopulation({
    countries: ['ITA', 'DEU', 'GRC'],
    recordsPerCountry: 4000,
    overlap: 0.3,
    seed: 11,
  })
  const records = Object.values(population.records).flat()

  it('gives the same population for the same seed, another for another', () => {
    const again = generatePopulation({
      countries: ['ITA', 'DEU', 'GRC'],
      recordsPerCountry: 4000,
      overlap: 0.3,
      seed: 11,
    })
    expect(again.records).toEqual(population.records)
    const other = generatePopulation({
      countries: ['ITA', 'DEU', 'GRC'],
      recordsPerCountry: 4000,
      overlap: 0.3,
      seed: 12,
    })
    expect(other.records).not.toEqual(population.records)
  })

  it('draws names heavy-headed: the commonest given name is far commoner than a typical one, and the tail is long', () => {
    const counts = new Map<string, number>()
    for (const p of population.people) counts.set(p.given.native, (counts.get(p.given.native) ?? 0) + 1)
    const sorted = [...counts.values()].sort((a, b) => b - a)
    const median = sorted[Math.floor(sorted.length / 2)] as number
    expect(sorted[0]).toBeGreaterThan(20 * median)
    expect(counts.size).toBeGreaterThan(400)
  })

  it('has true namesakes: different people with the same name and birth year', () => {
    const seen = new Map<string, number>()
    for (const p of population.people) {
      const key = `${p.given.native}|${p.family?.native ?? p.father.native}|${p.dateOfBirth.slice(0, 4)}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    const shared = [...seen.values()].filter((n) => n > 1).length
    expect(shared).toBeGreaterThan(20)
  })

  it('records unknown birthdays as the year alone or 1 January, more often for the origins that have them', () => {
    const byOrigin = (country: string) => {
      const people = new Set(population.people.filter((p) => p.origin.country === country).map((p) => p.id))
      const theirs = population.truth
        .filter((t) => people.has(t.person))
        .flatMap((t) => t.records.map((r) => population.records[r.country]?.find((x) => x.id === r.id)))
      const placeholder = theirs.filter((r) => r?.dateOfBirth?.length === 4 || r?.dateOfBirth?.endsWith('-01-01'))
      return placeholder.length / theirs.length
    }
    expect(byOrigin('AFG')).toBeGreaterThan(0.35)
    expect(byOrigin('UKR')).toBeLessThan(0.1)
  })

  it("gives people of patronymic origins no family name of their own: registries write a forebear's name", () => {
    const patronymic = population.people.filter((p) => p.origin.habits.naming === 'patronymic')
    expect(patronymic.length).toBeGreaterThan(100)
    expect(patronymic.every((p) => p.family === undefined)).toBe(true)
    const withFamily = population.people.filter((p) => p.family !== undefined)
    expect(withFamily.length).toBeGreaterThan(population.people.length / 2)
  })

  it("carries fathers' names as middle names in part of the records, and documents for only part of them", () => {
    const latinGiven = records.map((r) => r.names[0]?.given ?? '')
    const multi = latinGiven.filter((g) => g.trim().includes(' ')).length / records.length
    expect(multi).toBeGreaterThan(0.2)
    expect(multi).toBeLessThan(0.8)
    const passports = records.filter((r) => r.documents.some((d) => d.type === 'passport')).length / records.length
    expect(passports).toBeGreaterThan(0.2)
    expect(passports).toBeLessThan(0.7)
  })

  it("records the town of birth for part of the records, one person's town alike in every registry", () => {
    const withTown = records.filter((r) => r.placeOfBirth !== undefined).length / records.length
    expect(withTown).toBeGreaterThan(0.5)
    expect(withTown).toBeLessThan(0.7)
    const byId = new Map(records.map((r) => [r.id, r]))
    // Spelt by each registry (Greek in Greek letters): mostly alike, never another town to the matcher.
    const similarities: number[] = []
    for (const t of population.truth) {
      const towns = t.records.map((x) => byId.get(x.id)?.placeOfBirth).filter((x) => x !== undefined)
      if (towns.length >= 2) similarities.push(namePairSimilarity(towns[0] as string, towns[1] as string))
    }
    expect(similarities.length).toBeGreaterThan(100)
    expect(similarities.filter((x) => x >= 0.92).length / similarities.length).toBeGreaterThan(0.6)
    expect(similarities.filter((x) => x < 0.65)).toEqual([])
    // Heavy-headed, as names are: the commonest town is far commoner than the last.
    const counts = new Map<string, number>()
    for (const p of population.people) counts.set(p.birthplace.native, (counts.get(p.birthplace.native) ?? 0) + 1)
    const sorted = [...counts.values()].sort((a, b) => b - a)
    expect(sorted[0]).toBeGreaterThan(5 * (sorted.at(-1) as number))
  })

  it('draws from pools of hundreds of names for the large origins', () => {
    for (const country of ['SYR', 'UKR']) {
      const origin = ORIGINS.find((o) => o.country === country)
      expect(origin?.male.length).toBeGreaterThan(150)
      expect(origin?.family.length).toBeGreaterThan(150)
    }
  })
})
