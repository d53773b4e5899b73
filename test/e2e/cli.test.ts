import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProgram } from '../../src/cli/program.js'
import { parseRecordLine } from '../../src/records/importer.js'
import { type NodeProcess, startNodeProcess } from '../../src/sim/nodeProcess.js'
import { mrnEntryPoint } from '../../src/util/mrnBinary.js'
import { projectRoot } from '../../src/util/projectRoot.js'
import { makeRecord } from '../helpers/federation.js'
import { mrn } from '../helpers/mrnCli.js'

const run = promisify(execFile)

describe('mrn CLI with nodes as separate processes', () => {
  let root: string
  const procs: NodeProcess[] = []

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mrn-cli-'))
  })

  afterAll(async () => {
    for (const p of procs) await p.stop()
    rmSync(root, { recursive: true, force: true })
  })

  it('sets up two nodes, imports records all-or-nothing, and answers a caseworker query', async () => {
    const grc = join(root, 'grc')
    const ita = join(root, 'ita')
    const grcInit = await mrn(['init', '--dir', grc, '--country', 'GRC', '--group', 'dublin', '--json'])
    expect(grcInit.code).toBe(0)
    const itaInit = await mrn(['init', '--dir', ita, '--country', 'ITA', '--group', 'dublin', '--json'], {
      MRN_KEY_PASSPHRASE: 'correct horse battery staple',
    })
    expect(itaInit.code).toBe(0)
    expect(statSync(join(ita, 'node.key')).mode & 0o777).toBe(0o600)
    writeFileSync(join(root, 'grc.json'), grcInit.stdout)
    writeFileSync(join(root, 'ita.json'), itaInit.stdout)
    expect((await mrn(['federation', 'add', '--dir', grc, '--entry', join(root, 'ita.json')])).code).toBe(0)
    expect((await mrn(['federation', 'add', '--dir', ita, '--entry', join(root, 'grc.json')])).code).toBe(0)
    const list = await mrn(['federation', 'list', '--dir', grc, '--json'])
    expect((JSON.parse(list.stdout) as { members: unknown[] }).members).toHaveLength(2)

    // A file with one bad line imports nothing and names the line and field.
    const good = JSON.stringify(makeRecord({ id: 'ITA-1' }))
    writeFileSync(
      join(root, 'bad.jsonl'),
      `${good}\n${JSON.stringify({ ...makeRecord({ id: 'ITA-2' }), dateOfBirth: '12/03/1990' })}\n`,
    )
    const itaPassphrase = { MRN_KEY_PASSPHRASE: 'correct horse battery staple' }
    // ITA's records are encrypted with its passphrase: without it, or with a wrong one, nothing opens.
    for (const env of [{}, { MRN_KEY_PASSPHRASE: 'wrong horse' }] as Record<string, string>[]) {
      const refused = await mrn(['import', '--dir', ita, join(root, 'bad.jsonl')], env)
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(
        /node\.db: (the database is encrypted; set MRN_KEY_PASSPHRASE|cannot decrypt the database: wrong passphrase)/,
      )
    }
    const bad = await mrn(['import', '--dir', ita, join(root, 'bad.jsonl')], itaPassphrase)
    expect(bad.code).toBe(1) // the command line was right; the data was not
    expect(bad.stderr).toContain("line 2: 'dateOfBirth' must be YYYY, YYYY-MM or YYYY-MM-DD")
    writeFileSync(join(root, 'good.jsonl'), `${good}\n`)
    const imported = await mrn(['import', '--dir', ita, join(root, 'good.jsonl'), '--json'], itaPassphrase)
    expect(JSON.parse(imported.stdout)).toMatchObject({ lines: 1, inserted: 1 })
    const plain = await mrn(['import', '--dir', ita, join(root, 'good.jsonl')], itaPassphrase)
    expect(plain.stdout).toMatch(/^Imported 1 records \(0 new, 1 updated\)/)
    expect(plain.stderr).not.toContain('import:') // stderr is a pipe here: no progress line
    const threads = await mrn(['import', '--dir', ita, join(root, 'good.jsonl'), '--threads', '0'], itaPassphrase)
    expect(threads.code).toBe(2)
    expect(threads.stderr).toContain('--threads must be a whole number from 1 to 4: got "0"')

    const token = JSON.parse(
      (await mrn(['token', 'create', '--dir', grc, '--name', 'alice', '--role', 'caseworker', '--json'])).stdout,
    ) as {
      token: string
      pseudonym: string
    }
    // Audited in GRC's log, by pseudonym and role.
    const shown = JSON.parse((await mrn(['audit', 'show', '--dir', grc, '--json'])).stdout) as {
      entry: { kind: string; action?: string; caseworker?: string; role?: string }
    }[]
    expect(shown.map((r) => r.entry).filter((e) => e.kind === 'admin_action')).toEqual([
      { kind: 'admin_action', action: 'token_created', caseworker: token.pseudonym, role: 'caseworker' },
    ])

    // The encrypted key needs its passphrase to start.
    await expect(startNodeProcess(ita)).rejects.toThrow(/MRN_KEY_PASSPHRASE/)
    process.env.MRN_KEY_PASSPHRASE = 'correct horse battery staple'
    try {
      procs.push(await startNodeProcess(ita))
    } finally {
      delete process.env.MRN_KEY_PASSPHRASE
    }
    procs.push(await startNodeProcess(grc))

    const q = await mrn(
      [
        'query',
        '--dir',
        grc,
        '--purpose',
        'asylum-responsibility',
        '--legal-basis',
        'Reg. 604/2013 Art. 34',
        '--to',
        'ITA',
        '--document',
        'passport:SYR:N0123456',
        '--json',
      ],
      { MRN_TOKEN: token.token },
    )
    expect(q.code).toBe(0)
    const out = JSON.parse(q.stdout) as { results: { country: string; outcome: string; hits: { handle: string }[] }[] }
    expect(out.results[0]).toMatchObject({ country: 'ITA', outcome: 'ok' })

    const d = await mrn(
      [
        'details',
        '--dir',
        grc,
        '--country',
        'ITA',
        '--handle',
        out.results[0]!.hits[0]!.handle,
        '--purpose',
        'ASYLUM_RESPONSIBILITY',
        '--legal-basis',
        'Reg. 604/2013 Art. 34',
      ],
      { MRN_TOKEN: token.token },
    )
    expect(d.code).toBe(0)
    expect(d.stdout).toMatch(/sex\s+withheld\s+default-deny/)
    expect(d.stdout).toMatch(/placeOfBirth\s+released\s+exact\s+dublin-art34/)

    // Denials say why, in the table, and are answers (exit 0) like any other.
    const ask = (purpose: string, legalBasis: string) =>
      mrn(
        [
          'query',
          '--dir',
          grc,
          '--purpose',
          purpose,
          '--legal-basis',
          legalBasis,
          '--to',
          'ITA',
          '--document',
          'N0123456',
        ],
        { MRN_TOKEN: token.token },
      )
    const wrongBasis = await ask('ASYLUM_RESPONSIBILITY', 'national law only')
    expect(wrongBasis.code).toBe(0)
    expect(wrongBasis.stdout).toMatch(/ITA\s+denied\s.*legal-basis/)
    const noRule = await ask('BORDER_CHECK', 'Schengen Borders Code Art. 8')
    expect(noRule.code).toBe(0)
    expect(noRule.stdout).toMatch(/ITA\s+denied\s.*policy/)
    // Typos are refused before anything is sent.
    const typo = await mrn(
      [
        'details',
        '--dir',
        grc,
        '--country',
        'ITA',
        '--handle',
        out.results[0]!.hits[0]!.handle,
        '--purpose',
        'ASYLUM_RESPONSIBILITY',
        '--legal-basis',
        'Reg. 604/2013',
        '--fields',
        'name,dob',
      ],
      { MRN_TOKEN: token.token },
    )
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('--fields: "name" is not a record field; did you mean names?')

    // Namesakes born the same year: the answer says it cannot tell them apart, and releases details
    // only with an identifier that agrees with the record (a wrong one spends the handle).
    writeFileSync(
      join(root, 'namesake.jsonl'),
      `${JSON.stringify(makeRecord({ id: 'ITA-9', dateOfBirth: '1990-08-30', documents: [], placeOfBirth: 'Homs' }))}\n`,
    )
    expect((await mrn(['import', '--dir', ita, join(root, 'namesake.jsonl')], itaPassphrase)).code).toBe(0)
    const namesakesAsked = ['--given', 'Ahmad', '--family', 'Al Hassan', '--dob', '1990']
    const byName = (json: boolean, extra: string[] = []) =>
      mrn(
        [
          'query',
          '--dir',
          grc,
          '--purpose',
          'ASYLUM_RESPONSIBILITY',
          '--legal-basis',
          'Reg. 604/2013 Art. 34',
          '--to',
          'ITA',
          ...namesakesAsked,
          ...extra,
          ...(json ? ['--json'] : []),
        ],
        { MRN_TOKEN: token.token },
      )
    const table = await byName(false)
    expect(table.stdout).toMatch(
      /ITA\s+ok\s+2\s.*ambiguous: 2 candidates; add a document number or the full date of birth/,
    )
    const namesakes = () =>
      byName(true).then(
        (r) => (JSON.parse(r.stdout) as { results: { hits: { handle: string; band: string }[] }[] }).results[0]!.hits,
      )
    const confirm = (handle: string, extra: string[]) =>
      mrn(
        [
          'details',
          '--dir',
          grc,
          '--country',
          'ITA',
          '--handle',
          handle,
          '--purpose',
          'ASYLUM_RESPONSIBILITY',
          '--legal-basis',
          'Reg. 604/2013 Art. 34',
          '--fields',
          'names',
          ...extra,
        ],
        { MRN_TOKEN: token.token },
      )
    const [first] = await namesakes()
    expect(first!.band).toBe('possible')
    const unconfirmed = await confirm(first!.handle, [])
    expect(unconfirmed.code).toBe(0)
    expect(unconfirmed.stdout).toMatch(/ITA: denied \(DENIED\) - confirmation/)
    // A year or the 01-01 placeholder cannot confirm: refused before anything is sent, the handle kept.
    const [kept] = await namesakes()
    for (const dob of ['1990', '1990-01-01']) {
      const early = await confirm(kept!.handle, ['--dob', dob])
      expect(early.code).not.toBe(0)
      expect(early.stderr).toMatch(
        /confirm\.dateOfBirth: (a possible hit is confirmed by the full date|1 January cannot confirm)/,
      )
    }
    expect((await confirm(kept!.handle, ['--document', 'N0123456'])).stdout).toMatch(
      /^ITA: (ok \(OK\)|denied \(DENIED\) - confirmation)/,
    )
    const outcomes: string[] = []
    for (const h of await namesakes())
      outcomes.push((await confirm(h.handle, ['--dob', '1990-03-12'])).stdout.split('\n')[0]!)
    expect(outcomes.sort()).toEqual(['ITA: denied (DENIED) - confirmation', 'ITA: ok (OK)'])
    // The town of birth tells the namesakes apart: asked with ITA-9's (Homs, written in Arabic), ITA-9
    // comes first (without it, ITA-1 does: the two fit a year alike).
    const bornThere = await byName(true, ['--birthplace', 'حمص', '--birth-country', 'syr'])
    expect(bornThere.code).toBe(0)
    const [firstBorn] = (JSON.parse(bornThere.stdout) as { results: { hits: { handle: string }[] }[] }).results[0]!.hits
    expect((await confirm(firstBorn!.handle, ['--dob', '1990-08-30'])).stdout).toMatch(/^ITA: ok \(OK\)/)
    // mrn match explain shows the town's evidence for one record, as the peer scored it.
    const explained = await mrn(
      ['match', 'explain', '--dir', ita, '--record', 'ITA-9', ...namesakesAsked, '--birthplace', 'حمص', '--json'],
      itaPassphrase,
    )
    expect(explained.code).toBe(0)
    expect(JSON.parse(explained.stdout).evidence).toContainEqual({ field: 'placeOfBirth', outcome: 'same', weight: 2 })
    const badPlace = await byName(false, ['--birth-country', 'Syria'])
    expect(badPlace.code).toBe(2)
    expect(badPlace.stderr).toContain('--birth-country: "Syria" is not a country code')

    const status = await mrn(['status', '--dir', grc, '--json'], { MRN_TOKEN: token.token })
    expect(JSON.parse(status.stdout)).toMatchObject({ country: 'GRC' })
  }, 90_000)

  it('runs as `npx mrn` from the clone, as the README says', async () => {
    const { stdout } = await run('npx', ['--no-install', 'mrn', '--help'], { cwd: projectRoot() })
    expect(stdout).toMatch(/^Usage: mrn /)
    expect(stdout).toContain('passphrase change, doctor')
    // the overview names every command and subcommand there is
    const overview = stdout.slice(stdout.indexOf('Operators:'))
    for (const cmd of buildProgram().commands) {
      if (['help', 'demo', 'sim'].includes(cmd.name())) continue
      const subs = cmd.commands.map((c) => c.name()).filter((n) => n !== 'help')
      if (subs.length === 0) expect(overview).toMatch(new RegExp(`[ ,]${cmd.name()}(,|$|\\s)`, 'm'))
      else {
        const listed = new RegExp(`\\b${cmd.name()} ([a-z|]+)`).exec(overview)?.[1]?.split('|')
        expect(listed?.sort(), cmd.name()).toEqual(subs.sort())
      }
    }
  })

  it('exits 2 with a clear message on a usage error', async () => {
    const r = await mrn(['init', '--dir', join(root, 'x'), '--country', 'greece'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--country must be 3 upper-case letters')
    const missing = await mrn(['query', '--purpose', 'BORDER_CHECK'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("required option '--to <countries>'")
    // the error and a pointer to --help, not the whole help burying the error
    expect(missing.stderr).toContain('(add --help for the options and examples)')
    expect(missing.stderr).not.toContain('Outgoing guard')
    for (const [args, message] of [
      [
        ['--to', 'IT', '--legal-basis', 'x', '--family', 'A'],
        '--to: "IT" is not a country code: use ISO 3166-1 alpha-3',
      ],
      [
        ['--to', 'ITA', '--legal-basis', 'x', '--dob', '12/03/1990', '--family', 'A'],
        '--dob: "12/03/1990" is not a date',
      ],
      [['--to', 'ITA', '--family', 'A'], '--legal-basis is required for BORDER_CHECK'],
      [['--to', 'ITA', '--legal-basis', 'x', '--document', 'passport N0123456'], 'has a space in its number'],
    ] as const) {
      // no --dir and no API: refused before any connection is attempted
      const r = await mrn(['query', '--purpose', 'BORDER_CHECK', ...args])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(message)
    }
    for (const [flag, value] of [
      ['--api-port', '12abc'],
      ['--metrics-port', '70000'],
    ]) {
      const bad = await mrn(['init', '--dir', join(root, 'y'), '--country', 'GRC', flag as string, value as string])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain(`option '${flag} <port>' argument '${value}' is invalid`)
      expect(bad.stderr).toContain('expected a whole number from 1 to 65535')
      expect(existsSync(join(root, 'y'))).toBe(false)
    }
  })

  it('publishes an announced address instead of 0.0.0.0, and removes members', async () => {
    const wild = join(root, 'wild')
    const refused = await mrn(['init', '--dir', wild, '--country', 'FRA', '--listen', '/ip4/0.0.0.0/tcp/0'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('names no host peers can dial: add --announce')
    expect(existsSync(wild)).toBe(false)
    const ok = await mrn([
      'init',
      '--dir',
      wild,
      '--country',
      'FRA',
      '--listen',
      '/ip4/0.0.0.0/tcp/0',
      '--announce',
      '/dns4/fra.example.org/tcp/4001',
      '--json',
    ])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toMatchObject({ country: 'FRA', addresses: ['/dns4/fra.example.org/tcp/4001'] })
    const bad = await mrn([
      'init',
      '--dir',
      join(root, 'w2'),
      '--country',
      'FRA',
      '--announce',
      '/ip4/0.0.0.0/tcp/4001',
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--announce: expected a reachable')

    const other = JSON.parse((await mrn(['init', '--dir', join(root, 'esp'), '--country', 'ESP', '--json'])).stdout)
    writeFileSync(join(root, 'esp.json'), JSON.stringify(other))
    expect((await mrn(['federation', 'add', '--dir', wild, '--entry', join(root, 'esp.json')])).code).toBe(0)
    const removed = await mrn(['federation', 'remove', '--dir', wild, '--country', 'esp'])
    expect(removed.code).toBe(0)
    expect(removed.stdout).toContain('ESP')
    const list = JSON.parse((await mrn(['federation', 'list', '--dir', wild, '--json'])).stdout)
    expect(list.members.map((m: { country: string }) => m.country)).toEqual(['FRA'])
    for (const [country, message] of [
      ['ESP', 'ESP is not a member (members: FRA)'],
      ['FRA', 'FRA is this node; a node cannot remove itself'],
    ]) {
      const r = await mrn(['federation', 'remove', '--dir', wild, '--country', country as string])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(message)
    }
  }, 60_000)

  it('checks policy files, naming the file, the path and the bad value', async () => {
    const ok = await mrn(['policy', 'check', join(projectRoot(), 'config', 'policies', 'starter.yaml')])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('dublin-art34')
    const bad = join(root, 'bad-policy.yaml')
    writeFileSync(
      bad,
      'version: 1\nrules:\n  - id: x\n    from: { groups: [dublin] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n    fields: { names: masked }\n',
    )
    const r = await mrn(['policy', 'check', bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${bad}: rules[0].fields.names: form masked does not apply to names`)
  })

  it('generates the same population twice for a seed, in the import schema, with ground truth', async () => {
    const args = ['generate', '--country', 'GRC', '--count', '40', '--seed', '5', '--overlap-with', 'ITA']
    const a = await mrn([...args, '--truth', join(root, 'truth.jsonl')])
    const b = await mrn(args)
    expect(a.code).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    const lines = a.stdout.trim().split('\n')
    expect(lines).toHaveLength(40)
    for (const [i, line] of lines.entries())
      expect(parseRecordLine(line, i + 1)).toMatchObject({ id: expect.stringMatching(/^GRC-/) })
    const truth = readFileSync(join(root, 'truth.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { records: unknown[] })
    expect(truth.some((t) => t.records.length > 1)).toBe(true)
  })

  it('scores name pairs from standard input across scripts', () => {
    const out = execFileSync(process.execPath, [mrnEntryPoint(), 'match', 'pairs', '--json'], {
      input: 'Mohammed Al-Hassan\tمحمد الحسن\nOlena Shevchenko\tIvan Bondarenko\n',
    }).toString()
    const pairs = JSON.parse(out) as { band: string }[]
    expect(pairs.map((p) => p.band)).toEqual([expect.stringMatching(/strong|possible/), 'none'])
  })

  it('runs the demo and every case behaves as expected', async () => {
    const r = await mrn(['demo', '--json', '--records', '100'])
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as { cases: { name: string; ok: boolean }[] }
    expect(report.cases.map((c) => [c.name, c.ok])).toEqual([
      ['hit-then-details', true],
      ['purpose-denied', true],
      ['no-hit', true],
      ['peer-down', true],
    ])
    expect(r.code).toBe(0)
  })
})
