import { defineSignature } from '../types';

/** Yahoo Advertising (Yahoo DSP / native) Dot tag, outside Japan. */
export default defineSignature({
  id: 'yahoo-dot-tag',
  name: 'Yahoo Dot Tag',
  website: 'https://www.advertising.yahoo.com/',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['s\\.yimg\\.com/wi/ytc\\.js'],
    resources: ['sp\\.analytics\\.yahoo\\.com/spp\\.pl'],
    inline: ['YAHOO\\.ywa\\.I13N\\.fireBeacon', 's\\.yimg\\.com/wi/ytc\\.js'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="application/javascript">(function(w,d,t,r,u){w[u]=w[u]||[];w[u].push({'projectId':'10000','properties':{'pixelId':'123456'}});var s=d.createElement(t);
s.src=r;s.async=true;s.onload=s.onreadystatechange=function(){var y,rs=this.readyState,c=w[u];if(rs&&rs!="complete"&&rs!="loaded"){return}
try{y=YAHOO.ywa.I13N.fireBeacon;w[u]=[];w[u].push=function(p){y([p])};y(c)}catch(e){}};var scr=d.getElementsByTagName(t)[0],par=scr.parentNode;
par.insertBefore(s,scr)})(window,document,"script","https://s.yimg.com/wi/ytc.js","dotq");</script>`,
      },
    ],
    negative: [
      { html: '<img src="https://s.yimg.com/ny/api/res/1.2/abc/photo.jpg"><a href="https://news.yahoo.com/story">Yahoo News</a>' },
    ],
  },
});
