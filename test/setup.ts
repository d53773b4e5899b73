// Must come before anything imports libp2p: see src/polyfill.ts.
import '../src/polyfill.js'
