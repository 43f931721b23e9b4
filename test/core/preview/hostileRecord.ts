import { lines } from '../../helpers/markers';

/** A record whose values try every way into the page: markup, handlers, style escapes, script URLs, remote images. */
export const hostileRecord = lines(
  'title_short <script>window.__pwned = "title"; alert(1)</script>',
  'title_sub "><img src=x onerror="window.__pwned=\'sub\'">',
  'author <img src=x onerror=alert(1)> Mallory',
  'author2 " onerror="window.__pwned=\'attr\'" x="',
  'format </style><script>window.__pwned = "style"</script>',
  'language \' onmouseover=\'window.__pwned=1',
  'url javascript:window.__pwned="href"',
  '  JaVaScRiPt:alert(1)',
  '  data:text/html,<script>alert(1)</script>',
  '  http://tracker.invalid/pixel.gif',
  'thumbnail http://tracker.invalid/cover.jpg',
  'description <iframe src="http://tracker.invalid/"></iframe><style>body{background:url(http://tracker.invalid/bg)}</style>',
  'series <svg onload=alert(1)><a href="javascript:alert(1)">x</a></svg>',
);
