import { describe, expect, it } from 'vitest';
import { observationFieldsSchema } from './entities';
import { observationFieldsFromPaste, parseObservationPaste, type PasteResult, type PasteTarget } from './observation-paste';

const papers: PasteTarget = { unit: 'papers', indicator: 'Papers in top journals' };
const share: PasteTarget = { unit: '%', indicator: 'R&D spending as a share of GDP' };
const citation = { source: 'statistical-yearbook.xlsx', section: 'Table 3', page: null, quote: null };

const summary = (result: PasteResult) =>
  result.rows.map((row) => [row.line, row.status, row.reason ?? row.observation?.value] as const);
const only = (text: string, target: PasteTarget = papers) => {
  const [row] = parseObservationPaste(text, target).rows;
  if (!row) throw new Error('no row');
  return row;
};
const valueOf = (cell: string, target: PasteTarget = papers) => only(`2019\t${cell}`, target).observation;
const reasonFor = (cell: string, target: PasteTarget = papers) => only(`2019\t${cell}`, target).reason;

describe('pasting rows from a spreadsheet', () => {
  it('reads an Excel copy: tabs, \\r\\n line ends, a header row and a trailing newline', () => {
    const result = parseObservationPaste('Year\tValue\r\n2019\t1,984\r\n2020\t2,446\r\n', papers);
    expect(summary(result)).toEqual([
      [1, 'skipped', 'Row 1: header row (columns read as year, value)'],
      [2, 'ok', 1984],
      [3, 'ok', 2446],
    ]);
    expect(result).toMatchObject({ ok: 2, errors: 0, warnings: 0, skipped: 1, separator: 'tab' });
  });

  it('reads a Google Sheets copy: tabs, \\n line ends, formatted numbers and no trailing newline', () => {
    const result = parseObservationPaste('Year\tShare of GDP\tNote\n2019\t2.23%\t\n2020\t2.40%\tpreliminary', share);
    expect(result.rows[0]?.reason).toBe('Row 1: header row (columns read as year, value, note)');
    expect(result.rows.slice(1).map((row) => row.observation)).toEqual([
      { year: 2019, date: null, value: 2.23, qualifier: 'exact', unit: '%', note: '' },
      { year: 2020, date: null, value: 2.4, qualifier: 'exact', unit: '%', note: 'preliminary' },
    ]);
  });

  it('reads a Chinese spreadsheet: Chinese headers, full-width digits, the Chinese comma and point, 年 and 月', () => {
    const text =
      '年份\t论文数（篇）\t备注\n２０１９年\t１，９８４\t初步数据\n2020\t2，446．5\t\n2021年6月\t约90\t\n2022\t400多\t';
    const result = parseObservationPaste(text, { unit: '篇', indicator: '论文数' });
    expect(result.rows[0]?.reason).toBe('Row 1: header row (columns read as year, value, note)');
    expect(result.rows.slice(1).map((row) => row.observation)).toEqual([
      { year: 2019, date: null, value: 1984, qualifier: 'exact', unit: '篇', note: '初步数据' },
      { year: 2020, date: null, value: 2446.5, qualifier: 'exact', unit: '篇', note: '' },
      { year: 2021, date: '2021-06', value: 90, qualifier: 'approximately', unit: '篇', note: '' },
      { year: 2022, date: null, value: 400, qualifier: 'more-than', unit: '篇', note: '' },
    ]);
  });

  it('imports the good rows of a block and names the one bad row with its line and reason', () => {
    const result = parseObservationPaste('2019\t1984\n2020\t2100\n2021\t2250\n20x9\t2300\n2023\t2446', papers);
    expect(result).toMatchObject({ ok: 4, errors: 1 });
    expect(result.rows[3]).toEqual({ line: 4, raw: '20x9\t2300', status: 'error', reason: 'Row 4: "20x9" is not a year' });
  });

  it('accounts for every line, skipping blank ones, and trims spaces around cells', () => {
    const result = parseObservationPaste('\n  2019 \t  1984  \n\t\t\n   \n2020\t2100  ', papers);
    expect(summary(result)).toEqual([
      [1, 'skipped', 'Row 1: blank line'],
      [2, 'ok', 1984],
      [3, 'skipped', 'Row 3: blank line'],
      [4, 'skipped', 'Row 4: blank line'],
      [5, 'ok', 2100],
    ]);
  });

  it('returns no rows for an empty paste and ignores a byte-order mark', () => {
    expect(parseObservationPaste('', papers)).toMatchObject({ rows: [], ok: 0, errors: 0 });
    expect(only('\uFEFF2019\t5').observation?.year).toBe(2019);
  });

  it('reports a quote that is never closed, as when a cell holds a line break', () => {
    expect(only('2019\t5\t"first line').reason).toBe('Row 1: a quote is opened but never closed');
  });

  it('refuses cells beyond the columns rather than dropping them', () => {
    expect(only('2019\t5\tpapers\tnote\textra').reason).toBe(
      'Row 1: 5 cells where 4 columns (year, value, unit, note) are expected',
    );
  });
});

