/** A small feed for the info-card tests: full translations, a card without Tigrinya, a card only in Swedish, recordings, contact. */
export const TOPIC_FEED = {
  version: 1,
  organizations: [{ id: 'region', name: { sv: 'Region Testlän', en: 'Test County Region' }, type: 'region' }],
  infoCards: [
    {
      id: 'care',
      topic: 'health',
      title: { sv: 'Vård på 1177', en: 'Care on 1177', ar: 'الرعاية عبر 1177', ti: 'ክንክን ብ1177', fa: 'درمان با 1177' },
      summary: { sv: 'Ring 1177 för råd.', en: 'Call 1177 for advice.', ar: 'اتصل بالرقم 1177 للنصيحة.', ti: 'ንምኽሪ ናብ 1177 ደውሉ።', fa: 'برای مشاوره با 1177 تماس بگیرید.' },
      body: {
        sv: '<p>Ring <strong>1177</strong>.</p><h3>Akut</h3><ul><li>Ring 112</li></ul><p><a href="https://www.1177.se">1177.se</a></p>',
        en: '<p>Call <strong>1177</strong>.</p><h3>Emergency</h3><ul><li>Call 112</li></ul><p><a href="https://www.1177.se">1177.se</a></p>',
        ar: '<p>اتصل بالرقم <strong>1177</strong>.</p><h3>الطوارئ</h3><ul><li>اتصل بالرقم 112</li></ul>',
        ti: '<p>ናብ <strong>1177</strong> ደውሉ።</p>',
        fa: '<p>با <strong>1177</strong> تماس بگیرید.</p>',
      },
      source: 'region',
      reviewed: '2026-10-01',
      contact: { phone: '0470-58 80 00', interpreter: true, hours: { sv: 'Dygnet runt', en: 'Around the clock' }, email: 'info@example.se', url: 'https://www.1177.se' },
      links: [{ title: { sv: '1177 på andra språk', en: '1177 in other languages' }, url: 'https://www.1177.se/other-languages/' }],
      media: [{ lang: 'ar', kind: 'audio', url: 'https://media.example.se/care-ar.mp3', mimeType: 'audio/mpeg', transcript: 'اتصل بالرقم 1177.\nاتصل بالرقم 112.' }],
    },
    {
      id: 'housing',
      topic: 'housing',
      title: { sv: 'Bostadskö', en: 'Housing queue', ar: 'طابور السكن' },
      body: { sv: '<p>Ställ dig i bostadskön.</p>', en: '<p>Join the housing queue.</p>', ar: '<p>سجّل في طابور السكن.</p>' },
      reviewed: '2026-09-15',
    },
    {
      id: 'hostile',
      topic: 'rights',
      title: 'Bara svenska',
      body: '<p>Text<img src=x onerror="window.pwned=1"></p><svg><script>window.pwned=2</script></svg><a href="javascript:window.pwned=3">länk</a>',
      reviewed: '2026-08-01',
      example: true,
    },
  ],
};
