// measure.js runs the official twitter-text (the version package.json pins)
// over texts for the Go differential test (../differential_test.go).
// Input on stdin: a JSON array of strings. Output on stdout: a JSON array of
// [weightedLength, valid], one per text, in order.
'use strict';
const twttr = require('twitter-text');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const texts = JSON.parse(input);
  const out = texts.map((t) => {
    const r = twttr.parseTweet(t);
    return [r.weightedLength, r.valid];
  });
  process.stdout.write(JSON.stringify(out));
});
