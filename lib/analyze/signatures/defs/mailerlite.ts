import { defineSignature } from '../types';

/**
 * MailerLite universal script (assets.mailerlite.com/js/universal.js with ml("account", id);
 * classic static.mailerlite.com) and its embedded forms (.ml-embedded, .ml-form-embedContainer).
 */
export default defineSignature({
  id: 'mailerlite',
  name: 'MailerLite',
  website: 'https://www.mailerlite.com',
  categories: ['email', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: [
      'assets\\.mailerlite\\.com/js/',
      'static\\.mailerlite\\.com/js/',
      'groot\\.mailerlite\\.com/',
      'assets\\.mailerlite\\.com/jsonp/',
      '/plugins/official-mailerlite-sign-up-forms/',
    ],
    inline: [
      '\\bml\\(\\s*[\'"]account[\'"]',
      'assets\\.mailerlite\\.com/js/universal\\.js',
      'static\\.mailerlite\\.com/js/',
      'MailerLiteObject',
    ],
    dom: ['.ml-embedded', '.ml-form-embedContainer'],
    globals: ['MailerLiteObject'],
  },
  docs: 'https://www.mailerlite.com/',
  fixtures: {
    positive: [
      {
        html: '<script>(function(w,d,e,u,f,l,n){w[f]=w[f]||function(){(w[f].q=w[f].q||[]).push(arguments);},l=d.createElement(e),l.async=1,l.src=u,n=d.getElementsByTagName(e)[0],n.parentNode.insertBefore(l,n);})(window,document,\'script\',\'https://assets.mailerlite.com/js/universal.js\',\'ml\');ml(\'account\', \'123456\');</script><div class="ml-embedded" data-form="AbCdE"></div>',
      },
    ],
    negative: [
      {
        html: '<p>Mailer lite: a <a href="https://example.com/mailers">lighter mailer</a> for small parcels.</p>',
      },
    ],
  },
});
