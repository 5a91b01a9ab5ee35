/** The only places the content script runs. Data shared by the manifest, the popup and the tests. */
export const OFFICIAL_MATCHES = ['https://*.iess.gob.ec/*', 'https://*.biess.fin.ec/*'];
