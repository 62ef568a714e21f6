/* Leadscope tracker. Two first-party cookies on this site's own domain:
   _ls_vid (random 128-bit visitor id, 1 year) and _ls_sid (session id,
   30 minutes, sliding). Sends one hit per page view to the Leadscope server.
   <script async src="https://LEADSCOPE/t.js" data-site="SITE_ID"></script>
   data-mode="consent": nothing is set or sent until leadscope('consent'); hits
   then say so ("consent": true), and the server refuses those that do not.
   leadscope('optout') stops tracking in this browser (cookie _ls_optout, 5 years)
   and asks the server to erase this visitor's page views; so does opening any
   page of the site with #leadscope-optout (a link for the privacy statement). */
(function (w, d) {
  'use strict';
  var s = d.currentScript;
  if (!s) return;
  var site = s.getAttribute('data-site');
  var consentMode = s.getAttribute('data-mode') === 'consent';
  var consent = !consentMode;
  var endpoint = new URL('/collect', s.src).href;
  var VID = '_ls_vid', SID = '_ls_sid', OPTOUT = '_ls_optout';

  function random() {
    var bytes = new Uint8Array(16);
    w.crypto.getRandomValues(bytes);
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += ('0' + bytes[i].toString(16)).slice(-2);
    return out;
  }
  function read(name) {
    var m = d.cookie.match(new RegExp('(?:^|; )' + name + '=([0-9a-f]{32})'));
    return m ? m[1] : null;
  }
  function write(name, value, seconds) {
    d.cookie = name + '=' + value + '; Path=/; Max-Age=' + seconds + '; SameSite=Lax' +
      (location.protocol === 'https:' ? '; Secure' : '');
  }
  function device() {
    var ua = navigator.userAgent;
    return /iPad|Tablet/i.test(ua) ? 'tablet' : /Mobi|Android/i.test(ua) ? 'mobile' : 'desktop';
  }
  function optedOut() { return /(?:^|; )_ls_optout=1(?:;|$)/.test(d.cookie); }
  function post(url, data) {
    var body = JSON.stringify(data);
    // text/plain keeps this a simple CORS request (no preflight).
    if (navigator.sendBeacon && navigator.sendBeacon(url, new Blob([body], { type: 'text/plain' }))) return;
    if (w.fetch) w.fetch(url, { method: 'POST', body: body, keepalive: true, mode: 'cors',
                                credentials: 'omit', headers: { 'Content-Type': 'text/plain' } });
  }
  function optOut() {
    var vid = read(VID);
    write(OPTOUT, '1', 5 * 31536000);
    write(VID, '', 0);
    write(SID, '', 0);
    consent = false;
    if (vid && site) post(endpoint + '/optout', { site: site, vid: vid });
  }
  function send() {
    if (!consent || !site || optedOut()) return;
    var vid = read(VID) || random();
    var sid = read(SID) || random();
    write(VID, vid, 31536000);
    write(SID, sid, 1800);
    var hit = { site: site, url: location.href, title: d.title, referrer: d.referrer,
                vid: vid, sid: sid, device: device() };
    if (consentMode) hit.consent = true;
    if (navigator.webdriver === true) hit.webdriver = true; // an automated browser (the server filters it)
    post(endpoint, hit);
  }
  w.leadscope = function (command) {
    if (command === 'consent') { consent = true; send(); }
    else if (command === 'pageview') send();
    else if (command === 'optout') optOut();
  };
  var start = location.hash === '#leadscope-optout' ? optOut : send;
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start); else start();
})(window, document);
