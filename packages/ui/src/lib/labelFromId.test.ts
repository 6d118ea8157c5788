import { describe, expect, it } from 'vitest';
import { labelFromId } from './labelFromId.js';

describe('labelFromId', () => {
  it('splits on hyphens and underscores and puts the first word in sentence case', () => {
    expect(labelFromId('employees')).toBe('Employees');
    expect(labelFromId('time-off-requests')).toBe('Time off requests');
    expect(labelFromId('pay_rates')).toBe('Pay rates');
    expect(labelFromId('__time--off__')).toBe('Time off');
  });

  it('leaves an id that already has capitals or spaces as it is', () => {
    expect(labelFromId('timeOffRequests')).toBe('timeOffRequests');
    expect(labelFromId('Employees')).toBe('Employees');
    expect(labelFromId('time off')).toBe('time off');
    expect(labelFromId('Ämter_liste')).toBe('Ämter_liste');
  });

  it('capitalises a first letter beyond ASCII, and leaves nothing to read as nothing', () => {
    expect(labelFromId('ärzte-liste')).toBe('Ärzte liste');
    expect(labelFromId('')).toBe('');
    expect(labelFromId('--')).toBe('');
  });
});
