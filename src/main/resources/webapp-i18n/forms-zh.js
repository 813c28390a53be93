/*
 * Gongkai: the Camunda Forms in Tasklist speak Chinese.
 *
 * The form-js that Camunda 7.24's Tasklist bundles writes its validation messages and its date
 * picker's calendar in English and has no setting for another language. Tasklist loads this module
 * as a custom script (config.js: customScripts); it rewrites those texts as they appear, for staff
 * whose Tasklist is in Chinese. A browser that asks for English keeps English, as Tasklist does.
 */
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少填写 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多填写 ${m[1]} 个字符。`],
  [/^Field must match pattern (.+)\.$/, (m) => `格式不符合要求（${m[1]}）。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码，含国际区号（如 +86 10 12345678）。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `请填写有效的值，最接近的两个有效值是 ${m[1]} 和 ${m[2]}。`]
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const CALENDAR = new Map([
  ...MONTHS.map((month, i) => [month, `${i + 1}月`]),
  ['Sun', '日'], ['Mon', '一'], ['Tue', '二'], ['Wed', '三'], ['Thu', '四'], ['Fri', '五'], ['Sat', '六']
]);

/** The Chinese for one text of a form or of its calendar, or null when it is not one of ours. */
export function translate(text, inCalendar) {
  const trimmed = text.trim();
  if (inCalendar) {
    return CALENDAR.get(trimmed) || null;
  }
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function rewrite(root) {
  const scope = root.nodeType === Node.TEXT_NODE ? root.parentElement : root;
  if (!scope || !scope.closest) {
    return;
  }
  const inForm = scope.closest('.fjs-container') || scope.querySelector?.('.fjs-container');
  const inCalendar = scope.closest('.flatpickr-calendar') || scope.querySelector?.('.flatpickr-calendar');
  if (!inForm && !inCalendar) {
    return;
  }
  const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? scope : root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = translate(node.nodeValue, !!node.parentElement?.closest('.flatpickr-calendar'));
    if (chinese !== null && chinese !== node.nodeValue) {
      node.nodeValue = chinese;
    }
  }
}

if (language !== 'en' && typeof MutationObserver !== 'undefined') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        rewrite(mutation.target);
      }
      mutation.addedNodes.forEach(rewrite);
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}
