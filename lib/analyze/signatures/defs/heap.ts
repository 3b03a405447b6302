import { defineSignature } from '../types';

export default defineSignature({
  id: 'heap',
  name: 'Heap',
  website: 'https://www.heap.io/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['cdn\\.heapanalytics\\.com/js/heap-\\d+\\.js', 'cdn\\.us\\.heap-api\\.com/config/'],
    resources: ['heapanalytics\\.com/h\\?'],
    inline: ['heap\\.load\\(\\s*[\'"]\\d+[\'"]', 'cdn\\.heapanalytics\\.com/js/heap-'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");
r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];
a.parentNode.insertBefore(r,a)};heap.load("1234567890");</script>`,
      },
    ],
    negative: [
      { html: '<p>Add a heaping spoon of sugar; heap.load is not a thing here.</p><script>var heap = [1,2,3];</script>' },
    ],
  },
});
