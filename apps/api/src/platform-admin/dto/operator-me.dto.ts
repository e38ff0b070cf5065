import { ApiProperty } from '@nestjs/swagger';

export class OperatorMeDto {
  @ApiProperty() operatorId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'Skicka i huvudet X-CSRF-Token vid POST/PUT/PATCH/DELETE mot plattformens gränssnitt' }) csrfToken!: string;
}
