import { HttpStatus } from '@nestjs/common';

/** A refused single sign-on, shown to the user in Swedish (as a page to a browser, as JSON otherwise). */
export class OidcLoginError extends Error {
  constructor(
    readonly status: HttpStatus,
    message: string,
  ) {
    super(message);
  }
}

export const OIDC_MESSAGES = {
  notConfigured: 'Inloggning med kommunens konto (SSO) är inte aktiverad.',
  badState: 'Inloggningen kunde inte verifieras eller tog för lång tid. Börja om från inloggningssidan.',
  providerRefused: 'Identitetsleverantören avbröt inloggningen. Försök igen.',
  exchangeFailed: 'Inloggningen hos identitetsleverantören kunde inte slutföras. Försök igen.',
  unavailable: 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund.',
  noEmail: 'Identitetsleverantören skickade ingen verifierad e-postadress, så kontot kan inte kopplas.',
  unknownUser: 'Det finns inget aktivt konto för dig i Resultatkedjan. Kontakta kommunens administratör.',
  otherIdentity: 'Kontot är kopplat till en annan identitet hos identitetsleverantören. Kontakta kommunens administratör.',
} as const;
