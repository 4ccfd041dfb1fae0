import { createHash, timingSafeEqual } from 'node:crypto';

export type AdminTokenCheck = 'GRANTED' | 'MISSING' | 'WRONG' | 'DISABLED';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Compares the bearer token with the configured one in constant time: both sides are hashed
 * first, so the comparison neither leaks the token's length nor depends on where they differ.
 * No configured token (or an empty one) disables admin operations for everybody.
 */
export function checkAdminToken(authorization: string | null, adminToken: string | undefined): AdminTokenCheck {
  if (!adminToken) return 'DISABLED';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return 'MISSING';
  return timingSafeEqual(digest(match[1]!), digest(adminToken)) ? 'GRANTED' : 'WRONG';
}
