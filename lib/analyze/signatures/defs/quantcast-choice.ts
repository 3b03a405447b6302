import { defineSignature } from '../types';

/**
 * Quantcast Choice TCF CMP (now InMobi Choice): the inline loader builds
 * https://cmp.quantcast.com/choice/<id>/<host>/choice.js (now cmp.inmobi.com/choice/…). Quantcast
 * Measure (quantserve.com) is an analytics tag, not this.
 */
export default defineSignature({
  id: 'quantcast-choice',
  name: 'Quantcast Choice (InMobi CMP)',
  website: 'https://www.inmobi.com/choice/',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['cmp\\.quantcast\\.com/', 'quantcast\\.mgr\\.consensu\\.org/', 'cmp\\.inmobi\\.com/'],
    inline: ['cmp\\.quantcast\\.com', 'quantcast\\.mgr\\.consensu\\.org', 'cmp\\.inmobi\\.com'],
    dom: ['#qc-cmp2-container', '#qc-cmp2-ui'],
  },
  docs: 'https://help.quantcast.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" async=true>(function() { var host = window.location.hostname; var element = document.createElement(\'script\'); var firstScript = document.getElementsByTagName(\'script\')[0]; var url = \'https://cmp.quantcast.com\'.concat(\'/choice/\', \'AbCdEf\', \'/\', host, \'/choice.js?tag_version=V2\'); element.async = true; element.type = \'text/javascript\'; element.src = url; firstScript.parentNode.insertBefore(element, firstScript); })();</script>',
      },
    ],
    negative: [
      {
        html: '<script type="text/javascript">var _qevents = _qevents || []; (function() { var elem = document.createElement("script"); elem.src = (document.location.protocol == "https:" ? "https://secure" : "http://edge") + ".quantserve.com/quant.js"; })(); _qevents.push({ qacct: "p-abc" });</script>',
      },
    ],
  },
});
