import type { Db } from 'mongodb';
import { apiError } from '../errors.ts';
import { type ImportRequest, runImport } from '../ingest/import.ts';
import type { IngestReport } from '../ingest/report.ts';
import type { Logger } from '../logging.ts';
import { checkAdminToken } from './admin-token.ts';

/** What an admin operation may do, created per request from its Authorization header. */
export interface AdminAccess {
  /** Throws UNAUTHENTICATED or FORBIDDEN unless the request carries the admin token. */
  authorize(): void;
  /** Exactly the CLI's import (`runImport`); afterwards the response cache is invalidated. */
  ingest(request: ImportRequest): Promise<IngestReport>;
}

export interface AdminAccessOptions {
  db: Db;
  adminToken: string | undefined;
  authorization: string | null;
  logger: Logger;
  onCatalogChanged(): Promise<void>;
}

export function adminAccess({ db, adminToken, authorization, logger, onCatalogChanged }: AdminAccessOptions): AdminAccess {
  const authorize = () => {
    switch (checkAdminToken(authorization, adminToken)) {
      case 'GRANTED':
        return;
      case 'DISABLED':
        throw apiError('FORBIDDEN', 'Admin operations are disabled on this server: no ADMIN_TOKEN is configured.');
      case 'MISSING':
        throw apiError('UNAUTHENTICATED', 'This operation needs the header `Authorization: Bearer <admin token>`.');
      case 'WRONG':
        throw apiError('FORBIDDEN', 'The admin token is not valid.');
    }
  };
  return {
    authorize,
    async ingest(request) {
      authorize();
      logger.info('ingest started', { format: request.format, files: request.files.map((file) => file.name) });
      const report = await runImport(db, request);
      if (report.status === 'APPLIED') await onCatalogChanged();
      logger.info('ingest finished', { importId: report.id, status: report.status, catalogVersion: report.catalogVersion, error: report.error });
      return report;
    },
  };
}