describe('separators', () => {
  it('splits on commas when there is no tab, reading a quoted "1,984" as one number', () => {
    const result = parseObservationPaste('Year,Value\n2019,"1,984"\n2020, 2100', papers);
    expect(result.separator).toBe('comma');
    expect(summary(result).slice(1)).toEqual([
      [2, 'ok', 1984],
      [3, 'ok', 2100],
    ]);
  });

  it('refuses an unquoted "2019, 1,984" as ambiguous, while the same value after a tab is a thousands separator', () => {
    expect(only('2019, 1,984').reason).toBe(
      'Row 1: "1,984" is ambiguous: one number written with a comma, or two cells? Put the number in quotes or copy with tabs',
    );
    expect(only('2019\t1,984').observation?.value).toBe(1984);
    expect(parseObservationPaste('Year,Value\n2019,1,984', papers).rows[1]?.reason).toMatch(/^Row 2: "1,984" is ambiguous/);
  });

  it('reads a third comma-separated cell as a unit when it cannot be part of a number', () => {
    expect(only('2019,3.2,%', share).observation).toMatchObject({ value: 3.2, unit: '%' });
  });

  it('says how many cells it expected when a comma in a note splits it', () => {
    const [, row] = parseObservationPaste('Year,Value,Note\n2019,5,revised, then revised again', papers).rows;
    expect(row?.reason).toBe(
      'Row 2: 4 cells where 3 columns (year, value, note) are expected (put a cell that contains a comma in quotes)',
    );
  });

  it('splits on semicolons when every line has one, and then refuses commas that could be decimal marks', () => {
    const result = parseObservationPaste('2019;1984\n2020;3.5\n2021;1,984\n2022;2,5', papers);
    expect(result.separator).toBe('semicolon');
    expect(summary(result)).toEqual([
      [1, 'ok', 1984],
      [2, 'ok', 3.5],
      [
        3,
        'error',
        'Row 3: "1,984" could be 1.984 or 1984 in a semicolon-separated paste, where a comma is usually the decimal mark: retype it without separators',
      ],
      [4, 'error', 'Row 4: "2,5" has a decimal comma: retype it with a decimal point and no thousands separators'],
    ]);
  });

  it('refuses "1,984" and "1.984" in a paste where another row shows a decimal comma', () => {
    const result = parseObservationPaste('2019\t2,5\n2020\t1,984\n2021\t1.984\n2022\t1,984.5', papers);
    expect(summary(result).slice(1)).toEqual([
      [
        2,
        'error',
        'Row 2: "1,984" could be 1.984 or 1984 because row 1 ("2,5") uses a decimal comma: retype it without separators',
      ],
      [
        3,
        'error',
        'Row 3: "1.984" could be 1.984 or 1984 because row 1 ("2,5") uses a decimal comma: retype it without separators',
      ],
      [4, 'ok', 1984.5],
    ]);
  });
});

describe('headers and columns', () => {
  it('follows the header when it names the columns in another order, and says which columns it ignores', () => {
    const result = parseObservationPaste('Value\tUnit\tYear\tSource\n1984\tPapers\t2019\tNBS', papers);
    expect(result.rows[0]?.reason).toBe('Row 1: header row (columns read as value, unit, year; "Source" ignored)');
    expect(result.rows[1]?.observation).toMatchObject({ year: 2019, value: 1984, unit: 'papers' });
  });

  it('reads unnamed header columns as year and value, as in "Year  Papers (thousands)"', () => {
    const result = parseObservationPaste('Indicator\tTop papers\n2019\t5', papers);
    expect(result.rows[0]?.status).toBe('skipped');
    expect(result.rows[1]?.observation?.value).toBe(5);
  });

  it('skips the header again when two copied blocks are pasted one after the other', () => {
    const result = parseObservationPaste('Year\tValue\n2019\t5\nYear\tValue\n2020\t6', papers);
    expect(result.rows[2]).toMatchObject({ status: 'skipped', reason: 'Row 3: the header row again' });
    expect(result.ok).toBe(2);
  });

  it('does not take a first data row for a header', () => {
    expect(only('20x9\t1984').reason).toBe('Row 1: "20x9" is not a year');
  });
});

