import chromium from '@sparticuz/chromium'
import puppeteer, { type Browser } from 'puppeteer-core'

/**
 * A headless Chromium that ships inside an npm package (@sparticuz/chromium,
 * unpacked to the temp directory on first use), so browser checks need no
 * system browser: `npm ci && npm test` passes on a fresh machine.
 */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args,
    headless: true,
  })
}
