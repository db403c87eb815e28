import { isIPv4, isIPv6 } from 'node:net'

// The eight 16-bit groups of an IPv6 address, '::' expanded; an embedded IPv4 tail counts as two groups.
function groupsOf(address: string): string[] {
  const [head = '', tail = ''] = address.split('::')
  const part = (text: string) => (text === '' ? [] : text.split(':').flatMap((g) => (isIPv4(g) ? ['0', '0'] : [g])))
  const left = part(head)
  const right = part(tail)
  const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : []
  return [...left, ...middle, ...right]
}

/**
 * Who a per-address limit counts: an IPv4 address (also when written IPv4-mapped, ::ffff:1.2.3.4), or the /64 network
 * of an IPv6 address: one subscriber usually holds a whole /64 (RFC 6177), so counting single addresses would let
 * one client take 2^64 fresh starts.
 */
export function requestSource(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) return mapped[1]!
  if (isIPv4(ip)) return ip
  const address = ip.replace(/%.*$/, '')
  if (!isIPv6(address)) return ip.slice(0, 64) || 'unknown'
  const network = groupsOf(address)
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
  return `${network.join(':')}::/64`
}
