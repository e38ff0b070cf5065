import { UnprocessableEntityException } from '@nestjs/common';

/** Collects business-rule errors per field and throws them together as one 422. */
export class FieldErrors {
  private readonly fields: Record<string, string[]> = {};

  add(field: string, message: string): void {
    (this.fields[field] ??= []).push(message);
  }

  get size(): number {
    return Object.keys(this.fields).length;
  }

  throwIfAny(message = 'Uppgifterna är inte giltiga.'): void {
    if (this.size > 0) throw new UnprocessableEntityException({ message, fields: this.fields });
  }
}
