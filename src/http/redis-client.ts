import { Redis } from 'ioredis';
import { errorFields, type Logger } from '../logging.ts';

/**
 * The response cache's Redis client. It fails fast instead of queueing: while Redis is down a
 * cache lookup is a miss at once (the request is answered from the database), never a wait.
 */
export function createRedisClient(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 });
  redis.on('error', (error) => logger.warn('redis error', errorFields(error)));
  return redis;
}
