import { describe, expect, it } from 'vitest';
import { kommunForEmail } from './login-kommun';

const kommuner = [
  { kommunkod: '9901', name: 'Exempelstads kommun', emailDomains: ['exempelstad.se'] },
  { kommunkod: '9903', name: 'Barby kommun', emailDomains: ['barby.se', 'forbund.se'] },
  { kommunkod: '9904', name: 'Annby kommun', emailDomains: ['forbund.se'] },
];

describe('kommunForEmail', () => {
  it('picks the one kommun with the domain, ignoring case', () => {
    expect(kommunForEmail(kommuner, 'Anna@BARBY.se')).toBe('9903');
    expect(kommunForEmail(kommuner, 'eva.berg@exempelstad.se')).toBe('9901');
  });

  it('leaves the choice to the user for shared, unknown or unfinished addresses', () => {
    expect(kommunForEmail(kommuner, 'a@forbund.se')).toBeNull();
    expect(kommunForEmail(kommuner, 'konsult@gmail.com')).toBeNull();
    expect(kommunForEmail(kommuner, 'anna@')).toBeNull();
    expect(kommunForEmail(kommuner, 'anna')).toBeNull();
  });
});
