import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createDomSanitizer, htmlToText, isSafeMediaName, type Sanitizer } from './sanitize';

/** XSS payloads: script tags, event handlers, javascript: URLs, SVG, iframes, style/meta tricks, obfuscations. */
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
	'<script\n>alert(1)</script\n>',
	'<scr<script>ipt>alert(1)</scr</script>ipt>',
	'<<script>alert(1);//<</script>',
	'<script/xss src="http://x/x.js"></script>',
	'<img src=x onerror=alert(1)>',
	'<img src="x" onerror="alert(1)">',
	'<IMG SRC=javascript:alert(1)>',
	'<IMG SRC=JaVaScRiPt:alert(1)>',
	'<img src=`javascript:alert(1)`>',
	'<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
	'<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>',
	'<IMG SRC="jav\tascript:alert(1);">',
	'<IMG SRC="jav&#x09;ascript:alert(1);">',
	'<IMG SRC=" &#14;  javascript:alert(1);">',
	'<img """><script>alert(1)</script>">',
	'<img src=x:alert(alt) onerror=eval(src) alt=0>',
	'<svg onload=alert(1)>',
	'<svg/onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
	'<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<body onload=alert(1)>',
	'<body background="javascript:alert(1)">',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
	'<iframe src=http://evil.example/></iframe>',
	'<frameset><frame src="javascript:alert(1)"></frameset>',
	'<object data="javascript:alert(1)"></object>',
	'<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
	'<a href="javascript:alert(1)">click</a>',
	'<a href="  javascript:alert(1)">click</a>',
	'<a href="java\nscript:alert(1)">x</a>',
	'<a href="&#106;avascript:alert(1)">x</a>',
	'<a href="vbscript:msgbox(1)">x</a>',
	'<a href="data:text/html,<script>alert(1)</script>">x</a>',
	'<a href=x onmouseover="alert(1)">hover</a>',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<div style="width: expression(alert(1));">x</div>',
	'<style>@import "javascript:alert(1)";</style>',
	'<style>body{background:url("javascript:alert(1)")}</style>',
	'<link rel="stylesheet" href="javascript:alert(1)">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<meta http-equiv="refresh" content="0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg">',
	'<base href="javascript:alert(1)//">',
	'<form action="javascript:alert(1)"><input type=submit></form>',
	'<button formaction="javascript:alert(1)">x</button>',
	'<input onfocus=alert(1) autofocus>',
	'<select onfocus=alert(1) autofocus>',
	'<textarea onfocus=alert(1) autofocus>',
	'<details open ontoggle=alert(1)>',
	'<marquee onstart=alert(1)>x</marquee>',
	'<video><source onerror="alert(1)"></video>',
	'<audio src=x onerror=alert(1)>',
	'<table background="javascript:alert(1)">',
	'<td background="javascript:alert(1)">',
	'<div onclick="alert(1)">x</div>',
	'<p onmouseenter=alert(1)>x</p>',
	'<!--<img src="--><img src=x onerror=alert(1)//">',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<template><script>alert(1)</script></template>',
	'<xmp><img src=x onerror=alert(1)></xmp>',
	'<title><img src=x onerror=alert(1)></title>',
	'<isindex type=image src=1 onerror=alert(1)>',
	'<object type="text/x-scriptlet" data="http://evil/x.sct"></object>',
	'"><script>alert(1)</script>',
	"'><img src=x onerror=alert(1)>",
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'&#60;img src=x onerror=alert(1)&#62;',
	'[x](javascript:alert(1))',
	'<a href="java<b></b>script:alert(1)">x</a>java<span></span>script:alert(1)',
	'<img src="pod.png" onerror="alert(1)" onload="alert(2)">',
	'<div><img src="javascript:alert(1)"></div>'
];

/** What must never survive, in a sanitiser's output (Markdown text). */
function assertSafe(out: string) {
	expect(out).not.toMatch(/<\s*[a-z!/?]/i); // no tag of any kind: the output is text
	expect(out).not.toMatch(/(java|vb|live)\s*script\s*:/i);
	expect(out).not.toMatch(/data\s*:\s*text\/html/i);
	expect(out).not.toMatch(/<script|onerror\s*=|onload\s*=/i);
}

const image = (src: string) => (isSafeMediaName(src) && src === 'pod.png' ? '![](pod.png)' : '');

function runAll(name: string, sanitize: Sanitizer) {
	describe(name, () => {
		it(`neutralises ${PAYLOADS.length} XSS payloads`, () => {
			expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
			for (const p of PAYLOADS) {
				const out = sanitize(p, { image });
				try {
					assertSafe(out);
				} catch (e) {
					throw new Error(`payload ${JSON.stringify(p)} → ${JSON.stringify(out)}: ${(e as Error).message}`);
				}
			}
		});

		it('keeps text, line breaks, emphasis and known images', () => {
			expect(sanitize('a <b>bold</b> and <i>it</i><br>next<div>block</div>', { image })).toBe('a **bold** and *it*\nnext\nblock');
			expect(sanitize('<img src="pod.png" alt="a pod">', { image })).toBe('![](pod.png)');
			expect(sanitize('<img src="missing.png">', { image })).toBe('');
			expect(sanitize('1 &lt; 2 &amp;&amp; 3 &gt; 2 &nbsp;ok', { image })).toBe('1 &lt; 2 && 3 > 2 ok');
			expect(sanitize('<ul><li>one</li><li>two</li></ul>', { image })).toBe('- one\n- two');
		});
	});
}

runAll('htmlToText (node, no DOM)', htmlToText);
runAll('DOMPurify over happy-dom', createDomSanitizer(new Window()));

describe('isSafeMediaName', () => {
	it('accepts plain names only', () => {
		expect(isSafeMediaName('pod.png')).toBe(true);
		expect(isSafeMediaName('my image (1).jpg')).toBe(true);
		for (const bad of ['javascript:alert(1)', 'http://x/y.png', '/etc/passwd', '../x.png', 'a/../../b', '', 'x"onerror=1']) expect(isSafeMediaName(bad)).toBe(false);
	});
});
