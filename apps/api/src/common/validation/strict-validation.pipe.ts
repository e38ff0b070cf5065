import { UnprocessableEntityException, ValidationPipe } from '@nestjs/common';
import { fieldMessages } from './validation-messages.js';

/** Strict input: unknown fields are rejected, types are transformed, errors are keyed by field (422). */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new UnprocessableEntityException({ message: 'Uppgifterna är inte giltiga.', fields: fieldMessages(errors) }),
  });
}
