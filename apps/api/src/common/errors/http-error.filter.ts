import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorResponse } from '@resultatkedjan/contracts';
import { MAX_JSON_DEPTH } from '../validation/json-depth.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable.js';
import { STATUS_TEXT } from './status-text.js';

const UNAVAILABLE = 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.';

/** Turns every error into the one error shape `{ statusCode, error, message, fields? }`. Never leaks internals. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toErrorResponse(exception);
    if (body.statusCode === 503) this.logger.warn(`503: ${exception instanceof Error ? exception.message : String(exception)}`);
    else if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    if (body.statusCode === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toErrorResponse(exception: unknown): ErrorResponse {
    const bodyParserError = this.bodyParserError(exception);
    if (bodyParserError) return bodyParserError;
    if (isDatabaseUnavailable(exception)) return { statusCode: 503, error: STATUS_TEXT[503], message: UNAVAILABLE };
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { message: raw };
      let message = Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message);
      // The router's own 404 ("Cannot GET /x") is English; say it in Swedish.
      if (statusCode === 404 && /^Cannot [A-Z]+ /.test(message)) message = 'Det finns ingen sådan resurs.';
      // Terminus answers a failed health check with its report and no message of its own.
      if (statusCode === 503 && payload.message === undefined) message = UNAVAILABLE;
      const fields = payload.fields as Record<string, string[]> | undefined;
      return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message, ...(fields ? { fields } : {}) };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: STATUS_TEXT[500], message: 'Ett oväntat fel inträffade.' };
  }

  /** body-parser errors (Nest wraps them, keeping the original as `cause`): answer in Swedish, without parser internals. */
  private bodyParserError(exception: unknown): ErrorResponse | undefined {
    const source = (exception instanceof HttpException ? exception.cause : exception) as { type?: string } | undefined;
    switch (source?.type) {
      case 'entity.parse.failed':
        return { statusCode: 400, error: STATUS_TEXT[400], message: 'Begäran innehåller ogiltig JSON.' };
      case 'entity.too.deep':
        return { statusCode: 400, error: STATUS_TEXT[400], message: `Begäran är för djupt nästlad (högst ${MAX_JSON_DEPTH} nivåer).` };
      case 'entity.too.large':
        return { statusCode: 413, error: STATUS_TEXT[413], message: 'Begäran är för stor.' };
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return { statusCode: 415, error: STATUS_TEXT[415], message: 'Teckenkodningen stöds inte.' };
      default:
        return undefined;
    }
  }
}
