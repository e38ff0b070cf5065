import { IsString, IsUUID, MaxLength, validate } from 'class-validator';
import { fieldMessages } from './validation-messages.js';

class Sample {
  @IsString()
  name!: unknown;

  @IsUUID('4')
  id!: unknown;

  @MaxLength(3, { message: 'Högst tre tecken, tack.' })
  code!: string;
}

describe('Swedish validation messages', () => {
  it('translates class-validator defaults and keeps a DTO’s own message', async () => {
    const sample = Object.assign(new Sample(), { name: 5, id: 'x', code: 'abcdef' });
    const fields = fieldMessages(await validate(sample));
    expect(fields).toEqual({
      name: ['Måste vara text.'],
      id: ['Måste vara ett giltigt id (UUID).'],
      code: ['Högst tre tecken, tack.'],
    });
  });

  it('keys nested errors by their path', async () => {
    const fields = fieldMessages([
      { property: 'rows', children: [{ property: '3', children: [{ property: 'value', constraints: { isNumber: 'value must be a number conforming to the specified constraints' } }] }] },
    ]);
    expect(fields).toEqual({ 'rows.3.value': ['Måste vara ett tal.'] });
  });
});
