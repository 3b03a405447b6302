import { defineSignature } from '../types';

/** Kakao Pixel (Kakao Moment ads across KakaoTalk and Daum). */
export default defineSignature({
  id: 'kakao-pixel',
  name: 'Kakao Pixel',
  website: 'https://business.kakao.com/',
  categories: ['advertising'],
  channels: ['paid-social', 'display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['t1\\.daumcdn\\.net/kas/static/kp\\.js'],
    inline: ['kakaoPixel\\(\\s*[\'"]\\d+[\'"]\\s*\\)\\s*\\.\\s*(?:pageView|viewContent|purchase|completeRegistration|search|viewCart|addToCart|participation|signUp)'],
    globals: ['kakaoPixel'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript" charset="UTF-8" src="//t1.daumcdn.net/kas/static/kp.js"></script>
<script type="text/javascript">kakaoPixel('1234567890123456789').pageView();kakaoPixel('1234567890123456789').viewContent({id: 'P100'});</script>`,
      },
    ],
    negative: [
      { html: `<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymous"></script><script>Kakao.init('JAVASCRIPT_KEY');</script>` },
    ],
  },
});
