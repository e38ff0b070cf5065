/** Swedish texts that several report endpoints share. */
export const REPORT_NOT_FOUND = 'Rapporten';
export const ATTACHMENT_NOT_FOUND = 'Bilagan';

export const staleVersion = (current: number) => `Rapporten har ändrats av någon annan (nu version ${current}). Ladda om.`;
export const PERIOD_LOCKED = 'Perioden är låst. Inget i rapporten kan ändras förrän perioden öppnas igen.';
export const REPORT_APPROVED = 'Rapporten är godkänd och kan inte längre ändras.';
export const REPORT_SUBMITTED = 'Rapporten är inlämnad och väntar på granskning. Den kan ändras först om den återsänds.';
