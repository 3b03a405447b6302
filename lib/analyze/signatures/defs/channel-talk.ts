import { defineSignature } from '../types';

/**
 * Channel Talk (채널톡, Korea/Japan): the ChannelIO stub loading
 * cdn.channel.io/plugin/ch-plugin-web.js, booted with ChannelIO("boot", {pluginKey}).
 */
export default defineSignature({
  id: 'channel-talk',
  name: 'Channel Talk',
  website: 'https://channel.io',
  categories: ['live-chat', 'messaging'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.channel\\.io/plugin/'],
    inline: ['ChannelIO\\(\\s*[\'"]boot[\'"]', '\\bChannelIOInitialized\\b', 'cdn\\.channel\\.io/plugin/'],
    globals: ['ChannelIO', 'ChannelIOInitialized'],
  },
  docs: 'https://developers.channel.io/',
  fixtures: {
    positive: [
      {
        html: '<script>(function(){var w=window;if(w.ChannelIO){return}var ch=function(){ch.c(arguments)};ch.q=[];ch.c=function(args){ch.q.push(args)};w.ChannelIO=ch;function l(){if(w.ChannelIOInitialized){return}w.ChannelIOInitialized=true;var s=document.createElement("script");s.type="text/javascript";s.async=true;s.src="https://cdn.channel.io/plugin/ch-plugin-web.js";var x=document.getElementsByTagName("script")[0];if(x.parentNode){x.parentNode.insertBefore(s,x)}}l()})();ChannelIO("boot", { "pluginKey": "abc-123" });</script>',
      },
    ],
    negative: [{ html: '<p>Our YouTube channel: <a href="https://www.youtube.com/@acme">channel</a>. Talk soon!</p>' }],
  },
});
