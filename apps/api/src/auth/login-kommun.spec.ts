import { pickLoginKommun } from './login-kommun.js';

const barby = { tenantId: 't-barby', kommunkod: '9903', name: 'Barby kommun', emailDomains: ['barby.se'], active: true };
const exempel = { tenantId: 't-exempel', kommunkod: '9901', name: 'Exempelstads kommun', emailDomains: ['exempelstad.se', 'skola.exempelstad.se'], active: true };
const delad = { tenantId: 't-delad', kommunkod: '9904', name: 'Delad kommun', emailDomains: ['forbund.se'], active: true };
const delad2 = { tenantId: 't-delad2', kommunkod: '9905', name: 'Grannkommun', emailDomains: ['forbund.se'], active: true };

describe('pickLoginKommun', () => {
  it('takes the chosen kommun over the domain', () => {
    expect(pickLoginKommun([barby, exempel], { kommunkod: '9901', email: 'anna@barby.se' })).toEqual({ tenantId: 't-exempel' });
    expect(pickLoginKommun([barby, exempel], { kommunkod: '0180', email: 'anna@barby.se' })).toEqual({ problem: 'unknown-kommun' });
  });

  it('finds the kommun by e-mail domain, case-insensitively', () => {
    expect(pickLoginKommun([barby, exempel], { email: 'Anna@Barby.SE' })).toEqual({ tenantId: 't-barby' });
    expect(pickLoginKommun([barby, exempel], { email: 'x@skola.exempelstad.se' })).toEqual({ tenantId: 't-exempel' });
  });

  it('asks the user to choose when the domain is unknown or shared, unless there is only one kommun', () => {
    expect(pickLoginKommun([barby, exempel], { email: 'konsult@gmail.com' })).toEqual({ problem: 'choose-kommun' });
    expect(pickLoginKommun([barby, delad, delad2], { email: 'a@forbund.se' })).toEqual({ problem: 'choose-kommun' });
    expect(pickLoginKommun([exempel], { email: 'konsult@gmail.com' })).toEqual({ tenantId: 't-exempel' });
    expect(pickLoginKommun([], { email: 'a@barby.se' })).toEqual({ problem: 'choose-kommun' });
    // A deactivated kommun beside the only active one does not make the user choose; its own domain still finds it.
    const closed = { ...barby, active: false };
    expect(pickLoginKommun([closed, exempel], { email: 'konsult@gmail.com' })).toEqual({ tenantId: 't-exempel' });
    expect(pickLoginKommun([closed, exempel], { email: 'anna@barby.se' })).toEqual({ tenantId: 't-barby' });
  });
});
