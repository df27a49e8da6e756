/* eslint-env node */
// Starts a PLC directory held in memory and the reference PDS, both on
// 127.0.0.1 only, for ../../pds_test.go. The PDS reads its settings from
// the PDS_* environment the test sets (a temporary data folder, dev mode,
// handles under .test); this script adds the PLC directory's address.
// It prints one line, "ready <pds url>", when both listen, and stops both
// on SIGTERM or when its standard input closes (the test died).
'use strict'

const pdsPkg = require('@atproto/pds')
const plc = require('@did-plc/server')
const pkg = require('@atproto/pds/package.json')

// Express's listen(port) binds every interface; the test's servers are
// for this machine only.
function loopbackOnly(app) {
  const listen = app.listen.bind(app)
  app.listen = (port, ...rest) => listen(port, '127.0.0.1', ...rest)
}

async function main() {
  const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: 0 })
  loopbackOnly(plcServer.app)
  const plcListener = await plcServer.start()
  const plcURL = `http://127.0.0.1:${plcListener.address().port}`

  const env = pdsPkg.readEnv()
  env.version = pkg.version
  env.didPlcUrl = plcURL
  const pds = await pdsPkg.PDS.create(pdsPkg.envToCfg(env), pdsPkg.envToSecrets(env))
  loopbackOnly(pds.app)
  await pds.start()
  process.stdout.write(`ready http://localhost:${env.port} pds ${pkg.version}\n`)

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await pds.destroy()
    await plcServer.destroy()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  process.stdin.on('end', stop)
  process.stdin.resume()
}

main().catch((err) => {
  process.stderr.write(`pds failed to start: ${err && err.stack ? err.stack : err}\n`)
  process.exit(1)
})