describe('values', () => {
  it.each([
    ['1984', 1984],
    ['1,984', 1984],
    ['2 446', 2446],
    ['2\u00a0446', 2446],
    ['2\u202f446', 2446],
    ['1,234,567.5', 1234567.5],
    ['3.25', 3.25],
    ['.5', 0.5],
    ['-12', -12],
    ['\u22124.5', -4.5],
  ])('reads "%s" as %d', (cell, value) => {
    expect(valueOf(cell)).toMatchObject({ value, qualifier: 'exact' });
  });

  it('reads "3.2%" as 3.2 in the unit %, accepting "percent" as the same unit', () => {
    expect(valueOf('3.2%', share)).toMatchObject({ value: 3.2, unit: '%' });
    expect(valueOf('3.2%', { ...share, unit: 'Percent' })).toMatchObject({ value: 3.2, unit: 'Percent' });
    expect(valueOf('3.2 ％', share)).toMatchObject({ value: 3.2 });
  });

  it.each([
    ['about 90', 'approximately', 90],
    ['approx. 90', 'approximately', 90],
    ['~90', 'approximately', 90],
    ['约90', 'approximately', 90],
    ['90左右', 'approximately', 90],
    ['more than 400', 'more-than', 400],
    ['>400', 'more-than', 400],
    ['over 400', 'more-than', 400],
    ['超过400', 'more-than', 400],
    ['at least 3', 'at-least', 3],
    ['≥3', 'at-least', 3],
    ['>= 3', 'at-least', 3],
    ['no less than 3', 'at-least', 3],
    ['less than 5', 'less-than', 5],
    ['<5', 'less-than', 5],
    ['less than -5', 'less-than', -5],
  ])('reads "%s" as %s %d', (cell, qualifier, value) => {
    expect(valueOf(cell)).toMatchObject({ value, qualifier });
  });

  it('refuses "at most", which has no qualifier of its own', () => {
    expect(reasonFor('≤5')).toBe(
      'Row 1: "≤5" means "at most", which PolicyDesk cannot record (only more than, at least or less than)',
    );
  });

  it.each([
    ['1.234,5', '"1.234,5" has a decimal comma: retype it with a decimal point and no thousands separators'],
    ['2,5', '"2,5" has a decimal comma: retype it with a decimal point and no thousands separators'],
    ['1.234.567', '"1.234.567" groups thousands with dots: retype it without separators'],
    ['1e3', '"1e3" is in scientific notation: type the number in full'],
    ['many', '"many" is not a number'],
    ['12 papers', '"12 papers" is not a number'],
    ['1,23,456', '"1,23,456" is not a number'],
    ['#DIV/0!', '"#DIV/0!" is a spreadsheet error, not a value'],
  ])('refuses "%s" rather than guess', (cell, reason) => {
    expect(reasonFor(cell)).toBe(`Row 1: ${reason}`);
  });

  it('skips a row with no value, or a missing-data marker, instead of failing it', () => {
    const result = parseObservationPaste('2019\t\n2020\tn/a\n2021\t..\n2022\t-\n2023', papers);
    expect(summary(result)).toEqual([
      [1, 'skipped', 'Row 1: no value for 2019 (the cell is empty)'],
      [2, 'skipped', 'Row 2: no value for 2020 (the cell says "n/a")'],
      [3, 'skipped', 'Row 3: no value for 2021 (the cell says "..")'],
      [4, 'skipped', 'Row 4: no value for 2022 (the cell says "-")'],
      [5, 'skipped', 'Row 5: no value for 2023 (the row has no value cell)'],
    ]);
    expect(result).toMatchObject({ ok: 0, errors: 0, skipped: 5 });
  });
});

describe('units', () => {
  it("fails a row whose unit differs from the target's", () => {
    const [, row] = parseObservationPaste('Year\tValue\tUnit\n2019\t5\tkg', papers).rows;
    expect(row?.reason).toBe('Row 2: unit "kg" differs from the target\'s unit "papers"');
  });

  it("compares units ignoring case and spaces, and writes the target's spelling", () => {
    expect(valueOf('5\t Pa pers ')).toMatchObject({ value: 5, unit: 'papers' });
  });

  it('says, without a header, that the third column was read as the unit', () => {
    expect(reasonFor('5\tprovisional')).toBe(
      'Row 1: unit "provisional" differs from the target\'s unit "papers" (without a header row, the third column is read as the unit)',
    );
  });

  it('fails a percentage for a target counted in another unit, and a percentage whose unit cell disagrees', () => {
    expect(reasonFor('3.2%')).toBe('Row 1: unit "%" differs from the target\'s unit "papers"');
    expect(reasonFor('3.2%\tpapers')).toBe('Row 1: "3.2%" is a percentage but the unit cell says "papers"');
  });

  it("keeps the rows' own unit for a target with none, but refuses a paste that mixes units", () => {
    const noUnit: PasteTarget = { unit: null, indicator: 'Share' };
    const result = parseObservationPaste('2019\t3.2%\n2020\t3.4\n2021\t5\tkg', noUnit);
    expect(result.rows.map((row) => (row.observation ? row.observation.unit : row.reason))).toEqual([
      '%',
      null,
      'Row 3: unit "kg" differs from the unit "%" on row 1',
    ]);
  });
});

