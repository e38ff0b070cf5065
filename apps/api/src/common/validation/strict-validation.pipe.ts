import { UnprocessableEntityException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { throwIfFieldErrors } from '../errors/field-errors.js';
import { uncleanText } from './clean-text.js';
import { nullsNotDocumentedNullable } from './nullable-fields.js';
import { fieldMessages } from './validation-messages.js';

/**
 * The one input boundary of every endpoint, on top of class-validator: text in bodies and query strings must be clean
 * (clean-text.ts), and a body field may be null only where the OpenAPI document says it is nullable. Depth and size
 * are bounded earlier, by the JSON body parser (configure-http-app.ts).
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const fromClient = metadata.type === 'body' || metadata.type === 'query';
    if (fromClient) throwIfFieldErrors(uncleanText(value, metadata.data ?? metadata.type));
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body') throwIfFieldErrors(nullsNotDocumentedNullable(result, metadata.data ?? ''));
    return result;
  }
}

/** Strict input: unknown fields are rejected, types are transformed, errors are keyed by field (422). */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new UnprocessableEntityException({ message: 'Uppgifterna är inte giltiga.', fields: fieldMessages(errors) }),
  });
}
