import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateKommunDto {
  @ApiProperty({ example: '9903', description: "SCB's kommunkod: one of Sweden's 290 kommuner, or 99xx for a demo or test kommun" })
  @IsString()
  @Matches(/^\d{4}$/, { message: 'Kommunkoden ska vara fyra siffror.' })
  kommunkod!: string;

  @ApiProperty({ example: 'Barby kommun' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  namn!: string;

  @ApiProperty({ example: 'admin@barby.se', description: "The kommun's first administrator, who gets a one-time invitation link" })
  @IsEmail({}, { message: 'Ange en giltig e-postadress.' })
  @MaxLength(254)
  adminEmail!: string;
}

export class KommunDto {
  @ApiProperty() id!: string;
  @ApiProperty() kommunkod!: string;
  @ApiProperty() namn!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deactivatedAt!: string | null;
}

export class CreatedKommunDto extends KommunDto {
  @ApiProperty({ description: 'One-time link for the first administrator to set a password (valid 7 days)' })
  invitationLink!: string;

  @ApiProperty({ format: 'date-time' })
  invitationExpiresAt!: string;
}
