/**
 * Which X-Forwarded-For entries to believe. Trusting the whole header would
 * let anyone claim any address (`spoofed, 127.0.0.1`) and escape the rate
 * limits, so TRUST_PROXY names the proxies: a number of hops (`1` for one
 * reverse proxy in front), or their addresses or CIDR ranges, comma-separated.
 * `true` means one hop. Unset or `false`: the connection's own address.
 */
export function trustProxySetting(value = process.env.TRUST_PROXY): false | string[] | ((address: string, hop: number) => boolean) {
  const setting = value?.trim() ?? ''
  if (setting === '' || setting === 'false') return false
  if (setting === 'true' || /^\d+$/.test(setting)) {
    const hops = setting === 'true' ? 1 : Number(setting)
    // Hop 0 is the connection itself; each trusted hop lets one more entry, read from the right, through.
    return (_address, hop) => hop < hops
  }
  return setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}
