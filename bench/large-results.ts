/**
 * A results table of N rows as an .xlsx, written as Excel writes it (shared strings, a styles part), and
 * streamed to disk so that making a million-row file needs no more memory than the file itself.
 * Used by bench/million.ts and the reader section of bench/run.ts.
 */
import { createWriteStream } from 'fs';
import { strToU8, Zip, ZipDeflate } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER = ['序号', '主管部门', '项目名称', '评价类型', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）', '评价等级', '调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用'];
const DEPARTMENTS = ['县教育局', '县卫生健康局', '县农业农村局', '县交通运输局', '县民政局', '县水务局', '县林业局', '县文化广电旅游体育局'];
const TYPES = ['结果评价', '过程评价'];
const YES_NO = ['是', '否'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function writeLargeResults(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    out.write(chunk);
    if (final) out.end();
  });
  const add = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(strToU8(text), true);
  };
  add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="评价结果" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`);
  add('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/></Relationships>`);
  add('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`);

  // Shared strings: the fixed words first, then one project name per row.
  const fixed = [...HEADER, ...DEPARTMENTS, ...TYPES, ...YES_NO];
  const index = new Map(fixed.map((s, i) => [s, i]));
  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 6 });
  zip.add(sst);
  sst.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${fixed.length + rows}" uniqueCount="${fixed.length + rows}">${fixed.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}`));
  const BATCH = 10_000;
  for (let i = 0; i < rows; i += BATCH) {
    let part = '';
    for (let k = i; k < Math.min(rows, i + BATCH); k++) part += `<si><t>第${k + 1}号项目支出绩效评价</t></si>`;
    sst.push(strToU8(part));
  }
  sst.push(strToU8('</sst>'), true);

  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:L${rows + 1}"/><sheetData><row r="1">${HEADER.map((h, c) => `<c r="${String.fromCharCode(65 + c)}1" t="s"><v>${c}</v></c>`).join('')}</row>`));
  for (let i = 0; i < rows; i += BATCH) {
    let part = '';
    for (let k = i; k < Math.min(rows, i + BATCH); k++) {
      const r = k + 2;
      // Scores spread over every grade; a few invalid ones (blank, 105) as real tables have.
      const score = k % 97 === 0 ? '' : k % 89 === 0 ? '105' : String(50 + ((k * 37) % 50) + (k % 3) * 0.5);
      const base = (10 + ((k * 13) % 990) + (k % 7) * 0.05).toFixed(2);
      part +=
        `<row r="${r}"><c r="A${r}"><v>${k + 1}</v></c><c r="B${r}" t="s"><v>${index.get(DEPARTMENTS[k % DEPARTMENTS.length])}</v></c>` +
        `<c r="C${r}" t="s"><v>${fixed.length + k}</v></c><c r="D${r}" t="s"><v>${index.get(TYPES[k % 2])}</v></c>` +
        (score ? `<c r="E${r}"><v>${score}</v></c>` : '') +
        `<c r="F${r}" t="s"><v>${index.get(YES_NO[k % 5 === 0 ? 0 : 1])}</v></c><c r="G${r}" s="1"><v>${base}</v></c></row>`;
    }
    sheet.push(strToU8(part));
  }
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  await done;
}
