// A project too large to check as it opens (here: any size, `--check-limit 0`) is checked in the
// background; the window shows how far the check is and, when it finds damage, the project's refusal
// to write with the ways out.
import { join } from 'node:path';
import { runCliOk, startServing } from '../helpers/cli';
import { miscountFreePages } from '../helpers/damagedFiles';
import { writeSpanCorpus } from '../helpers/largeCorpus';
import { expect, test } from './fixtures';
import { callApi, openApp } from './workbenchHelpers';

test('a damaged large project is reported in the window after its background check, and writes are refused', async ({
  page,
  served,
  request,
}) => {
  const path = join(served.dir, 'large.spanmark');
  runCliOk(['init', path]);
  const corpus = join(served.dir, 'c.jsonl');
  await writeSpanCorpus(corpus, 300, 10);
  runCliOk(['import', path, corpus]);
  // Damage no read meets: the window loads, and only the background check finds it.
  miscountFreePages(path);

  const server = await startServing(['serve', path, '--check-limit', '0', '--annotator', 'ana']);
  try {
    await openApp(page, server.url);
    const banner = page.getByTestId('error-banner');
    await expect(banner).toContainText('large.spanmark is damaged (*** in database main *** Freelist');
    await expect(banner).toContainText('Spanmark will not write into it');
    await expect(banner).toContainText('last backup');
    await page.screenshot({ path: 'test-results/screenshots/integrity-check-damaged.png' });
    await expect(
      callApi(request, server.url, 'createSpan', {
        document: 'doc0',
        annotator: 'ana',
        start: 0,
        end: 3,
        label: 'claim',
      }),
    ).rejects.toThrow(/is damaged/u);
  } finally {
    await server.stop();
  }
});
