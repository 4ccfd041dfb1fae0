/** The admin ingest: exactly the CLI's import (`runImport`), for a request that carries the admin token. */
import type { Db } from 'mongodb';
import type { IngestFormat, IngestReport } from '../domain/ingest-report.ts';
import { type ImportFile, runImport } from '../ingest/import.ts';
import type { Logger } from '../logging.ts';
import { checkAdminToken } from './admin-token.ts';
import { badInput, failure, type Outcome, type Problem, success } from './outcome.ts';

/** What an admin operation may do, created per request from its Authorization header. */
export interface AdminAccess {
  /** Null when the request carries the admin token, else why it may not act (UNAUTHENTICATED or FORBIDDEN). */
  refusal(): Problem | null;
  /**
   * Imports one file's text (`data`) or several files, unless refused (authorization is checked
   * before the arguments); afterwards, if the catalog changed, `onCatalogChanged` runs.
   */
  ingest(request: IngestRequest): Promise<Outcome<IngestReport>>;
}

export interface IngestRequest {
  format: IngestFormat;
  data?: string | null;
  files?: ImportFile[] | null;
}

export interface AdminAccessOptions {
  db: Db;
  adminToken: string | undefined;
  authorization: string | null;
  logger: Logger;
  onCatalogChanged(): Promise<void>;
}

export function adminAccess({ db, adminToken, authorization, logger, onCatalogChanged }: AdminAccessOptions): AdminAccess {
  const refusal = (): Problem | null => {
    switch (checkAdminToken(authorization, adminToken)) {
      case 'GRANTED':
        return null;
      case 'DISABLED':
        return { code: 'FORBIDDEN', message: 'Admin operations are disabled on this server: no ADMIN_TOKEN is configured.' };
      case 'MISSING':
        return { code: 'UNAUTHENTICATED', message: 'This operation needs the header `Authorization: Bearer <admin token>`.' };
      case 'WRONG':
        return { code: 'FORBIDDEN', message: 'The admin token is not valid.' };
    }
  };
  return {
    refusal,
    async ingest({ format, data, files }) {
      const refused = refusal();
      if (refused) return failure(refused);
      if ((data == null) === (files == null)) return failure(badInput('data', 'give exactly one of `data` (one file) and `files`.'));
      const request = { format, files: files ?? [{ name: `${format} data`, text: data! }] };
      logger.info('ingest started', { format, files: request.files.map((file) => file.name) });
      const report = await runImport(db, request, { trigger: 'ADMIN' });
      if (report.status === 'APPLIED') await onCatalogChanged();
      logger.info('ingest finished', { importId: report.id, status: report.status, catalogVersion: report.catalogVersion, error: report.error });
      return success(report);
    },
  };
}
