/**
 * The secret shapes a page can hold (issue 14's red-team list), each a distinct string that must
 * be absent from the raw capture, the observation and every export, and the vendor ids that must
 * stay (the analyzer needs them). Shared by the Node suite (tests/capture/secrets.test.ts) and
 * the Chromium one (tests/e2e/secrets.e2e.ts), which clip tests/fixtures/pages/secrets.test/.
 */
export const SECRETS: Readonly<Record<string, string>> = {
  magentoFormKey: 'Qw3rTy7UiOp9AsDf',
  metaUnderscoreToken: 'mT0k3nL4r4v3lXyZ9q8w7e6r5t4y3u2i1o0pAbC',
  hiddenBearer: 'Bearer sk_live_51HiddenBearerCredential9zz',
  hiddenJson: '{"uid":8812,"cart":"c-77aa"}',
  hiddenState: 'af0ifjsldkj',
  nextDataAccessToken: 'nxt-acc-7f3a9c2e1b0d4f6a8c7e',
  nextDataSessionId: 'sess-4455667788aabbcc',
  configAccessToken: 'cfg_at_0a1b2c3d4e5f6071',
  configCsrf: 'csrf-99x88y77z66',
  configNonce: 'n0nce-5f5f5f5f',
  configSecret: 'shh-dont-tell-2931',
  configApiKey: 'ak-private-31337-zz',
  jwtInScript: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0b21lci00MiJ9.c2lnbmF0dXJlLXBhcnQ',
  customerEmailScript: 'nattaya.signedin@example.net',
  identifyEmail: 'klaviyo.visitor@example.org',
  customerPhoneScript: '+66 81 555 0199',
  dataAttrEmail: 'data.attr.person@example.com',
  accountTextEmail: 'header.greeting@example.io',
  srcdocPassword: 'srcdoc-pass-Xy9!',
  urlToken: 'urltok-123abc456def',
  urlAccessToken: 'urlaccess-zz9yy8xx7',
  resourceToken: 'restok-aa11bb22cc33',
  resourceAccessToken: 'resaccess-qq55ww66',
  typedEditable: 'ข้อความที่พิมพ์เอง editable-typed-88',
  typedEmail: 'typed.person@example.test',
};

/** Vendor ids and shop facts that must survive redaction. */
export const KEPT: Readonly<Record<string, string>> = {
  gtmId: 'GTM-SEC123',
  pixelId: '998877665544',
  klaviyoCompany: 'KlAv1o',
  shopContact: 'hello@secrets.test',
};
