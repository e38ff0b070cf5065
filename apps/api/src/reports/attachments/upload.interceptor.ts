import {
  BadRequestException, type CallHandler, type ExecutionContext, type NestInterceptor, PayloadTooLargeException, type Type,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';

/** What multer (memory storage) hands over for the uploaded file. */
export interface UploadedFileData {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOAD_FIELD = 'file';

/**
 * Accepts one file in the multipart field `file`, kept in memory and cut off at `maxBytes`; multer's English
 * errors come back in Swedish.
 */
export function uploadInterceptor(maxBytes = MAX_UPLOAD_BYTES): Type<NestInterceptor> {
  const Base = FileInterceptor(UPLOAD_FIELD, {
    limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 },
    defParamCharset: 'utf8',
  });
  class SwedishUploadInterceptor extends Base {
    override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return (await super.intercept(context, next)) as Observable<unknown>;
      } catch (error) {
        if (error instanceof PayloadTooLargeException) {
          throw new PayloadTooLargeException(`Filen är för stor. Största tillåtna storlek är ${Math.round(maxBytes / 1024 / 1024)} MB.`);
        }
        if (error instanceof BadRequestException || error instanceof UnsupportedMediaTypeException) {
          throw new BadRequestException(`Skicka filen som multipart/form-data i fältet "${UPLOAD_FIELD}".`);
        }
        throw error;
      }
    }
  }
  return SwedishUploadInterceptor;
}
