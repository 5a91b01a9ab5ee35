// @vitest-environment node
import { parseBirthDate } from '../../../utils/practice/birth-date';

describe('birth date as people type it', () => {
  it.each([
    ['05/11/1961', '05/11/1961'],
    ['5/11/1961', '05/11/1961'],
    ['05-11-1961', '05/11/1961'],
    ['5-11-1961', '05/11/1961'],
    ['5.11.1961', '05/11/1961'],
    [' 05 11 1961 ', '05/11/1961'],
    ['05111961', '05/11/1961'],
    ['29/2/1960', '29/02/1960'],
    ['31/12/1999', '31/12/1999'],
  ])('%j → %s', (raw, want) => {
    expect(parseBirthDate(raw)).toBe(want);
  });

  it.each(['', '1961', '05/11/61', '1961-11-05', '32/01/1960', '29/02/1961', '00/05/1960', '05/13/1960', '5/11', 'cinco'])(
    '%j is not a date so written',
    (raw) => {
      expect(parseBirthDate(raw)).toBeUndefined();
    },
  );
});
