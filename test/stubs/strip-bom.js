// strip-bom 5 is ESM-only; office-addin-mock reaches it through office-addin-manifest and jest (CommonJS)
// cannot load it on Node 20 (stack-notes trap 2). Same behaviour, CommonJS.
module.exports = function stripBom(text) {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
module.exports.default = module.exports;
