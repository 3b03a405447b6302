import { defineSignature } from '../types';

/**
 * KakaoTalk Channel: pf.kakao.com/_<id> profile and chat links (/chat, /friend), and the Kakao JS
 * SDK channel calls (Kakao.Channel.chat, addChannel, createChatButton). Kakao login or share SDK
 * use is not a channel.
 */
export default defineSignature({
  id: 'kakaotalk-channel',
  name: 'KakaoTalk Channel',
  website: 'https://center-pf.kakao.com',
  categories: ['messaging', 'live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    links: ['//pf\\.kakao\\.com/_[A-Za-z0-9]+'],
    inline: ['Kakao\\.Channel\\.(?:chat|addChannel|createChatButton|createAddChannelButton|followChannel)\\('],
    dom: ['#kakao-talk-channel-chat-button', '#kakao-talk-channel-add-button'],
  },
  docs: 'https://developers.kakao.com/docs/latest/en/kakaotalk-channel/js',
  fixtures: {
    positive: [
      { html: '<a href="http://pf.kakao.com/_xAbCdE/chat" target="_blank">카카오톡 상담</a>' },
      {
        html: '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js"></script><script>Kakao.init("abc"); function chatChannel() { Kakao.Channel.chat({ channelPublicId: "_xAbCdE" }); }</script>',
      },
    ],
    negative: [
      {
        html: '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js"></script><script>Kakao.init("abc"); Kakao.Share.sendDefault({ objectType: "text", text: "hi", link: {} });</script><a href="https://story.kakao.com/share?url=x">Share</a>',
      },
    ],
  },
});
