/**
 * The popup's page-report service: injects the report script only into an official procedure
 * page (by its URL), its top frame, and shows only a result that parses as a report.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupServices } from '../../../../entrypoints/popup/services';
import { PORTAL_URLS } from '../../../../utils/portal/pages';
import { buildPageReport } from '../../../../utils/page/page-report';

type Inject = (o: { target: { tabId: number; allFrames?: boolean }; files: string[] }) => Promise<{ result: unknown }[]>;
const scripting = fakeBrowser as unknown as { scripting?: { executeScript: Inject } };

function setUp(url: string, result: unknown) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url } as never]);
  const executeScript = vi.fn<Inject>().mockResolvedValue([{ result }]);
  scripting.scripting = { executeScript };
  return executeScript;
}

describe('popupServices.pageReport', () => {
  let saved: typeof scripting.scripting;
  beforeEach(() => {
    fakeBrowser.reset();
    saved = scripting.scripting;
  });
  afterEach(() => {
    scripting.scripting = saved;
  });

  const good = () => {
    document.body.innerHTML = '<form><label>Documento <input></label></form>';
    return buildPageReport(document, PORTAL_URLS.generate, '0.1.0');
  };

  it('injects the report script into the procedure tab and returns the parsed report', async () => {
    const report = good();
    const inject = setUp(PORTAL_URLS.generate, report);
    expect(await popupServices.pageReport!()).toEqual(report);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/page-report.js'] });
  });

  it.each([
    ['another official page', PORTAL_URLS.iess],
    ['the BIESS', PORTAL_URLS.biess],
    ['a look-alike', `https://iess-gob-ec.com${new URL(PORTAL_URLS.generate).pathname}`],
    ['no url', ''],
  ])('injects nothing on %s', async (_name, url) => {
    const inject = setUp(url, good());
    expect(await popupServices.pageReport!()).toBeNull();
    expect(inject).not.toHaveBeenCalled();
  });

  it('shows nothing of a result that is not a report', async () => {
    setUp(PORTAL_URLS.unlock, { ...good(), title: 'x'.repeat(500) });
    expect(await popupServices.pageReport!()).toBeNull();
    setUp(PORTAL_URLS.unlock, { ...good(), fields: [{ type: 'text', detector: 'none', by: '-', label: 'a', value: '1714307103' }] });
    expect(JSON.stringify(await popupServices.pageReport!())).not.toContain('1714307103');
  });

  it('a failed injection is no report', async () => {
    setUp(PORTAL_URLS.unlock, null).mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await popupServices.pageReport!()).toBeNull();
  });
});
