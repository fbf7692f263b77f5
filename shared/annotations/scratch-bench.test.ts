import { it } from 'vitest';
import { anchor } from './anchor';
import { describeSelection } from './describe';
import { reanchorAll } from './reanchor';

it('bench', () => {
  let text = '';
  for (let i = 0; text.length < 200_000; i++) text += `第${i}条 各学会举办国际会议的数量逐年增加，policy ${i} 👍🏽 𠀀。\n`;
  const n = Array.from(text).length;
  const sels = [];
  for (let i = 0; i < 1000; i++) {
    const s = Math.floor((i / 1000) * (n - 20));
    sels.push(describeSelection(text, s, s + 4 + (i % 10)));
  }
  let t = performance.now();
  for (const s of sels) anchor(text, s);
  console.log('anchor x1000 unchanged', performance.now() - t);
  t = performance.now();
  const out = reanchorAll(text, '前言。' + text, sels);
  console.log('reanchorAll x1000 shifted', performance.now() - t, out.filter((o) => o.result.status === 'anchored').length);
  t = performance.now();
  const out2 = reanchorAll(text, text.replaceAll('国际会议', '国际会'), sels);
  console.log('reanchorAll x1000 many edits', performance.now() - t, out2.filter((o) => o.result.status === 'anchored').length);
  t = performance.now();
  anchor(text, { quote: { type: 'TextQuoteSelector', exact: '国际会议' } });
  console.log('one common quote', performance.now() - t);
});
