// The baseline: Node's bare http server returning fixed bytes with the same headers.
import { readFileSync } from 'node:fs'
import http from 'node:http'

const { headers, bodyFile } = JSON.parse(process.argv[2])
const body = readFileSync(bodyFile)
const server = http.createServer((req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(`READY ${server.address().port}`))