describe('years and dates', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD, also with slashes or one-digit months', () => {
    const result = parseObservationPaste('2019\t1\n2020-06\t2\n2021-06-10\t3\n2022/6/1\t4\n2024-02-29\t5', papers);
    expect(result.rows.map((row) => [row.observation?.year, row.observation?.date])).toEqual([
      [2019, null],
      [2020, '2020-06'],
      [2021, '2021-06-10'],
      [2022, '2022-06-01'],
      [2024, '2024-02-29'],
    ]);
  });

  it('accepts 1900 to 2200 and refuses years outside them', () => {
    const result = parseObservationPaste('1900\t1\n2200\t2\n1899\t3\n2201\t4', papers);
    expect(summary(result)).toEqual([
      [1, 'ok', 1],
      [2, 'ok', 2],
      [3, 'error', 'Row 3: 1899 is outside the years PolicyDesk records (1900–2200)'],
      [4, 'error', 'Row 4: 2201 is outside the years PolicyDesk records (1900–2200)'],
    ]);
  });

  it('refuses days that do not exist, and dates that do not start with the year', () => {
    expect(only('2021-02-30\t1').reason).toBe('Row 1: "2021-02-30" is not a real calendar date');
    expect(only('2021-13\t1').reason).toBe('Row 1: "2021-13" is not a real calendar date');
    expect(only('6/10/2021\t1').reason).toBe(
      'Row 1: "6/10/2021" is not a year: write dates year first (YYYY-MM-DD), as day and month could be swapped',
    );
  });

  it('gives every problem of a row, not just the first', () => {
    expect(only('20x9\tmany').reason).toBe('Row 1: "20x9" is not a year; "many" is not a number');
  });
});

describe('duplicates', () => {
  it('fails both rows of a year that appears twice in the paste', () => {
    const result = parseObservationPaste('2019\t1\n2020\t2\n2021\t3\n2022\t4\n2021\t5', papers);
    expect(result.rows[2]?.reason).toBe('Row 3: year 2021 appears twice (rows 3 and 5)');
    expect(result.rows[4]?.reason).toBe('Row 5: year 2021 appears twice (rows 3 and 5)');
    expect(result).toMatchObject({ ok: 3, errors: 2 });
  });

  it('counts a year repeated three times and tells different months of one year apart', () => {
    const result = parseObservationPaste('2021-03\t1\n2021-03\t2\n2021-06\t3\n2021-03\t4', papers);
    expect(result.rows[0]?.reason).toBe('Row 1: 2021-03 appears 3 times (rows 1, 2 and 4)');
    expect(result.rows[2]?.status).toBe('ok');
  });

  it('warns, without failing, about a year already recorded for the target', () => {
    const result = parseObservationPaste('2019\t1\n2020\t2\n2020-06\t3', papers, {
      existing: [
        { year: 2020, date: null },
        { year: 2018, date: null },
      ],
    });
    expect(summary(result)).toEqual([
      [1, 'ok', 1],
      [2, 'warning', 'Row 2: year 2020 is already recorded for this target; importing adds a second observation'],
      [3, 'ok', 3],
    ]);
    expect(result).toMatchObject({ ok: 2, errors: 0, warnings: 1 });
    expect(result.rows[1]?.observation?.value).toBe(2);
  });
});

describe('turning pasted rows into observation fields', () => {
  const context = { ...papers, subject: 'China', targetId: 'tgt-1', citation };
  const result = parseObservationPaste('Year\tValue\tNote\n2019\tabout 1,984\tprovisional\n20x9\t5\n2021-06\t>2,446\t', papers, {
    existing: [{ year: 2021, date: '2021-06' }],
  });

  it('fills indicator, subject, unit, target and citation, and passes observationFieldsSchema unchanged', () => {
    const fields = observationFieldsFromPaste(result, context);
    expect(fields).toEqual([
      {
        targetId: 'tgt-1',
        indicator: 'Papers in top journals',
        subject: 'China',
        value: 1984,
        qualifier: 'approximately',
        unit: 'papers',
        year: 2019,
        date: null,
        note: 'provisional',
        citation,
      },
      expect.objectContaining({ value: 2446, qualifier: 'more-than', year: 2021, date: '2021-06', note: '' }),
    ]);
    for (const field of fields) expect(observationFieldsSchema.parse(field)).toEqual(field);
  });

  it('leaves out warning rows when asked, and never includes errors or skipped rows', () => {
    expect(observationFieldsFromPaste(result, context, { includeWarnings: false }).map((field) => field.year)).toEqual([2019]);
  });

  it('gives each observation its own copy of the citation', () => {
    const [first, second] = observationFieldsFromPaste(result, context);
    expect(first?.citation).not.toBe(second?.citation);
  });
});
