// Which IP addresses an outgoing request may reach. Only public unicast addresses are allowed:
// a user-supplied URL (a webhook, a Mastodon instance) must not let Brandroom's server reach
// itself, the machines beside it or a cloud's metadata service (server-side request forgery).
// The ranges follow the IANA special-purpose registries (RFC 6890 and its updates).
import { isIP } from 'node:net';

type Range4 = readonly [base: number, prefix: number];

const ip4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;

const BLOCKED_V4: readonly Range4[] = [
  [ip4(0, 0, 0, 0), 8], // "this network", including the unspecified 0.0.0.0
  [ip4(10, 0, 0, 0), 8], // private
  [ip4(100, 64, 0, 0), 10], // carrier-grade NAT (shared address space)
  [ip4(127, 0, 0, 0), 8], // loopback
  [ip4(169, 254, 0, 0), 16], // link-local, where cloud metadata services answer
  [ip4(172, 16, 0, 0), 12], // private
  [ip4(192, 0, 0, 0), 24], // IETF protocol assignments
  [ip4(192, 0, 2, 0), 24], // documentation (TEST-NET-1)
  [ip4(192, 88, 99, 0), 24], // 6to4 relay anycast (deprecated)
  [ip4(192, 168, 0, 0), 16], // private
  [ip4(198, 18, 0, 0), 15], // benchmarking
  [ip4(198, 51, 100, 0), 24], // documentation (TEST-NET-2)
  [ip4(203, 0, 113, 0), 24], // documentation (TEST-NET-3)
  [ip4(224, 0, 0, 0), 4], // multicast
  [ip4(240, 0, 0, 0), 4], // reserved, and the broadcast address 255.255.255.255
];

function parse4(address: string): number {
  const parts = address.split('.').map(Number);
  return ip4(parts[0]!, parts[1]!, parts[2]!, parts[3]!);
}

function inRange4(value: number, [base, prefix]: Range4): boolean {
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return ((value & mask) >>> 0) === ((base & mask) >>> 0);
}

function blocked4(value: number): boolean {
  return BLOCKED_V4.some((range) => inRange4(value, range));
}

/** The eight 16-bit groups of an IPv6 address (zone id removed, embedded IPv4 expanded). */
function parse6(address: string): number[] {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parse4(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...(tail === undefined ? [] : Array(missing).fill('0')), ...tailGroups];
  return groups.map((g) => parseInt(g, 16));
}

function prefixMatches(groups: number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; bits > 0; i++, bits -= 16) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((groups[i]! & mask) !== (prefix[i]! & mask)) return false;
  }
  return true;
}

const BLOCKED_V6: readonly (readonly [prefix: readonly number[], bits: number])[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0], 96], // unspecified, loopback and the deprecated IPv4-compatible ::a.b.c.d
  [[0x64, 0xff9b, 1], 48], // NAT64 for local use
  [[0x100], 64], // discard-only
  [[0x2001], 23], // IETF protocol assignments (Teredo, benchmarking, ORCHID…)
  [[0x2001, 0xdb8], 32], // documentation
  [[0x2002], 16], // 6to4: the embedded IPv4 address is reached through a relay
  [[0x3fff], 20], // documentation
  [[0x5f00], 16], // segment routing (SRv6) identifiers
  [[0xfc00], 7], // unique local
  [[0xfe80], 10], // link-local
  [[0xfec0], 10], // site-local (deprecated)
  [[0xff00], 8], // multicast
];

function blocked6(groups: number[]): boolean {
  // IPv4-mapped (::ffff:a.b.c.d) and the well-known NAT64 prefix (64:ff9b::/96) carry an IPv4
  // address that decides: ::ffff:127.0.0.1 is the loopback.
  if (prefixMatches(groups, [0, 0, 0, 0, 0, 0xffff], 96) || prefixMatches(groups, [0x64, 0xff9b, 0, 0, 0, 0], 96)) {
    return blocked4(((groups[6]! << 16) >>> 0) + groups[7]!);
  }
  return BLOCKED_V6.some(([prefix, bits]) => prefixMatches(groups, prefix, bits));
}

/** True for every address that is not public unicast; anything that is not an IP address is blocked too. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const version = isIP(bare.split('%')[0]!);
  if (version === 4) return blocked4(parse4(bare));
  if (version === 6) return blocked6(parse6(bare));
  return true;
}
