import { defineSignature } from '../types';

/**
 * Brevo tracker (window.sib = {client_key} then sibautomation.com/sa.js; the new
 * cdn.brevo.com/js/sdk-loader.js with Brevo.push), sibforms.com embedded forms (.sib-form) and the
 * Sendinblue WordPress plugin (mailin).
 */
export default defineSignature({
  id: 'brevo',
  name: 'Brevo (Sendinblue)',
  website: 'https://www.brevo.com',
  categories: ['email', 'sms', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['sibautomation\\.com/sa\\.js', 'cdn\\.brevo\\.com/js/', 'sibforms\\.com/forms/', '/plugins/mailin/'],
    resources: ['\\.sibforms\\.com/serve/'],
    inline: ['window\\.sib\\s*=\\s*\\{', 'sibautomation\\.com/sa\\.js', '\\bBrevo\\.push\\(\\s*\\[\\s*["\']init'],
    dom: ['.sib-form', '#sib-form', '#sib-container'],
    globals: ['sendinblue', 'Brevo'],
  },
  docs: 'https://developers.brevo.com/docs/getting-started-with-js-implementation',
  fixtures: {
    positive: [
      {
        html: '<script>(function() { window.sib = { equeue: [], client_key: "abc123" }; var n = document.createElement("script"); n.async = true; n.src = "https://sibautomation.com/sa.js?key=" + window.sib.client_key; document.head.appendChild(n); })();</script>',
      },
      {
        html: '<div class="sib-form"><form id="sib-form" method="POST" action="https://abc.sibforms.com/serve/MUIE123"><input name="EMAIL"></form></div>',
      },
      {
        html: '<form method="POST" action="https://3c1d2e.sibforms.com/serve/MUIFAE1a2b3c" data-type="subscription"><input type="text" name="EMAIL" placeholder="Email"><button type="submit">Subscribe</button></form>',
      },
    ],
    negative: [
      {
        html: '<p>Brevo is the new name of Sendinblue, see <a href="https://www.brevo.com/">brevo.com</a>.</p>',
      },
    ],
  },
});
